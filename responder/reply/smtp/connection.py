"""Open, secure and authenticate one SMTP connection as SmtpConfig says.

Owns the client TLS context, the raw connection (implicit TLS for "ssl"), STARTTLS without any
fall-back to clear text, and the login, whose password is read from the environment only here.
Every failure that no retry can mend (unknown host name, TLS refused or unverifiable, no
STARTTLS, login refused, no password) becomes a DeliveryError naming host:port and what to
check. It sends no message and keeps no state: sender.py holds the connection it returns.
Never logs the password.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Callable

from responder.config import SmtpConfig
from responder.errors import ConfigError, DeliveryError
from responder.reply.smtp.outcomes import network_reason, reply_text


def server_address(config: SmtpConfig) -> str:
    """host:port, as every error message names the server."""
    return f"{config.host}:{config.port}"


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


def open_connection(connect: Callable[[], smtplib.SMTP], config: SmtpConfig) -> smtplib.SMTP:
    """Open a raw connection with `connect`; a TLS failure or an unknown name is a DeliveryError."""
    try:
        return connect()
    except ssl.SSLError as exc:
        raise tls_error(exc, config) from exc
    except socket.gaierror as exc:
        # No retry can make a mistyped name resolve: stop at the first try.
        raise DeliveryError(f"serveur SMTP {server_address(config)} : nom inconnu "
                            f"({network_reason(exc)}) : vérifiez [smtp] host") from exc


def greet_and_log_in(smtp: smtplib.SMTP, config: SmtpConfig) -> None:
    """Say EHLO, then STARTTLS and log in as configured; the caller closes `smtp` on failure."""
    try:
        smtp.ehlo_or_helo_if_needed()
        if config.security == "starttls":
            _starttls(smtp, config)
        if config.username:
            _login(smtp, config)
    except ssl.SSLError as exc:
        raise tls_error(exc, config) from exc


def connect_hint(exc: OSError, config: SmtpConfig) -> str:
    """What an admin should check when no connection could be opened."""
    if isinstance(exc, ConnectionRefusedError):
        return " : rien n'écoute sur ce port, vérifiez [smtp] host et port"
    if config.port == 465 and config.security != "ssl":
        return ' : le port 465 attend du TLS dès la connexion, essayez security = "ssl"'
    return ""


def tls_error(exc: ssl.SSLError, config: SmtpConfig) -> DeliveryError:
    """A TLS failure in an admin's words, with what to change when the cause is known."""
    hint = ""
    reason = getattr(exc, "verify_message", None) or exc.reason or str(exc)
    if isinstance(exc, ssl.SSLCertVerificationError):
        hint = " (certificat non reconnu ; verify_certificate = false pour un serveur de test)"
    elif "WRONG_VERSION_NUMBER" in str(reason).upper() and config.security == "ssl":
        hint = (' : ce port ne parle pas TLS dès la connexion ; essayez security = "starttls" '
                "(port 587) ou le port TLS du serveur (465)")
    return DeliveryError(f"échec TLS avec le serveur SMTP {server_address(config)} : {reason}{hint}")


def _starttls(smtp: smtplib.SMTP, config: SmtpConfig) -> None:
    where = server_address(config)
    if not smtp.has_extn("starttls"):
        # Never fall back to clear text when TLS is configured: that is how logins leak.
        raise DeliveryError(f"le serveur SMTP {where} ne propose pas STARTTLS alors "
                            "que la configuration l'exige : rien n'a été envoyé en clair ; vérifiez "
                            "[smtp] security et port (\"ssl\" sur 465, \"starttls\" sur 587)")
    try:
        smtp.starttls(context=tls_context(config.verify_certificate))
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(f"le serveur SMTP {where} refuse STARTTLS : "
                            f"{exc.smtp_code} {reply_text(exc.smtp_error)}") from exc
    smtp.ehlo()


def _login(smtp: smtplib.SMTP, config: SmtpConfig) -> None:
    where, user = server_address(config), config.username
    try:
        password = config.password()
    except ConfigError as exc:
        # Like a refused login, it dooms every message: a stop, never a message left `sending`.
        raise DeliveryError(f"pas de mot de passe pour le serveur SMTP {where} : {exc}") from None
    try:
        smtp.login(user, password)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"authentification refusée par le serveur SMTP {where} pour "
                            f"l'utilisateur {user} : {exc.smtp_code} "
                            f"{reply_text(exc.smtp_error)}") from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(f"le serveur SMTP {where} ne propose pas l'authentification "
                            "(AUTH) : s'il n'en demande pas, videz [smtp] username") from exc
    except smtplib.SMTPException as exc:
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            raise  # a lost connection is worth another try later, not a stop
        raise DeliveryError(f"authentification impossible auprès du serveur SMTP "
                            f"{where} : {exc}") from exc
