"""Conversations: a trainee's reply to our mail joins the case it answers, through the real pipeline
(Maildir source, SMTP sink, SQLite case log)."""

from __future__ import annotations

import email
import mailbox
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from responder.config import load_config
from responder.demo.sink import MaildropSink
from responder.service import run_service
from responder.store.database import open_database
from responder.store.review import ReviewStore
from responder.store.review_values import CaseFilter
from responder.store.schema import Case
from tests.config_factory import US, write_config

NOW = datetime.now(UTC)
TRAINEE = "claire.martin@ac-grenoble.fr"


def mail(message_id: str, subject: str, body: str, sender: str = TRAINEE, answers: str = "",
         hours_ago: float = 1.0) -> bytes:
    threading = f"In-Reply-To: {answers}\r\nReferences: {answers}\r\n" if answers else ""
    return (
        f"From: Claire Martin <{sender}>\r\nTo: {US}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(NOW - timedelta(hours=hours_ago))}\r\nMessage-ID: {message_id}\r\n{threading}"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
    ).encode("utf-8")


class Desk:
    """A mailbox, the responder run over it once per delivery, and what the sink received."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.box = mailbox.Maildir(folder / "Maildir", create=True)
        self.sink = MaildropSink(folder / "sent")
        self.sink.start()
        self.config = load_config(write_config(folder, smtp={"port": self.sink.port}))
        self.sessions = open_database(self.config.database.url)

    def deliver(self, *raws: bytes) -> None:
        for raw in raws:
            self.box.add(raw)
        run_service(self.config, once=True)

    def cases(self) -> list[Case]:
        with self.sessions() as session:
            return list(session.scalars(select(Case).order_by(Case.id)))

    def sent_to(self, address: str) -> list[email.message.Message]:
        return [email.message_from_bytes(e.data) for e in self.sink.received if address in e.rcpt_tos]


@pytest.fixture
def desk(tmp_path: Path):
    desk = Desk(tmp_path)
    yield desk
    desk.sink.stop()


ESCALATED = "Bonjour, pouvez-vous me rembourser mes frais de déplacement pour la journée en présentiel ?"
PASSWORD = "Bonjour, j'ai oublié mon mot de passe, comment faire ?"


def test_a_reply_to_our_acknowledgement_joins_the_case_and_gets_no_second_one(desk: Desk) -> None:
    desk.deliver(mail("<q1@ac-grenoble.fr>", "Frais de déplacement", ESCALATED, hours_ago=3))
    [first] = desk.cases()
    assert first.action == "escalate"
    [ack] = desk.sent_to(TRAINEE)  # the acknowledgement: "un gestionnaire vous répondra"

    # A reminder answering our acknowledgement: its words alone would get the guide's answer.
    desk.deliver(mail("<q2@ac-grenoble.fr>", "Re: Frais de déplacement", PASSWORD, answers=ack["Message-ID"]))
    first, second = desk.cases()
    assert second.thread_id == first.thread_id == first.id
    assert second.action == "escalate" and "conversation" in second.stops
    assert len(desk.sent_to(TRAINEE)) == 1  # no second acknowledgement, no automatic answer

    # The queue shows the conversation once, by its latest message.
    store = ReviewStore(desk.sessions)
    queue = store.page(CaseFilter(view="queue")).rows
    assert [case.id for case in queue] == [second.id]
    assert store.queue_summary(NOW).waiting == 1


def test_same_sender_and_subject_without_threading_fields_continue_the_conversation(desk: Desk) -> None:
    desk.deliver(mail("<s1@ac-grenoble.fr>", "Frais de déplacement", ESCALATED, hours_ago=30))
    # Another client, which drops In-Reply-To and References, and writes "RE :".
    desk.deliver(mail("<s2@ac-grenoble.fr>", "RE : Frais de déplacement", PASSWORD))
    first, second = desk.cases()
    assert second.thread_id == first.id and second.action == "escalate"
    # The same subject from someone else is another conversation, answered on its own merits.
    desk.deliver(mail("<s3@ac-grenoble.fr>", "RE : Frais de déplacement", PASSWORD,
                      sender="paul.durand@ac-grenoble.fr"))
    third = desk.cases()[2]
    assert third.thread_id == third.id and third.action == "reply"


def test_an_answer_to_an_automatic_reply_is_judged_on_its_words(desk: Desk) -> None:
    desk.deliver(mail("<a1@ac-grenoble.fr>", "Mot de passe", PASSWORD, hours_ago=3))
    [first] = desk.cases()
    assert first.action == "reply" and first.status == "answered"
    [answer] = desk.sent_to(TRAINEE)
    desk.deliver(mail("<a2@ac-grenoble.fr>", "Re: Mot de passe", "Merci beaucoup, ça fonctionne !",
                      answers=answer["Message-ID"]))
    second = desk.cases()[1]
    assert second.thread_id == first.id and second.action == "ignore"  # nobody needs to act


def test_an_escalated_reminder_goes_to_whoever_follows_the_conversation(desk: Desk) -> None:
    from responder.store.accounts import Accounts
    from responder.store.schema import ROLE_MANAGER

    desk.deliver(mail("<t1@ac-grenoble.fr>", "Frais de déplacement", ESCALATED, hours_ago=3))
    [first] = desk.cases()
    manager = Accounts(desk.sessions).add("gestion@ac-grenoble.fr", "mot-de-passe-de-test-42", ROLE_MANAGER, NOW)
    store = ReviewStore(desk.sessions)
    store.take(first.id, manager.id, NOW)
    store.resolve(first.id, manager.id, NOW)
    [ack] = desk.sent_to(TRAINEE)
    desk.deliver(mail("<t2@ac-grenoble.fr>", "Re: Frais de déplacement", "Toujours rien reçu, pouvez-vous vérifier ?",
                      answers=ack["Message-ID"]))
    second = desk.cases()[1]
    # The conversation is back in the queue, with the same person, in progress.
    assert second.thread_id == first.id and second.action == "escalate"
    assert second.assigned_to == manager.id and second.status == "in_progress"
    assert [case.id for case in store.page(CaseFilter(view="mine", user_id=manager.id)).rows] == [second.id]


def test_cases_json_gives_one_thread_per_conversation(desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from responder.cli import main

    desk.deliver(mail("<j1@ac-grenoble.fr>", "Frais de déplacement", ESCALATED, hours_ago=3),
                 mail("<j2@ac-grenoble.fr>", "Mot de passe", PASSWORD, sender="paul.durand@ac-grenoble.fr",
                      hours_ago=2))
    [ack] = desk.sent_to(TRAINEE)
    desk.deliver(mail("<j3@ac-grenoble.fr>", "Re: Frais de déplacement", "Avez-vous du nouveau ?",
                      answers=ack["Message-ID"]))
    capsys.readouterr()
    assert main(["--config", str(desk.config.path), "cases", "--json"]) == 0
    threads = {row["id"]: row["thread"] for row in map(json.loads, capsys.readouterr().out.splitlines())}
    first, other, reminder = sorted(threads)
    assert threads[reminder] == threads[first] == first and threads[other] == other


def test_two_messages_of_one_conversation_in_one_batch_are_one_thread(desk: Desk) -> None:
    # The trainee writes, then adds a line before the responder ran: both arrive in one batch.
    desk.deliver(mail("<b1@ac-grenoble.fr>", "Frais de déplacement", ESCALATED, hours_ago=2),
                 mail("<b2@ac-grenoble.fr>", "RE: Frais de déplacement", PASSWORD, answers="<b1@ac-grenoble.fr>",
                      hours_ago=1))
    first, second = desk.cases()
    assert second.thread_id == first.thread_id == first.id
    assert first.action == second.action == "escalate" and "conversation" in second.stops
    assert len(desk.sent_to(TRAINEE)) == 1  # one acknowledgement for the conversation


def test_someone_else_naming_a_trainee_s_message_id_does_not_join_their_conversation(desk: Desk) -> None:
    desk.deliver(mail("<private-1@ac-grenoble.fr>", "Frais de déplacement", ESCALATED, hours_ago=3))
    desk.deliver(mail("<intrus-1@example.org>", "Re: Frais de déplacement", PASSWORD, sender="intrus@example.org",
                      answers="<private-1@ac-grenoble.fr>"))
    first, other = desk.cases()
    assert other.thread_id == other.id != first.thread_id
    # The trainee naming their own earlier message continues it.
    desk.deliver(mail("<private-2@ac-grenoble.fr>", "Autre chose", PASSWORD, answers="<private-1@ac-grenoble.fr>"))
    assert desk.cases()[2].thread_id == first.id
