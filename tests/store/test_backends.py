"""The same behaviour on SQLite and on a real PostgreSQL (tests/postgres.py): the migrations, the
pipeline over a Maildir, the review page, the 64-bit UIDVALIDITY, concurrent starts."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from responder.config import load_config
from responder.demo.sink import MaildropSink
from responder.model import RawMessage
from responder.service import run_service
from responder.store.cases import Recorder
from responder.store.database import open_database, upgrade
from responder.store.schema import Base, Case, Reply, Setting
from tests.config_factory import write_config
from tests.postgres import database_url, postgres_server, postgres_url  # noqa: F401 - fixtures
from tests.store.schema_support import SEARCH_INDEX_APART
from tests.web_support import fill_maildir


# The engines a command opens live as long as its process; in a test they are collected at its
# end (tests/postgres.py), and a collection during the test may find a pooled connection open.
pytestmark = pytest.mark.filterwarnings("ignore:.*was deleted while still open:ResourceWarning")


def test_migrations_build_the_models_schema(database_url: str) -> None:
    sessions = open_database(database_url)
    with sessions() as session, session.connection() as connection:
        assert compare_metadata(MigrationContext.configure(connection, opts=SEARCH_INDEX_APART), Base.metadata) == []


def test_the_pipeline_handles_a_mailbox_once(database_url: str, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    count = fill_maildir(tmp_path / "Maildir", now)
    with MaildropSink(tmp_path / "sent") as sink:
        config = load_config(write_config(tmp_path, smtp={"port": sink.port}, database={"url": database_url}))
        run_service(config, once=True)
        sent = len(sink.received)
        run_service(config, once=True)  # nothing new: nothing sent again
        assert len(sink.received) == sent > 0
    with open_database(database_url)() as session:
        assert session.scalar(select(func.count(Case.id))) == count
        assert session.scalar(select(func.count(Reply.id)).where(Reply.state == "sent")) == sent
        assert session.scalar(select(func.count(Case.id)).where(Case.thread_id.is_(None))) == 0


def test_a_uidvalidity_past_32_bits_is_recorded_and_found(database_url: str) -> None:
    from responder.model import Action, Classification, Decision, Profile
    from responder.parse import parse_message

    recorder = Recorder(open_database(database_url))
    raw = RawMessage("imap:INBOX", 4_294_967_295, "7", b"From: a@ac-grenoble.fr\r\nSubject: x\r\n\r\nBonjour\r\n")
    decision = Decision(Classification(Profile.ACADEMIC, (), Action.ESCALATE), (), Action.ESCALATE, False)
    recorder.record_case(raw, parse_message(raw.raw), decision, datetime.now(UTC))
    recorder.mark_acknowledged([raw])
    assert recorder.handled("imap:INBOX", 4_294_967_295, ["7", "8"]) == {"7"}


def test_workers_starting_together_migrate_once_and_share_one_signing_key(database_url: str) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite keeps one process per database (single_instance); the race is PostgreSQL's")
    # Real processes, as workers are (Alembic's context is one per process).
    start = ("import sys; from responder.store.cases import Recorder; from responder.store.database import "
             "open_database; print(Recorder(open_database(sys.argv[1])).signing_key().hex())")
    workers = [subprocess.Popen([sys.executable, "-c", start, database_url], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [worker.communicate(timeout=60) for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0, 0, 0], [err for _, err in results]
    assert len({out.strip() for out, _ in results}) == 1  # one signing key for all
    with open_database(database_url, migrate=False)() as session:
        assert session.scalar(select(func.count()).select_from(Setting).where(Setting.key == "signing_key")) == 1
    upgrade(database_url)  # a later start finds nothing to do


def test_the_review_page_works_on_the_database(database_url: str, tmp_path: Path) -> None:
    import re

    from responder.store.accounts import Accounts
    from responder.store.schema import ROLE_MANAGER
    from responder.web import create_app
    from tests.web.review_support import login, token
    from tests.web_support import MANAGER, PASSWORD

    now = datetime.now(UTC)
    fill_maildir(tmp_path / "Maildir", now)
    with MaildropSink(tmp_path / "sent") as sink:
        config = load_config(write_config(tmp_path, smtp={"port": sink.port}, database={"url": database_url}))
        run_service(config, once=True)
    Accounts(open_database(database_url)).add(MANAGER, PASSWORD, ROLE_MANAGER, now)
    client = create_app(config, sleep=lambda _: None).test_client()
    login(client)
    for path in ("/", "/?view=queue", "/?view=mine", "/?view=waiting", "/?q=oubli%C3%A9+mot", "/?q=%25",
                 "/apercu", "/export/cas.csv", "/reponses-types/"):
        assert client.get(path).status_code == 200, path
    found = re.findall(r'href="/cas/(\d+)"', client.get("/?q=mot+de+passe").get_data(as_text=True))
    assert found  # the search finds the trainees' own words on either database
    case_id = int(re.findall(r'href="/cas/(\d+)"', client.get("/?view=queue").get_data(as_text=True))[0])
    assert client.get(f"/cas/{case_id}").status_code == 200
    client.post(f"/cas/{case_id}/prendre", data={"csrf_token": token(client, f"/cas/{case_id}")})
    client.post(f"/cas/{case_id}/attente", data={"csrf_token": token(client, f"/cas/{case_id}"), "until": "2099-01-05"})
    assert "en attente" in client.get(f"/cas/{case_id}").get_data(as_text=True)
    client.post(f"/cas/{case_id}/resoudre", data={"csrf_token": token(client, f"/cas/{case_id}")})
    assert case_id not in [int(i) for i in re.findall(r'href="/cas/(\d+)"', client.get("/?view=queue").get_data(as_text=True))]


def test_a_worker_starting_takes_only_expired_leases_for_crashes(database_url: str, tmp_path: Path) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    fill_maildir(tmp_path / "Maildir", datetime.now(UTC))
    with MaildropSink(tmp_path / "sent") as sink:
        config = load_config(write_config(tmp_path, smtp={"port": sink.port}, database={"url": database_url}))
        run_service(config, once=True)
        sessions = open_database(database_url, migrate=False)
        with sessions.begin() as session:
            reply_id = session.scalars(select(Reply.id).where(Reply.state == "sent")).first()
            # Another worker is in the SMTP exchange of this reply right now.
            session.execute(update(Reply).where(Reply.id == reply_id).values(
                state="sending", lease_owner="autre:1", lease_until=datetime.now(UTC) + timedelta(minutes=10)))
        run_service(config, once=True)
        with sessions() as session:
            state = session.scalar(select(Reply.state).where(Reply.id == reply_id))
        if database_url.startswith("sqlite"):
            assert state == "uncertain"  # one process per SQLite database: it can only be a crash
            return
        assert state == "sending"  # not taken for a crash
        with sessions.begin() as session:  # that worker died: its lease runs out
            session.execute(update(Reply).where(Reply.id == reply_id).values(
                lease_until=datetime.now(UTC) - timedelta(seconds=1)))
        run_service(config, once=True)
    with sessions() as session:
        reply = session.get_one(Reply, reply_id)
        assert reply.state == "uncertain" and reply.case.action == "escalate"


def test_postgresql_searches_a_folded_column_with_a_trigram_index(postgres_url: str) -> None:
    from sqlalchemy import text

    from responder.store.review import ReviewStore
    from responder.store.review_values import CaseFilter

    sessions = open_database(postgres_url)
    recorder = Recorder(sessions)
    raw = RawMessage("imap://u@h:993/INBOX", 7, "1", "From: Zoé Lefèvre <zoe@ac-grenoble.fr>\r\nSubject: Accès\r\n\r\n"
                     "J'ai OUBLIÉ mon mot de passe\r\n".encode())
    from responder.parse import parse_message
    from tests.store.test_cases import decision

    recorder.record_case(raw, parse_message(raw.raw), decision(), datetime.now(UTC))
    with sessions() as session:
        indexes = set(session.scalars(text("SELECT indexname FROM pg_indexes WHERE tablename = 'cases'")))
        folded = session.scalar(text("SELECT search_folded FROM cases"))
    assert "ix_cases_search_folded" in indexes  # pg_trgm: LIKE '%mot%' is not a scan of every case
    assert "zoe lefevre" in folded and "oublie mon mot de passe" in folded
    assert len(ReviewStore(sessions).page(CaseFilter(text="lefevre OUBLIE acces")).rows) == 1
