"""The case log: schema from migrations only, and the outbox states that make crashes harmless."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from responder.store.database import open_database
from responder.model import (
    Action,
    Address,
    Classification,
    Decision,
    Delivery,
    DeliveryStatus,
    OutgoingMail,
    ParsedMessage,
    Profile,
    RawMessage,
    Topic,
)
from responder.store.case_log import list_cases
from responder.store.cases import NewCase, Recorder
from responder.store.history import History
from responder.store.outbox import Outbox
from responder.store.schema import Base
from tests.store.schema_support import SEARCH_INDEX_APART

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


class Store:
    """The store's parts over one database: cases, outbox, history, and the case log's list."""

    def __init__(self, url: str) -> None:
        self.sessions = open_database(url)
        self.cases, self.outbox, self.history = Recorder(self.sessions), Outbox(self.sessions), History(self.sessions)

    def list_cases(self) -> list:  # type: ignore[type-arg]
        return list_cases(self.sessions)

    def __getattr__(self, name: str) -> object:
        for part in (self.cases, self.outbox, self.history):
            if hasattr(part, name):
                return getattr(part, name)
        raise AttributeError(name)


def make_recorder(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'cases.db'}")


def parsed(message_id: str | None = "<m1@ac-grenoble.fr>") -> ParsedMessage:
    return ParsedMessage(
        message_id=message_id, in_reply_to=(), references=(), subject="Aide",
        date=NOW, from_addresses=(Address("Marie", "marie@ac-grenoble.fr"),),
        return_path="marie@ac-grenoble.fr", recipients=("formation@ac-grenoble.fr",), headers=(),
        content_type="text/plain", report_type=None, attachment_types=(),
        text="mot de passe oublié", new_text="mot de passe oublié", classifier_text="mot de passe oublié",
    )


def decision(action: Action = Action.REPLY) -> Decision:
    classification = Classification(Profile.ACADEMIC, (Topic.FORGOTTEN_PASSWORD,), action)
    return Decision(classification, (), action, action is not Action.IGNORE, Address("", "marie@ac-grenoble.fr"))


def reply(message_id: str = "<rsp-1-0@x>") -> OutgoingMail:
    message = EmailMessage()
    message["Subject"] = "Re: Aide"
    message["Message-ID"] = message_id
    message.set_content("Réponse")
    return OutgoingMail(message, "formation@ac-grenoble.fr", ("marie@ac-grenoble.fr",))


def raw(uid: str = "1") -> RawMessage:
    return RawMessage("imap:INBOX", 7, uid, b"Message-ID: <m1@ac-grenoble.fr>\r\n\r\nx")


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    sessions = open_database(f"sqlite:///{tmp_path / 'x.db'}")
    with sessions() as session, session.connection() as connection:
        assert compare_metadata(MigrationContext.configure(connection, opts=SEARCH_INDEX_APART), Base.metadata) == []


def test_an_existing_database_upgrades_in_place_and_keeps_its_cases(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path)
    recorder.record_case(raw(), parsed(), decision(), NOW)
    again = make_recorder(tmp_path)  # a second start runs the migrations again: nothing lost
    assert [c.sender for c in again.list_cases()] == ["marie@ac-grenoble.fr"]
    from alembic.script import ScriptDirectory

    from responder.store.database import _alembic_config

    head = ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()
    versions = sqlite3.connect(tmp_path / "cases.db").execute("select version_num from alembic_version").fetchall()
    assert versions == [(head,)]


def test_reply_is_in_the_outbox_before_it_is_sent(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path)
    case_id, reply_id = recorder.record_case(raw(), parsed(), decision(), NOW, reply(), "h", "marie@ac-grenoble.fr")
    assert reply_id is not None
    due = recorder.due_replies(NOW)
    assert [(d.case_id, d.envelope_to) for d in due] == [(case_id, "marie@ac-grenoble.fr")]
    assert recorder.replies_to("marie@ac-grenoble.fr") == [(NOW, "h")]


def test_reply_interrupted_during_smtp_goes_to_a_human_and_never_out_again(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path)
    _, reply_id = recorder.record_case(raw(), parsed(), decision(), NOW, reply())
    assert reply_id is not None
    assert recorder.claim_for_sending(reply_id, NOW)
    # the process is killed here; a new start:
    restarted = make_recorder(tmp_path)
    assert restarted.recover_interrupted(NOW) == 1
    assert restarted.due_replies(NOW + timedelta(days=1)) == []
    [case] = restarted.list_cases()
    assert (case.action, case.status, case.reply_state) == ("escalate", "new", "uncertain")
    assert "delivery_uncertain" in case.stops


def test_deferred_reply_is_retried_later_then_handed_to_a_human(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path)
    _, reply_id = recorder.record_case(raw(), parsed(), decision(), NOW, reply())
    assert reply_id is not None
    at = NOW
    for _ in range(4):
        assert recorder.claim_for_sending(reply_id, at)
        assert recorder.record_delivery(reply_id, Delivery(DeliveryStatus.DEFERRED, "450 busy", 450), at) == "deferred"
        assert recorder.due_replies(at) == []
        at += timedelta(hours=5)
        assert len(recorder.due_replies(at)) == 1
    assert recorder.claim_for_sending(reply_id, at)
    assert recorder.record_delivery(reply_id, Delivery(DeliveryStatus.DEFERRED, "450 busy", 450), at) == "failed"
    [case] = recorder.list_cases()
    assert (case.action, case.reply_state) == ("escalate", "failed")


def test_refused_reply_escalates_the_case_and_marks_the_address(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path)
    _, reply_id = recorder.record_case(raw(), parsed(), decision(), NOW, reply(), "h", "marie@ac-grenoble.fr")
    assert reply_id is not None
    assert [c.status for c in recorder.list_cases()] == ["answered"]  # closed while the answer holds
    assert recorder.claim_for_sending(reply_id, NOW)
    recorder.record_delivery(reply_id, Delivery(DeliveryStatus.FAILED, "550 5.1.1 unknown user", 550), NOW)
    [case] = recorder.list_cases()
    assert (case.action, case.reply_state, case.stops) == ("escalate", "failed", "delivery_failed")
    assert case.status == "new"  # back in the queue: a person must reach the trainee
    assert recorder.hard_bounced_at("marie@ac-grenoble.fr") == NOW
    assert recorder.replies_to("marie@ac-grenoble.fr") == []  # a refused reply does not count in the caps


def test_same_message_is_one_case_whatever_the_uid(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path)
    case_id, _ = recorder.record_case(raw("1"), parsed(), decision(), NOW)
    found = recorder.case_by_key("<m1@ac-grenoble.fr> marie@ac-grenoble.fr")
    assert found is not None and found.case_id == case_id
    recorder.link_duplicate(raw("2"), case_id, NOW)
    assert recorder.recorded(raw("2")) is not None
    assert not recorder.is_handled("imap:INBOX", 7, "2")
    recorder.mark_acknowledged([raw("2")])
    assert recorder.is_handled("imap:INBOX", 7, "2")
    assert len(recorder.list_cases()) == 1


def test_a_claimed_reply_cannot_be_claimed_twice_and_a_released_one_waits_again(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path)
    _, reply_id = recorder.record_case(raw(), parsed(), decision(), NOW, reply())
    assert reply_id is not None
    other_process = make_recorder(tmp_path)
    assert recorder.claim_for_sending(reply_id, NOW)
    assert not other_process.claim_for_sending(reply_id, NOW)
    recorder.release(reply_id, NOW)  # e.g. the relay refused our login: nothing went out
    assert [d.reply_id for d in recorder.due_replies(NOW)] == [reply_id]
    assert recorder.recover_interrupted(NOW) == 0


def test_exhausted_retries_do_not_mark_the_address_as_dead(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path)
    _, reply_id = recorder.record_case(raw(), parsed(), decision(), NOW, reply(), "h", "marie@ac-grenoble.fr")
    assert reply_id is not None
    for _ in range(5):
        assert recorder.claim_for_sending(reply_id, NOW)
        recorder.record_delivery(reply_id, Delivery(DeliveryStatus.DEFERRED, "451 relay busy", 451), NOW)
    [case] = recorder.list_cases()
    assert case.reply_state == "failed"
    assert recorder.hard_bounced_at("marie@ac-grenoble.fr") is None


def test_ignored_cases_start_closed_and_the_rest_open(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path)
    recorder.record_case(raw("1"), parsed("<a@x>"), decision(Action.IGNORE), NOW)
    recorder.record_case(raw("2"), parsed("<b@x>"), decision(Action.ESCALATE), NOW)
    statuses = {c.action: c.status for c in recorder.list_cases()}
    assert statuses == {"ignore": "ignored", "escalate": "new"}


def test_signing_key_is_created_once_and_kept(tmp_path: Path) -> None:
    first = make_recorder(tmp_path).signing_key()
    assert len(first) == 32
    assert make_recorder(tmp_path).signing_key() == first


def test_a_bounce_marks_the_address_for_the_guard(tmp_path: Path) -> None:
    recorder = make_recorder(tmp_path)
    assert recorder.hard_bounced_at("paul.nom@ac-grenoble.fr") is None
    refused = (("paul.nom@ac-grenoble.fr", "paul.nom@ac-grenoble.fr", "5.1.1"),)
    recorder.record_cases([NewCase(raw(), parsed(), decision(Action.IGNORE), refused=refused)], [], NOW)
    assert recorder.hard_bounced_at("paul.nom@ac-grenoble.fr") == NOW


def test_a_database_of_the_first_schema_upgrades_in_place(tmp_path: Path) -> None:
    from alembic import command

    from responder.store.database import _alembic_config

    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(_alembic_config(url), "0001")
    old = sqlite3.connect(tmp_path / "old.db")
    old.execute(
        "insert into cases (message_key, received_at, sender_address, sender_name, subject, profile, topics,"
        " action, classified_action, reasons, stops, notes, text, new_text, quote_cut, quote_confident,"
        " defects, error, raw, status, created_at, updated_at) values ('<old@x>', '2026-01-05 10:00:00',"
        " 'ancien@ac-grenoble.fr', '', 'Aide', 'academic', 'login', 'reply', 'reply', '[]', '[]', '', 't',"
        " 't', 'none', 1, '', '', x'00', 'resolved', '2026-01-05 10:00:00', '2026-01-05 10:00:00')"
    )
    old.commit()
    old.close()
    recorder = Store(url)  # every start upgrades
    [case] = recorder.list_cases()
    assert (case.sender, case.status) == ("ancien@ac-grenoble.fr", "resolved")
    assert recorder.explanation(case.id) == {}
