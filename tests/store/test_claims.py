"""Several workers on one database (store/claims.py), on SQLite and on a real PostgreSQL: each
mailbox message is held by one worker at a time, a dead worker's claims expire, and two workers
judging the same sender take turns."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from responder.model import RawMessage
from responder.store.cases import Recorder
from responder.store.claims import MessageClaims
from responder.store.database import open_database
from responder.store.schema import MailboxMessage
from tests.postgres import database_url, postgres_server, postgres_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.filterwarnings("ignore:.*was deleted while still open:ResourceWarning")

NOW = datetime(2027, 3, 19, 8, 0, tzinfo=UTC)
SOURCE = "imap://formation@imap.example:993/INBOX"


def test_a_message_is_held_by_one_worker_until_its_claim_expires(database_url: str) -> None:
    sessions = open_database(database_url)
    first = MessageClaims(sessions, timedelta(minutes=10), worker="machine-a:1")
    second = MessageClaims(sessions, timedelta(minutes=10), worker="machine-b:2")
    assert first.claim(SOURCE, 7, ["1", "2", "3"], NOW) == ["1", "2", "3"]
    assert second.claim(SOURCE, 7, ["2", "3", "4"], NOW) == ["4"]
    assert first.claim(SOURCE, 7, ["3"], NOW + timedelta(minutes=5)) == ["3"]  # its own: renewed
    # Worker a died: its claims on 1 and 2 run out, b takes them; 3 was renewed and stays a's.
    later = NOW + timedelta(minutes=11)
    assert second.claim(SOURCE, 7, ["1", "2", "3"], later) == ["1", "2"]
    assert first.claim(SOURCE, 7, ["1"], later) == []


def test_an_acknowledged_message_is_claimed_by_nobody_and_other_folders_are_apart(database_url: str) -> None:
    sessions = open_database(database_url)
    claims = MessageClaims(sessions, timedelta(minutes=10), worker="machine-a:1")
    assert claims.claim(SOURCE, 7, ["1", "2"], NOW) == ["1", "2"]
    Recorder(sessions).mark_acknowledged([RawMessage(SOURCE, 7, "1", b"")])
    other = MessageClaims(sessions, timedelta(minutes=10), worker="machine-b:2")
    assert other.claim(SOURCE, 7, ["1", "2"], NOW + timedelta(hours=1)) == ["2"]
    # The same UIDs in another mailbox, or after the folder was recreated, are other messages.
    assert other.claim(SOURCE.replace("INBOX", "Formations"), 7, ["1"], NOW) == ["1"]
    assert other.claim(SOURCE, 8, ["1"], NOW) == ["1"]
    with sessions() as session:
        acknowledged = session.scalar(select(MailboxMessage).where(MailboxMessage.uid == "1",
                                                                   MailboxMessage.uidvalidity == 7))
        assert acknowledged is not None and acknowledged.acknowledged and acknowledged.claimed_by == ""


def test_two_workers_judging_the_same_sender_take_turns(postgres_url: str) -> None:
    sessions = open_database(postgres_url)
    events: list[str] = []
    inside = threading.Event()

    def worker(name: str, keys: list[str], hold: float) -> None:
        with MessageClaims(sessions, worker=name).sender_turns(keys):
            events.append(f"{name} in")
            inside.set()
            time.sleep(hold)
            events.append(f"{name} out")

    first = threading.Thread(target=worker, args=("a", ["marie@ac-grenoble.fr", "paul@ac-lyon.fr"], 1.0))
    first.start()
    assert inside.wait(10)
    # b's batch has another sender too, and names them in another order: it still waits for a.
    second = threading.Thread(target=worker, args=("b", ["zoe@gmail.com", "marie@ac-grenoble.fr"], 0))
    second.start()
    stranger = threading.Thread(target=worker, args=("c", ["zoe@ac-nice.fr"], 0))
    stranger.start()
    for thread in (first, second, stranger):
        thread.join(20)
    assert events.index("b in") > events.index("a out")
    assert events.index("c in") < events.index("a out")  # a sender nobody holds does not wait


def test_the_only_worker_of_a_database_takes_back_what_a_stopped_run_held(database_url: str) -> None:
    sessions = open_database(database_url)
    MessageClaims(sessions, timedelta(minutes=10), worker="run-1").claim(SOURCE, 7, ["1"], NOW)
    # SQLite's single instance: whatever an earlier run held, it held it no more once it stopped.
    alone = MessageClaims(sessions, timedelta(minutes=10), worker="run-2", exclusive=True)
    assert alone.claim(SOURCE, 7, ["1"], NOW) == ["1"]
