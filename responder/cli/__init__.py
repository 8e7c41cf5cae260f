"""Command line: `responder [--config FILE] COMMAND ...`.

The only package that prints to the terminal or decides the exit code. `main` reads the command
line (parser.py), sets up logging, and calls the one function of the command (service.py,
decisions.py, cases.py, invite.py); a ResponderError becomes one French line on stderr and exit
code 2 (`--debug` shows the traceback instead).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from responder.cli import cases, config_check, decisions, invite, learn, retention, service
from responder.cli.exit_codes import EXIT_INTERRUPTED, EXIT_USER_ERROR
from responder.cli.parser import argparse_in_french, build_parser
from responder.errors import ResponderError

__all__ = ["build_parser", "main"]

_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": service.run_command,
    "demo": service.demo_command,
    "db": service.db_command,
    "config": config_check.config_check_command,
    "classify": decisions.classify_command,
    "evaluate": decisions.evaluate_command,
    "rules": decisions.rules_command,
    "preview": decisions.preview_command,
    "cases": cases.cases_command,
    "web": cases.web_command,
    "users": cases.users_command,
    "digest": cases.digest_command,
    "invite": invite.invite_command,
    "campaigns": invite.campaigns_command,
    "learn": learn.learn_command,
    "purge": retention.purge_command,
    "forget": retention.forget_command,
}


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    with argparse_in_french():
        args = parser.parse_args(argv)
    _configure_logging(args.debug)
    try:
        return _COMMANDS[args.command](args)
    except ResponderError as error:
        if args.debug:
            raise
        print(f"erreur : {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("interrompu", file=sys.stderr)
        return EXIT_INTERRUPTED
