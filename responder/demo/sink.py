"""An SMTP sink for the demo: every message the responder sends lands as a .eml file.

`MaildropSink` runs aiosmtpd on 127.0.0.1 (never another address) in a background thread,
accepts every message, writes it into a folder as `NNNN-<recipient>.eml` with the SMTP envelope
prepended as `X-Sink-Mail-From` / `X-Sink-Rcpt-To` headers, and keeps the envelopes in memory.
It delivers nothing anywhere. `LoopbackController` is aiosmtpd's Controller made to work with
port 0 (the test fixtures use it too).
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"

# Keeps addresses readable in file names while refusing path separators and shell oddities.
_UNSAFE = re.compile(r"[^A-Za-z0-9@._+-]")
_NUMBERED = re.compile(r"^(\d+)-")


class LoopbackController(Controller):
    """aiosmtpd's threaded Controller, bound to 127.0.0.1, accepting port 0 (any free port).

    aiosmtpd 1.4 connects to `self.port` to check the server is up, which fails for port 0
    (aio-libs/aiosmtpd#388); we read the port the OS chose from the listening socket first.
    """

    def __init__(self, handler: Any, port: int = 0, **smtp_kwargs: Any) -> None:
        # server_hostname avoids a reverse DNS lookup (socket.getfqdn) per connection.
        smtp_kwargs.setdefault("server_hostname", "localhost")
        super().__init__(handler, hostname=LOOPBACK, port=port, **smtp_kwargs)

    def _trigger_server(self) -> None:
        if self.port == 0 and isinstance(self.server, asyncio.Server):
            self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()  # type: ignore[no-untyped-call]  # untyped in aiosmtpd 1.4


@dataclass(frozen=True)
class SinkEnvelope:
    """One message the sink accepted: its envelope, its exact bytes, and the file it wrote."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    path: Path


def safe_name_part(address: str) -> str:
    """Return the address with every character unfit for a file name replaced by "_"."""
    return _UNSAFE.sub("_", address)[:120] or "sans-destinataire"


class _MaildropHandler:
    """aiosmtpd handler: accept everything, write it to the folder, remember the envelope."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.received: list[SinkEnvelope] = []
        self._lock = threading.Lock()
        self._sequence = _last_number(folder)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        data = bytes(envelope.original_content or b"")
        mail_from = str(envelope.mail_from or "")
        rcpt_tos = tuple(str(r) for r in envelope.rcpt_tos)
        with self._lock:
            self._sequence += 1
            first = rcpt_tos[0] if rcpt_tos else ""
            path = self.folder / f"{self._sequence:04d}-{safe_name_part(first)}.eml"
            _write_atomically(path, _with_envelope(data, mail_from, rcpt_tos))
            self.received.append(SinkEnvelope(mail_from, rcpt_tos, data, path))
        log.debug("sink: message de %s pour %s écrit dans %s", mail_from, ", ".join(rcpt_tos), path)
        return "250 2.0.0 OK: message deposited"


def _last_number(folder: Path) -> int:
    """Return the highest sequence number already in the folder, so a rerun never overwrites."""
    numbers = [int(m.group(1)) for p in folder.glob("*.eml") if (m := _NUMBERED.match(p.name))]
    return max(numbers, default=0)


def _with_envelope(data: bytes, mail_from: str, rcpt_tos: tuple[str, ...]) -> bytes:
    """Prepend the envelope as header fields, with the message's own line endings."""
    newline = b"\r\n" if b"\r\n" in data else b"\n"

    def field(name: str, value: str) -> bytes:
        # SMTP command lines cannot hold CR or LF, but a header must never be split by one.
        clean = re.sub(r"[\r\n]+", " ", value)
        return f"{name}: {clean}".encode("utf-8", "surrogateescape") + newline

    return field("X-Sink-Mail-From", f"<{mail_from}>") + field(
        "X-Sink-Rcpt-To", ", ".join(f"<{r}>" for r in rcpt_tos)
    ) + data


def _write_atomically(path: Path, content: bytes) -> None:
    """Write through a temporary name so a reader never sees half a message."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(content)
    os.replace(temporary, path)


class MaildropSink:
    """An SMTP server on 127.0.0.1 that writes each message it accepts into `folder`.

    Use as a context manager (or call start() and stop()); `.port` is the port it listens on
    once started, `.received` the envelopes accepted so far, oldest first.
    """

    def __init__(self, folder: str | Path, port: int = 0) -> None:
        self.folder = Path(folder)
        self._port = port
        self._handler: _MaildropHandler | None = None
        self._controller: LoopbackController | None = None

    @property
    def host(self) -> str:
        """The address the sink listens on (always the loopback)."""
        return LOOPBACK

    @property
    def port(self) -> int:
        """The port the sink listens on (the one the OS chose for port 0, once started)."""
        return self._port

    @property
    def received(self) -> list[SinkEnvelope]:
        """The envelopes accepted so far, oldest first."""
        return list(self._handler.received) if self._handler else []

    def start(self) -> None:
        """Create the folder if needed and start listening."""
        if self._controller is not None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        self._handler = _MaildropHandler(self.folder)
        controller = LoopbackController(self._handler, port=self._port)
        controller.start()
        self._controller = controller
        self._port = int(controller.port)
        log.info("sink SMTP à l'écoute sur %s:%d, messages dans %s", LOOPBACK, self.port, self.folder)

    def stop(self) -> None:
        """Stop listening; the files and `.received` stay."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> MaildropSink:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
