"""End to end: real Dovecot in, real aiosmtpd out, real SQLite; the whole pipeline as `run` drives it."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.config import Config
from responder.source import ImapSource
from responder.model import Outcome, RawMessage
from responder.service import run_service
from tests.database_rows import connect, Row
from tests.config_factory import US, make_config
from tests.dovecot import ImapAccount
from tests.product.end_to_end_support import BATCH, eml
from tests.smtp import SmtpServer


@pytest.fixture
def service_config(imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path) -> Config:
    return make_config(tmp_path, imap=imap_account.imap_config(), smtp=smtp_server.smtp_config())


def with_imap(config: Config, **changes: object) -> Config:
    import dataclasses

    assert config.imap is not None
    return dataclasses.replace(config, imap=dataclasses.replace(config.imap, **changes))


def cases(config: Config) -> list[Row]:
    return connect(config.database.url).execute(
        "select c.*, r.state as reply_state, r.envelope_to from cases c "
        "left join replies r on r.case_id = c.id order by c.id"
    ).fetchall()


def test_a_mixed_batch_gets_exactly_the_right_replies(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    uids = {name: imap_account.append(raw) for name, (raw, _) in BATCH.items()}

    counts = run_service(service_config, once=True)

    expected = {name: words for name, (_, words) in BATCH.items() if words is not None}
    assert counts.handled == len(BATCH)
    received = {m.rcpt_tos[0]: m for m in smtp_server.messages}
    assert len(smtp_server.messages) == len(expected), sorted(received)
    by_sender = {
        "academic_password_quoted": "claire.martin@ac-grenoble.fr",
        "university_login_latin1": "lucas.bernard@univ-grenoble-alpes.fr",
        "other_find_course_html_only": "j.petit@orange.fr",
        "gmail_numen_username": "sophie.dumas74@gmail.com",
        "escalate_attestation": "paul.roux@ac-grenoble.fr",
    }
    for name, words in expected.items():
        reply = received[by_sender[name]]
        text = reply.message.get_body(("plain",)).get_content()
        for word in words:
            assert word in text, f"{name}: «{word}» missing from the reply"
        assert reply.message["Auto-Submitted"] == "auto-replied"
        assert reply.message["In-Reply-To"] and reply.message["Subject"].startswith("Re: ")
        assert reply.mail_from == US
    academic = received["claire.martin@ac-grenoble.fr"].message.get_body(("plain",)).get_content()
    assert "SUPIDP" not in academic and "violet" not in academic

    flags = imap_account.flags()
    for name, uid in uids.items():
        assert "$Responder" in flags[uid], name
        assert ("\\Answered" in flags[uid]) == (name in expected), name
        assert "\\Seen" not in flags[uid], f"{name}: a human must still see it as unread"

    rows = {row["message_id"]: row for row in cases(service_config)}
    assert len(rows) == len(BATCH)
    actions = sorted(row["action"] for row in rows.values())
    assert actions.count("ignore") == 4 and actions.count("escalate") == 1
    assert all(row["reply_state"] in ("sent", None) for row in rows.values())

    # A second run finds nothing new and sends nothing.
    again = run_service(service_config, once=True)
    assert again.handled == 0
    assert len(smtp_server.messages) == len(expected)


def test_the_same_mail_twice_in_the_mailbox_is_answered_once(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    raw, _ = BATCH["academic_password_quoted"]
    imap_account.append(raw)
    run_service(service_config, once=True)
    imap_account.append(raw)  # delivered again (same Message-ID, new UID)
    run_service(service_config, once=True)
    assert len(smtp_server.messages) == 1
    assert len(cases(service_config)) == 1
    assert all("$Responder" in f for f in imap_account.flags().values())


def test_handled_messages_are_moved_and_replies_copied_to_sent(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    for name in ("academic_password_quoted", "escalate_attestation", "bounce"):
        imap_account.append(BATCH[name][0])
    config = with_imap(service_config, move_replied="Traités", move_escalated="EAFC",
                       move_ignored="Ignorés", sent_folder="Sent")
    run_service(config, once=True)
    assert imap_account.flags("INBOX") == {}
    assert len(imap_account.flags("Traités")) == 1
    assert len(imap_account.flags("EAFC")) == 1
    assert len(imap_account.flags("Ignorés")) == 1
    sent = imap_account.flags("Sent")
    assert len(sent) == 2 and all("\\Seen" in f for f in sent.values())


def test_reply_lost_inside_smtp_goes_to_a_human_and_is_never_sent_again(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    imap_account.append(BATCH["academic_password_quoted"][0])
    smtp_server.drop_after_data()
    run_service(service_config, once=True)
    run_service(service_config, once=True)
    assert smtp_server.messages == []
    assert len(smtp_server.unanswered) == 1
    [row] = cases(service_config)
    assert (row["action"], row["status"], row["reply_state"]) == ("escalate", "new", "uncertain")


def test_temporary_refusal_is_retried_later_and_permanent_refusal_escalates(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    imap_account.append(BATCH["academic_password_quoted"][0])
    imap_account.append(BATCH["university_login_latin1"][0])
    smtp_server.script(["450 4.2.0 mailbox busy", "550 5.1.1 no such user"], "RCPT")
    run_service(service_config, once=True)
    assert smtp_server.messages == []
    states = sorted(row["reply_state"] for row in cases(service_config))
    assert states == ["deferred", "failed"]

    later = datetime.now(UTC) + timedelta(minutes=6)
    run_service(service_config, once=True, clock=lambda: later)
    assert [m.rcpt_tos for m in smtp_server.messages] == [("claire.martin@ac-grenoble.fr",)]
    rows = {row["envelope_to"]: row for row in cases(service_config)}
    assert rows["claire.martin@ac-grenoble.fr"]["reply_state"] == "sent"
    assert rows["lucas.bernard@univ-grenoble-alpes.fr"]["action"] == "escalate"


def test_a_malformed_mail_is_kept_for_a_human_and_the_rest_goes_on(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    imap_account.append(b"\x00\xff\xfe not a mail at all \r\n\r\n\x80\x81")
    imap_account.append(BATCH["academic_password_quoted"][0])
    counts = run_service(service_config, once=True)
    assert counts.handled == 2
    assert len(smtp_server.messages) == 1
    assert all("$Responder" in f for f in imap_account.flags().values())
    assert len(cases(service_config)) == 2


def test_last_years_mail_is_recorded_but_not_answered(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    old = datetime.now(UTC) - timedelta(days=300)
    with imap_account.client() as client:  # delivered to the mailbox last year, as a first run finds it
        client.append("INBOX", eml("Claire <claire.martin@ac-grenoble.fr>", "J'ai oublié mon mot de passe", date=old), msg_time=old)
    run_service(service_config, once=True)
    assert smtp_server.messages == []
    [row] = cases(service_config)
    assert "stale_backlog" in row["stops"]


def test_a_trainee_writing_again_and_again_reaches_a_human(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    sender = "Marie Durand <marie.durand@ac-grenoble.fr>"
    questions = [
        "J'ai oublié mon mot de passe.",
        "Je ne connais pas mon identifiant.",
        "Je n'arrive pas à me connecter, quel bouton choisir ?",
        "Je suis connectée mais je ne trouve pas mon parcours.",
    ]
    for index, text in enumerate(questions):
        imap_account.append(eml(sender, text, subject=f"question {index}"))
    run_service(service_config, once=True)
    assert len(smtp_server.messages) == 3
    assert sorted(row["action"] for row in cases(service_config)).count("escalate") == 1
    assert any("rate_cap" in row["stops"] for row in cases(service_config))


class _KilledAfterRecording(ImapSource):
    """Dies the way a killed process would: after the case is recorded, before the flags."""

    def acknowledge(self, handled: Sequence[tuple[RawMessage, Outcome]]) -> None:
        raise SystemExit("killed")


def test_killed_between_sending_and_flagging_restarts_without_a_second_reply(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    imap_account.append(BATCH["academic_password_quoted"][0])
    with monkeypatch.context() as patched, pytest.raises(SystemExit):
        patched.setattr("responder.service.open_source", lambda config: _KilledAfterRecording(config.imap))
        run_service(service_config, once=True)
    assert len(smtp_server.messages) == 1
    assert all("$Responder" not in f for f in imap_account.flags().values())

    run_service(service_config, once=True)
    assert len(smtp_server.messages) == 1
    assert all({"$Responder", "\\Answered"} <= f for f in imap_account.flags().values())


def test_a_forward_with_nothing_typed_goes_to_a_human_without_an_automatic_answer(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    forward = (
        "-------- Message transféré --------\n"
        "Sujet : Invitation : parcours\nDe : EAFC <formation-magistere@ac-grenoble.fr>\n"
        "Date : 02/03/2026 10:15\nPour : marie@ac-grenoble.fr\n\n"
        "Connectez-vous avec votre identifiant et votre mot de passe, puis rejoignez le parcours.\n"
    )
    imap_account.append(eml("Marie <marie.durand@ac-grenoble.fr>", forward, subject="TR: Invitation : parcours"))
    run_service(service_config, once=True)
    assert smtp_server.messages == []
    [row] = cases(service_config)
    assert row["action"] == "escalate" and "unsure_text" in row["stops"]


def test_another_persons_mail_reusing_a_message_id_is_not_taken_for_a_copy(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    imap_account.append(eml("Claire <claire.martin@ac-grenoble.fr>", "J'ai oublié mon mot de passe.", message_id="<1@localhost>"))
    imap_account.append(eml("Marc <m.roux@ac-grenoble.fr>", "Je ne trouve pas le parcours une fois connecté.", message_id="<1@localhost>"))
    run_service(service_config, once=True)
    assert sorted(m.rcpt_tos[0] for m in smtp_server.messages) == ["claire.martin@ac-grenoble.fr", "m.roux@ac-grenoble.fr"]
    assert len(cases(service_config)) == 2


def test_a_deferred_reply_flags_and_moves_the_mail_once_it_is_finally_sent(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    imap_account.append(BATCH["academic_password_quoted"][0])
    config = with_imap(service_config, move_replied="Traités")
    smtp_server.script(["451 4.3.0 try again later"], "RCPT")
    run_service(config, once=True)
    [flags] = imap_account.flags().values()  # still in INBOX, handled but not answered yet
    assert "$Responder" in flags and "\\Answered" not in flags

    later = datetime.now(UTC) + timedelta(minutes=6)
    run_service(config, once=True, clock=lambda: later)
    assert len(smtp_server.messages) == 1
    assert imap_account.flags("INBOX") == {}
    [moved] = imap_account.flags("Traités").values()
    assert {"$Responder", "\\Answered"} <= moved


def test_a_refused_smtp_login_stops_the_run_and_the_reply_waits_instead_of_being_lost(
    imap_account: ImapAccount, smtp_auth_server: SmtpServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from responder.errors import DeliveryError
    from tests.smtp import PASSWORD_ENV

    config = make_config(tmp_path, imap=imap_account.imap_config(), smtp=smtp_auth_server.smtp_config())
    imap_account.append(BATCH["academic_password_quoted"][0])
    good_password = os.environ[PASSWORD_ENV]
    monkeypatch.setenv(PASSWORD_ENV, "expired-password")
    with pytest.raises(DeliveryError):
        run_service(config, once=True)
    assert smtp_auth_server.messages == []
    monkeypatch.setenv(PASSWORD_ENV, good_password)  # the admin fixes the password
    run_service(dataclasses.replace(config), once=True)
    assert len(smtp_auth_server.messages) == 1
    [row] = cases(config)
    assert (row["action"], row["reply_state"]) == ("reply", "sent")


@pytest.mark.sqlite_only  # SQLite's one process per database; PostgreSQL takes several workers
def test_a_second_instance_on_the_same_database_refuses_to_start(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    from responder.errors import ResponderError
    from responder.store.database import single_instance

    with single_instance(service_config.database.url, "run", "arrêtez-la d'abord"):
        with pytest.raises(ResponderError, match="une autre instance de responder"):
            run_service(service_config, once=True)
    run_service(service_config, once=True)  # free again once the first one stops
