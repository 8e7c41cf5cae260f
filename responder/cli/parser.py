"""The command line's grammar: every command, its arguments and their French help.

`build_parser()` builds the parser, one small function per command group, in the order --help
lists them. Only the words of the command line live here: nothing is loaded, checked against a
file or run. argparse's own messages are put into French while the command line is read
(`argparse_in_french`), and a mistake is one French line and exit code 2, like every error.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from responder import __version__
from responder.cli.exit_codes import EXIT_USER_ERROR

if TYPE_CHECKING:
    # What add_subparsers returns; argparse names the type only privately.
    Commands = argparse._SubParsersAction["_Parser"]


class _FrenchHelpFormatter(argparse.HelpFormatter):
    """argparse's layout with the French word where it prints "usage:"."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one French line and exit code 2, like every error,
    and whose --help says "utilisation", "arguments", "options" where argparse writes English."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _FrenchHelpFormatter)
        add_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False  # ours below, with a French line
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="afficher cette aide et quitter")

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"erreur : {message} (voir {self.prog} --help)\n")


# argparse's own messages in French (Python 3.11's texts; a newer wording falls back to English).
_ARGPARSE_FRENCH = {
    "usage: ": "utilisation : ",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "commande inconnue %(parser_name)r (possibles : %(choices)s)",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "valeur inattendue %r",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "l'un de ces arguments est obligatoire : %s",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "au plus une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut être %(matches)s",
    "unexpected option string: %s": "option inattendue : %s",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
}


def _french(message: str) -> str:
    return _ARGPARSE_FRENCH.get(message, message)


def _french_plural(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return "%s valeur(s) attendue(s)"
    return singular if count == 1 else plural


@contextlib.contextmanager
def argparse_in_french() -> Iterator[None]:
    """argparse looks its words up through its module's `_` and `ngettext` at each message;
    they answer in French while the command line is read, and are given back after."""
    names = {"_": _french, "ngettext": _french_plural}
    saved = {name: getattr(argparse, name) for name in names}
    for name, function in names.items():
        setattr(argparse, name, function)
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(argparse, name, function)


# --- argument types ---------------------------------------------------------------------------


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"numéro de port attendu : {text!r}") from None
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"port hors limites : {value} (de 1 à 65535)")
    return value


def _non_negative(text: str) -> int:
    value = _positive(text) if text.strip() not in ("0", "+0", "-0") else 0
    return value


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier attendu : {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"doit être positif : {text!r}")
    return value


def _date_argument(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date invalide : {text!r} (attendu AAAA-MM-JJ)") from None


# --- the commands -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser (separate so tests and docs can inspect it)."""
    parser = _Parser(
        prog="responder",
        description="Répondeur automatique des stagiaires M@gistère (EAFC, académie de Grenoble).",
    )
    parser.add_argument("--config", type=Path, metavar="FICHIER", help="fichier de configuration (défaut : $RESPONDER_CONFIG ou ./config.toml)")
    parser.add_argument("--debug", action="store_true", help="journal détaillé et traces complètes")
    parser.add_argument("--version", action="version", version=f"responder {__version__}",
                        help="afficher la version et quitter")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")
    _add_service_commands(commands)
    _add_decision_commands(commands)
    _add_follow_up_commands(commands)
    _add_invitation_commands(commands)
    return parser


def _add_service_commands(commands: Commands) -> None:
    """run, demo, db."""
    run = commands.add_parser("run", help="relever la boîte et répondre (en continu, ou une fois avec --once)")
    run.add_argument("--once", action="store_true", help="traiter les messages présents puis s'arrêter")
    run.add_argument("--dry-run", action="store_true", help="décider et enregistrer sans rien envoyer ni marquer (comme dry_run = true)")
    run.add_argument("--mailbox", metavar="NOM", help="seulement cette boîte [[mailbox]] (défaut : toutes)")

    demo = commands.add_parser("demo", help="démonstration sur des messages d'exemple (Maildir local, SMTP local)")
    demo.add_argument("--output", type=Path, default=Path("demo-output"), help="dossier de la démonstration (recréé)")

    config = commands.add_parser("config", help="la configuration")
    config_commands = config.add_subparsers(dest="config_command", required=True, metavar="ACTION")
    config_commands.add_parser("check", help="vérifier le fichier, puis se connecter à IMAP, SMTP et à la base "
                               "(sans rien envoyer ni marquer)")

    db = commands.add_parser("db", help="base de données")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help="appliquer les migrations")


def _add_decision_commands(commands: Commands) -> None:
    """classify, evaluate, rules, preview."""
    classify = commands.add_parser("classify", help="classer des fichiers .eml (rien n'est envoyé ni enregistré)")
    classify.add_argument("paths", nargs="+", type=Path, metavar="CHEMIN")
    output = classify.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="un objet JSON par ligne")
    output.add_argument("--explain", action="store_true", help="expliquer chaque décision (texte lu, règles, scores)")

    evaluate = commands.add_parser("evaluate", help="mesurer le classement sur un corpus étiqueté")
    evaluate.add_argument("folder", type=Path, metavar="DOSSIER", help="fichiers .eml et labels.toml")
    evaluate.add_argument("--min-action", type=float, default=0.0, metavar="%", help="exactitude minimale de l'action")
    evaluate.add_argument("--min-topics", type=float, default=0.0, metavar="%", help="exactitude minimale des sujets")
    evaluate.add_argument("--min-profile", type=float, default=0.0, metavar="%", help="exactitude minimale du profil")
    evaluate.add_argument(
        "--min-coverage", type=float, default=0.0, metavar="%",
        help="part minimale des messages auxquels le guide répond, répondus automatiquement et justement",
    )
    evaluate.add_argument(
        "--max-wrong-answers", type=float, default=100.0, metavar="%",
        help="part maximale de réponses automatiques fausses",
    )

    learn = commands.add_parser(
        "learn", help="réapprendre les modèles avec les corrections de la page de suivi (scikit-learn)"
    )
    learn.add_argument("--heldout", type=Path, metavar="DOSSIER",
                       help="corpus étiqueté qui juge les modèles (par défaut training/heldout du dépôt)")
    learn.add_argument("--dry-run", action="store_true", help="mesurer sans remplacer les modèles")

    rules = commands.add_parser("rules", help="règles de classement")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    check = rules_commands.add_parser("check", help="valider un fichier de règles (par défaut celui de la configuration)")
    check.add_argument("file", nargs="?", type=Path, metavar="FICHIER")

    preview = commands.add_parser("preview", help="afficher la réponse qui serait envoyée")
    preview.add_argument("profile", metavar="PROFIL", help="academic | university | other")
    preview.add_argument("topics", nargs="*", metavar="SUJET", help="forgotten_username forgotten_password login find_course")
    preview.add_argument("--html", action="store_true", help="la version HTML")
    preview.add_argument("--escalated", action="store_true", help="avec le paragraphe « transmis à l'EAFC »")


def _add_follow_up_commands(commands: Commands) -> None:
    """cases, web, users, digest: the EAFC's follow-up of the cases."""
    cases = commands.add_parser("cases", help="le journal des cas")
    cases.add_argument("--status", choices=("new", "in_progress", "waiting", "resolved", "ignored", "answered"),
                       help="suivi : new nouvelle, in_progress en cours, waiting en attente, resolved résolue, "
                            "ignored ignorée, answered répondue automatiquement")
    cases.add_argument("--action", choices=("reply", "escalate", "ignore"),
                       help="action : reply réponse automatique, escalate à traiter par l'EAFC, ignore ignoré")
    cases.add_argument("--since", type=_date_argument, metavar="AAAA-MM-JJ")
    cases.add_argument("--queue", action="store_true",
                       help="seulement ce qui attend une personne (à traiter, en cours), le plus ancien d'abord")
    cases.add_argument("--mailbox", metavar="NOM", help="seulement les cas de cette boîte [[mailbox]]")
    cases.add_argument("--limit", type=_positive, metavar="N", help="au plus N cas")
    cases.add_argument("--offset", type=_non_negative, default=0, metavar="N", help="sauter les N premiers cas")
    case_output = cases.add_mutually_exclusive_group()
    case_output.add_argument("--csv", action="store_true", help="au format CSV (UTF-8, séparateur ;)")
    case_output.add_argument("--json", action="store_true", help="un objet JSON par ligne")

    web = commands.add_parser("web", help="servir la page de suivi de l'EAFC (waitress)")
    web.add_argument("--host", help="adresse d'écoute (défaut : [web] host, 127.0.0.1)")
    web.add_argument("--port", type=_port, help="port (défaut : [web] port, 8080)")

    users = commands.add_parser("users", help="comptes de la page de suivi")
    users_commands = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    users_add = users_commands.add_parser("add", help="créer un compte (mot de passe demandé deux fois)")
    users_add.add_argument("email", metavar="ADRESSE")
    users_add.add_argument("--admin", action="store_true", help="administrateur (gère aussi les comptes)")
    users_add.add_argument("--password-stdin", action="store_true", help="lire le mot de passe sur l'entrée standard")
    users_commands.add_parser("list", help="lister les comptes")
    users_disable = users_commands.add_parser("disable", help="désactiver un compte (ses sessions sont fermées)")
    users_disable.add_argument("email", metavar="ADRESSE")
    users_enable = users_commands.add_parser("enable", help="réactiver un compte désactivé")
    users_enable.add_argument("email", metavar="ADRESSE")
    users_mailboxes = users_commands.add_parser(
        "mailboxes", help="limiter un compte à certaines boîtes [[mailbox]] (sans NOM : toutes les boîtes)")
    users_mailboxes.add_argument("email", metavar="ADRESSE")
    users_mailboxes.add_argument("names", nargs="*", metavar="NOM")
    users_password = users_commands.add_parser(
        "password", help="donner un nouveau mot de passe à un compte (ses sessions sont fermées)")
    users_password.add_argument("email", metavar="ADRESSE")
    users_password.add_argument("--password-stdin", action="store_true", help="lire le mot de passe sur l'entrée standard")

    commands.add_parser("digest", help="envoyer aux gestionnaires la liste des demandes à traiter (cron)")
    purge = commands.add_parser("purge", help="effacer les données personnelles passé le délai de [retention] (cron)")
    purge.add_argument("--dry-run", action="store_true", help="compter sans rien effacer")
    forget = commands.add_parser("forget", help="effacer une personne de la base (droit à l'effacement)")
    forget.add_argument("address", metavar="ADRESSE")
    forget.add_argument("--dry-run", action="store_true", help="compter sans rien effacer")


def _add_invitation_commands(commands: Commands) -> None:
    """invite, campaigns."""
    invite = commands.add_parser(
        "invite", help="inviter les stagiaires d'une liste à une formation (essai à blanc sans --send)",
        description="Prépare une invitation par stagiaire de la liste (CSV ou XLSX), adaptée à son profil. "
        "Sans --send, rien n'est envoyé : la liste est vérifiée, chaque invitation est écrite en .eml.",
    )
    invite.add_argument("roster", type=Path, metavar="LISTE", help="fichier CSV (, ou ;) ou XLSX des stagiaires")
    invite.add_argument("--training", required=True, metavar="NOM", help="nom de la formation tel qu'affiché sur M@gistère")
    invite.add_argument("--url", required=True, metavar="URL", help="adresse du parcours sur M@gistère")
    invite.add_argument("--trainer", default="", metavar="NOM", help="nom du formateur (signature)")
    invite.add_argument("--trainer-email", default="", metavar="ADRESSE", help="adresse du formateur pour les questions sur le contenu")
    invite.add_argument("--template", default="default", metavar="MODÈLE", help="modèle (dossier de templates/invitations ou chemin) ; défaut : default")
    invite.add_argument("--campaign", metavar="NOM", help="nom de la campagne (défaut : le nom de la formation ; à changer pour une nouvelle session)")
    invite.add_argument("--send", action="store_true", help="envoyer pour de bon")
    invite.add_argument("--limit", type=_positive, metavar="N", help="avec --send : n'envoyer que N invitations (envoi pilote)")
    invite.add_argument("--skip-invalid", action="store_true", help="envoyer malgré les lignes invalides (elles sont ignorées et listées)")
    invite.add_argument("--resend-uncertain", action="store_true", help="renvoyer les invitations dont l'envoi a été interrompu (même Message-ID)")
    invite.add_argument("--retry-failed", action="store_true", help="renvoyer les invitations refusées, une fois la cause corrigée")
    invite.add_argument("--accept-changes", action="store_true", help="accepter un modèle ou une URL modifiés depuis le premier envoi")
    invite.add_argument("--output", type=Path, metavar="DOSSIER", help="dossier des .eml de l'essai à blanc (défaut : [invite] output_dir/<campagne>)")

    campaigns = commands.add_parser("campaigns", help="les campagnes d'invitations et leurs envois")
    campaigns.add_argument("--failures", type=int, metavar="ID", help="exporter en CSV les invitations refusées, différées ou incertaines de la campagne ID")
