"""Retention and erasure on SQLite and PostgreSQL: `purge` empties old mail and anonymises old
cases, `forget` erases one person; row counts before and after, through the real commands."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from responder.cli import main
from responder.config import load_config
from responder.demo.sink import MaildropSink
from responder.service import run_service
from responder.store.database import open_database
from responder.store.schema import Case, Reply
from tests.config_factory import write_config
from tests.postgres import postgres_server, postgres_url  # noqa: F401 - fixtures
from tests.web_support import fill_maildir

pytestmark = pytest.mark.filterwarnings("ignore:.*was deleted while still open:ResourceWarning")


@pytest.fixture(params=["sqlite", "postgresql"])
def logged(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A case log the pipeline wrote over the demo mails, on each database; returns the config's path."""
    url = f"sqlite:///{tmp_path / 'responder.db'}" if request.param == "sqlite" else request.getfixturevalue(
        "postgres_url")
    fill_maildir(tmp_path / "Maildir", datetime.now(UTC))
    with MaildropSink(tmp_path / "sent") as sink:
        path = write_config(tmp_path, smtp={"port": sink.port}, database={"url": url})
        run_service(load_config(path), once=True)
    return path


def _age_cases(path: Path, days: int, where: object = None) -> None:
    sessions = open_database(load_config(path).database.url, migrate=False)
    with sessions.begin() as session:
        statement = update(Case).values(received_at=datetime.now(UTC) - timedelta(days=days))
        session.execute(statement.where(where) if where is not None else statement)  # type: ignore[arg-type]


def _counts(path: Path) -> dict[str, int]:
    with open_database(load_config(path).database.url, migrate=False)() as session:
        return {
            "cases": session.scalar(select(func.count(Case.id))) or 0,
            "with mail": session.scalar(select(func.count(Case.id)).where(func.length(Case.raw) > 0)) or 0,
            "with sender": session.scalar(select(func.count(Case.id)).where(Case.sender_address != "(effacé)")) or 0,
            "reply bodies": session.scalar(select(func.count(Reply.id)).where(Reply.body_text != "")) or 0,
        }


def test_purge_empties_old_mail_then_anonymises_old_cases(logged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _counts(logged)
    assert before["with mail"] == before["with sender"] == before["cases"] > 0 and before["reply bodies"] > 0
    assert main(["--config", str(logged), "purge"]) == 0
    assert _counts(logged) == before  # nothing is old yet
    _age_cases(logged, 200)  # past the 183 days of messages, within the year of cases
    assert main(["--config", str(logged), "purge", "--dry-run"]) == 0
    assert "à faire : 11 message(s) vidé(s), 0 cas anonymisé(s)" in capsys.readouterr().out
    assert _counts(logged) == before  # a dry run changes nothing
    main(["--config", str(logged), "purge"])
    assert _counts(logged) == {"cases": before["cases"], "with mail": 0, "with sender": before["cases"],
                               "reply bodies": 0}
    _age_cases(logged, 400)
    main(["--config", str(logged), "purge"])
    after = _counts(logged)
    assert after == {"cases": before["cases"], "with mail": 0, "with sender": 0, "reply bodies": 0}
    # What the overview counts stays: every case, its action and its topics.
    with open_database(load_config(logged).database.url, migrate=False)() as session:
        assert session.scalar(select(func.count(Case.id)).where(Case.action == "reply")) > 0


def test_forget_erases_one_person_and_says_what_it_cannot_reach(logged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sessions = open_database(load_config(logged).database.url, migrate=False)
    with sessions() as session:
        person = session.scalars(select(Case.sender_address).where(Case.action == "reply")).first()
        theirs = session.scalar(select(func.count(Case.id)).where(Case.sender_address == person))
    assert person and theirs
    before = _counts(logged)
    assert main(["--config", str(logged), "forget", person.upper()]) == 0
    out = capsys.readouterr().out
    assert f"{theirs} cas anonymisé(s)" in out and "boîte IMAP" in out and "exports" in out
    with sessions() as session:
        assert session.scalar(select(func.count(Case.id)).where(func.lower(Case.sender_address) == person)) == 0
        assert session.scalar(select(func.count(Reply.id)).where(func.lower(Reply.envelope_to) == person)) == 0
        left = session.scalars(select(Case.raw).where(Case.sender_address != "(effacé)")).all()
    assert len(left) == before["cases"] - theirs and all(left)  # the others are untouched


def test_the_review_page_still_shows_purged_cases(logged: Path) -> None:
    from responder.store.accounts import Accounts
    from responder.store.schema import ROLE_MANAGER
    from responder.web import create_app
    from tests.web.review_support import login
    from tests.web_support import MANAGER, PASSWORD

    _age_cases(logged, 400)
    main(["--config", str(logged), "purge"])
    config = load_config(logged)
    Accounts(open_database(config.database.url)).add(MANAGER, PASSWORD, ROLE_MANAGER, datetime.now(UTC))
    client = create_app(config, sleep=lambda _: None).test_client()
    login(client)
    with open_database(config.database.url, migrate=False)() as session:
        ids = session.scalars(select(Case.id)).all()
    for path in ["/", "/apercu", "/export/cas.csv", *(f"/cas/{i}" for i in ids), f"/cas/{ids[0]}.eml"]:
        assert client.get(path).status_code == 200, path
