"""The invitation commands: `invite` (a roster's trainees invited to a course, a dry run unless
`--send`) and `campaigns` (the campaigns and their failures).

Reads the arguments, calls the invitation orchestrator (responder.invitations.campaign) and prints
what it returns; the plan, the journal and the sending loop live there.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from responder.cli.config_file import command_config
from responder.cli.exit_codes import EXIT_OK, EXIT_PILOT, EXIT_SOME_FAILED, EXIT_STOPPED, EXIT_USER_ERROR
from responder.cli.output import PROFILE_WORDS, table, write_excel_csv
from responder.cli.signals import stop_on_signals
from responder.config import Config
from responder.errors import ResponderError

if TYPE_CHECKING:  # imported lazily below: each command loads only what it needs
    from responder.invitations.campaign import JournalState, SendSummary
    from responder.invitations.plan import Plan
    from responder.model import Training

_FIRST_INVITATION_HEADERS = ("From", "To", "Reply-To", "Subject", "Date", "Message-ID", "Auto-Submitted",
                             "X-Auto-Response-Suppress")

# What the trainer does about the invitations that did not leave, by state.
_NOT_SENT_ADVICE = {
    "failed": "refusées par le relais ou l'adresse : corrigez la cause, puis relancez avec --retry-failed",
    "deferred": "le relais a demandé d'attendre : relancez la même commande plus tard, elles repartiront",
    "uncertain": "envoi interrompu, peut-être reçues : --resend-uncertain les renvoie (même Message-ID)",
}

_STOP_ADVICE = {
    "interrupted": "arrêt demandé (Ctrl-C)",
    "refused": "le serveur SMTP refuse l'envoi",
    "quota": "quota d'envoi du compte atteint : reprenez plus tard (demain pour un quota journalier)",
    "sender": "le relais refuse l'adresse d'expédition : vérifiez [responder] address et les droits du compte",
    "policy": "le même refus du contenu s'est répété : le message lui-même est en cause (corrigez le modèle)",
    "unreachable": "serveur SMTP injoignable malgré plusieurs essais : vérifiez [smtp] host et port, le réseau, "
    "ou attendez que le relais revienne",
}


def _training(args: argparse.Namespace) -> Training:
    from responder.invitations.roster_address import BadCell, check_address
    from responder.model import Training

    name = " ".join(args.training.split())
    if not name:
        raise ResponderError("--training : le nom de la formation est vide")
    if not re.match(r"^https?://[^\s<>\"]+$", args.url.strip()):
        raise ResponderError(f"--url : adresse web invalide {args.url!r} (attendu https://...)")
    trainer_email = args.trainer_email.strip()
    if trainer_email:
        try:
            trainer_email, _ = check_address(trainer_email)  # checked as a roster's addresses are
        except BadCell as problem:
            raise ResponderError(f"--trainer-email : {problem}") from None
    return Training(name, args.url.strip(), " ".join(args.trainer.split()), trainer_email)


def invite_command(args: argparse.Namespace) -> int:
    """`invite ROSTER --training NAME --url URL [...]`: check, render, then write or send."""
    from responder.invitations.plan import campaign_key, plan_campaign

    config = command_config(args)
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
        ignored = [flag for flag, given in (("--limit", args.limit is not None), ("--retry-failed", args.retry_failed),
                                            ("--resend-uncertain", args.resend_uncertain)) if given]
        if ignored:
            print(f"attention : {', '.join(ignored)} ne compte qu'avec --send ; ceci est un essai à blanc "
                  "de toute la liste.", file=sys.stderr)
        return _dry_run(args, config, plan)
    return _send(args, config, plan)


def _print_plan(plan: Plan) -> None:
    from responder.model import Profile

    roster = plan.roster
    print(f"Liste : {roster.path} ({roster.description})")
    print(f"Formation : « {plan.spec.training.name} » — {plan.spec.training.url}")
    print(f"Campagne : « {plan.spec.key} », modèle « {plan.spec.template} »")
    if not plan.spec.training.trainer_email:
        print("  sans --trainer-email, l'invitation ne nomme aucun formateur à qui écrire sur le contenu "
              "(ajoutez --trainer \"Prénom Nom\" --trainer-email ADRESSE)")
    remarks = [(problem.line, problem.message) for problem in plan.problems] + [
        (d.line, f"{d.address} déjà en ligne {d.first_line} — une seule invitation") for d in roster.duplicates
    ]
    for line, message in sorted(remarks, key=lambda remark: remark[0]):
        print(f"  ligne {line} : {message}")
    counts = plan.profile_counts()
    sources = plan.source_counts()
    print(f"{len(plan.invitees)} invitation(s) "
          f"({sources.get('column', 0)} profil(s) donné(s) par la liste, {sources.get('domain', 0)} déduit(s) du domaine) :")
    for profile in Profile:
        print(f"  {PROFILE_WORDS[profile.value]:<26} {counts.get(profile, 0)}")
    if roster.duplicates:
        print(f"  doublons ignorés           {len(roster.duplicates)}")
    if plan.problems:
        print(f"  lignes invalides           {len(plan.problems)}")


def _dry_run(args: argparse.Namespace, config: Config, plan: Plan) -> int:
    from responder.invitations.campaign import journal_state, write_dry_run

    result = write_dry_run(config, plan, args.output)
    print("\n--- première invitation " + "-" * 50)
    for name in _FIRST_INVITATION_HEADERS:
        print(f"{name}: {result.first.message[name]}")
    print()
    print(result.first_text.rstrip())
    print("-" * 74)
    print(f"\n{len(result.written)} invitation(s) écrite(s) en .eml dans {result.folder}")
    state = journal_state(config, plan)
    _print_journal_state(state)
    started = state is not None and state.campaign_id is not None
    # The pilot is advised before the first send only: afterwards --limit 1 would reach a trainee.
    print("Essai à blanc : rien n'a été envoyé. Pour envoyer, relancez avec --send"
          + ("." if started else " (conseil : d'abord --send --limit 1, votre propre adresse en première ligne)."))
    return EXIT_OK


def _print_journal_state(state: JournalState | None) -> None:
    """What --send would do on this campaign, when the database already knows it."""
    from responder.store.campaigns import describe_changes

    if state is None:
        return
    if state.campaign_id is None:
        print("Campagne nouvelle : aucune invitation déjà envoyée.")
        return
    if state.changes:
        print(f"ATTENTION : réglages changés depuis le premier envoi : {describe_changes(state.changes)} "
              "(--send le refusera sans --accept-changes)")
    print(f"Campagne déjà commencée (n° {state.campaign_id}) : {state.already_done} invitation(s) "
          "de cette liste déjà traitées ne repartiront pas.")


def _send(args: argparse.Namespace, config: Config, plan: Plan) -> int:
    from responder.cli.console import progress_for
    from responder.invitations.campaign import SendOptions, prepare_sending, send_batch, summarize

    options = SendOptions(accept_changes=args.accept_changes, resend_uncertain=args.resend_uncertain,
                          retry_failed=args.retry_failed, limit=args.limit)
    with prepare_sending(config, plan, options) as batch:
        if batch.interrupted:
            print(f"{batch.interrupted} invitation(s) interrompue(s) pendant un envoi précédent : état incertain.")
        for row in batch.held:
            print(f"  {row.address} : incertaine ({row.last_detail}) — non renvoyée ; --resend-uncertain pour la renvoyer (même Message-ID)")
        if not batch.rows:
            summary = summarize(plan, batch, None)
            print("Rien de nouveau à envoyer : " + (
                "toutes les invitations de cette liste sont déjà envoyées." if not summary.some_not_sent else
                "chaque invitation de cette liste est déjà envoyée, refusée ou incertaine (voir ci-dessous)."))
            return _print_summary(summary)
        with stop_on_signals() as stop:
            report = send_batch(config, plan, batch, stop, progress_for(sys.stderr))
        return _print_summary(summarize(plan, batch, report))


def _print_summary(summary: SendSummary) -> int:
    """Print this run's counts and the roster's states; return the exit code they call for."""
    from responder.store.campaigns import STATE_NAMES

    report, states = summary.report, summary.states
    print()
    rows = [
        ("envoyées", str(report.sent if report else 0)),
        ("refusées", str(report.failed if report else 0)),
        ("différées", str(report.deferred if report else 0)),
        ("incertaines", str(report.uncertain if report else 0)),
        ("incertaines gardées, non renvoyées", str(summary.held)),
        ("au-delà de --limit", str(summary.beyond_limit)),
        ("doublons ignorés", str(summary.duplicates)),
        ("lignes invalides ignorées", str(summary.invalid_rows)),
        ("absentes de cette liste", str(summary.absent)),
    ]
    print(table(("ce passage", "nombre"), rows))
    print()
    totals = [(label, str(states[state])) for state, label in STATE_NAMES.items() if states.get(state)]
    print(table(("état des invitations de cette liste", "nombre"), totals))
    if report is not None and report.stop is not None:
        print(f"\nENVOI ARRÊTÉ : {_STOP_ADVICE[report.stop.value]}", file=sys.stderr)
        if report.stop_detail:
            print(f"  ({report.stop_detail})", file=sys.stderr)
        print("  Les invitations restantes sont en attente : relancez la même commande pour reprendre ; "
              "rien ne repartira en double.", file=sys.stderr)
        return EXIT_STOPPED
    if summary.some_not_sent:
        print(f"\nCertaines invitations ne sont pas parties : responder campaigns --failures {summary.campaign_id} "
              "les exporte en CSV, avec la raison.", file=sys.stderr)
        for state, advice in _NOT_SENT_ADVICE.items():
            if summary.states.get(state):
                print(f"  {summary.states[state]} {STATE_NAMES[state]}(s) : {advice}", file=sys.stderr)
        return EXIT_SOME_FAILED
    if summary.beyond_limit:
        print(f"\nEnvoi pilote réussi : {summary.beyond_limit} invitation(s) attendent ; relancez la même "
              "commande sans --limit pour les envoyer.")
        return EXIT_PILOT
    print(f"\nTout est parti : les {states.get('sent', 0)} invitation(s) de cette liste sont envoyées ; relancer "
          "la commande n'enverra rien de plus, sauf aux stagiaires ajoutés à la liste.")
    return EXIT_OK


def campaigns_command(args: argparse.Namespace) -> int:
    """`campaigns [--failures ID]`: the campaigns with their counts, or one's failures as CSV."""
    from responder.store.campaigns import STATE_NAMES, CampaignStore
    from responder.store.database import open_database

    config = command_config(args)
    store = CampaignStore(open_database(config.database.url))
    if args.failures is not None:
        if not any(c.id == args.failures for c in store.list_campaigns()):
            raise ResponderError(f"campagne n° {args.failures} inconnue (responder campaigns les liste)")
        write_excel_csv(
            ("adresse", "nom", "profil", "état", "code", "détail", "tentatives"),
            [(row.address, row.name, PROFILE_WORDS.get(row.profile, row.profile), STATE_NAMES.get(row.state, row.state),
              "" if row.last_code is None else str(row.last_code), row.last_detail, str(row.attempts))
             for row in store.invitations(args.failures, ("failed", "deferred", "uncertain"))],
        )
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
    print(table(header, values) if values else "aucune campagne")
    return EXIT_OK
