"""Send replies over SMTP (step 6 of the pipeline): OutgoingMail -> Delivery.

Owns the SMTP connection: opened lazily, secured as SmtpConfig says (implicit TLS, STARTTLS, or
nothing on the loopback), authenticated when a username is configured, reused for a whole batch.
Each transaction is driven step by step (MAIL, RCPT, DATA) so that a lost connection can be told
apart before the data (nothing went out: DEFERRED) from after it (it may have gone out:
UNCERTAIN). Outcomes are values; only what dooms every later message too (authentication, TLS,
a server refusing us as a whole) raises DeliveryError. Never logs the password or the body.
This module sends and nothing else: it does not render, record, or decide to retry.
"""

from __future__ import annotations

import enum
import logging
import re
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from types import TracebackType
from typing import Protocol

from responder.config import SmtpConfig
from responder.errors import ConfigError, DeliveryError, os_error_text
from responder.model import Delivery, DeliveryStatus, OutgoingMail
from responder.wire import mail_bytes, needs_smtputf8

log = logging.getLogger(__name__)

DRY_RUN_DETAIL = "simulation : rien n'a été envoyé (dry_run)"


class Sender(Protocol):
    """Something that delivers OutgoingMail: SMTP for real, a list for dry runs."""

    def send(self, mail: OutgoingMail) -> Delivery:
        """Deliver one message and say how it went; never raise for one message's fate."""
        ...

    def close(self) -> None:
        """Release the connection, if any."""
        ...


class DryRunSender:
    """Sends nothing: keeps every mail in `.mails` and answers DRY_RUN."""

    def __init__(self) -> None:
        self.mails: list[OutgoingMail] = []

    def send(self, mail: OutgoingMail) -> Delivery:
        """Keep the mail and report that nothing was sent."""
        self.mails.append(mail)
        log.debug("dry-run: %s -> %s (%s) not sent", mail.envelope_from,
                  ", ".join(mail.envelope_to), mail.message["Message-ID"])
        return Delivery(DeliveryStatus.DRY_RUN, DRY_RUN_DETAIL)

    def close(self) -> None:
        """Nothing to release."""

    def __enter__(self) -> DryRunSender:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


class Stage(enum.Enum):
    """How far a transaction got: what a lost connection means, and where a refusal came.

    Its value is Delivery.stage. CONNECT: no connection could be opened or secured (refused,
    unreachable, timed out, 4xx greeting), so the relay, not the recipient, is at fault.
    """

    CONNECT = "connexion"
    MAIL = "MAIL FROM"
    RCPT = "RCPT TO"
    DATA = "DATA"
    SENDING = "envoi des données"
    END_OF_DATA = "fin des données"  # the data and its final dot are out, the reply awaited


class _StaleConnection(Exception):
    """A reused connection turned out closed before MAIL: reconnecting is safe."""


def tls_context(verify: bool) -> ssl.SSLContext:
    """Return the client TLS context: verified by default, unchecked only when configured so."""
    context = ssl.create_default_context()
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def default_connect(config: SmtpConfig) -> Callable[[], smtplib.SMTP]:
    """Return a function opening a raw connection (TLS from the start for "ssl")."""

    def connect() -> smtplib.SMTP:
        if config.security == "ssl":
            return smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout,
                                    context=tls_context(config.verify_certificate))
        return smtplib.SMTP(config.host, config.port, timeout=config.timeout)

    return connect


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
        return f"{self.config.host}:{self.config.port}"

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
            return self._refused_at_connect(exc.smtp_code, _text(exc.smtp_error))
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
            return self._refused(smtp, code, _text(text), Stage.MAIL.value)
        self._phase = Stage.RCPT
        refusals = []
        for recipient in mail.envelope_to:
            code, text = smtp.rcpt(recipient)
            if code not in (250, 251):
                refusals.append((recipient, code, _text(text)))
        if refusals:
            # All or nothing: a partial delivery would leave a recipient silently unanswered.
            return self._refused_recipients(smtp, refusals)
        self._phase = Stage.DATA
        smtp.putcmd("data")
        code, text = smtp.getreply()
        if code != 354:
            return self._refused(smtp, code, _text(text), Stage.DATA.value)
        self._phase = Stage.SENDING
        smtp.send(_dot_stuffed(data) + b".\r\n")
        self._phase = Stage.END_OF_DATA
        code, text = smtp.getreply()
        if 200 <= code < 300:
            return Delivery(DeliveryStatus.SENT, f"{code} {_text(text)}".strip(), code)
        if code < 400:
            # Not a reply SMTP allows here: we cannot know whether the server took it.
            return Delivery(DeliveryStatus.UNCERTAIN,
                            f"réponse inattendue après les données : {code} {_text(text)}", code)
        return self._refused(smtp, code, _text(text), Stage.END_OF_DATA.value)

    # -- outcomes -------------------------------------------------------------------------------

    def _refused(self, smtp: smtplib.SMTP, code: int, text: str, step: str) -> Delivery:
        """A 4xx/5xx reply ends the transaction; reset so the connection serves the next one."""
        self._reset(smtp, closing=code == 421)
        detail = f"{code} {text} ({step})"
        if 400 <= code < 500:
            return Delivery(DeliveryStatus.DEFERRED, detail, code, step)
        if 500 <= code < 600:
            return Delivery(DeliveryStatus.FAILED, detail, code, step)
        # A reply SMTP does not allow before the data: nothing was sent, try again later.
        return Delivery(DeliveryStatus.DEFERRED, f"réponse inattendue : {detail}", code, step)

    def _refused_recipients(self, smtp: smtplib.SMTP,
                            refusals: list[tuple[str, int, str]]) -> Delivery:
        permanent = [r for r in refusals if 500 <= r[1] < 600]
        code = (permanent or refusals)[0][1]
        self._reset(smtp, closing=any(r[1] == 421 for r in refusals))
        detail = "; ".join(f"{r} : {c} {t}" for r, c, t in refusals) + " (RCPT TO)"
        status = DeliveryStatus.FAILED if permanent else DeliveryStatus.DEFERRED
        return Delivery(status, detail, code, Stage.RCPT.value)

    def _refused_at_connect(self, code: int, text: str) -> Delivery:
        if 500 <= code < 600:
            raise DeliveryError(f"le serveur SMTP {self.where} refuse la connexion : {code} {text}")
        return Delivery(DeliveryStatus.DEFERRED,
                        f"{code} {text} (connexion à {self.where})", code, Stage.CONNECT.value)

    def _lost(self, exc: OSError) -> Delivery:
        reason = network_reason(exc)
        if self._phase is Stage.CONNECT:
            reason += self._connect_hint(exc)
        if self._phase is Stage.END_OF_DATA:
            return Delivery(DeliveryStatus.UNCERTAIN,
                            f"connexion à {self.where} perdue après l'envoi des données, sans "
                            f"réponse du serveur : le message est peut-être parti ({reason})",
                            stage=self._phase.value)
        if self._phase is Stage.CONNECT:
            return Delivery(DeliveryStatus.DEFERRED,
                            f"connexion à {self.where} impossible, rien n'a été envoyé : {reason}",
                            stage=Stage.CONNECT.value)
        return Delivery(DeliveryStatus.DEFERRED,
                        f"connexion à {self.where} perdue ({self._phase.value}), rien n'a été "
                        f"envoyé : {reason}", stage=self._phase.value)

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

    # -- connection -----------------------------------------------------------------------------

    def _connection(self) -> smtplib.SMTP:
        if self._smtp is not None:
            return self._smtp
        try:
            smtp = self._connect()
        except ssl.SSLError as exc:
            raise self._tls_error(exc) from exc
        except socket.gaierror as exc:
            # No retry can make a mistyped name resolve: stop at the first try.
            raise DeliveryError(f"serveur SMTP {self.where} : nom inconnu ({network_reason(exc)}) : "
                                "vérifiez [smtp] host") from exc
        self._smtp = smtp  # set now so that any failure below closes it
        self._transactions = 0
        self.connections += 1
        try:
            smtp.ehlo_or_helo_if_needed()
            if self.config.security == "starttls":
                self._starttls(smtp)
            if self.config.username:
                self._login(smtp)
        except ssl.SSLError as exc:
            raise self._tls_error(exc) from exc
        log.debug("smtp %s: connected (%s)", self.where, self.config.security)
        return smtp

    def _starttls(self, smtp: smtplib.SMTP) -> None:
        if not smtp.has_extn("starttls"):
            # Never fall back to clear text when TLS is configured: that is how logins leak.
            raise DeliveryError(f"le serveur SMTP {self.where} ne propose pas STARTTLS alors "
                                "que la configuration l'exige : rien n'a été envoyé en clair")
        try:
            smtp.starttls(context=tls_context(self.config.verify_certificate))
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(f"le serveur SMTP {self.where} refuse STARTTLS : "
                                f"{exc.smtp_code} {_text(exc.smtp_error)}") from exc
        smtp.ehlo()

    def _login(self, smtp: smtplib.SMTP) -> None:
        user = self.config.username
        try:
            password = self.config.password()
        except ConfigError as exc:
            # Like a refused login, it dooms every message: a stop, never a message left `sending`.
            raise DeliveryError(f"pas de mot de passe pour le serveur SMTP {self.where} : {exc}") from None
        try:
            smtp.login(user, password)
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(f"authentification refusée par le serveur SMTP {self.where} pour "
                                f"l'utilisateur {user} : {exc.smtp_code} "
                                f"{_text(exc.smtp_error)}") from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError(f"le serveur SMTP {self.where} ne propose pas l'authentification "
                                "(AUTH)") from exc
        except smtplib.SMTPException as exc:
            if isinstance(exc, smtplib.SMTPServerDisconnected):
                raise  # a lost connection is worth another try later, not a stop
            raise DeliveryError(f"authentification impossible auprès du serveur SMTP "
                                f"{self.where} : {exc}") from exc

    def _tls_error(self, exc: ssl.SSLError) -> DeliveryError:
        hint = ""
        reason = getattr(exc, "verify_message", None) or exc.reason or str(exc)
        if isinstance(exc, ssl.SSLCertVerificationError):
            hint = " (certificat non reconnu ; verify_certificate = false pour un serveur de test)"
        elif "WRONG_VERSION_NUMBER" in str(reason).upper() and self.config.security == "ssl":
            hint = (' : ce port ne parle pas TLS dès la connexion ; essayez security = "starttls" '
                    "(port 587) ou le port TLS du serveur (465)")
        return DeliveryError(f"échec TLS avec le serveur SMTP {self.where} : {reason}{hint}")

    def _connect_hint(self, exc: OSError) -> str:
        """What an admin should check when no connection could be opened."""
        if isinstance(exc, ConnectionRefusedError):
            return " : rien n'écoute sur ce port, vérifiez [smtp] host et port"
        if self.config.port == 465 and self.config.security != "ssl":
            return ' : le port 465 attend du TLS dès la connexion, essayez security = "ssl"'
        return ""


def open_sender(config: SmtpConfig, dry_run: bool) -> Sender:
    """Return the sender a run uses: DryRunSender when dry_run, else an SmtpSender."""
    return DryRunSender() if dry_run else SmtpSender(config)


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


def _text(reply: bytes | str) -> str:
    if isinstance(reply, bytes):
        return reply.decode("utf-8", "replace").strip()
    return reply.strip()


def network_reason(exc: OSError) -> str:
    """A lost or refused connection in French words ("connexion refusée", "délai dépassé")."""
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "connexion fermée par le serveur"
    if isinstance(exc, socket.gaierror):
        return "nom introuvable dans le DNS"
    if isinstance(exc, TimeoutError):
        return "délai dépassé"
    if isinstance(exc, ssl.SSLError):
        return f"erreur TLS ({exc.reason or exc})"
    return os_error_text(exc) if exc.errno else (str(exc) or type(exc).__name__)
