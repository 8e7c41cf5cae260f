"""What the mailbox tests share: messages, the pipeline's way of reading a source, and a TCP
relay in front of Dovecot whose connections a test cuts (the seam a real server lacks on demand).

The fixtures `proxy` and `delays` are in tests/source/conftest.py.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator

from responder.model import Action, Outcome, RawMessage
from responder.source import ImapSource, MaildirSource
from tests.dovecot import ImapAccount

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


def open_imap(account: ImapAccount, delays: Delays | None = None, **overrides: object) -> ImapSource:
    return ImapSource(account.imap_config(**overrides), sleep=delays if delays is not None else Delays())
