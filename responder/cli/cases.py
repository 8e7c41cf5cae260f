"""The commands of the EAFC's follow-up: `cases` (the case log), `web` (the review page), `users`
(its accounts), `digest` (the managers' reminder)."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from responder.cli.config_file import command_config
from responder.cli.exit_codes import EXIT_OK
from responder.cli.output import table
from responder.config import Config
from responder.errors import ResponderError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def cases_command(args: argparse.Namespace) -> int:
    """`cases [--queue] [--status S] [--action A] [--since DATE] [--mailbox NAME] [--limit N] [--offset N]
    [--csv | --json]`."""
    from responder.store.case_log import stream_cases
    from responder.store.database import open_database
    from responder.store.review_list import day_start

    config = command_config(args)
    zone = ZoneInfo(config.web.timezone)
    sessions = open_database(config.database.url)
    if args.csv:
        return _write_cases_csv(sessions, args, zone)
    # Streamed: --json writes each case as it is read, whatever the size of the log. --since is
    # a day where the machine is, as on the review page.
    since = day_start(args.since) if args.since else None
    rows = stream_cases(sessions, status=args.status, action=args.action, since=since, queue=args.queue,
                        limit=args.limit, offset=args.offset, mailbox=args.mailbox)
    if args.json:
        for c in rows:
            # The contract for tools outside the project (issue 12): one conversation, one thread.
            print(json.dumps({
                "id": c.id, "thread": c.thread, "received_at": c.received_at.astimezone(zone).isoformat(),
                "sender": c.sender, "subject": c.subject, "profile": c.profile,
                "topics": c.topics.split(), "action": c.action, "status": c.status, "assignee": c.assignee,
                "mailbox": c.mailbox,
            }, ensure_ascii=False))
        return EXIT_OK
    # The words of the review page (the codes are --json's, for programs).
    from responder.web.labels import ACTION, PROFILE, REPLY_STATE, STATUS, stop_names, topic_names

    header = ("n°", "reçu le", "expéditeur", "profil", "sujets", "action", "suivi", "réponse", "motifs", "objet")
    values = (
        (
            str(c.id),
            c.received_at.astimezone(zone).strftime("%d/%m/%Y %H:%M"),
            c.sender,
            PROFILE.get(c.profile, c.profile),
            topic_names(c.topics.split(), "-"),
            ACTION.get(c.action, c.action),
            STATUS.get(c.status, c.status),
            REPLY_STATE.get(c.reply_state, c.reply_state) or "-",
            stop_names(c.stops.split()) or "-",
            c.subject,
        )
        for c in rows
    )
    shown = list(values)  # a table needs every width first
    print(table(header, shown) if shown else "aucun cas")
    return EXIT_OK


def _write_cases_csv(sessions: sessionmaker[Session], args: argparse.Namespace, zone: ZoneInfo) -> int:
    """`cases --csv`: the page's « Exporter cette liste (CSV) », byte for byte, for the same filter."""
    from responder.store.review import ReviewStore
    from responder.store.review_values import CaseFilter
    from responder.web.case_csv import csv_text

    wanted = CaseFilter(status=args.status or "", action=args.action or "", since=args.since,
                        view="queue" if args.queue else "", mailbox=args.mailbox)
    for text in csv_text(ReviewStore(sessions).each(wanted, args.limit, args.offset), zone):
        sys.stdout.write(text)
    return EXIT_OK


def web_command(args: argparse.Namespace) -> int:
    """`web [--host H] [--port P]`: serve the review page."""
    from responder.web import serve

    config = command_config(args)
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


def users_command(args: argparse.Namespace) -> int:
    """`users add|list|disable|enable|mailboxes|password`: the review page's accounts."""
    from responder.store.accounts import Accounts
    from responder.store.database import open_database
    from responder.store.schema import ROLE_ADMIN, ROLE_MANAGER
    from responder.web.labels import ROLE

    config = command_config(args)
    accounts = Accounts(open_database(config.database.url))
    if args.users_command == "add":
        password = _read_password(args.password_stdin)
        account = accounts.add(args.email, password, ROLE_ADMIN if args.admin else ROLE_MANAGER, datetime.now(UTC))
        print(f"compte créé : {account.email} ({ROLE.get(account.role, account.role)})")
    elif args.users_command in ("disable", "enable"):
        account = accounts.set_active(args.email, args.users_command == "enable")
        print(f"compte réactivé : {account.email}" if account.active
              else f"compte désactivé : {account.email} (ses sessions ouvertes sont fermées)")
    elif args.users_command == "mailboxes":
        known = [mailbox.name for mailbox in config.mailboxes]
        unknown = [name for name in args.names if name not in known]
        if unknown:
            raise ResponderError(f"boîte inconnue : {unknown[0]} (boîtes de la configuration : "
                                 f"{', '.join(known) or 'aucune section [[mailbox]]'})")
        account = accounts.set_mailboxes(args.email, args.names)
        print(f"{account.email} voit les boîtes : {', '.join(account.mailboxes)}" if account.mailboxes
              else f"{account.email} voit toutes les boîtes")
    elif args.users_command == "password":
        if not any(a.email == args.email.strip().lower() for a in accounts.all()):
            raise ResponderError(f"aucun compte {args.email}")  # said before the password is typed
        account = accounts.set_password(args.email, _read_password(args.password_stdin, "Nouveau mot de passe"))
        print(f"mot de passe changé : {account.email} (ses sessions ouvertes sont fermées)")
    else:
        rows = [
            (
                a.email,
                ROLE.get(a.role, a.role),
                "actif" if a.active else "désactivé",
                a.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M") if a.last_login_at else "-",
                " ".join(a.mailboxes) or "toutes",
            )
            for a in accounts.all()
        ]
        print(table(("adresse", "rôle", "état", "dernière connexion", "boîtes"), rows) if rows else "aucun compte")
    return EXIT_OK


def digest_command(args: argparse.Namespace) -> int:
    """`digest`: mail the managers the list of cases waiting for them."""
    from responder.store.database import open_database
    from responder.store.review import ReviewStore
    from responder.web.digest import send_digest

    config = command_config(args)
    if not config.web.digest_to:
        raise ResponderError(f"{config.path} : [web] digest_to est vide : à qui envoyer le récapitulatif ?")
    delivery = send_digest(config, ReviewStore(open_database(config.database.url)), datetime.now(UTC))
    print("aucune demande à traiter : pas de message" if delivery is None else f"récapitulatif envoyé à {', '.join(config.web.digest_to)}")
    return EXIT_OK
