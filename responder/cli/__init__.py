"""Command line: `responder [--config FILE] COMMAND ...`.

The only module that prints to the terminal or decides the exit code. Every command loads what it
needs, calls one function, and turns a ResponderError into one French line on stderr and exit
code 2 (`--debug` shows the traceback instead).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import io
import json
import logging
import re
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NoReturn
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

from responder import __version__
from responder.config import Config, ProfilesConfig, ResponderConfig, LinksConfig, default_config_path, load_config
from responder.errors import CampaignError, ResponderError, os_error_text

if TYPE_CHECKING:  # imported lazily below: each command loads only what it needs
    from responder.store.campaigns import CampaignStore, InvitationRow
    from responder.invitations.send import Plan, SendReport
    from responder.model import OutgoingMail, Training

log = logging.getLogger("responder")

EXIT_OK = 0
EXIT_USER_ERROR = 2


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
def _argparse_in_french() -> Iterator[None]:
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


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"numéro de port attendu : {text!r}") from None
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"port hors limites : {value} (de 1 à 65535)")
    return value


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

    run = commands.add_parser("run", help="relever la boîte et répondre (en continu, ou une fois avec --once)")
    run.add_argument("--once", action="store_true", help="traiter les messages présents puis s'arrêter")
    run.add_argument("--dry-run", action="store_true", help="décider et enregistrer sans rien envoyer ni marquer (comme dry_run = true)")

    demo = commands.add_parser("demo", help="démonstration sur des messages d'exemple (Maildir local, SMTP local)")
    demo.add_argument("--output", type=Path, default=Path("demo-output"), help="dossier de la démonstration (recréé)")

    db = commands.add_parser("db", help="base de données")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help="appliquer les migrations")

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
        "--max-wrong-answers", type=float, default=100.0, metavar="%",
        help="part maximale de réponses automatiques fausses",
    )

    rules = commands.add_parser("rules", help="règles de classement")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    check = rules_commands.add_parser("check", help="valider un fichier de règles (par défaut celui de la configuration)")
    check.add_argument("file", nargs="?", type=Path, metavar="FICHIER")

    preview = commands.add_parser("preview", help="afficher la réponse qui serait envoyée")
    preview.add_argument("profile", metavar="PROFIL", help="academic | university | other")
    preview.add_argument("topics", nargs="*", metavar="SUJET", help="forgotten_username forgotten_password login find_course")
    preview.add_argument("--html", action="store_true", help="la version HTML")
    preview.add_argument("--escalated", action="store_true", help="avec le paragraphe « transmis à l'EAFC »")

    cases = commands.add_parser("cases", help="le journal des cas")
    cases.add_argument("--status", choices=("new", "in_progress", "resolved", "ignored"))
    cases.add_argument("--action", choices=("reply", "escalate", "ignore"))
    cases.add_argument("--since", type=_date_argument, metavar="AAAA-MM-JJ")
    cases.add_argument("--csv", action="store_true", help="au format CSV (UTF-8, séparateur ;)")

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
    users_password = users_commands.add_parser(
        "password", help="donner un nouveau mot de passe à un compte (ses sessions sont fermées)")
    users_password.add_argument("email", metavar="ADRESSE")
    users_password.add_argument("--password-stdin", action="store_true", help="lire le mot de passe sur l'entrée standard")

    commands.add_parser("digest", help="envoyer aux gestionnaires la liste des demandes à traiter (cron)")

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
    invite.add_argument("--accept-changes", action="store_true", help="accepter un modèle ou une URL modifiés depuis le premier envoi")
    invite.add_argument("--output", type=Path, metavar="DOSSIER", help="dossier des .eml de l'essai à blanc (défaut : [invite] output_dir/<campagne>)")

    campaigns = commands.add_parser("campaigns", help="les campagnes d'invitations et leurs envois")
    campaigns.add_argument("--failures", type=int, metavar="ID", help="exporter en CSV les invitations refusées, différées ou incertaines de la campagne ID")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier attendu : {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"doit être positif : {text!r}")
    return value


def _date_argument(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date invalide : {text!r} (attendu AAAA-MM-JJ)") from None


def _configure_logging(debug: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s",
        stream=sys.stderr,
        force=True,
    )
    # Never at any level: imapclient's protocol trace holds every fetched message whole, and
    # SQLAlchemy's echo every statement's values (the trainees' words). Our own debug lines
    # name messages by id and address only.
    for private in ("imapclient", "sqlalchemy", "mail.log"):
        logging.getLogger(private).setLevel(logging.WARNING)
    if not debug:
        logging.getLogger("alembic").setLevel(logging.WARNING)


def _config(args: argparse.Namespace, required: bool = True) -> Config | None:
    path = args.config or default_config_path()
    if not required and args.config is None and not path.exists():
        return None
    return load_config(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    with _argparse_in_french():
        args = parser.parse_args(argv)
    _configure_logging(args.debug)
    handlers = {
        "run": _cmd_run,
        "demo": _cmd_demo,
        "db": _cmd_db,
        "classify": _cmd_classify,
        "evaluate": _cmd_evaluate,
        "rules": _cmd_rules,
        "preview": _cmd_preview,
        "cases": _cmd_cases,
        "web": _cmd_web,
        "users": _cmd_users,
        "digest": _cmd_digest,
        "invite": _cmd_invite,
        "campaigns": _cmd_campaigns,
    }
    try:
        return handlers[args.command](args)
    except ResponderError as error:
        if args.debug:
            raise
        print(f"erreur : {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("interrompu", file=sys.stderr)
        return 130


# --- run -------------------------------------------------------------------------------------


class _StopFlag:
    """Set by SIGTERM or Ctrl-C; the pipeline checks it between messages."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def __call__(self) -> bool:
        return self.event.is_set()

    def handle(self, signum: int, _frame: FrameType | None) -> None:
        if self.event.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt  # a second Ctrl-C: stop now (the journal stays right)
        log.info("signal %s reçu : arrêt après le message en cours", signal.Signals(signum).name)
        self.event.set()


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[_StopFlag]:
    """SIGTERM and Ctrl-C set the flag while the block runs; the old handlers come back after."""
    stop = _StopFlag()
    previous = {sig: signal.signal(sig, stop.handle) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _cmd_run(args: argparse.Namespace) -> int:
    from responder.service import run_service

    config = _config(args)
    assert config is not None
    if args.dry_run:
        config = dataclasses.replace(config, responder=dataclasses.replace(config.responder, dry_run=True))
    with _stop_on_signals() as stop:
        counts = run_service(config, once=args.once, should_stop=stop)
    if counts.waiting:
        # The pipeline logged the server and the reason; the exit code tells cron and scripts.
        print(f"attention : {counts.waiting} réponse(s) en attente dans la file d'envoi, serveur SMTP "
              f"injoignable ({counts.relay_problem}) ; elles partiront au prochain passage", file=sys.stderr)
        return EXIT_STOPPED
    return EXIT_OK


# --- demo ------------------------------------------------------------------------------------


def _cmd_demo(args: argparse.Namespace) -> int:
    from responder.demo import run_demo

    result = run_demo(args.output)
    print(_table(
        ("#", "expéditeur", "profil", "sujets", "action", "motifs", "objet de la réponse"),
        [
            (str(c.id), c.sender, c.profile, c.topics.replace(" ", "+") or "-", c.action, c.stops or "-", c.reply_subject or "-")
            for c in result.cases
        ],
    ))
    print()
    print(f"Réponses envoyées au serveur SMTP local : {result.sent_folder} ({result.sent_count} fichier(s) .eml)")
    print(f"Base des cas : {result.database}")
    print(f"Relancer sur la même base n'envoie rien de nouveau : {result.second_run_sent} réponse(s) au second passage.")
    return EXIT_OK


# --- db --------------------------------------------------------------------------------------


def _cmd_db(args: argparse.Namespace) -> int:
    from responder.store.database import upgrade

    config = _config(args)
    assert config is not None
    upgrade(config.database.url)
    print("base de données à jour")
    return EXIT_OK


# --- classify --------------------------------------------------------------------------------


def _eml_files(paths: Sequence[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (".eml", ".msg", ".txt", ".raw", ""))
        elif path.is_file():
            yield path
        else:
            raise ResponderError(f"{path} : fichier ou dossier introuvable")


def _rules_and_settings(args: argparse.Namespace) -> tuple[Any, Any]:
    """The rules and guard settings of the config file if there is one, else the defaults."""
    from responder.judge.classify import load_rules
    from responder.judge.guard import GuardSettings

    config = _config(args, required=False)
    profiles = config.profiles if config else ProfilesConfig()
    responder = config.responder if config else ResponderConfig(address="formation-magistere@ac-grenoble.fr")
    rules = load_rules(responder.rules_file or None, profiles)
    # Nothing is sent here: a throwaway key only serves to recognise no Message-ID as ours.
    return rules, GuardSettings.from_config(responder, b"classify")


def _cmd_classify(args: argparse.Namespace) -> int:
    from responder.judge.evaluate import judge_file, prediction
    from responder.judge.explanation import explanation_record, format_explanation

    rules, settings = _rules_and_settings(args)
    rows = []
    for path in _eml_files(args.paths):
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise ResponderError(f"{path} : illisible : {os_error_text(error)}") from None
        # The decision `run` takes (guard included), the same for the table, --json and --explain.
        parsed, verdict = judge_file(raw, rules, settings)
        if args.explain:
            print(f"=== {path}")
            print(format_explanation(explanation_record(parsed, verdict.explanation, verdict.decision)))
            print()
            continue
        result = prediction(verdict)
        if args.json:
            print(json.dumps({
                "file": str(path),
                "profile": result.profile,
                "topics": list(result.topics),
                "action": result.action,
                "reasons": list(result.reasons),
            }, ensure_ascii=False))
        else:
            rows.append((str(path), result.profile, "+".join(result.topics) or "-", result.action))
    if not args.json and not args.explain:
        print(_table(("fichier", "profil", "sujets", "action"), rows))
    return EXIT_OK


# --- evaluate --------------------------------------------------------------------------------

EXIT_BELOW_THRESHOLD = 1


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from responder.judge.evaluate import evaluate, format_report, measure

    if not args.folder.is_dir():
        raise ResponderError(f"{args.folder} : dossier introuvable")
    rules, settings = _rules_and_settings(args)
    items = evaluate(args.folder, rules, settings)
    metrics = measure(items)
    print(format_report(items, metrics))
    failures = []
    checks = (
        ("action", metrics.action_accuracy, args.min_action),
        ("sujets", metrics.topics_accuracy, args.min_topics),
        ("profil", metrics.profile_accuracy, args.min_profile),
    )
    for name, share, minimum in checks:
        if 100 * share < minimum:
            failures.append(f"{name} {100 * share:.1f} % < {minimum:g} %")
    if 100 * metrics.wrong_answer_rate > args.max_wrong_answers:
        failures.append(f"réponses fausses {100 * metrics.wrong_answer_rate:.1f} % > {args.max_wrong_answers:g} %")
    if failures:
        print("\nSOUS LES SEUILS : " + " ; ".join(failures), file=sys.stderr)
        return EXIT_BELOW_THRESHOLD
    return EXIT_OK


# --- rules -----------------------------------------------------------------------------------


def _cmd_rules(args: argparse.Namespace) -> int:
    from responder.judge.classify import load_rules

    config = _config(args, required=False)
    profiles = config.profiles if config else ProfilesConfig()
    path = args.file or (Path(config.responder.rules_file) if config and config.responder.rules_file else None)
    rules = load_rules(path, profiles)
    print(f"règles valides : {len(rules.rules)} règle(s) dans {path or 'le fichier fourni avec responder'}")
    return EXIT_OK


# --- preview ---------------------------------------------------------------------------------


def _cmd_preview(args: argparse.Namespace) -> int:
    from responder.model import Profile, Topic, in_guide_order
    from responder.reply.render import render_body

    try:
        profile = Profile(args.profile)
    except ValueError:
        raise ResponderError(f"profil inconnu {args.profile!r} (academic, university ou other)") from None
    topics = set()
    for name in args.topics:
        try:
            topics.add(Topic(name))
        except ValueError:
            known = ", ".join(t.value for t in Topic)
            raise ResponderError(f"sujet inconnu {name!r} ({known})") from None
    config = _config(args, required=False)
    responder = config.responder if config else ResponderConfig(address="formation-magistere@ac-grenoble.fr")
    links = config.links if config else LinksConfig()
    text, html = render_body(profile, in_guide_order(topics), args.escalated, responder, links)
    print(html if args.html else text)
    return EXIT_OK


# --- cases -----------------------------------------------------------------------------------


def _cmd_cases(args: argparse.Namespace) -> int:
    from responder.store.case_log import list_cases
    from responder.store.database import open_database

    config = _config(args)
    assert config is not None
    rows = list_cases(open_database(config.database.url), status=args.status, action=args.action, since=args.since)
    header = ("id", "reçu le", "expéditeur", "profil", "sujets", "action", "suivi", "réponse", "motifs", "objet")
    values = [
        (
            str(c.id),
            c.received_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            c.sender,
            c.profile,
            c.topics.replace(" ", "+") or "-",
            c.action,
            c.status,
            c.reply_state or "-",
            c.stops or "-",
            c.subject,
        )
        for c in rows
    ]
    if args.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(values)
        # The BOM makes French Excel read UTF-8; ";" is its list separator.
        sys.stdout.write("\ufeff" + buffer.getvalue())
    else:
        print(_table(header, values) if values else "aucun cas")
    return EXIT_OK


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [len(h) for h in header]
    clipped = [[value if len(value) <= 60 else value[:59] + "…" for value in row] for row in rows]
    for row in clipped:
        widths = [max(w, len(v)) for w, v in zip(widths, row)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in clipped)
    return "\n".join(lines)


# --- web, users, digest ----------------------------------------------------------------------


def _cmd_web(args: argparse.Namespace) -> int:
    from responder.web import serve

    config = _config(args)
    assert config is not None
    serve(config, args.host, args.port, _sent_copier(config))
    return EXIT_OK


def _sent_copier(config: Config) -> Callable[[bytes], None] | None:
    """What files a copy of the page's replies in the mailbox's Sent folder, when there is one."""
    if config.maildir is not None or config.imap is None or not config.imap.sent_folder:
        return None
    from responder.source import ImapSource

    source, lock = ImapSource(config.imap), threading.Lock()

    def copy(message: bytes) -> None:
        with lock:  # one IMAP connection, several waitress threads
            source.save_sent(message)

    return copy


def _read_password(from_stdin: bool, prompt: str = "Mot de passe") -> str:
    """The password from one line of stdin, or typed twice at the terminal; never empty."""
    if from_stdin:
        try:
            line = sys.stdin.readline() if sys.stdin is not None else ""
        except (OSError, ValueError) as error:  # a closed descriptor, bytes that are not UTF-8
            raise ResponderError(f"lecture du mot de passe sur l'entrée standard impossible : {error}") from None
        if not line:
            raise ResponderError("aucun mot de passe sur l'entrée standard (entrée vide ou fermée)")
        password = line.rstrip("\r\n")
        if not password:
            raise ResponderError("mot de passe vide sur l'entrée standard")
        return password
    import getpass

    try:
        first = getpass.getpass(f"{prompt} : ")
        again = getpass.getpass(f"{prompt} (encore) : ")
    except EOFError:  # Ctrl-D, or a closed pipe where getpass falls back to stdin
        raise ResponderError("saisie du mot de passe interrompue : rien n'a changé") from None
    if again != first:
        raise ResponderError("les deux mots de passe diffèrent")
    if not first:
        raise ResponderError("mot de passe vide")
    return first


def _cmd_users(args: argparse.Namespace) -> int:
    from responder.store.accounts import Accounts
    from responder.store.database import open_database
    from responder.store.schema import ROLE_ADMIN, ROLE_MANAGER

    config = _config(args)
    assert config is not None
    accounts = Accounts(open_database(config.database.url))
    if args.users_command == "add":
        password = _read_password(args.password_stdin)
        account = accounts.add(args.email, password, ROLE_ADMIN if args.admin else ROLE_MANAGER, datetime.now(UTC))
        print(f"compte créé : {account.email} ({account.role})")
    elif args.users_command in ("disable", "enable"):
        account = accounts.set_active(args.email, args.users_command == "enable")
        print(f"compte réactivé : {account.email}" if account.active
              else f"compte désactivé : {account.email} (ses sessions ouvertes sont fermées)")
    elif args.users_command == "password":
        if not any(a.email == args.email.strip().lower() for a in accounts.all()):
            raise ResponderError(f"aucun compte {args.email}")  # said before the password is typed
        account = accounts.set_password(args.email, _read_password(args.password_stdin, "Nouveau mot de passe"))
        print(f"mot de passe changé : {account.email} (ses sessions ouvertes sont fermées)")
    else:
        rows = [
            (
                a.email,
                a.role,
                "actif" if a.active else "désactivé",
                a.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M") if a.last_login_at else "-",
            )
            for a in accounts.all()
        ]
        print(_table(("adresse", "rôle", "état", "dernière connexion"), rows) if rows else "aucun compte")
    return EXIT_OK


def _cmd_digest(args: argparse.Namespace) -> int:
    from responder.store.database import open_database
    from responder.web.digest import send_digest
    from responder.store.review import ReviewStore

    config = _config(args)
    assert config is not None
    if not config.web.digest_to:
        raise ResponderError(f"{config.path} : [web] digest_to est vide : à qui envoyer le récapitulatif ?")
    delivery = send_digest(config, ReviewStore(open_database(config.database.url)), datetime.now(UTC))
    print("aucune demande à traiter : pas de message" if delivery is None else f"récapitulatif envoyé à {', '.join(config.web.digest_to)}")
    return EXIT_OK


# --- invite, campaigns -----------------------------------------------------------------------

EXIT_SOME_FAILED = 1
EXIT_STOPPED = 3


def _training(args: argparse.Namespace) -> Training:
    from email_validator import EmailNotValidError, validate_email

    from responder.model import Training

    name = " ".join(args.training.split())
    if not name:
        raise ResponderError("--training : le nom de la formation est vide")
    if not re.match(r"^https?://[^\s<>\"]+$", args.url.strip()):
        raise ResponderError(f"--url : adresse web invalide {args.url!r} (attendu https://...)")
    trainer_email = args.trainer_email.strip()
    if trainer_email:
        try:
            trainer_email = validate_email(trainer_email, check_deliverability=False).normalized
        except EmailNotValidError as error:
            raise ResponderError(f"--trainer-email : adresse invalide {trainer_email!r} ({error})") from None
    return Training(name, args.url.strip(), " ".join(args.trainer.split()), trainer_email)


def _cmd_invite(args: argparse.Namespace) -> int:
    from responder.invitations.send import campaign_key, plan_campaign

    config = _config(args)
    assert config is not None
    training = _training(args)
    key = campaign_key(args.campaign or training.name)
    if not key:
        raise ResponderError("--campaign : nom de campagne vide")
    plan = plan_campaign(args.roster, training, key, args.template, config, datetime.now(UTC))
    _print_plan(plan)
    if plan.problems and not args.skip_invalid:
        print(f"\n{len(plan.problems)} ligne(s) à corriger dans {args.roster} : rien n'a été envoyé. "
              "Corrigez-les, ou relancez avec --skip-invalid pour inviter les autres.", file=sys.stderr)
        return EXIT_USER_ERROR
    if not plan.invitees:
        raise ResponderError(f"{args.roster} : aucune adresse valide, rien à envoyer")
    if not args.send:
        return _invite_dry_run(args, config, plan)
    return _invite_send(args, config, plan)


def _print_plan(plan: Plan) -> None:
    from responder.model import Profile

    roster = plan.roster
    print(f"Liste : {roster.path} ({roster.description})")
    print(f"Formation : « {plan.spec.training.name} » — {plan.spec.training.url}")
    print(f"Campagne : « {plan.spec.key} », modèle « {plan.spec.template} »")
    remarks = [(problem.line, problem.message) for problem in plan.problems] + [
        (d.line, f"{d.address} déjà en ligne {d.first_line} — une seule invitation") for d in roster.duplicates
    ]
    for line, message in sorted(remarks, key=lambda remark: remark[0]):
        print(f"  ligne {line} : {message}")
    counts = plan.profile_counts()
    sources = plan.source_counts()
    words = {Profile.ACADEMIC: "académique", Profile.UNIVERSITY: "enseignement supérieur", Profile.OTHER: "autre (compte M@gistère)"}
    print(f"{len(plan.invitees)} invitation(s) "
          f"({sources.get('column', 0)} profil(s) donné(s) par la liste, {sources.get('domain', 0)} déduit(s) du domaine) :")
    for profile in Profile:
        print(f"  {words[profile]:<26} {counts.get(profile, 0)}")
    if roster.duplicates:
        print(f"  doublons ignorés           {len(roster.duplicates)}")
    if plan.problems:
        print(f"  lignes invalides           {len(plan.problems)}")


def _invite_dry_run(args: argparse.Namespace, config: Config, plan: Plan) -> int:
    from responder.invitations.send import output_folder, write_eml
    from responder.invitations.render import invitation_text

    folder = args.output or output_folder(config.invite, plan.spec.key)
    written = write_eml(plan, folder)
    first = plan.mails[0].message
    print("\n--- première invitation " + "-" * 50)
    for name in ("From", "To", "Reply-To", "Subject", "Date", "Message-ID", "Auto-Submitted", "X-Auto-Response-Suppress"):
        print(f"{name}: {first[name]}")
    print()
    print(invitation_text(plan.mails[0]).rstrip())
    print("-" * 74)
    print(f"\n{len(written)} invitation(s) écrite(s) en .eml dans {folder}")
    _print_journal_state(config, plan)
    print("Essai à blanc : rien n'a été envoyé. Pour envoyer, relancez avec --send "
          "(conseil : d'abord --send --limit 1, votre propre adresse en première ligne).")
    return EXIT_OK


def _print_journal_state(config: Config, plan: Plan) -> None:
    """What --send would do on this campaign, when the database already knows it."""
    from responder.store.campaigns import CampaignStore, describe_changes
    from responder.store.database import open_database

    url = config.database.url
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).expanduser().exists():
        return
    store = CampaignStore(open_database(url))
    known = store.find(plan.spec.key)
    if known is None:
        print("Campagne nouvelle : aucune invitation déjà envoyée.")
        return
    changes = store.changes(plan.spec)
    if changes:
        print(f"ATTENTION : réglages changés depuis le premier envoi : {describe_changes(changes)} "
              "(--send le refusera sans --accept-changes)")
    states = {row.address: row.state for row in store.invitations(known.id)}
    already = sum(1 for i in plan.invitees if states.get(i.entry.address) in ("sent", "failed"))
    print(f"Campagne déjà commencée (n° {known.id}) : {already} invitation(s) de cette liste déjà traitées ne repartiront pas.")


def _invite_send(args: argparse.Namespace, config: Config, plan: Plan) -> int:
    import time
    from datetime import timedelta

    from responder.store.campaigns import CampaignStore, describe_changes
    from responder.cli.console import progress_for
    from responder.store.database import open_database, single_instance
    from responder.invitations.send import CampaignSender
    from responder.invitations.render import render_invitation
    from responder.invitations.pace import QuietHours, RateLimiter, Window
    from responder.reply.smtp import SmtpSender

    with single_instance(config.database.url, "invite", "attendez la fin de l'autre envoi"):
        store = CampaignStore(open_database(config.database.url))
        now = datetime.now(UTC)
        changes = store.changes(plan.spec)
        if changes and not args.accept_changes:
            raise CampaignError(
                f"la campagne « {plan.spec.key} » a été commencée avec d'autres réglages : "
                f"{describe_changes(changes)}. Rien n'a été envoyé. Relancez avec --accept-changes pour "
                "envoyer le reste ainsi (les invitations déjà parties ne repartent pas), ou avec "
                "--campaign AUTRE_NOM pour une nouvelle campagne."
            )
        campaign_id = store.prepare(plan.spec, plan.invitees, now, accept_changes=args.accept_changes)
        interrupted = store.recover_interrupted(campaign_id, now)
        if interrupted:
            print(f"{interrupted} invitation(s) interrompue(s) pendant un envoi précédent : état incertain.")
        by_address = {invitee.entry.address: invitee for invitee in plan.invitees}
        addresses = list(by_address)
        waiting = store.to_send(campaign_id, addresses, resend_uncertain=True)
        rows = [row for row in waiting if args.resend_uncertain or row.state != "uncertain"]
        held = [row for row in waiting if not args.resend_uncertain and row.state == "uncertain"]
        for row in held:
            print(f"  {row.address} : incertaine ({row.last_detail}) — non renvoyée ; --resend-uncertain pour la renvoyer (même Message-ID)")
        beyond_limit = 0
        if args.limit is not None and len(rows) > args.limit:
            beyond_limit = len(rows) - args.limit
            rows = rows[: args.limit]
        if not rows:
            print("Rien à envoyer : toutes les invitations de cette liste sont déjà traitées.")
            return _invite_summary(store, campaign_id, addresses, None, plan, held, beyond_limit)

        def render(row: InvitationRow, moment: datetime) -> OutgoingMail:
            invitee = dataclasses.replace(by_address[row.address], message_id=row.message_id)
            return render_invitation(plan.template, plan.spec.training, invitee, config.responder, config.links, moment)

        invite = config.invite
        limiter = RateLimiter(
            (Window(invite.per_minute, 60), Window(invite.per_hour, 3600)),
            store.attempt_times(now - timedelta(hours=1)),
            lambda: datetime.now(UTC),
            QuietHours(invite.timezone, invite.night_divisor, invite.weekend_divisor).divisor,
        )
        with _stop_on_signals() as stop:
            report = CampaignSender(
                store, SmtpSender(config.smtp), limiter, invite, render,
                lambda: datetime.now(UTC), time.sleep, stop, progress_for(sys.stderr),
            ).run(rows)
        return _invite_summary(store, campaign_id, addresses, report, plan, held, beyond_limit)


_STOP_ADVICE = {
    "interrupted": "arrêt demandé (Ctrl-C)",
    "refused": "le serveur SMTP refuse l'envoi",
    "quota": "quota d'envoi du compte atteint : reprenez plus tard (demain pour un quota journalier)",
    "sender": "le relais refuse l'adresse d'expédition : vérifiez [responder] address et les droits du compte",
    "policy": "le même refus du contenu s'est répété : le message lui-même est en cause (corrigez le modèle)",
    "unreachable": "serveur SMTP injoignable malgré plusieurs essais : vérifiez [smtp] host et port, le réseau, "
    "ou attendez que le relais revienne",
}


def _invite_summary(store: CampaignStore, campaign_id: int, addresses: list[str],
                    report: SendReport | None, plan: Plan, held: list[InvitationRow], beyond_limit: int) -> int:
    from responder.store.campaigns import STATE_NAMES

    listed = set(addresses)
    everyone = store.invitations(campaign_id)
    states = Counter(row.state for row in everyone if row.address in listed)
    # Invited by an earlier roster of this campaign but absent from this one: not sent, and said.
    absent = [row for row in everyone if row.address not in listed and row.state not in ("sent", "failed")]
    print()
    rows = [
        ("envoyées", str(report.sent if report else 0)),
        ("refusées", str(report.failed if report else 0)),
        ("différées", str(report.deferred if report else 0)),
        ("incertaines", str(report.uncertain if report else 0)),
        ("incertaines gardées, non renvoyées", str(len(held))),
        ("au-delà de --limit", str(beyond_limit)),
        ("doublons ignorés", str(len(plan.roster.duplicates))),
        ("lignes invalides ignorées", str(len(plan.problems))),
        ("absentes de cette liste", str(len(absent))),
    ]
    print(_table(("ce passage", "nombre"), rows))
    print()
    totals = [(label, str(states[state])) for state, label in STATE_NAMES.items() if states.get(state)]
    print(_table(("état des invitations de cette liste", "nombre"), totals))
    if report is not None and report.stop is not None:
        print(f"\nENVOI ARRÊTÉ : {_STOP_ADVICE[report.stop.value]}", file=sys.stderr)
        if report.stop_detail:
            print(f"  ({report.stop_detail})", file=sys.stderr)
        print("  Les invitations restantes sont en attente : relancez la même commande pour reprendre ; "
              "rien ne repartira en double.", file=sys.stderr)
        return EXIT_STOPPED
    if any(states.get(state) for state in ("failed", "deferred", "uncertain")):
        print(f"\nCertaines invitations ne sont pas parties : responder campaigns --failures {campaign_id} "
              "les exporte en CSV.", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


def _cmd_campaigns(args: argparse.Namespace) -> int:
    from responder.store.campaigns import STATE_NAMES, CampaignStore
    from responder.store.database import open_database

    config = _config(args)
    assert config is not None
    store = CampaignStore(open_database(config.database.url))
    if args.failures is not None:
        if not any(c.id == args.failures for c in store.list_campaigns()):
            raise ResponderError(f"campagne n° {args.failures} inconnue (responder campaigns les liste)")
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(("adresse", "nom", "profil", "état", "code", "détail", "tentatives"))
        for row in store.invitations(args.failures, ("failed", "deferred", "uncertain")):
            writer.writerow((row.address, row.name, row.profile, STATE_NAMES.get(row.state, row.state),
                             "" if row.last_code is None else str(row.last_code), row.last_detail, str(row.attempts)))
        # The BOM makes French Excel read UTF-8; ";" is its list separator.
        sys.stdout.write("\ufeff" + buffer.getvalue())
        return EXIT_OK
    header = ("n°", "campagne", "formation", "créée le", "envoyées", "refusées", "différées", "incertaines", "en attente")
    values = [
        (
            str(c.id), c.key, c.training.name, c.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            *(str(c.counts.get(state, 0)) for state in ("sent", "failed", "deferred", "uncertain")),
            str(c.counts.get("pending", 0) + c.counts.get("sending", 0)),
        )
        for c in store.list_campaigns()
    ]
    print(_table(header, values) if values else "aucune campagne")
    return EXIT_OK
