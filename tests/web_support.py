"""Building a real case log for the review page tests: the pipeline runs on the demo mails (plus
a hostile one) from a Maildir, replies go to the MaildropSink, cases land in a migrated SQLite file.
"""

from __future__ import annotations

import mailbox
import sqlite3
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from importlib import resources
from pathlib import Path

from responder.config import Config
from responder.store.database import open_database
from responder.store.schema import ROLE_ADMIN, ROLE_MANAGER
from responder.service import run_service
from responder.demo.sink import MaildropSink
from responder.store.accounts import Accounts
from tests.config_factory import US, write_config

PASSWORD = "mot-de-passe-de-test-42"
ADMIN = "admin@ac-grenoble.fr"
MANAGER = "gestion@ac-grenoble.fr"
XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'

HOSTILE = (
    f'From: "{XSS}" <pirate@example.org>\r\n'
    f"To: {US}\r\n"
    f"Subject: Aide {XSS}\r\n"
    "Date: __DATE__\r\n"
    "Message-ID: <hostile-1@example.org>\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/alternative; boundary="b"\r\n'
    "\r\n--b\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    f"Bonjour, un fichier joint refuse de s'ouvrir et j'ai besoin d'une attestation {XSS}\r\n"
    "\r\n--b\r\n"
    "Content-Type: text/html; charset=utf-8\r\n\r\n"
    f"<p>Bonjour, un fichier joint refuse de s'ouvrir et j'ai besoin d'une attestation</p>{XSS}\r\n"
    "--b--\r\n"
).encode("utf-8")


def fill_maildir(folder: Path, now: datetime, extra: list[bytes] = ()) -> int:  # type: ignore[assignment]
    box = mailbox.Maildir(folder, create=True)
    samples = sorted(
        (e.name, e.read_bytes()) for e in (resources.files("responder") / "data" / "demo").iterdir()
        if e.name.endswith(".eml")
    )
    raws = [raw for _, raw in samples] + [HOSTILE, *extra]
    for index, raw in enumerate(raws):
        sent = format_datetime(now - timedelta(hours=len(raws) - index)).encode()
        box.add(raw.replace(b"__DEMO_DATE__", sent).replace(b"__DATE__", sent))
    box.close()
    return len(raws)


def build_case_log(folder: Path, now: datetime | None = None) -> Config:
    """Run the real pipeline once over the demo mails; returns the config (SMTP: a sink, now stopped)."""
    from responder.config import load_config

    now = now or datetime.now(UTC)
    fill_maildir(folder / "Maildir", now)
    with MaildropSink(folder / "sent") as sink:
        run_service(load_config(write_config(folder, smtp={"port": sink.port})), once=True)
    config = load_config(folder / "config.toml")
    accounts = Accounts(open_database(config.database.url))
    accounts.add(ADMIN, PASSWORD, ROLE_ADMIN, now)
    accounts.add(MANAGER, PASSWORD, ROLE_MANAGER, now)
    return config


def with_smtp(config: Config, port: int) -> Config:
    """The same config, sending to another SMTP port."""
    import dataclasses

    return dataclasses.replace(config, smtp=dataclasses.replace(config.smtp, port=port))


__all__ = ["ADMIN", "MANAGER", "PASSWORD", "US", "XSS", "build_case_log", "copy_cases", "fill_maildir", "with_smtp"]


def copy_cases(database: Path | str, wanted: int) -> int:
    """Copy the log's cases until there are `wanted` (each copy a mail of its own, up to a year
    older than its original, a conversation of its own); returns how many there are. `database`:
    the SQLite file, or a PostgreSQL URL."""
    if isinstance(database, str):
        return _copy_cases_postgresql(database, wanted)
    with sqlite3.connect(database) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(cases)") if row[1] != "id"]
        seed = db.execute("SELECT count(*) FROM cases").fetchone()[0]
        copies = -(-(wanted - seed) // seed)
        chosen = {
            "message_key": "c.message_key || '#' || n.value",
            "received_at": "datetime(c.received_at, '-' || (n.value * 7919 % 525600) || ' minutes')",
            "created_at": "datetime(c.created_at, '-' || (n.value * 7919 % 525600) || ' minutes')",
            "thread_id": "NULL",
        }
        select = ", ".join(chosen.get(column, f"c.{column}") for column in columns)
        db.execute(f"""
            WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < {copies})
            INSERT INTO cases ({", ".join(columns)}) SELECT {select} FROM cases c, n
            WHERE c.id <= {seed} LIMIT {wanted - seed}""")
        db.execute("UPDATE cases SET thread_id = id WHERE thread_id IS NULL")
        return int(db.execute("SELECT count(*) FROM cases").fetchone()[0])


def _copy_cases_postgresql(url: str, wanted: int) -> int:
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        columns = [c["name"] for c in inspect(engine).get_columns("cases") if c["name"] not in ("id", "search_folded")]
        chosen = {
            "message_key": "c.message_key || '#' || n",
            "received_at": "c.received_at - make_interval(mins => (n * 7919 % 525600)::int)",
            "created_at": "c.created_at - make_interval(mins => (n * 7919 % 525600)::int)",
            "thread_id": "NULL",
        }
        select = ", ".join(chosen.get(column, f"c.{column}") for column in columns)
        with engine.begin() as db:
            seed = int(db.execute(text("SELECT count(*) FROM cases")).scalar_one())
            copies = -(-(wanted - seed) // seed)
            db.execute(text(f"""
                INSERT INTO cases ({", ".join(columns)}) SELECT {select} FROM cases c, generate_series(1, {copies}) n
                WHERE c.id <= {seed} LIMIT {wanted - seed}"""))
            db.execute(text("UPDATE cases SET thread_id = id WHERE thread_id IS NULL"))
            return int(db.execute(text("SELECT count(*) FROM cases")).scalar_one())
    finally:
        engine.dispose()
