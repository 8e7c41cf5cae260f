"""Deliver OutgoingMail over one reused SMTP connection, one transaction at a time.

`SmtpSender` opens the connection lazily (connection.py), reuses it for a whole batch, renews it
after a number of messages or a long idle time, and drives each transaction step by step (MAIL,
RCPT, DATA) so that a lost connection can be told apart before the data (nothing went out) from
after it (it may have gone out); outcomes.py says what each ending means. After a refusal it
resets the connection so that it serves the next message, or drops it when it cannot.
Never logs the body.
"""

from __future__ import annotations

import logging
import re
import smtplib
import time
from collections.abc import Callable
from types import TracebackType

from responder.config import SmtpConfig
from responder.errors import DeliveryError
from responder.model import Delivery, DeliveryStatus, OutgoingMail
from responder.reply.smtp.connection import (
    connect_hint,
    default_connect,
    greet_and_log_in,
    open_connection,
    server_address,
)
from responder.reply.smtp.outcomes import (
    Stage,
    connect_refusal,
    lost_connection,
    network_reason,
    recipients_refusal,
    refusal,
    reply_text,
)
from responder.wire import mail_bytes, needs_smtputf8

log = logging.getLogger(__name__)


class _StaleConnection(Exception):
    """A reused connection turned out closed before MAIL: reconnecting is safe."""


class SmtpSender:
    """Sends over one SMTP connection, opened at the first message and reused for the next."""

    def __init__(self, config: SmtpConfig,
                 connect: Callable[[], smtplib.SMTP] | None = None) -> None:
        self.config = config
        self._connect = connect or default_connect(config)
        self._smtp: smtplib.SMTP | None = None
        self._phase = Stage.CONNECT
        self._transactions = 0  # on the current connection
        self._last_used = 0.0  # time.monotonic() of the last exchange on it
        self.connections = 0  # opened so far, for the run's report

    @property
    def where(self) -> str:
        """host:port, as every error message names it."""
        return server_address(self.config)

    def send(self, mail: OutgoingMail) -> Delivery:
        """Deliver one message; raise DeliveryError only when no message could go through."""
        data = mail_bytes(mail)
        try:
            delivery = self._attempt(mail, data, reused=self._smtp is not None)
        except _StaleConnection:
            # The server closed an idle connection; nothing was sent, so one fresh try is safe.
            delivery = self._attempt(mail, data, reused=False)
        log.debug("smtp %s: %s -> %s %s: %s %s", self.where, mail.envelope_from,
                  ", ".join(mail.envelope_to), mail.message["Message-ID"],
                  delivery.status.value, delivery.code if delivery.code is not None else "-")
        return delivery

    def refresh(self, max_transactions: int, idle_seconds: float) -> None:
        """Before the next message of a long run: renew a connection that has served
        `max_transactions` messages (relays queue or refuse past a per-session cap), and check
        with NOOP one idle for more than `idle_seconds` (a relay may have closed it during a
        rate-limit pause); a dead one is dropped so the next send reconnects."""
        if self._smtp is None:
            return
        if self._transactions >= max_transactions:
            log.debug("smtp %s: %d messages on this connection, reconnecting", self.where,
                      self._transactions)
            self.close()
            return
        if time.monotonic() - self._last_used <= idle_seconds:
            return
        try:
            code, _ = self._smtp.noop()
        except (smtplib.SMTPException, OSError):
            code = 0
        if code == 250:
            self._last_used = time.monotonic()
        else:
            log.debug("smtp %s: idle connection gone (NOOP %s), reconnecting", self.where, code)
            self._drop()

    def check(self) -> str:
        """Connect, greet, STARTTLS and log in as configured, then NOOP: what `config check` says
        of the relay. Sends nothing. Raises DeliveryError saying what failed, in an admin's words."""
        try:
            smtp = self._connection()
            code, _ = smtp.noop()
        except OSError as exc:
            hint = connect_hint(exc, self.config) if self._smtp is None else ""
            self._drop()
            raise DeliveryError(f"serveur SMTP {self.where} injoignable : {network_reason(exc)}{hint}") from exc
        except smtplib.SMTPException as exc:
            self._drop()
            raise DeliveryError(f"serveur SMTP {self.where} : {exc}") from exc
        login = f", authentifié en tant que {self.config.username}" if self.config.username else ", sans authentification"
        return f"connecté ({self.config.security}{login}), NOOP {code}"

    def close(self) -> None:
        """Say QUIT and close the connection, ignoring a server already gone."""
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # -- one transaction ------------------------------------------------------------------------

    def _attempt(self, mail: OutgoingMail, data: bytes, reused: bool) -> Delivery:
        self._phase = Stage.CONNECT
        try:
            smtp = self._connection()
            delivery = self._transaction(smtp, mail, data)
            self._transactions += 1
            self._last_used = time.monotonic()
            return delivery
        except DeliveryError:
            self._drop()
            raise
        except smtplib.SMTPResponseException as exc:
            # Only the greeting or EHLO raise these (commands below return their codes).
            self._drop()
            return connect_refusal(exc.smtp_code, reply_text(exc.smtp_error), self.where)
        except OSError as exc:  # includes SMTPServerDisconnected and socket timeouts
            self._drop()
            if reused and self._phase is Stage.MAIL:
                raise _StaleConnection from exc
            return self._lost(exc)

    def _transaction(self, smtp: smtplib.SMTP, mail: OutgoingMail, data: bytes) -> Delivery:
        self._phase = Stage.MAIL
        options = _mail_options(smtp, mail, data)
        if options is None:
            return Delivery(DeliveryStatus.FAILED, f"{self.where} n'accepte pas les adresses "
                            "internationalisées (SMTPUTF8) : envoi impossible")
        code, text = smtp.mail(mail.envelope_from, options)
        if code != 250:
            return self._refused(smtp, code, reply_text(text), Stage.MAIL.value)
        self._phase = Stage.RCPT
        refusals = []
        for recipient in mail.envelope_to:
            code, text = smtp.rcpt(recipient)
            if code not in (250, 251):
                refusals.append((recipient, code, reply_text(text)))
        if refusals:
            # All or nothing: a partial delivery would leave a recipient silently unanswered.
            self._reset(smtp, closing=any(refused == 421 for _, refused, _ in refusals))
            return recipients_refusal(refusals)
        self._phase = Stage.DATA
        smtp.putcmd("data")
        code, text = smtp.getreply()
        if code != 354:
            return self._refused(smtp, code, reply_text(text), Stage.DATA.value)
        self._phase = Stage.SENDING
        smtp.send(_dot_stuffed(data) + b".\r\n")
        self._phase = Stage.END_OF_DATA
        code, text = smtp.getreply()
        if 200 <= code < 300:
            return Delivery(DeliveryStatus.SENT, f"{code} {reply_text(text)}".strip(), code)
        if code < 400:
            # Not a reply SMTP allows here: we cannot know whether the server took it.
            return Delivery(DeliveryStatus.UNCERTAIN,
                            f"réponse inattendue après les données : {code} {reply_text(text)}", code)
        return self._refused(smtp, code, reply_text(text), Stage.END_OF_DATA.value)

    def _refused(self, smtp: smtplib.SMTP, code: int, text: str, step: str) -> Delivery:
        """A 4xx/5xx reply ends the transaction; reset so the connection serves the next one."""
        self._reset(smtp, closing=code == 421)
        return refusal(code, text, step)

    def _lost(self, exc: OSError) -> Delivery:
        reason = network_reason(exc)
        if self._phase is Stage.CONNECT:
            reason += connect_hint(exc, self.config)
        return lost_connection(self._phase, reason, self.where)

    # -- the connection -------------------------------------------------------------------------

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is not None:
            return self._smtp
        smtp = open_connection(self._connect, self.config)
        self._smtp = smtp  # set now so that any failure below closes it
        self._transactions = 0
        self.connections += 1
        greet_and_log_in(smtp, self.config)
        log.debug("smtp %s: connected (%s)", self.where, self.config.security)
        return smtp

    def _reset(self, smtp: smtplib.SMTP, closing: bool) -> None:
        """RSET after a refused transaction; drop the connection when that fails (421, ...)."""
        if closing:
            self._drop()
            return
        try:
            code, _ = smtp.rset()
        except (smtplib.SMTPException, OSError):
            code = 0
        if code != 250:
            self._drop()

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            smtp.close()


def _mail_options(smtp: smtplib.SMTP, mail: OutgoingMail, data: bytes) -> list[str] | None:
    """Return the MAIL FROM options the message needs, None when the server cannot take it."""
    options: list[str] = []
    if not data.isascii() and smtp.has_extn("8bitmime"):
        options.append("BODY=8BITMIME")
    if needs_smtputf8(mail):
        if not smtp.has_extn("smtputf8"):
            return None
        options.append("SMTPUTF8")
    return options


def _dot_stuffed(data: bytes) -> bytes:
    """Double every line-leading dot (RFC 5321 4.5.2) so no line ends the data early."""
    return re.sub(rb"(?m)^\.", b"..", data)
