"""Robots and delivery reports answering an invitation: linked to it, never answered; a bounce
marks the invitation failed, a delay report or another mail's bounce leaves it sent
(the invitations go out for real: tests/invitations/linking_support.py)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from responder.config import Config
from responder.parse import parse_message
from tests.invitations.linking_support import (  # noqa: F401  (campaign: a fixture)
    ELODIE,
    INES,
    JEAN,
    ROSTER,
    campaign,
    case_of,
    db,
    deliver,
    dsn,
    compose,
    invitation,
    invitation_row,
    replies_to,
)
from tests.smtp import SmtpServer


# --- robots answering the invitation ------------------------------------------------------------


OUT_OF_OFFICE = ("Je suis absent jusqu'au 4 décembre, sans accès à ma messagerie. Pour une question "
                 "sur un mot de passe ou un identifiant, écrivez au secrétariat.\nJean Dupont")


def gmail_vacation(invite: EmailMessage) -> bytes:
    """Gmail's vacation responder: Auto-Submitted: auto-replied, the subject "Re: …"."""
    message = compose(f"Jean Dupont <{JEAN}>", "Re: " + str(invite["Subject"]), str(invite["Message-ID"]),
                    Auto_Submitted="auto-replied")
    message.set_content(OUT_OF_OFFICE, charset="utf-8")
    return message.as_bytes()


def exchange_oof(invite: EmailMessage) -> bytes:
    """Exchange's "Réponse automatique :" as it arrives: no Auto-Submitted, Exchange's own headers."""
    message = compose(
        f"Jean Dupont <{JEAN}>", "Réponse automatique : " + str(invite["Subject"]), str(invite["Message-ID"]),
        Thread_Topic=str(invite["Subject"]),
        Thread_Index="AQHZxYzAbCdEfGhIjKlMnOpQrStUvW==",
        X_MS_Has_Attach="",
        X_MS_TNEF_Correlator="",
        X_Auto_Response_Suppress="All",
        X_MS_Exchange_Inbox_Rules_Loop=JEAN,
        X_MS_Exchange_Generated_Message_Source="Mailbox Rules Agent",
    )
    message.set_content(OUT_OF_OFFICE, charset="utf-8")
    return message.as_bytes()


@pytest.mark.parametrize("robot, stop", [(gmail_vacation, "auto_submitted"), (exchange_oof, "suppress_header")],
                         ids=["gmail-vacation", "exchange-oof"])
def test_an_out_of_office_answer_to_an_invitation_is_linked_and_not_answered(
        campaign: Config, smtp_server: SmtpServer, robot: object, stop: str) -> None:
    invite = invitation(smtp_server, JEAN)

    deliver(campaign, robot(invite))  # type: ignore[operator]

    case = case_of(campaign, JEAN)
    assert case["invitation_id"] == invitation_row(campaign, JEAN)["id"]
    assert case["action"] == "ignore" and case["reply_state"] is None
    assert f'"code": "{stop}"' in case["stops"]
    assert replies_to(smtp_server, JEAN) == []
    assert invitation_row(campaign, JEAN)["state"] == "sent"  # an absence is not a failure


def test_an_automated_response_to_an_invitation_is_not_answered(
        campaign: Config, smtp_server: SmtpServer) -> None:
    """A helpdesk robot ignoring RFC 3834 and X-Auto-Response-Suppress: no robot header, only its
    subject, as for a robot answering one of our replies (freescout#3670)."""
    invite = invitation(smtp_server, JEAN)
    message = compose(f"Jean Dupont <{JEAN}>", "Automated Response: " + str(invite["Subject"]),
                    str(invite["Message-ID"]))
    message.set_content(OUT_OF_OFFICE, charset="utf-8")

    deliver(campaign, message.as_bytes())

    case = case_of(campaign, JEAN)
    assert case["invitation_id"] == invitation_row(campaign, JEAN)["id"]
    assert case["action"] == "ignore" and case["reply_state"] is None
    assert '"code": "auto_subject_after_own_reply"' in case["stops"]
    assert replies_to(smtp_server, JEAN) == []


# --- delivery reports -----------------------------------------------------------------------------


def headers_of(raw: bytes) -> str:
    """The header block of a message as the relay got it (what a DSN returns)."""
    head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("ascii")
    return head.replace("\n", "\r\n") + "\r\n"


def test_parse_reads_the_message_id_of_the_original_a_report_returns(smtp_server: SmtpServer) -> None:
    headers = ("Return-Path: <formation-magistere@ac-grenoble.fr>\r\nFrom: a@ac-grenoble.fr\r\n"
               "Subject: x\r\nMessage-ID:\r\n <inv.0123456789ab.0123456789abcdef@ac-grenoble.fr>\r\n")
    parsed = parse_message(dsn(ELODIE, headers))
    assert parsed.reported_message_ids == ("<inv.0123456789ab.0123456789abcdef@ac-grenoble.fr>",)
    assert [r.recipient for r in parsed.delivery_reports] == [ELODIE]

    original = EmailMessage()
    original["Message-ID"] = "<whole-original@ac-grenoble.fr>"
    original.set_content("bonjour")
    report = EmailMessage()
    report["From"] = "MAILER-DAEMON@smtp.example"
    report.set_content("Undelivered.")
    report.add_attachment(original)  # message/rfc822: the whole original returned
    report.replace_header("Content-Type", str(report["Content-Type"]).replace(
        "multipart/mixed", "multipart/report; report-type=delivery-status"))
    assert parse_message(report.as_bytes()).reported_message_ids == ("<whole-original@ac-grenoble.fr>",)
    assert parse_message(b"From: a@b.fr\r\nSubject: x\r\n\r\nhello").reported_message_ids == ()


@pytest.mark.parametrize("returns_headers", [True, False], ids=["headers-returned", "nothing-returned"])
def test_a_bounced_invitation_is_marked_failed_and_the_report_is_not_answered(
        campaign: Config, smtp_server: SmtpServer, returns_headers: bool) -> None:
    [sent] = [m for m in smtp_server.messages if m.rcpt_tos == (ELODIE,)]

    deliver(campaign, dsn(ELODIE, headers_of(sent.raw) if returns_headers else None))

    bounced = invitation_row(campaign, ELODIE)
    assert bounced["state"] == "failed" and "5.1.1" in bounced["last_detail"]
    report = db(campaign).execute("select * from cases where sender_address like 'MAILER-DAEMON%'").fetchone()
    assert report["invitation_id"] == bounced["id"] and report["action"] == "ignore"
    assert replies_to(smtp_server, ELODIE) == [] and len(smtp_server.messages) == len(ROSTER)
    states = dict(db(campaign).execute("select address, state from invitations").fetchall())
    assert [a for a, state in states.items() if state != "sent"] == [ELODIE]


def test_a_delay_report_or_a_bounce_of_another_mail_leaves_the_invitation_sent(
        campaign: Config, smtp_server: SmtpServer) -> None:
    [sent] = [m for m in smtp_server.messages if m.rcpt_tos == (INES,)]
    delayed = dsn(INES, headers_of(sent.raw), status="4.4.1", action="delayed")
    # Our later mail to Inès (not the invitation) refused: the invitation itself had arrived.
    other = headers_of(sent.raw).replace(str(sent.message["Message-ID"]), "<another-mail@ac-grenoble.fr>")

    deliver(campaign, delayed, dsn(INES, other))

    assert invitation_row(campaign, INES)["state"] == "sent"
    assert replies_to(smtp_server, INES) == []
