"""The mailbox step against a real Dovecot (IMAP) and real temporary Maildirs."""

from __future__ import annotations

import logging
import mailbox
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient

from responder.config import Config, ImapConfig, MaildirConfig, ResponderConfig, SmtpConfig
from responder.errors import MailboxError
from responder.source import ImapSource, MaildirSource, open_source
from responder.model import Action, Outcome, RawMessage
from tests.dovecot import ImapAccount

from tests.dovecot import DovecotServer

KEYWORD = "$Responder"
REPLIED = Outcome(action=Action.REPLY, replied=True, summary="réponse envoyée")
ESCALATED = Outcome(action=Action.ESCALATE, replied=False, summary="à traiter")


def message(number: int, subject: str = "Connexion M@gistère") -> bytes:
    return (
        f"From: Stagiaire {number} <stagiaire{number}@ac-grenoble.fr>\r\n"
        f"To: formation@example.org\r\n"
        f"Subject: {subject} {number}\r\n"
        f"Message-ID: <m{number}@ac-grenoble.fr>\r\n"
        f"Date: Mon, 02 Sep 2024 10:00:00 +0200\r\n"
        f"\r\n"
        f"Bonjour, je n'arrive pas à me connecter ({number}).\r\n"
    ).encode()


def never_handled(uidvalidity: int, uid: str) -> bool:
    return False


def fetch_new(source: ImapSource | MaildirSource, is_handled: Callable[[int, str], bool] = never_handled
              ) -> Iterator[RawMessage]:
    """What the pipeline does with a source: list, drop what the store has handled, fetch the
    rest a batch at a time (lazily: a batch is fetched when the previous one is consumed)."""
    listing = source.new_messages()
    pending = [uid for uid in listing.uids if not is_handled(listing.uidvalidity, uid)]
    for start in range(0, len(pending), source.batch_size):
        yield from source.fetch(listing, pending[start : start + source.batch_size])


def acknowledge(source: ImapSource | MaildirSource, raw: RawMessage, outcome: Outcome) -> None:
    source.acknowledge([(raw, outcome)])


class Delays(list[float]):
    """Records the backoff waits instead of sleeping, so reconnection tests stay fast."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


class CuttableProxy:
    """A TCP relay on 127.0.0.1 in front of Dovecot whose connections the test can cut."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.1)
        self.port = self.listener.getsockname()[1]
        self.connections = 0
        self.commands: list[bytes] = []  # what clients sent, chunk by chunk
        self._cut_on: tuple[bytes, int] | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listening = True
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def count(self, command: bytes) -> int:
        with self._lock:
            return sum(chunk.count(command) for chunk in self.commands)

    def cut_on(self, command: bytes, occurrence: int = 1) -> None:
        """Cut every connection when a client sends `command` for the n-th time from now."""
        with self._lock:
            self._cut_on = (command, occurrence)

    def cut(self) -> None:
        """Close every relayed connection (clients see the server vanish)."""
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def stop_listening(self) -> None:
        self._listening = False
        self._thread.join(timeout=2)
        self.listener.close()

    def close(self) -> None:
        if self._listening:
            self.stop_listening()
        self.cut()

    def _accept(self) -> None:
        while self._listening:
            try:
                downstream, _address = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            upstream.settimeout(None)
            downstream.settimeout(None)
            with self._lock:
                self.connections += 1
                self._sockets += [downstream, upstream]
            threading.Thread(target=self._pump, args=(downstream, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, downstream, False), daemon=True).start()

    def _pump(self, source: socket.socket, destination: socket.socket, from_client: bool) -> None:
        try:
            while data := source.recv(65536):
                if from_client and self._should_cut(data):
                    self.cut()
                    return
                destination.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, destination):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _should_cut(self, data: bytes) -> bool:
        with self._lock:
            self.commands.append(data)
            if self._cut_on is None or self._cut_on[0] not in data:
                return False
            command, remaining = self._cut_on
            self._cut_on = (command, remaining - 1) if remaining > 1 else None
            return remaining == 1


@pytest.fixture
def proxy(imap_account: ImapAccount) -> Iterator[CuttableProxy]:
    relay = CuttableProxy(imap_account.port)
    yield relay
    relay.close()


@pytest.fixture
def delays() -> Delays:
    return Delays()


def open_imap(account: ImapAccount, delays: Delays | None = None, **overrides: object) -> ImapSource:
    return ImapSource(account.imap_config(**overrides), sleep=delays if delays is not None else Delays())


# -- fetching ----------------------------------------------------------------------------------


def test_fetch_yields_every_new_message_once_fetching_in_batches(
    imap_account: ImapAccount, proxy: CuttableProxy
) -> None:
    uids = imap_account.append_many([message(n) for n in range(120)])
    source = open_imap(imap_account, port=proxy.port, batch_size=50)

    fetched = fetch_new(source, never_handled)
    first = next(fetched)
    assert proxy.count(b"UID FETCH") == 1  # lazily: the second batch waits for the consumer
    rest = list(fetched)
    source.close()

    assert [raw.uid for raw in [first, *rest]] == [str(uid) for uid in uids]
    assert proxy.count(b"UID FETCH") == 3  # 50 + 50 + 20
    assert rest[-1].raw == message(119)


def test_fetch_skips_messages_carrying_the_keyword_but_not_seen_ones(imap_account: ImapAccount) -> None:
    imap_account.append(message(1), flags=(KEYWORD,))
    read_by_a_human = imap_account.append(message(2), flags=("\\Seen",))
    fresh = imap_account.append(message(3))
    source = open_imap(imap_account)

    assert [raw.uid for raw in fetch_new(source, never_handled)] == [str(read_by_a_human), str(fresh)]
    source.close()


def test_fetch_skips_what_the_database_has_handled_and_reports_uidvalidity(
    imap_account: ImapAccount,
) -> None:
    uids = imap_account.append_many([message(n) for n in range(4)])
    asked: list[tuple[int, str]] = []

    def is_handled(uidvalidity: int, uid: str) -> bool:
        asked.append((uidvalidity, uid))
        return uid in {str(uids[0]), str(uids[2])}

    source = open_imap(imap_account)
    fetched = list(fetch_new(source, is_handled))
    source.close()

    uidvalidity = imap_account.uidvalidity()
    assert [raw.uid for raw in fetched] == [str(uids[1]), str(uids[3])]
    assert {raw.uidvalidity for raw in fetched} == {uidvalidity}
    assert asked == [(uidvalidity, str(uid)) for uid in uids]
    assert {raw.source for raw in fetched} == {"imap:INBOX"}


def test_fetch_keeps_exact_bytes_and_date_and_leaves_seen_unset(imap_account: ImapAccount) -> None:
    raw_bytes = message(7, subject="=?utf-8?q?Mot_de_passe_oubli=C3=A9?=") + b"\xe9t\xe9 8bit\r\n"
    uid = imap_account.append(raw_bytes)
    source = open_imap(imap_account)

    (fetched,) = list(fetch_new(source, never_handled))
    source.close()

    assert fetched.raw == raw_bytes
    assert fetched.internal_date is not None and fetched.internal_date.tzinfo is not None
    assert imap_account.flags() == {uid: set()}


# -- acknowledging -----------------------------------------------------------------------------


def test_acknowledge_sets_keyword_always_and_answered_only_when_replied(imap_account: ImapAccount) -> None:
    replied_uid, escalated_uid = imap_account.append_many([message(1), message(2)])
    source = open_imap(imap_account)
    replied, escalated = list(fetch_new(source, never_handled))

    acknowledge(source, replied, REPLIED)
    acknowledge(source, escalated, ESCALATED)

    assert imap_account.flags() == {replied_uid: {KEYWORD, "\\Answered"}, escalated_uid: {KEYWORD}}
    # The next pass does not even fetch them, whatever the database says.
    assert list(fetch_new(source, never_handled)) == []
    source.close()


def test_acknowledge_moves_to_a_created_utf7_folder(imap_account: ImapAccount) -> None:
    imap_account.append_many([message(1), message(2)])
    source = open_imap(imap_account, move_replied="Traités")
    moved, kept = list(fetch_new(source, never_handled))

    acknowledge(source, moved, Outcome(Action.REPLY, replied=True, summary="ok"))
    source.close()

    assert "Traités" in imap_account.folders()
    assert list(imap_account.flags().keys()) == [int(kept.uid)]
    assert list(imap_account.flags("Traités").values()) == [{KEYWORD, "\\Answered"}]
    with imap_account.client() as client:
        client.select_folder("Traités", readonly=True)
        (uid,) = client.search("ALL")
        assert client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"] == moved.raw


class WithoutMove(IMAPClient):
    """A real connection to Dovecot that pretends the server lacks MOVE (older servers do)."""

    def capabilities(self) -> tuple[bytes, ...]:
        return tuple(cap for cap in super().capabilities() if cap != b"MOVE")


def test_move_without_move_capability_copies_and_expunges_only_that_message(
    imap_account: ImapAccount, proxy: CuttableProxy
) -> None:
    moved_uid, human_deleted_uid = imap_account.append_many([message(1), message(2)])
    with imap_account.client() as client:
        client.select_folder("INBOX")
        client.add_flags([human_deleted_uid], [b"\\Deleted"])
    config = imap_account.imap_config(port=proxy.port, move_escalated="À relire")
    source = ImapSource(config, connect=lambda: WithoutMove(config.host, config.port, ssl=False, timeout=10))
    (moved, human_deleted) = list(fetch_new(source, never_handled))

    acknowledge(source, moved, Outcome(Action.ESCALATE, replied=False, summary=""))
    source.close()

    assert (proxy.count(b"UID MOVE"), proxy.count(b"UID COPY"), proxy.count(b"UID EXPUNGE")) == (0, 1, 1)
    assert list(imap_account.flags("À relire").values()) == [{KEYWORD}]
    # The human's \Deleted message was not expunged along with ours.
    assert imap_account.flags() == {human_deleted_uid: {"\\Deleted"}}


def test_save_sent_appends_a_seen_copy_to_the_sent_folder(imap_account: ImapAccount) -> None:
    reply = message(42, subject="Re: Connexion")
    source = open_imap(imap_account, sent_folder="Sent")

    source.save_sent(reply)
    source.close()

    assert list(imap_account.flags("Sent").values()) == [{"\\Seen"}]
    with imap_account.client() as client:
        client.select_folder("Sent", readonly=True)
        (uid,) = client.search("ALL")
        assert client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"] == reply


def test_save_sent_does_nothing_without_a_sent_folder(imap_account: ImapAccount) -> None:
    source = open_imap(imap_account)
    source.save_sent(message(1))
    source.close()
    assert imap_account.folders() == ["INBOX"]


# -- waiting -----------------------------------------------------------------------------------


def test_wait_for_mail_returns_when_another_client_delivers(imap_account: ImapAccount) -> None:
    source = open_imap(imap_account)
    delivery = threading.Timer(0.5, imap_account.append, args=(message(1),))
    started = time.monotonic()
    delivery.start()
    try:
        source.wait_for_mail(timeout=20, should_stop=lambda: False)
    finally:
        delivery.join()
    elapsed = time.monotonic() - started

    assert 0.4 < elapsed < 5
    assert len(list(fetch_new(source, never_handled))) == 1  # the connection is usable after IDLE
    source.close()


def test_wait_for_mail_returns_at_once_for_mail_that_arrived_during_handling(
    imap_account: ImapAccount,
) -> None:
    imap_account.append(message(1))
    source = open_imap(imap_account)
    for raw in fetch_new(source, never_handled):
        imap_account.append(message(2))  # arrives while the first one is being handled
        acknowledge(source, raw, REPLIED)
    started = time.monotonic()

    source.wait_for_mail(timeout=5, should_stop=lambda: False)

    assert time.monotonic() - started < 1
    source.close()


@pytest.mark.parametrize("use_idle", [True, False])
def test_wait_for_mail_returns_soon_after_stop_is_asked(imap_account: ImapAccount, use_idle: bool) -> None:
    source = open_imap(imap_account, use_idle=use_idle)
    started = time.monotonic()

    source.wait_for_mail(timeout=30, should_stop=lambda: time.monotonic() - started > 0.5)
    source.close()

    assert time.monotonic() - started < 2.5


def test_wait_for_mail_returns_after_the_timeout(imap_account: ImapAccount) -> None:
    source = open_imap(imap_account)
    started = time.monotonic()
    source.wait_for_mail(timeout=1, should_stop=lambda: False)
    source.close()
    assert 0.9 < time.monotonic() - started < 3


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
    values: dict[str, object] = dict(
        host=server.host, username=server.username, password_env="RESPONDER_TEST_TLS_PASSWORD", timeout=10
    )
    values.update(overrides)
    return ImapConfig(**values)  # type: ignore[arg-type]


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


# -- choosing the source, Maildir --------------------------------------------------------------


def make_config(tmp_path: Path, imap: ImapConfig | None, maildir: MaildirConfig | None) -> Config:
    return Config(
        path=str(tmp_path / "config.toml"),
        imap=imap,
        maildir=maildir,
        smtp=SmtpConfig(host="127.0.0.1"),
        responder=ResponderConfig(address="formation@example.org"),
    )


def test_open_source_prefers_maildir_then_imap(tmp_path: Path) -> None:
    mailbox.Maildir(tmp_path / "Maildir", create=True)
    imap = ImapConfig(host="127.0.0.1", port=1, security="none", username="u")
    maildir = MaildirConfig(path=str(tmp_path / "Maildir"))

    assert isinstance(open_source(make_config(tmp_path, imap, maildir)), MaildirSource)
    imap_source = open_source(make_config(tmp_path, imap, None))
    assert isinstance(imap_source, ImapSource) and imap_source.name == "imap:INBOX"


def test_maildir_yields_exact_bytes_oldest_first_and_skips_handled(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    keys = []
    for number, mtime in ((1, 3000.0), (2, 1000.0), (3, 2000.0)):
        keys.append(box.add(message(number)))
        path = next((tmp_path / "Maildir" / "new").glob(f"{keys[-1]}*"))
        os.utime(path, (mtime, mtime))
    source = MaildirSource(MaildirConfig(path=str(tmp_path / "Maildir")))

    fetched = list(fetch_new(source, lambda uidvalidity, uid: uid == keys[2]))

    assert [raw.uid for raw in fetched] == [keys[1], keys[0]]
    assert [raw.raw for raw in fetched] == [message(2), message(1)]
    assert {raw.uidvalidity for raw in fetched} == {0}
    assert fetched[0].source == f"maildir:{tmp_path / 'Maildir'}"


def test_maildir_acknowledge_flags_replied_leaves_seen_alone_and_moves(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    box = mailbox.Maildir(root, create=True)
    seen = mailbox.MaildirMessage(message(1))
    seen.set_subdir("cur")
    seen.set_flags("S")
    seen_key = box.add(seen)
    unseen_key = box.add(message(2))
    source = MaildirSource(MaildirConfig(path=str(root), move_escalated="Traités"))
    by_key = {raw.uid: raw for raw in fetch_new(source, never_handled)}

    acknowledge(source, by_key[seen_key], REPLIED)
    acknowledge(source, by_key[unseen_key], Outcome(Action.ESCALATE, replied=False, summary=""))

    box = mailbox.Maildir(root, factory=None, create=False)
    assert list(box.keys()) == [seen_key]
    assert box.get_message(seen_key).get_flags() == "RS"
    assert box.get_bytes(seen_key) == by_key[seen_key].raw  # renamed, not rewritten
    assert box.list_folders() == ["Trait&AOk-s"]  # modified UTF-7, as Dovecot names it on disk
    treated = box.get_folder("Trait&AOk-s")
    assert list(treated.keys()) == [unseen_key]
    assert treated.get_message(unseen_key).get_flags() == ""
    assert treated.get_bytes(unseen_key) == message(2)
    assert list(fetch_new(source, never_handled)) == [by_key[seen_key]]


def test_maildir_source_refuses_a_folder_that_is_not_a_maildir(tmp_path: Path) -> None:
    with pytest.raises(MailboxError, match="n'est pas un dossier Maildir"):
        MaildirSource(MaildirConfig(path=str(tmp_path)))
