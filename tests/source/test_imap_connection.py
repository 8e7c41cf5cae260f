"""The IMAP source when the connection goes wrong: cuts, refusals, DNS, passwords and TLS, each
against a real Dovecot (through a relay a test can cut) and named in one line for the admin."""

from __future__ import annotations

import logging
import socket
import threading
import time

import pytest
from imapclient import IMAPClient

from responder.config import ImapConfig
from responder.errors import MailboxError
from responder.source import ImapSource
from tests.config_factory import section
from tests.dovecot import DovecotServer, ImapAccount
from tests.source.mailbox_support import (
    KEYWORD,
    REPLIED,
    CuttableProxy,
    Delays,
    acknowledge,
    fetch_new,
    message,
    never_handled,
    open_imap,
)


# -- connection trouble ------------------------------------------------------------------------


def test_connection_cut_between_batches_reconnects_and_yields_each_message_once(
    imap_account: ImapAccount, proxy: CuttableProxy, delays: Delays
) -> None:
    uids = imap_account.append_many([message(n) for n in range(120)])
    source = open_imap(imap_account, delays, port=proxy.port, batch_size=50)

    seen = []
    for raw in fetch_new(source, never_handled):
        seen.append(raw.uid)
        if len(seen) == 10:
            proxy.cut()
    source.close()

    assert seen == [str(uid) for uid in uids]
    assert proxy.connections == 2
    assert delays == [1.0]


def test_connection_cut_during_a_fetch_refetches_that_batch(
    imap_account: ImapAccount, proxy: CuttableProxy, delays: Delays
) -> None:
    uids = imap_account.append_many([message(n) for n in range(120)])
    source = open_imap(imap_account, delays, port=proxy.port, batch_size=50)
    proxy.cut_on(b"UID FETCH", occurrence=2)

    seen = [raw.uid for raw in fetch_new(source, never_handled)]
    source.close()

    assert seen == [str(uid) for uid in uids]
    assert proxy.connections == 2


def test_acknowledge_after_a_cut_reconnects_and_marks_the_message(
    imap_account: ImapAccount, proxy: CuttableProxy, delays: Delays
) -> None:
    uid = imap_account.append(message(1))
    source = open_imap(imap_account, delays, port=proxy.port)
    (raw,) = list(fetch_new(source, never_handled))
    proxy.cut_on(b"UID STORE")

    acknowledge(source, raw, REPLIED)
    source.close()

    assert imap_account.flags() == {uid: {KEYWORD, "\\Answered"}}
    assert delays == [1.0]


def test_connection_cut_while_idling_is_survived_and_the_next_fetch_reconnects(
    imap_account: ImapAccount, proxy: CuttableProxy, delays: Delays
) -> None:
    source = open_imap(imap_account, delays, port=proxy.port)
    cut = threading.Timer(0.3, proxy.cut)
    cut.start()
    started = time.monotonic()
    try:
        source.wait_for_mail(timeout=1.5, should_stop=lambda: False)
    finally:
        cut.join()
    assert 1.4 < time.monotonic() - started < 4  # the rest of the wait is slept, not spun away

    uid = imap_account.append(message(1))
    assert [raw.uid for raw in fetch_new(source, never_handled)] == [str(uid)]
    source.close()
    assert proxy.connections == 2


def test_a_refused_port_stops_at_the_first_try_naming_what_to_check(
    imap_account: ImapAccount, proxy: CuttableProxy, delays: Delays
) -> None:
    proxy.stop_listening()
    source = open_imap(imap_account, delays, port=proxy.port)

    with pytest.raises(MailboxError) as caught:
        list(fetch_new(source, never_handled))

    assert str(caught.value) == (
        f"connexion impossible à 127.0.0.1:{proxy.port} : connexion refusée, rien n'écoute sur ce "
        "port : vérifiez [imap] host et port"
    )
    assert delays == []  # no retry can make a closed port open


def test_an_unknown_host_name_stops_at_the_first_try(imap_account: ImapAccount, delays: Delays) -> None:
    def unresolvable() -> IMAPClient:
        # A DNS failure on demand, without asking any resolver outside the machine.
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    source = ImapSource(imap_account.imap_config(), unresolvable, sleep=delays)

    with pytest.raises(MailboxError, match=r"nom inconnu \(DNS\) : vérifiez \[imap\] host"):
        list(fetch_new(source, never_handled))
    assert delays == []


def test_a_server_that_hangs_up_at_once_is_retried_with_exponential_backoff(
    imap_account: ImapAccount, delays: Delays
) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    accepted: list[int] = []

    def hang_up() -> None:
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            accepted.append(1)
            connection.close()

    threading.Thread(target=hang_up, daemon=True).start()
    source = open_imap(imap_account, delays, port=port)
    try:
        with pytest.raises(MailboxError) as caught:
            list(fetch_new(source, never_handled))
    finally:
        listener.close()

    assert str(caught.value).startswith(f"connexion impossible à 127.0.0.1:{port} : ")
    assert "(5 tentatives" in str(caught.value)
    assert delays == [1.0, 2.0, 4.0, 8.0] and len(accepted) == 5


def test_one_info_line_per_connection_and_no_password_or_body_in_the_log(
    imap_account: ImapAccount, proxy: CuttableProxy, caplog: pytest.LogCaptureFixture
) -> None:
    imap_account.append(message(1, subject="Sujet-secret"))
    caplog.set_level(logging.DEBUG)
    source = open_imap(imap_account, port=proxy.port)
    list(fetch_new(source, never_handled))
    proxy.cut()
    list(fetch_new(source, never_handled))
    source.close()

    connected = [r for r in caplog.records if r.levelno == logging.INFO and r.name == "responder.source.imap"]
    assert [r.getMessage() for r in connected] == [
        f"connecté à 127.0.0.1:{proxy.port} (none) en tant que formation@example.org, dossier INBOX"
    ] * 2
    assert imap_account.password not in caplog.text  # imapclient redacts LOGIN even at DEBUG
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("responder") or r.levelno >= logging.INFO]
    assert not [line for line in ours if "Sujet-secret" in line or "je n'arrive pas" in line]


def test_wrong_password_names_the_server_and_never_the_password(
    imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch, delays: Delays
) -> None:
    monkeypatch.setenv(imap_account.password_env, "mauvais-mot-de-passe-123")
    source = open_imap(imap_account, delays)

    with pytest.raises(MailboxError) as caught:
        list(fetch_new(source, never_handled))

    text = str(caught.value)
    assert "identifiants refusés par" in text and f"127.0.0.1:{imap_account.port}" in text
    assert "mauvais-mot-de-passe-123" not in text
    assert delays == []  # retrying cannot fix a password


def test_starttls_is_required_before_sending_the_password(imap_account: ImapAccount) -> None:
    source = open_imap(imap_account, security="starttls")

    with pytest.raises(MailboxError, match="ne propose pas STARTTLS"):
        list(fetch_new(source, never_handled))


def tls_config(server: DovecotServer, monkeypatch: pytest.MonkeyPatch, **overrides: object) -> ImapConfig:
    monkeypatch.setenv("RESPONDER_TEST_TLS_PASSWORD", server.password)
    account = dict(host=server.host, username=server.username, password_env="RESPONDER_TEST_TLS_PASSWORD")
    config: ImapConfig = section("imap", **{**account, **overrides})
    return config


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_self_signed_certificate_is_refused_at_once(
    dovecot_tls_server: DovecotServer, monkeypatch: pytest.MonkeyPatch, delays: Delays, security: str
) -> None:
    port = dovecot_tls_server.tls_port if security == "ssl" else dovecot_tls_server.port
    source = ImapSource(tls_config(dovecot_tls_server, monkeypatch, port=port, security=security), sleep=delays)

    with pytest.raises(MailboxError, match=f"certificat refusé pour 127.0.0.1:{port}"):
        list(fetch_new(source, never_handled))
    assert delays == []


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_connects_when_verification_is_disabled(
    dovecot_tls_server: DovecotServer, monkeypatch: pytest.MonkeyPatch, security: str
) -> None:
    port = dovecot_tls_server.tls_port if security == "ssl" else dovecot_tls_server.port
    config = tls_config(dovecot_tls_server, monkeypatch, port=port, security=security, verify_certificate=False)
    source = ImapSource(config)
    log_start = dovecot_tls_server.log_size()

    list(fetch_new(source, never_handled))
    source.close()

    logins = [line for line in dovecot_tls_server.log_tail(log_start).splitlines() if "Login: user=" in line]
    assert len(logins) == 1 and ", TLS," in logins[0]


def test_ssl_against_the_plain_port_stops_at_once_naming_the_setting_to_try(
    dovecot_tls_server: DovecotServer, monkeypatch: pytest.MonkeyPatch, delays: Delays
) -> None:
    port = dovecot_tls_server.port  # plain IMAP (STARTTLS offered), not implicit TLS
    source = ImapSource(tls_config(dovecot_tls_server, monkeypatch, port=port, security="ssl"), sleep=delays)

    with pytest.raises(MailboxError) as caught:
        list(fetch_new(source, never_handled))
    assert str(caught.value).startswith(f"connexion impossible à 127.0.0.1:{port} : le serveur ne parle pas TLS")
    assert 'security = "starttls" (port 143)' in str(caught.value)
    assert delays == []


def test_a_refused_login_gives_the_servers_words_not_a_python_bytes_literal(
    imap_account: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(imap_account.password_env, "mauvais-mot-de-passe-123")
    with pytest.raises(MailboxError) as caught:
        list(fetch_new(open_imap(imap_account), never_handled))
    assert "[AUTHENTICATIONFAILED]" in str(caught.value) and "b'" not in str(caught.value)
