"""The demo: the real pipeline on bundled sample messages, with nothing to configure.

Sample trainee messages are copied into a fresh local Maildir, a local SMTP sink writes every reply
as a .eml file, the cases go to an SQLite file, and the pipeline runs twice to show that a second
run sends nothing new. Everything lives in one output folder, recreated at each run.
"""

from __future__ import annotations

import mailbox
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from importlib import resources
from pathlib import Path

from responder.config import Config, DatabaseConfig, MaildirConfig, ResponderConfig, SmtpConfig
from responder.store.case_log import CaseRow, list_cases
from responder.store.database import open_database
from responder.service import run_service
from responder.demo.sink import MaildropSink

DEMO_ADDRESS = "formation-magistere@ac-grenoble.fr"
_DATE_PLACEHOLDER = b"__DEMO_DATE__"


@dataclass(frozen=True)
class DemoResult:
    """What the demo produced, for the command line to show."""

    cases: list[CaseRow]
    sent_folder: Path
    sent_count: int
    database: Path
    second_run_sent: int


def _samples() -> list[tuple[str, bytes]]:
    folder = resources.files("responder") / "data" / "demo"
    return sorted((entry.name, entry.read_bytes()) for entry in folder.iterdir() if entry.name.endswith(".eml"))


def _fill_maildir(path: Path, now: datetime) -> int:
    box = mailbox.Maildir(path, create=True)
    samples = _samples()
    for index, (_name, raw) in enumerate(samples):
        # Samples are dated "a few hours ago" so the guard's age limit does not set them aside.
        sent = now - timedelta(hours=len(samples) - index)
        box.add(raw.replace(_DATE_PLACEHOLDER, format_datetime(sent).encode("ascii")))
    box.close()
    return len(samples)


def run_demo(output: Path) -> DemoResult:
    """Recreate `output`, run the pipeline on the samples twice, and return what happened."""
    output = output.resolve()
    if output.exists():
        shutil.rmtree(output)
    output.mkdir(parents=True)
    now = datetime.now(UTC)
    _fill_maildir(output / "Maildir", now)
    database = output / "responder.db"
    sent_folder = output / "sent"
    with MaildropSink(sent_folder) as sink:
        config = Config(
            path="(démonstration)",
            imap=None,
            maildir=MaildirConfig(path=str(output / "Maildir")),
            smtp=SmtpConfig(host="127.0.0.1", port=sink.port, security="none"),
            responder=ResponderConfig(address=DEMO_ADDRESS),
            database=DatabaseConfig(url=f"sqlite:///{database}"),
        )
        run_service(config, once=True)
        first = len(sink.received)
        run_service(config, once=True)
        second = len(sink.received) - first
    cases = list_cases(open_database(config.database.url, migrate=False))
    return DemoResult(
        cases=sorted(cases, key=lambda c: c.id),
        sent_folder=sent_folder,
        sent_count=len(list(sent_folder.glob("*.eml"))),
        database=database,
        second_run_sent=second,
    )
