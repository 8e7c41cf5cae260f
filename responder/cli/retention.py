"""`purge` (for cron) and `forget ADDRESS`: personal data removed when its time is past, or on
a person's request; both say what they did, and `forget` what it cannot reach."""

from __future__ import annotations

import argparse
import logging
from datetime import UTC, datetime

from responder.cli.config_file import command_config
from responder.cli.exit_codes import EXIT_OK
from responder.store.database import open_database
from responder.store.retention import Removed, Retention

log = logging.getLogger(__name__)

_OUT_OF_REACH = (
    "hors d'atteinte de responder : les messages eux-mêmes dans la boîte IMAP (dossiers de réception, "
    "de classement et Sent), les exports CSV ou zip déjà téléchargés, les sauvegardes de la base, "
    "les copies transmises à des collègues"
)


def _summary(removed: Removed, dry_run: bool) -> str:
    verb = "à faire" if dry_run else "fait"
    return (f"{verb} : {removed.messages_emptied} message(s) vidé(s), {removed.cases_anonymised} cas anonymisé(s), "
            f"{removed.replies_emptied} message(s) envoyé(s) vidé(s), {removed.notes_emptied} note(s) effacée(s), "
            f"{removed.bounces_deleted} avis de non-remise supprimé(s), {removed.invitations_anonymised} "
            f"invitation(s) anonymisée(s), {removed.logins_deleted} trace(s) de connexion supprimée(s)")


def purge_command(args: argparse.Namespace) -> int:
    """`purge [--dry-run]`: apply [retention]."""
    config = command_config(args)
    kept = config.retention
    removed = Retention(open_database(config.database.url)).purge(
        datetime.now(UTC), kept.keep_messages_days, kept.keep_cases_days, args.dry_run)
    line = (f"purge (messages gardés {kept.keep_messages_days} jours, cas {kept.keep_cases_days} jours) "
            + _summary(removed, args.dry_run))
    log.info("%s", line)
    print(line)
    return EXIT_OK


def forget_command(args: argparse.Namespace) -> int:
    """`forget ADDRESS [--dry-run]`: erase one person from the database."""
    config = command_config(args)
    removed = Retention(open_database(config.database.url)).forget(args.address, args.dry_run)
    # The address itself stays out of the log: the point is to forget it.
    line = "effacement d'une personne " + _summary(removed, args.dry_run)
    log.info("%s", line)
    print(line)
    print(_OUT_OF_REACH)
    return EXIT_OK
