"""Real aiosmtpd servers on 127.0.0.1 for the tests, with replies a test can script.

Fixtures (import them into conftest.py with
`from tests.smtp import smtp_server, smtp_auth_server, smtp_starttls_server, smtps_server, self_signed_cert  # noqa: F401`):

- `smtp_server` (function): a plain SMTP server (no TLS, no AUTH) on a free port, recording
  every message it accepts. Its `SmtpServer` object lets the test script what happens next:
  `script(["450 4.2.0 try later", "250 OK"])` makes the next DATA replies follow the list (then
  "250 OK" again); `script([...], command="RCPT")` (or "MAIL") does the same for RCPT (a 2xx
  reply accepts the recipient); `reply_to(address, [...])` scripts RCPT for one address;
  `hold("MAIL" | "DATA", skip=n)` blocks such a command, after n went through, until the test
  releases it;
  `limit_per_connection(n)` answers 421 and hangs up after n messages on a connection;
  `noops` counts NOOP commands; `drop_before_data()` closes the connection at the next RCPT without replying;
  `drop_after_data()` closes it once the next message's data and final dot are received,
  without replying; `stall_after_data(seconds)` waits that long before replying to the next
  DATA (a client timeout). Read `messages` (the `Received` envelopes accepted: mail_from,
  rcpt_tos, parsed EmailMessage, raw bytes, tls), `unanswered` (data received but never
  acknowledged), `connections` (SMTP connections opened by clients) and `auth_attempts`.
  `smtp_config(**overrides)` returns an SmtpConfig pointing at it (the tests' [smtp] of
  tests/config_factory.py: host 127.0.0.1, its port, security "none", no username, timeout 5).
  `SmtpServer(**aiosmtpd_options)` builds one more by hand; start() and stop() it.
- `smtp_auth_server` (function): the same, with AUTH PLAIN/LOGIN offered without TLS
  (`auth_require_tls=False`) and one account, USERNAME/PASSWORD; the fixture puts PASSWORD in
  the environment variable PASSWORD_ENV, and `smtp_config()` carries username and password_env.
- `self_signed_cert` (session): a (cert, key) pair of files for "localhost"/127.0.0.1 made with
  `openssl req`; skips when openssl is absent.
- `smtp_starttls_server` (function): a server offering and requiring STARTTLS with that
  certificate; `smtp_config()` has security "starttls".
- `smtps_server` (function): a server speaking TLS from the first byte (port 465 style) with that
  certificate; `smtp_config()` has security "ssl".
"""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
import ssl
import subprocess
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from responder.config import SmtpConfig
from responder.demo.sink import LoopbackController
from tests.config_factory import section

USERNAME = "formation@example.org"
PASSWORD = "smtp-secret-de-test-41c9"
PASSWORD_ENV = "RESPONDER_TEST_SMTP_PASSWORD"


@dataclass(frozen=True)
class Received:
    """One message the server received: envelope, parsed message, exact bytes, over TLS or not."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    message: EmailMessage
    raw: bytes
    tls: bool


class RecordingHandler:
    """aiosmtpd handler: replies from the scripts (default 250), records what it accepts."""

    def __init__(self) -> None:
        self.messages: list[Received] = []
        self.unanswered: list[Received] = []
        self.auth_attempts: list[str] = []
        self.scripts: dict[str, deque[str]] = {"MAIL": deque(), "RCPT": deque(), "DATA": deque()}
        self.by_recipient: dict[str, deque[str]] = {}
        self.drop_at: set[str] = set()
        self.stall_seconds = 0.0
        self.holds: dict[str, tuple[threading.Event, threading.Event, list[int]]] = {}
        self.max_per_connection = 0
        self.noops = 0
        self.lock = threading.Lock()

    def _next(self, command: str) -> str | None:
        with self.lock:
            return self.scripts[command].popleft() if self.scripts[command] else None

    def _take(self, flag: str) -> bool:
        with self.lock:
            if flag in self.drop_at:
                self.drop_at.discard(flag)
                return True
            return False

    async def _held(self, command: str, received: Received | None = None) -> None:
        """Block this command (not the server) until the test releases it. Data held this way
        counts as `unanswered` at once: a client gone meanwhile cancels this handler."""
        with self.lock:
            hold = self.holds.get(command)
            if hold is not None and hold[2][0] > 0:
                hold[2][0] -= 1
                hold = None
            elif hold is not None:
                del self.holds[command]
        if hold is not None:
            reached, release, _ = hold
            if received is not None:
                self.unanswered.append(received)
            reached.set()
            while not release.is_set():
                await asyncio.sleep(0.02)

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, mail_options: list[str]) -> str:
        await self._held("MAIL")
        served = getattr(session, "served", 0)
        if self.max_per_connection and served >= self.max_per_connection:
            if server.transport is not None:
                server.transport.close()
            return "421 4.7.0 too many messages in this session"
        reply = self._next("MAIL") or "250 OK"
        if reply.startswith("2"):
            envelope.mail_from = address
            envelope.mail_options.extend(mail_options)
        return reply

    async def handle_NOOP(self, server: SMTP, session: Session, envelope: Envelope, arg: str) -> str:
        with self.lock:
            self.noops += 1
        return "250 OK"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if self._take("RCPT"):
            await _hang_up(server)
        with self.lock:
            own = self.by_recipient.get(address.lower())
            reply = own.popleft() if own else None
        reply = reply or self._next("RCPT") or "250 OK"
        if reply.startswith("2"):
            envelope.rcpt_tos.append(address)
            envelope.rcpt_options.extend(rcpt_options)
        return reply

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = bytes(envelope.original_content or b"")
        received = Received(
            mail_from=str(envelope.mail_from),
            rcpt_tos=tuple(envelope.rcpt_tos),
            message=message_from_bytes(raw, policy=policy.default),
            raw=raw,
            tls=server.transport is not None
            and server.transport.get_extra_info("ssl_object") is not None,
        )
        await self._held("DATA", received)
        if self._take("DATA"):
            self.unanswered.append(received)
            await _hang_up(server)
        if self.stall_seconds:
            seconds, self.stall_seconds = self.stall_seconds, 0.0
            self.unanswered.append(received)
            await asyncio.sleep(seconds)
            return "451 4.3.0 too late"
        reply = self._next("DATA") or "250 OK"
        if reply.startswith("2"):
            self.messages.append(received)
            setattr(session, "served", getattr(session, "served", 0) + 1)
        return reply

    def authenticate(self, server: SMTP, session: Session, envelope: Envelope,
                     mechanism: str, auth_data: Any) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        self.auth_attempts.append(auth_data.login.decode())
        ok = auth_data.login.decode() == USERNAME and auth_data.password.decode() == PASSWORD
        return AuthResult(success=ok, handled=False)


async def _hang_up(server: SMTP) -> None:
    """Close the client's connection without a reply; aiosmtpd then cancels this handler."""
    if server.transport is not None:
        server.transport.close()
    await asyncio.sleep(30)


class _CountingController(LoopbackController):
    """Counts the SMTP sessions clients open (aiosmtpd builds one SMTP object per connection)."""

    connections = 0

    def factory(self) -> SMTP:
        self.connections += 1
        return super().factory()


class SmtpServer:
    """A running test SMTP server and the knobs a test turns (see the module docstring)."""

    def __init__(self, config: SmtpConfig | None = None, auth: bool = False, **smtp_kwargs: Any) -> None:
        """`config`: what smtp_config() starts from (the tests' [smtp], in clear, when None);
        `smtp_kwargs` go to aiosmtpd (its SMTP options, its server-side `timeout`)."""
        self.handler = RecordingHandler()
        if auth:
            smtp_kwargs.update(authenticator=self.handler.authenticate, auth_require_tls=False)
        self._base_config = config or _config("none")
        self._controller = _CountingController(self.handler, port=0, **smtp_kwargs)

    def start(self) -> None:
        self._controller.start()
        # start() opens one connection of its own to check the server answers.
        self._controller.connections = 0

    def stop(self) -> None:
        self._controller.stop()

    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def port(self) -> int:
        return int(self._controller.port)

    @property
    def messages(self) -> list[Received]:
        return list(self.handler.messages)

    @property
    def unanswered(self) -> list[Received]:
        return list(self.handler.unanswered)

    @property
    def auth_attempts(self) -> list[str]:
        return list(self.handler.auth_attempts)

    @property
    def connections(self) -> int:
        return int(self._controller.connections)

    def script(self, replies: list[str], command: str = "DATA") -> None:
        """Make the next replies to `command` ("DATA" or "RCPT") follow the list."""
        with self.handler.lock:
            self.handler.scripts[command.upper()].extend(replies)

    def reply_to(self, address: str, replies: list[str]) -> None:
        """Make the next RCPT replies for `address` follow the list (then the usual ones)."""
        with self.handler.lock:
            self.handler.by_recipient.setdefault(address.lower(), deque()).extend(replies)

    def hold(self, command: str, skip: int = 0) -> tuple[threading.Event, threading.Event]:
        """Block a `command` ("MAIL" or "DATA", the latter once the data is in), after letting
        `skip` of them through, until the test sets the second event; the first is set when a
        client reaches the hold."""
        reached, release = threading.Event(), threading.Event()
        with self.handler.lock:
            self.handler.holds[command.upper()] = (reached, release, [skip])
        return reached, release

    def limit_per_connection(self, count: int) -> None:
        """Answer 421 and hang up at the MAIL FROM after `count` messages on one connection."""
        self.handler.max_per_connection = count

    @property
    def noops(self) -> int:
        return self.handler.noops

    def drop_before_data(self) -> None:
        """Close the connection at the next RCPT, before any data, without replying."""
        with self.handler.lock:
            self.handler.drop_at.add("RCPT")

    def drop_after_data(self) -> None:
        """Close the connection once the next message's data is in, without replying."""
        with self.handler.lock:
            self.handler.drop_at.add("DATA")

    def stall_after_data(self, seconds: float) -> None:
        """Wait `seconds` before replying to the next message's data."""
        self.handler.stall_seconds = seconds

    def smtp_config(self, **overrides: Any) -> SmtpConfig:
        """Return an SmtpConfig for this server, with the given fields replaced."""
        return dataclasses.replace(self._base_config, port=self.port, **overrides)


def _running(server: SmtpServer) -> Iterator[SmtpServer]:
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _config(security: str, **fields: Any) -> SmtpConfig:
    config: SmtpConfig = section("smtp", security=security, **fields)
    return config


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain SMTP server on 127.0.0.1, scriptable, recording what it accepts."""
    yield from _running(SmtpServer())


@pytest.fixture
def smtp_auth_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    """An SMTP server with AUTH for USERNAME/PASSWORD, the password in PASSWORD_ENV."""
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    config = _config("none", password_env=PASSWORD_ENV)
    config = dataclasses.replace(config, username=USERNAME)
    yield from _running(SmtpServer(config, auth=True))


@pytest.fixture(scope="session")
def self_signed_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate and key for localhost and 127.0.0.1."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl absent: cannot make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )
    return cert, key


def _server_context(cert: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert[0]), str(cert[1]))
    return context


@pytest.fixture
def smtp_starttls_server(self_signed_cert: tuple[Path, Path]) -> Iterator[SmtpServer]:
    """An SMTP server that requires STARTTLS, with the self-signed certificate."""
    server = SmtpServer(_config("starttls"), tls_context=_server_context(self_signed_cert),
                        require_starttls=True)
    yield from _running(server)


@pytest.fixture
def smtps_server(self_signed_cert: tuple[Path, Path]) -> Iterator[SmtpServer]:
    """An SMTP server speaking TLS from the first byte, with the self-signed certificate."""
    server = SmtpServer(_config("ssl"), ssl_context=_server_context(self_signed_cert))
    yield from _running(server)
