"""Sending replies through a real aiosmtpd server: outcomes, connection reuse, AUTH and TLS."""

from __future__ import annotations

import dataclasses
import email.policy
import logging
import smtplib
import socket
from collections.abc import Iterator
from email.message import EmailMessage

import pytest

from responder.errors import DeliveryError
from responder.model import DeliveryStatus, OutgoingMail
from responder.reply.smtp import DryRunSender, SmtpSender, open_sender
from responder.wire import mail_bytes
from tests.config_factory import section
from tests.smtp import (  # noqa: F401  (fixtures)
    PASSWORD,
    PASSWORD_ENV,
    SmtpServer,
    self_signed_cert,
    smtp_auth_server,
    smtp_server,
    smtp_starttls_server,
    smtps_server,
)

FROM = "formation-magistere@ac-grenoble.fr"
BODY = (
    "Bonjour Marie,\n\n"
    "Votre identifiant académique est celui de votre messagerie : prénom.nom.\n"
    ".Une ligne qui commence par un point ne doit pas couper le message.\n\n"
    "Cordialement,\nL'équipe M@gistère – EAFC\n"
)


def make_mail(number: int = 1, to: str = "marie.durand@ac-grenoble.fr") -> OutgoingMail:
    message = EmailMessage()
    message["From"] = f"Formation M@gistère <{FROM}>"
    message["To"] = to
    message["Subject"] = f"Re: Inscription à la formation « Écrire au collège » n°{number}"
    message["Message-ID"] = f"<reply-{number}@formation-magistere.ac-grenoble.fr>"
    message["Auto-Submitted"] = "auto-replied"
    message.set_content(BODY)
    return OutgoingMail(message=message, envelope_from=FROM, envelope_to=(to,))


@pytest.fixture
def sender(smtp_server: SmtpServer) -> Iterator[SmtpSender]:
    with SmtpSender(smtp_server.smtp_config()) as opened:
        yield opened


def test_messages_of_a_batch_share_one_connection(smtp_server: SmtpServer,
                                                  sender: SmtpSender) -> None:
    deliveries = [sender.send(make_mail(n)) for n in range(1, 5)]

    assert [d.status for d in deliveries] == [DeliveryStatus.SENT] * 4
    assert smtp_server.connections == 1
    assert [r.message["Message-ID"] for r in smtp_server.messages] == [
        f"<reply-{n}@formation-magistere.ac-grenoble.fr>" for n in range(1, 5)
    ]


def test_accepted_message_arrives_byte_for_byte(smtp_server: SmtpServer,
                                                sender: SmtpSender) -> None:
    mail = make_mail()

    delivery = sender.send(mail)

    assert (delivery.status, delivery.code) == (DeliveryStatus.SENT, 250)
    assert "250" in delivery.detail
    [received] = smtp_server.messages
    assert received.raw == mail_bytes(mail)  # the bytes the outbox keeps, exactly
    assert (received.mail_from, received.rcpt_tos) == (FROM, ("marie.durand@ac-grenoble.fr",))
    assert received.message["Subject"] == mail.message["Subject"]
    assert received.message["Auto-Submitted"] == "auto-replied"
    # On the wire every line ends in CRLF; the words, accents and the leading dot are intact.
    assert received.message.get_content().replace("\r\n", "\n") == BODY


def test_temporary_refusal_is_deferred_and_the_sender_goes_on(smtp_server: SmtpServer,
                                                              sender: SmtpSender) -> None:
    smtp_server.script(["450 4.2.0 Mailbox busy, try later"])

    first = sender.send(make_mail(1))
    second = sender.send(make_mail(2))

    assert (first.status, first.code) == (DeliveryStatus.DEFERRED, 450)
    assert "4.2.0 Mailbox busy, try later" in first.detail
    assert second.status is DeliveryStatus.SENT
    assert [r.message["Message-ID"] for r in smtp_server.messages] == [
        "<reply-2@formation-magistere.ac-grenoble.fr>"
    ]
    assert smtp_server.connections == 1


def test_refused_recipient_fails_and_the_next_message_still_goes(smtp_server: SmtpServer,
                                                                 sender: SmtpSender) -> None:
    smtp_server.script(["550 5.1.1 <inconnu@ac-grenoble.fr>: user unknown"], command="RCPT")

    refused = sender.send(make_mail(1, to="inconnu@ac-grenoble.fr"))
    accepted = sender.send(make_mail(2))

    assert (refused.status, refused.code) == (DeliveryStatus.FAILED, 550)
    assert "5.1.1 <inconnu@ac-grenoble.fr>: user unknown" in refused.detail
    assert accepted.status is DeliveryStatus.SENT
    assert [r.rcpt_tos for r in smtp_server.messages] == [("marie.durand@ac-grenoble.fr",)]


def test_message_with_one_refused_recipient_goes_to_nobody(smtp_server: SmtpServer,
                                                           sender: SmtpSender) -> None:
    mail = dataclasses.replace(make_mail(), envelope_to=("a@ac-grenoble.fr", "b@ac-grenoble.fr"))
    smtp_server.script(["250 OK", "451 4.3.0 greylisted"], command="RCPT")

    delivery = sender.send(mail)

    assert (delivery.status, delivery.code) == (DeliveryStatus.DEFERRED, 451)
    assert "b@ac-grenoble.fr" in delivery.detail
    assert smtp_server.messages == []
    assert sender.send(make_mail(2)).status is DeliveryStatus.SENT


def test_connection_dropped_before_the_data_is_deferred(smtp_server: SmtpServer,
                                                        sender: SmtpSender) -> None:
    smtp_server.drop_before_data()

    dropped = sender.send(make_mail(1))
    later = sender.send(make_mail(2))

    assert dropped.status is DeliveryStatus.DEFERRED
    assert "127.0.0.1" in dropped.detail
    assert smtp_server.unanswered == []
    assert later.status is DeliveryStatus.SENT
    assert smtp_server.connections == 2


def test_connection_dropped_after_the_final_dot_is_uncertain(smtp_server: SmtpServer,
                                                             sender: SmtpSender) -> None:
    smtp_server.drop_after_data()

    delivery = sender.send(make_mail(1))

    assert delivery.status is DeliveryStatus.UNCERTAIN
    assert "peut-être" in delivery.detail
    [received] = smtp_server.unanswered  # the server did get the whole message
    assert received.message["Message-ID"] == "<reply-1@formation-magistere.ac-grenoble.fr>"
    assert sender.send(make_mail(2)).status is DeliveryStatus.SENT


def test_no_reply_after_the_data_within_the_timeout_is_uncertain(smtp_server: SmtpServer) -> None:
    smtp_server.stall_after_data(5)

    with SmtpSender(smtp_server.smtp_config(timeout=1)) as sender:
        delivery = sender.send(make_mail())

    assert delivery.status is DeliveryStatus.UNCERTAIN
    assert len(smtp_server.unanswered) == 1


def test_server_not_listening_is_deferred() -> None:
    # A bound socket that never listens: connections to its port are refused, on loopback only.
    with socket.socket() as placeholder:
        placeholder.bind(("127.0.0.1", 0))
        port = placeholder.getsockname()[1]
        config = section("smtp", port=port)
        with SmtpSender(config) as sender:
            delivery = sender.send(make_mail())

    assert delivery.status is DeliveryStatus.DEFERRED
    assert f"127.0.0.1:{port}" in delivery.detail


def test_idle_connection_closed_by_the_server_is_reopened(smtp_server: SmtpServer,
                                                          sender: SmtpSender) -> None:
    assert sender.send(make_mail(1)).status is DeliveryStatus.SENT
    # What a server does to an idle client: close the socket under it.
    assert sender._smtp is not None and sender._smtp.sock is not None
    sender._smtp.sock.shutdown(socket.SHUT_RDWR)

    delivery = sender.send(make_mail(2))

    assert delivery.status is DeliveryStatus.SENT
    assert len(smtp_server.messages) == 2
    assert smtp_server.connections == 2


def test_login_uses_the_password_from_the_environment(smtp_auth_server: SmtpServer) -> None:
    with SmtpSender(smtp_auth_server.smtp_config()) as sender:
        delivery = sender.send(make_mail())

    assert delivery.status is DeliveryStatus.SENT
    assert smtp_auth_server.auth_attempts == ["formation@example.org"]
    assert len(smtp_auth_server.messages) == 1


def test_wrong_password_stops_the_run_without_revealing_it(
    smtp_auth_server: SmtpServer, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "mauvais-mot-de-passe-93b1")
    caplog.set_level(logging.DEBUG)

    with SmtpSender(smtp_auth_server.smtp_config()) as sender:
        with pytest.raises(DeliveryError) as raised:
            sender.send(make_mail())

    message = str(raised.value)
    assert f"127.0.0.1:{smtp_auth_server.port}" in message
    assert "authentification" in message
    assert "mauvais-mot-de-passe-93b1" not in message and PASSWORD not in message
    assert "mauvais-mot-de-passe-93b1" not in caplog.text
    assert smtp_auth_server.messages == []


def test_starttls_configured_but_not_offered_never_logs_in_in_clear(
    smtp_auth_server: SmtpServer,
) -> None:
    config = smtp_auth_server.smtp_config(security="starttls")

    with SmtpSender(config) as sender:
        with pytest.raises(DeliveryError, match="STARTTLS") as raised:
            sender.send(make_mail())

    assert f"127.0.0.1:{smtp_auth_server.port}" in str(raised.value)
    assert smtp_auth_server.auth_attempts == []
    assert smtp_auth_server.messages == []


def test_starttls_with_a_self_signed_certificate_is_refused(
    smtp_starttls_server: SmtpServer,
) -> None:
    with SmtpSender(smtp_starttls_server.smtp_config()) as sender:
        with pytest.raises(DeliveryError, match="TLS") as raised:
            sender.send(make_mail())

    assert f"127.0.0.1:{smtp_starttls_server.port}" in str(raised.value)
    assert smtp_starttls_server.messages == []


def test_starttls_without_certificate_check_sends_over_tls(
    smtp_starttls_server: SmtpServer,
) -> None:
    config = smtp_starttls_server.smtp_config(verify_certificate=False)

    with SmtpSender(config) as sender:
        delivery = sender.send(make_mail())

    assert delivery.status is DeliveryStatus.SENT
    [received] = smtp_starttls_server.messages
    assert received.tls


def test_implicit_tls_checks_the_certificate_unless_told_not_to(
    smtps_server: SmtpServer,
) -> None:
    with SmtpSender(smtps_server.smtp_config()) as sender:
        with pytest.raises(DeliveryError, match=f"127.0.0.1:{smtps_server.port}"):
            sender.send(make_mail(1))

    with SmtpSender(smtps_server.smtp_config(verify_certificate=False)) as sender:
        delivery = sender.send(make_mail(2))

    assert delivery.status is DeliveryStatus.SENT
    [received] = smtps_server.messages
    assert received.tls and received.message["Message-ID"].startswith("<reply-2@")


def test_dry_run_sends_nothing_and_keeps_the_mails(smtp_server: SmtpServer) -> None:
    sender = open_sender(smtp_server.smtp_config(), dry_run=True)
    mail = make_mail()

    delivery = sender.send(mail)
    sender.close()

    assert isinstance(sender, DryRunSender)
    assert delivery.status is DeliveryStatus.DRY_RUN
    assert sender.mails == [mail]
    assert smtp_server.connections == 0
    assert smtp_server.messages == []


def test_open_sender_without_dry_run_really_sends(smtp_server: SmtpServer) -> None:
    sender = open_sender(smtp_server.smtp_config(), dry_run=False)
    try:
        assert sender.send(make_mail()).status is DeliveryStatus.SENT
    finally:
        sender.close()

    assert len(smtp_server.messages) == 1


def test_one_debug_line_per_transaction_without_the_body(
    smtp_server: SmtpServer, sender: SmtpSender, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="responder.reply.smtp")

    sender.send(make_mail(1))
    sender.send(make_mail(2))

    transactions = [r for r in caplog.records if "reply-" in r.getMessage()]
    assert len(transactions) == 2
    assert "Votre identifiant" not in caplog.text



def test_an_unknown_host_name_stops_at_the_first_try_with_what_to_check() -> None:
    config = section("smtp", host="smtp.exemple", port=587, security="starttls")

    def unresolvable() -> smtplib.SMTP:
        # A DNS failure on demand, without asking any resolver outside the machine.
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(DeliveryError) as caught:
        SmtpSender(config, connect=unresolvable).send(make_mail())
    assert str(caught.value) == ("serveur SMTP smtp.exemple:587 : nom inconnu (nom introuvable dans le DNS) : "
                                 "vérifiez [smtp] host")


def _utf8_mail() -> OutgoingMail:
    message = EmailMessage(policy=email.policy.SMTP.clone(utf8=True))
    message["From"] = f"Formation M@gistère <{FROM}>"
    message["To"] = "André Müller <andré.müller@exemple-école.fr>"
    message["Subject"] = "Re: Mot de passe"
    message["Message-ID"] = "<intl-1@formation-magistere.ac-grenoble.fr>"
    message.set_content(BODY)
    return OutgoingMail(message=message, envelope_from=FROM, envelope_to=("andré.müller@exemple-école.fr",))


@pytest.mark.parametrize("smtputf8", [True, False])
def test_an_internationalised_address_goes_out_only_where_the_relay_offers_smtputf8(smtputf8: bool) -> None:
    server = SmtpServer(enable_SMTPUTF8=smtputf8)
    server.start()
    try:
        with SmtpSender(server.smtp_config()) as sender:
            delivery = sender.send(_utf8_mail())
    finally:
        server.stop()
    if not smtputf8:
        assert delivery.status is DeliveryStatus.FAILED and not server.messages
        assert "n'accepte pas les adresses internationalisées (SMTPUTF8)" in delivery.detail
        return
    assert delivery.status is DeliveryStatus.SENT
    [received] = server.messages
    assert received.rcpt_tos == ("andré.müller@exemple-école.fr",)
    assert "To: André Müller <andré.müller@exemple-école.fr>".encode() in received.raw  # RFC 6532
