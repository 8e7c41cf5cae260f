"""The daily digest: a mail to the stage managers listing the open escalations (for cron).

`compose_digest` is pure (cases in, OutgoingMail or None out); `send_digest` reads the open
escalations through the review store and sends through the send step. Nothing open, no mail.
"""

from __future__ import annotations

import logging
from datetime import datetime
from email.message import EmailMessage
from email.headerregistry import Address as HeaderAddress
from email.utils import format_datetime, make_msgid
from zoneinfo import ZoneInfo

from responder.config import Config
from responder.errors import ResponderError
from responder.model import Delivery, OutgoingMail
from responder.store.review_values import CaseSummary
from responder.store.review import ReviewStore
from responder.reply.smtp import open_sender

log = logging.getLogger(__name__)


def _age(now: datetime, then: datetime) -> str:
    hours = (now - then).total_seconds() / 3600
    return f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.0f} jours"


def compose_digest(cases: list[CaseSummary], config: Config, now: datetime) -> OutgoingMail | None:
    """Return the digest mail listing `cases`, or None when there is nothing to report."""
    zone = ZoneInfo(config.web.timezone)
    if not cases or not config.web.digest_to:
        return None
    base = config.web.base_url.rstrip("/")
    lines = [
        "Bonjour,",
        "",
        f"{len(cases)} demande(s) de stagiaires attendent l'EAFC (les plus anciennes d'abord) :",
        "",
    ]
    for case in cases:
        who = f"{case.sender_name} <{case.sender_address}>" if case.sender_name else case.sender_address
        taken = f", pris en charge par {case.assigned_to}" if case.assigned_to else ", non attribuée"
        lines += [
            f"- n° {case.id}, reçue le {case.received_at.astimezone(zone).strftime('%d/%m/%Y %H:%M')}"
            f" (il y a {_age(now, case.received_at)}){taken}",
            f"  {who} : {case.subject or '(sans objet)'}",
            f"  {base}/cas/{case.id}",
        ]
    lines += ["", f"Page de suivi : {base}/", "", "-- ", "Répondeur M@gistère (message automatique)"]
    subject = f"[Répondeur M@gistère] {len(cases)} demande(s) à traiter"
    return _staff_mail(config, tuple(config.web.digest_to), subject, lines, now, "digest")


def _staff_mail(config: Config, to: tuple[str, ...], subject: str, lines: list[str], now: datetime,
                kind: str) -> OutgoingMail:
    """A mail from responder to the EAFC's staff (marked automatic: no out-of-office answers it)."""
    message = EmailMessage()
    local, _, domain = config.responder.address.partition("@")
    message["From"] = HeaderAddress(display_name=config.responder.display_name, username=local, domain=domain)
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(kind, domain=config.responder.message_id_domain)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content("\n".join(lines) + "\n", charset="utf-8")
    return OutgoingMail(message, config.responder.mail_from, to)


def send_digest(config: Config, review: ReviewStore, now: datetime) -> Delivery | None:
    """Mail the digest of open escalations; None when nothing is open (no mail)."""
    mail = compose_digest(review.open_escalations(now), config, now)
    if mail is None:
        log.info("digest : aucune demande ouverte à signaler%s", "" if config.web.digest_to else " (ou digest_to vide)")
        return None
    delivery = _deliver(config, mail)
    if delivery.status.value not in ("sent", "dry_run"):
        raise ResponderError(f"digest non envoyé : {delivery.detail}")
    return delivery


def _deliver(config: Config, mail: OutgoingMail) -> Delivery:
    sender = open_sender(config.smtp, config.responder.dry_run)
    try:
        return sender.send(mail)
    finally:
        sender.close()


def compose_assignment_notice(case: CaseSummary, colleague: str, by: str, config: Config,
                              now: datetime) -> OutgoingMail:
    """The mail telling a colleague a case was given to them, with its link."""
    zone = ZoneInfo(config.web.timezone)
    base = config.web.base_url.rstrip("/")
    who = f"{case.sender_name} <{case.sender_address}>" if case.sender_name else case.sender_address
    lines = [
        "Bonjour,", "", f"{by} vous a attribué la demande n° {case.id} :", "",
        f"  {who} : {case.subject or '(sans objet)'}",
        f"  reçue le {case.received_at.astimezone(zone).strftime('%d/%m/%Y %H:%M')}",
        f"  {base}/cas/{case.id}", "", "-- ", "Répondeur M@gistère (message automatique)",
    ]
    subject = f"[Répondeur M@gistère] Demande n° {case.id} attribuée par {by}"
    return _staff_mail(config, (colleague,), subject, lines, now, "assign")


def send_staff_mail(config: Config, mail: OutgoingMail) -> str | None:
    """Send a mail to the staff; None when it went, else why not (in French)."""
    try:
        delivery = _deliver(config, mail)
    except ResponderError as error:
        return str(error)
    return None if delivery.status.value in ("sent", "dry_run") else delivery.detail
