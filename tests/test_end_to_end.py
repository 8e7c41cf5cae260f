"""End to end: real Dovecot in, real aiosmtpd out, real SQLite; the whole pipeline as `run` drives it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from responder.config import Config, DatabaseConfig, ResponderConfig
from responder.source import ImapSource
from responder.model import Outcome, RawMessage
from responder.service import run_service
from tests.dovecot import ImapAccount
from tests.smtp import SmtpServer

ROOT = Path(__file__).resolve().parents[1]
US = "formation-magistere@ac-grenoble.fr"


def eml(
    sender: str,
    body: str,
    subject: str = 'Re: Invitation : parcours "Enseigner avec le numérique"',
    message_id: str | None = None,
    extra: str = "",
    date: datetime | None = None,
    content_type: str = "text/plain; charset=utf-8",
    encoding: str = "utf-8",
    to: str = US,
) -> bytes:
    """A message as a trainee's client would write it (8-bit body in the given charset)."""
    date = date or datetime.now(UTC) - timedelta(minutes=5)
    message_id = message_id or f"<{abs(hash((sender, body, subject)))}@client.example>"
    head = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(date)}\r\nMessage-ID: {message_id}\r\n{extra}"
        f"MIME-Version: 1.0\r\nContent-Type: {content_type}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode("utf-8") + body.replace("\n", "\r\n").encode(encoding)


INVITATION_QUOTE = """
Le 02/03/2026 à 10:15, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :
> Bonjour,
> Vous êtes inscrit au parcours « Enseigner avec le numérique ». Connectez-vous avec
> votre identifiant et votre mot de passe, puis retrouvez le parcours dans votre liste.
"""

# name -> (message, expected: None for no reply, else words the reply must hold)
BATCH: dict[str, tuple[bytes, list[str] | None]] = {
    "academic_password_quoted": (
        eml("Claire Martin <claire.martin@ac-grenoble.fr>",
            "Bonjour,\nJ'ai oublié mon mot de passe.\nClaire\n" + INVITATION_QUOTE),
        ["NUMEN", "majuscules"],
    ),
    "university_login_latin1": (
        eml("Lucas Bernard <lucas.bernard@univ-grenoble-alpes.fr>",
            "Bonjour, je n'arrive pas à me connecter à M@gistère : quel bouton ?\nLucas",
            content_type="text/plain; charset=iso-8859-1", encoding="iso-8859-1"),
        ["violet", "SUPIDP"],
    ),
    "other_find_course_html_only": (
        eml("Jean Petit <j.petit@orange.fr>",
            "<html><body><p>Bonjour, je suis connecté mais je ne trouve pas le parcours "
            "dans ma liste.</p><p>Jean</p></body></html>",
            subject="parcours introuvable", content_type="text/html; charset=utf-8"),
        ["Tous mes parcours", "Se former"],
    ),
    "gmail_numen_username": (
        eml("Sophie Dumas <sophie.dumas74@gmail.com>",
            "Bonjour, je ne connais pas mon identifiant académique. J'ai mon NUMEN.\nSophie",
            subject="identifiant"),
        ["NUMEN"],
    ),
    "escalate_attestation": (
        eml("Paul Roux <paul.roux@ac-grenoble.fr>",
            "Bonjour, pouvez-vous m'envoyer une attestation de présence pour la formation ?\nPaul",
            subject="attestation"),
        ["transmis"],
    ),
    "thanks_only": (eml("Claire Martin <claire.martin2@ac-grenoble.fr>", "Merci beaucoup !"), None),
    "out_of_office": (
        eml("Marc Lefebvre <marc.lefebvre@ac-grenoble.fr>",
            "Je suis absent jusqu'au 10 mars. Pour un mot de passe oublié, voyez le secrétariat.",
            subject="Réponse automatique : Invitation",
            extra="Auto-Submitted: auto-replied\r\n"),
        None,
    ),
    "bounce": (
        eml("Mail Delivery System <MAILER-DAEMON@smtp.ac-grenoble.fr>",
            "--b\r\nContent-Type: text/plain\r\n\r\nUndelivered.\r\n--b\r\n"
            "Content-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; x@ac-grenoble.fr\r\n"
            "Action: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n",
            subject="Undelivered Mail Returned to Sender",
            extra="Return-Path: <>\r\n",
            content_type='multipart/report; report-type=delivery-status; boundary="b"'),
        None,
    ),
    "mailing_list": (
        eml("Lettre <lettre@listes.ac-grenoble.fr>",
            "Ce mois-ci : changer son mot de passe.",
            subject="Lettre d'information",
            extra="List-Id: <enseignants.listes.ac-grenoble.fr>\r\nPrecedence: list\r\n",
            to="enseignants@listes.ac-grenoble.fr"),
        None,
    ),
}


@pytest.fixture
def service_config(imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path) -> Config:
    return Config(
        path=str(tmp_path / "config.toml"),
        imap=imap_account.imap_config(),
        maildir=None,
        smtp=smtp_server.smtp_config(),
        responder=ResponderConfig(address=US),
        database=DatabaseConfig(url=f"sqlite:///{tmp_path / 'cases.db'}"),
    )


def with_imap(config: Config, **changes: object) -> Config:
    import dataclasses

    assert config.imap is not None
    return dataclasses.replace(config, imap=dataclasses.replace(config.imap, **changes))


def cases(config: Config) -> list[sqlite3.Row]:
    connection = sqlite3.connect(config.database.url.removeprefix("sqlite:///"))
    connection.row_factory = sqlite3.Row
    return connection.execute(
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


def _config_file(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        f"""
[imap]
host = "127.0.0.1"
port = {imap_account.port}
security = "none"
username = "{imap_account.username}"
password_env = "{imap_account.password_env}"
folder = "INBOX"
poll_interval = 1

[smtp]
host = "127.0.0.1"
port = {smtp_server.port}
security = "none"
username = ""
password_env = "RESPONDER_SMTP_PASSWORD"

[responder]
address = "{US}"

[database]
url = "sqlite:///{tmp_path / 'cases.db'}"
""",
        encoding="utf-8",
    )
    return path


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_run_forever_answers_new_mail_and_stops_cleanly_on_sigterm(
    imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    config = _config_file(tmp_path, imap_account, smtp_server)
    process = subprocess.Popen(
        [sys.executable, "-m", "responder", "--config", str(config), "run"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ), cwd=tmp_path,
    )
    try:
        assert _wait_for(lambda: (tmp_path / "cases.db").exists(), 20)
        time.sleep(1)  # let it reach IDLE
        imap_account.append(BATCH["academic_password_quoted"][0])
        assert _wait_for(lambda: len(smtp_server.messages) == 1, 20), "no reply while running"
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "claire.martin@ac-grenoble.fr | reply academic forgotten_password" in log
    assert "SIGTERM" in log
    assert imap_account.password not in log


def test_wrong_imap_password_is_one_clear_line_and_exit_code_2(
    imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config_file(tmp_path, imap_account, smtp_server)
    monkeypatch.setenv(imap_account.password_env, "not-the-password")
    result = subprocess.run(
        [sys.executable, "-m", "responder", "--config", str(config), "run", "--once"],
        capture_output=True, text=True, env=dict(os.environ), cwd=tmp_path, timeout=60,
    )
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("erreur : ") and f"127.0.0.1:{imap_account.port}" in last
    assert "Traceback" not in result.stderr and "not-the-password" not in result.stderr


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


def test_dry_run_records_the_decision_but_sends_and_flags_nothing(
    imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    imap_account.append(BATCH["academic_password_quoted"][0])
    config = _config_file(tmp_path, imap_account, smtp_server)
    result = subprocess.run(
        [sys.executable, "-m", "responder", "--config", str(config), "run", "--once", "--dry-run"],
        capture_output=True, text=True, env=dict(os.environ), cwd=tmp_path, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert smtp_server.messages == [] and smtp_server.connections == 0
    assert all("$Responder" not in f for f in imap_account.flags().values())
    connection = sqlite3.connect(tmp_path / "cases.db")
    assert connection.execute("select state from replies").fetchall() == [("dry_run",)]


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

    config = Config(
        path="test", imap=imap_account.imap_config(), maildir=None,
        smtp=smtp_auth_server.smtp_config(), responder=ResponderConfig(address=US),
        database=DatabaseConfig(url=f"sqlite:///{tmp_path / 'cases.db'}"),
    )
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


def test_a_second_instance_on_the_same_database_refuses_to_start(
    imap_account: ImapAccount, smtp_server: SmtpServer, service_config: Config
) -> None:
    from responder.errors import ResponderError
    from responder.store.database import single_instance

    with single_instance(service_config.database.url, "run", "arrêtez-la d'abord"):
        with pytest.raises(ResponderError, match="une autre instance de responder"):
            run_service(service_config, once=True)
    run_service(service_config, once=True)  # free again once the first one stops
