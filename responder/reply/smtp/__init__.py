"""Send replies over SMTP (step 6 of the pipeline): OutgoingMail -> Delivery.

Owns the SMTP connection: opened lazily, secured as SmtpConfig says (implicit TLS, STARTTLS, or
nothing on the loopback), authenticated when a username is configured, reused for a whole batch.
Each transaction is driven step by step (MAIL, RCPT, DATA) so that a lost connection can be told
apart before the data (nothing went out: DEFERRED) from after it (it may have gone out:
UNCERTAIN). Outcomes are values; only what dooms every later message too (authentication, TLS,
a server refusing us as a whole) raises DeliveryError. Never logs the password or the body.
This package sends and nothing else: it does not render, record, or decide to retry.

Here: the `Sender` interface, the dry-run sender and `open_sender`. The SMTP sender is in
sender.py, opening and securing its connection in connection.py, what a transaction's end means
in outcomes.py; the rest of responder imports them from here, `responder.reply.smtp`.
"""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Protocol

from responder.config import SmtpConfig
from responder.model import Delivery, DeliveryStatus, OutgoingMail
from responder.reply.smtp.connection import default_connect, tls_context
from responder.reply.smtp.outcomes import Stage, network_reason
from responder.reply.smtp.sender import SmtpSender

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


def open_sender(config: SmtpConfig, dry_run: bool) -> Sender:
    """Return the sender a run uses: DryRunSender when dry_run, else an SmtpSender."""
    return DryRunSender() if dry_run else SmtpSender(config)


__all__ = [
    "DRY_RUN_DETAIL",
    "DryRunSender",
    "Sender",
    "SmtpSender",
    "Stage",
    "default_connect",
    "network_reason",
    "open_sender",
    "tls_context",
]
