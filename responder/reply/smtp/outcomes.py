"""What one SMTP transaction's end means for the message: its Delivery, as a value.

Owns the classification of a server's replies and of lost connections into Delivery outcomes:
SENT, DEFERRED (nothing went out, try again later), FAILED (refused for good), UNCERTAIN (the
data went out, the answer never came), and the `Stage` a transaction had reached, which tells
those apart. Also words a network error in French for the operator. Pure: it neither talks to
the server nor resets or drops a connection; sender.py does, then asks here what it meant.
Only a 5xx refusal of the connection itself raises DeliveryError: it dooms every message.
"""

from __future__ import annotations

import enum
import smtplib
import socket
import ssl

from responder.errors import DeliveryError, os_error_text
from responder.model import Delivery, DeliveryStatus


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


def refusal(code: int, text: str, step: str) -> Delivery:
    """The outcome of a 4xx/5xx (or unexpected) reply to MAIL, DATA or the end of the data."""
    detail = f"{code} {text} ({step})"
    if 400 <= code < 500:
        return Delivery(DeliveryStatus.DEFERRED, detail, code, step)
    if 500 <= code < 600:
        return Delivery(DeliveryStatus.FAILED, detail, code, step)
    # A reply SMTP does not allow before the data: nothing was sent, try again later.
    return Delivery(DeliveryStatus.DEFERRED, f"réponse inattendue : {detail}", code, step)


def recipients_refusal(refusals: list[tuple[str, int, str]]) -> Delivery:
    """The outcome of refused recipients (address, code, text): failed if any refusal is final."""
    permanent = [r for r in refusals if 500 <= r[1] < 600]
    code = (permanent or refusals)[0][1]
    detail = "; ".join(f"{r} : {c} {t}" for r, c, t in refusals) + " (RCPT TO)"
    status = DeliveryStatus.FAILED if permanent else DeliveryStatus.DEFERRED
    return Delivery(status, detail, code, Stage.RCPT.value)


def connect_refusal(code: int, text: str, where: str) -> Delivery:
    """The outcome of a greeting or EHLO refused; raise DeliveryError when the refusal is final."""
    if 500 <= code < 600:
        raise DeliveryError(f"le serveur SMTP {where} refuse la connexion : {code} {text}")
    return Delivery(DeliveryStatus.DEFERRED,
                    f"{code} {text} (connexion à {where})", code, Stage.CONNECT.value)


def lost_connection(phase: Stage, reason: str, where: str) -> Delivery:
    """The outcome of a connection lost (or never opened) at `phase`, for `reason`."""
    if phase is Stage.END_OF_DATA:
        return Delivery(DeliveryStatus.UNCERTAIN,
                        f"connexion à {where} perdue après l'envoi des données, sans "
                        f"réponse du serveur : le message est peut-être parti ({reason})",
                        stage=phase.value)
    if phase is Stage.CONNECT:
        return Delivery(DeliveryStatus.DEFERRED,
                        f"connexion à {where} impossible, rien n'a été envoyé : {reason}",
                        stage=Stage.CONNECT.value)
    return Delivery(DeliveryStatus.DEFERRED,
                    f"connexion à {where} perdue ({phase.value}), rien n'a été "
                    f"envoyé : {reason}", stage=phase.value)


def reply_text(reply: bytes | str) -> str:
    """A server's reply text as one trimmed str."""
    if isinstance(reply, bytes):
        return reply.decode("utf-8", "replace").strip()
    return reply.strip()


def network_reason(exc: OSError) -> str:
    """A lost or refused connection in French words ("connexion refusée", "délai dépassé")."""
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "connexion fermée par le serveur"
    if isinstance(exc, smtplib.SMTPConnectError):
        said = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        said = " ".join(said.split())
        said = said if len(said) <= 80 else said[:79] + "…"
        if exc.smtp_code == -1:  # the greeting is not an SMTP reply at all: another kind of server
            return f"ce port ne parle pas SMTP (il répond « {said} ») : vérifiez [smtp] port (587 ou 465 d'habitude)"
        return f"le serveur refuse la connexion ({exc.smtp_code} {said})"
    if isinstance(exc, socket.gaierror):
        return "nom introuvable dans le DNS"
    if isinstance(exc, TimeoutError):
        return "délai dépassé"
    if isinstance(exc, ssl.SSLError):
        return f"erreur TLS ({exc.reason or exc})"
    return os_error_text(exc) if exc.errno else (str(exc) or type(exc).__name__)
