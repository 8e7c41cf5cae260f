"""A real, throwaway Dovecot IMAP server for the tests, and a clean mailbox per test.

Fixtures (import them into conftest.py with
`from tests.dovecot import dovecot_server, dovecot_tls_server, imap_account  # noqa: F401`):

- `dovecot_server` (session): one Dovecot started in the foreground from a private config in a
  temporary folder, listening on 127.0.0.1 and a free random port, with one passwd-file user
  (`formation@example.org`). Mail is stored as uid/gid 65534, because Dovecot refuses to serve
  mail as root (see shared/notes/dovecot-test-server.md); the tests run as root. The server is
  stopped at the end of the session (SIGTERM, then SIGKILL if it lingers). When Dovecot is not
  installed the fixture fails, it does not skip: CI installs it (`apt-get install dovecot-imapd`).
- `imap_account` (function): the same server with an empty mailbox (every folder but INBOX
  deleted, INBOX emptied) and helpers to set up and inspect it (see `ImapAccount`). When a test
  fails, its report shows where Dovecot logged what happened during the test.
- `dovecot_tls_server` (session, started only when a test asks for it): another Dovecot with a
  self-signed certificate, offering STARTTLS on `port` and implicit TLS on `tls_port`.

Dovecot's own messages only reach its log (the client sees "Internal error"), hence the log in
every failure this module raises.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from responder.config import ImapConfig
from tests.config_factory import section

DOVECOT = "/usr/sbin/dovecot"
USERNAME = "formation@example.org"
PASSWORD = "secret-de-test-7f3a"
PASSWORD_ENV = "RESPONDER_TEST_IMAP_PASSWORD"
MAIL_UID = 65534  # nobody/nogroup: Dovecot will not serve mail as uid 0
START_TIMEOUT = 15.0

_CONFIG = """\
base_dir = {dir}/run
state_dir = {dir}/run/state
instance_name = test-{port}
listen = 127.0.0.1
protocols = imap
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {dir}/dovecot.log
default_login_user = nobody
default_internal_user = nobody
default_internal_group = nogroup
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
  chroot =
}}
# Tests log in with wrong passwords on purpose: no 2 s failure delay, and no growing per-IP
# penalty that would slow every later login of the session down.
auth_failure_delay = 0
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={uid} home={dir}/mail/%u
}}
mail_location = maildir:~/Maildir
first_valid_uid = 1
"""


@dataclass
class DovecotServer:
    """A running Dovecot: where it listens, who can log in, where it logs."""

    host: str
    port: int
    username: str
    password: str
    directory: Path
    process: subprocess.Popen[bytes]
    tls_port: int | None = None  # implicit TLS (self-signed certificate), when started with tls=True

    @property
    def log_path(self) -> Path:
        """Dovecot's log file (the only place its errors are explained)."""
        return self.directory / "dovecot.log"

    def log_tail(self, start: int = 0, limit: int = 4000) -> str:
        """Return what Dovecot logged from byte offset `start` (at most `limit` characters, the last ones)."""
        text = ""
        for path in (self.log_path, self.directory / "dovecot.stderr"):
            with contextlib.suppress(OSError):
                with path.open("rb") as file:
                    file.seek(start if path == self.log_path else 0)
                    text += file.read().decode("utf-8", "replace")
        return text[-limit:]

    def log_size(self) -> int:
        """Return the current size of the log, to read only what a test caused."""
        try:
            return self.log_path.stat().st_size
        except OSError:
            return 0

    def stop(self) -> None:
        """Stop Dovecot (SIGTERM stops its children too), killing it if it does not exit."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _accepts_connections(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as connection:
            connection.settimeout(2)
            # The greeting proves imap-login is serving, not just that the port is bound.
            return connection.recv(64).startswith(b"* OK")
    except OSError:
        return False


def _prepare_directory() -> Path:
    directory = Path(tempfile.mkdtemp(prefix="responder-dovecot-"))
    # The mail processes run as nobody and must traverse the folder to reach the mailbox.
    directory.chmod(0o755)
    (directory / "users").write_text(f"{USERNAME}:{{PLAIN}}{PASSWORD}\n", encoding="utf-8")
    mail = directory / "mail"
    mail.mkdir()
    os.chown(mail, MAIL_UID, MAIL_UID)
    return directory


def _make_certificate(directory: Path) -> str:
    """Write a self-signed certificate for 127.0.0.1 and return the config lines that use it."""
    result = subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(directory / "key.pem"), "-out", str(directory / "cert.pem"),
        ],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"openssl could not make a test certificate: {result.stderr.decode()}", pytrace=False)
    return f"ssl = yes\nssl_cert = <{directory}/cert.pem\nssl_key = <{directory}/key.pem"


def start_dovecot(tls: bool = False) -> DovecotServer:
    """Start a private Dovecot on 127.0.0.1 and return it once it greets clients.

    With tls=True it also offers STARTTLS on `port` and implicit TLS on `tls_port`, with a
    self-signed certificate (so verification fails unless verify_certificate is false).

    Fails the test (with the log) when Dovecot is missing or does not come up.
    """
    if not Path(DOVECOT).exists():
        pytest.fail(
            f"Dovecot is required by the IMAP tests and is not installed ({DOVECOT} missing): "
            "run `apt-get install -y dovecot-imapd`.",
            pytrace=False,
        )
    directory = _prepare_directory()
    ssl = _make_certificate(directory) if tls else "ssl = no"
    for _attempt in range(3):  # another process may take the free port before Dovecot does
        port = _free_port()
        tls_port = _free_port() if tls else 0
        config = directory / "dovecot.conf"
        config.write_text(
            _CONFIG.format(dir=directory, port=port, tls_port=tls_port, uid=MAIL_UID, ssl=ssl),
            encoding="utf-8",
        )
        stderr = (directory / "dovecot.stderr").open("wb")
        process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(config)], stdout=stderr, stderr=subprocess.STDOUT
        )
        stderr.close()
        server = DovecotServer(
            "127.0.0.1", port, USERNAME, PASSWORD, directory, process, tls_port or None
        )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and process.poll() is None:
            if _accepts_connections(port):
                return server
            time.sleep(0.05)
        server.stop()
        if "Address already in use" not in server.log_tail():
            break
    pytest.fail(
        f"Dovecot did not start on 127.0.0.1:{port} within {START_TIMEOUT:.0f} s.\n"
        f"Log: {server.log_path}\n{server.log_tail()}",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    """One Dovecot for the whole session, stopped (or killed) at the end."""
    server = start_dovecot()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.directory, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot_tls_server() -> Iterator[DovecotServer]:
    """A second Dovecot offering STARTTLS (port) and implicit TLS (tls_port), self-signed.

    Its mailbox is not reset between tests: use it to test connecting, not mail contents.
    """
    server = start_dovecot(tls=True)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.directory, ignore_errors=True)


@dataclass
class ImapAccount:
    """The test user's mailbox on the session's Dovecot, emptied before each test.

    host, port, username, password: how to log in (plain IMAP on 127.0.0.1).
    password_env: the environment variable holding the password (set for the test's duration).
    """

    server: DovecotServer
    password_env: str = PASSWORD_ENV

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def username(self) -> str:
        return self.server.username

    @property
    def password(self) -> str:
        return self.server.password

    @contextlib.contextmanager
    def client(self) -> Iterator[IMAPClient]:
        """Yield a logged-in IMAPClient of its own (another "mail client"), logged out afterwards."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        try:
            client.login(self.username, self.password)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(self, raw: bytes, folder: str = "INBOX", flags: tuple[str, ...] = ()) -> int:
        """Append a message to `folder` (created if missing) and return its UID."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            response = client.append(folder, raw, flags=flags)
        match = re.search(rb"APPENDUID \d+ (\d+)", response)
        if match is None:
            raise AssertionError(f"Dovecot did not report the appended UID: {response!r}")
        return int(match.group(1))

    def deliver(self, raw: bytes) -> None:
        """Drop a message into INBOX as a delivery agent would: the exact bytes, whatever they are
        (APPEND refuses some of them, NUL for one), owned by the mail user."""
        maildir = self.server.directory / "mail" / self.username / "Maildir"
        for sub in ("new", "cur", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
            os.chown(maildir / sub, MAIL_UID, MAIL_UID)
        name = f"{time.time_ns()}.P{os.getpid()}.{len(raw)}.responder-test"
        temporary = maildir / "tmp" / name
        temporary.write_bytes(raw)
        os.chown(temporary, MAIL_UID, MAIL_UID)
        temporary.rename(maildir / "new" / name)

    def append_many(self, messages: list[bytes], folder: str = "INBOX") -> list[int]:
        """Append several messages over one connection and return their UIDs, in order."""
        uids = []
        with self.client() as client:
            for raw in messages:
                response = client.append(folder, raw)
                match = re.search(rb"APPENDUID \d+ (\d+)", response)
                assert match is not None, response
                uids.append(int(match.group(1)))
        return uids

    def flags(self, folder: str = "INBOX") -> dict[int, set[str]]:
        """Return {uid: {flag, ...}} for every message of `folder` (flags as text, without \\Recent).

        \\Recent only says which session saw the message first, so it is left out.
        """
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            response = client.fetch(client.search("ALL"), ["FLAGS"])
        return {
            uid: {_text(flag) for flag in data[b"FLAGS"]} - {"\\Recent"}
            for uid, data in response.items()
        }

    def uidvalidity(self, folder: str = "INBOX") -> int:
        """Return the folder's UIDVALIDITY."""
        with self.client() as client:
            return int(client.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])

    def folders(self) -> list[str]:
        """Return every folder name, decoded (e.g. "Traités"), sorted."""
        with self.client() as client:
            return sorted(name for _flags, _delimiter, name in client.list_folders())

    def imap_config(self, **overrides: Any) -> ImapConfig:
        """Return an ImapConfig for this account (the tests' [imap], security "none"), `overrides` applied."""
        account = dict(host=self.host, port=self.port, username=self.username, password_env=self.password_env)
        config: ImapConfig = section("imap", **{**account, **overrides})
        return config

    def reset(self) -> None:
        """Delete every folder but INBOX and every message of INBOX."""
        with self.client() as client:
            names = [name for _flags, _delimiter, name in client.list_folders()]
            # Children before parents, so no folder is deleted while it still has sub-folders.
            for name in sorted(names, key=len, reverse=True):
                if name.upper() != "INBOX":
                    client.delete_folder(name)
            client.select_folder("INBOX")
            uids = client.search("ALL")
            if uids:
                client.delete_messages(uids)
                client.expunge()


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


@pytest.fixture
def imap_account(
    dovecot_server: DovecotServer, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[ImapAccount]:
    """An empty mailbox on the session's Dovecot, its password in $RESPONDER_TEST_IMAP_PASSWORD."""
    if dovecot_server.process.poll() is not None:
        pytest.fail(
            f"Dovecot has stopped (exit {dovecot_server.process.returncode}).\n"
            f"Log: {dovecot_server.log_path}\n{dovecot_server.log_tail()}",
            pytrace=False,
        )
    monkeypatch.setenv(PASSWORD_ENV, dovecot_server.password)
    account = ImapAccount(dovecot_server)
    account.reset()
    start = dovecot_server.log_size()
    # Shown by pytest only when the test fails: where to read what the server said meanwhile.
    request.node.add_report_section(
        "call",
        "dovecot log",
        f"{dovecot_server.log_path} (this test's lines: tail -c +{start + 1} {dovecot_server.log_path})",
    )
    yield account
