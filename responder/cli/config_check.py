"""`config check`: before going live, what of the configuration works — read, checked, then each
mailbox reached and logged into, the relay reached and logged into, the database opened. Nothing
is sent, flagged or recorded: the mailbox is only searched (as `run` lists it), the relay gets
EHLO, STARTTLS, AUTH and NOOP, never MAIL.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable

from responder.cli.config_file import command_config
from responder.cli.exit_codes import EXIT_OK, EXIT_USER_ERROR
from responder.config import Config, each_mailbox, unconfirmed_links
from responder.errors import ResponderError
from responder.source import Source


def config_check_command(args: argparse.Namespace) -> int:
    """`config check`: one line per part that works, or why it does not; exit 2 if any does not."""
    config = command_config(args)  # a wrong key or value stops here, naming it
    print(f"configuration lue et vérifiée : {config.path}")
    ours = logging.getLogger("responder")
    before = ours.level
    if not args.debug:
        # The report is the OK/ÉCHEC lines; the service's own "connecté à …" lines would only mix in.
        ours.setLevel(logging.WARNING)
    try:
        results = [*(_mailbox(each) for each in each_mailbox(config)), _relay(config), _database(config)]
    finally:
        ours.setLevel(before)
    if unchanged := unconfirmed_links(config.links):
        print(f"  à vérifier : liens du guide encore aux valeurs fournies ([links]) : {', '.join(unchanged)}")
    print("rien n'a été envoyé, marqué ni enregistré")
    return EXIT_OK if all(results) else EXIT_USER_ERROR


def _mailbox(config: Config) -> bool:
    from responder.source import ImapSource, MaildirSource

    label = f"boîte « {config.mailbox} »" if config.mailbox else "boîte"
    if config.maildir is not None:
        maildir = config.maildir
        return _said(f"{label} : Maildir {maildir.path}", lambda: _count(MaildirSource(maildir)))
    assert config.imap is not None
    imap = config.imap
    where = f"{label} : IMAP {imap.host}:{imap.port} ({imap.security}), {imap.username}, dossier {imap.folder}"
    return _said(where, lambda: _count(ImapSource(imap, max_attempts=1)))


def _count(source: Source) -> str:
    try:
        listing = source.new_messages()
    finally:
        source.close()
    return f"connecté, {len(listing.uids)} message(s) à traiter"


def _relay(config: Config) -> bool:
    from responder.reply.smtp import SmtpSender

    smtp = config.smtp

    def check() -> str:
        with SmtpSender(smtp) as sender:
            return sender.check()

    return _said(f"relais SMTP {smtp.host}:{smtp.port}", check)


def _database(config: Config) -> bool:
    from responder.store.database import database_state

    return _said("base de données", lambda: database_state(config.database.url))


def _said(what: str, check: Callable[[], str]) -> bool:
    try:
        verdict = check()
    except ResponderError as error:
        print(f"  ÉCHEC  {what} : {error}")
        return False
    print(f"  OK     {what} : {verdict}")
    return True
