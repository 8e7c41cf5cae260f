"""The mail a stage manager writes from the case page: a reply in their own words, or the case
forwarded to a colleague (the trainer, the IT help desk).

A person's mail, not a robot's: none of the automatic markers (Auto-Submitted, Precedence,
X-Auto-Response-Suppress) and no "réponse automatique" notice, so the trainee's client treats it as
any mail and their own out-of-office may answer it. Threaded as the automatic reply is
(In-Reply-To, References, one "Re:"), signed by the EAFC. Pure: the clock and our Message-ID
come in as arguments; the outbox sends what this returns.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime

from responder.config import LinksConfig, ResponderConfig
from responder.model import Address, OutgoingMail, ParsedMessage, Profile, Topic, Training
from responder.reply.greeting import spoken_name
from responder.reply.render import (
    REPLY_POLICY,
    REPLY_POLICY_UTF8,
    clean_header_text,
    environment,
    guide_sections,
    person_name,
    recipient_header,
    reply_subject,
    set_threading,
    shorten_header_text,
    tidy,
)
from responder.wire import mail_bytes

MAX_BODY = 20_000  # characters a person may write in one reply
SIGNATURE = "L'équipe M@gistère de l'EAFC"  # when [responder] display_name is empty


def guide_text(profile: Profile, topics: tuple[Topic, ...], links: LinksConfig,
               training: Training | None = None) -> str:
    """The guide's sections for these topics as plain text: what a reply written by hand starts from."""
    context = {"profile": profile.value, "topics": frozenset(t.value for t in topics), "links": links,
               "course_trainer": None, "training": training}
    parts = [environment().get_template(f"replies/{name}.txt").render(context)
             for name in guide_sections(profile, topics)]
    return tidy("\n\n".join(parts)) if parts else ""


def greeting(sender_name: str) -> str:
    """How a reply written by hand opens: the trainee's name when it reads as one."""
    name = spoken_name(person_name(sender_name))
    return f"Bonjour {name}," if name else "Bonjour,"


def render_personal_reply(parsed: ParsedMessage, reply_to: Address, body: str, responder: ResponderConfig,
                          message_id: str, now: datetime, signer: str = "") -> OutgoingMail:
    """The reply a stage manager wrote to `parsed`, threaded and signed, as it goes to SMTP.

    Raises ValueError when the body is empty or too long, or reply_to cannot be written.
    """
    text = _body(body, responder, signer)
    recipient = recipient_header(parsed, reply_to)
    message = _headers(recipient, responder, reply_subject(parsed.subject), message_id, now)
    set_threading(message, parsed)
    message.set_content(text, cte="quoted-printable")
    return _finished(message, responder, (reply_to.addr.strip(),), text)


def render_forward(raw: bytes, subject: str, to: Address, note: str, responder: ResponderConfig,
                   message_id: str, now: datetime, signer: str = "") -> OutgoingMail:
    """The case forwarded to a colleague: the note, and the trainee's message attached as received."""
    text = _body(note, responder, signer)
    recipient = HeaderAddress(display_name=clean_header_text(to.name), addr_spec=to.addr.strip())
    title = shorten_header_text("TR: " + (clean_header_text(subject) or "demande d'un stagiaire"))
    message = _headers(recipient, responder, title, message_id, now)
    message.set_content(text, cte="quoted-printable")
    _attach_original(message, raw)
    return _finished(message, responder, (to.addr.strip(),), text)


def _attach_original(message: EmailMessage, raw: bytes) -> None:
    """The trainee's message as an attachment: message/rfc822 (which may not be base64, RFC 2046
    §5.2.1) when it can be written back, else the bytes as they came, as a file to open."""
    try:
        original = email.message_from_bytes(raw, policy=email.policy.SMTP)
        message.add_attachment(original, filename="message-du-stagiaire.eml")
        message.as_bytes()  # a message the generator cannot write back fails here, not in SMTP
    except Exception:  # noqa: BLE001 - any mail a trainee sent must still reach the colleague
        message.set_payload([message.get_payload(0)])
        message.add_attachment(raw, maintype="application", subtype="octet-stream",
                               filename="message-du-stagiaire.eml")


def _body(written: str, responder: ResponderConfig, signer: str) -> str:
    text = written.replace("\r\n", "\n").strip()
    if not text:
        raise ValueError("le message est vide")
    if len(text) > MAX_BODY:
        raise ValueError(f"le message dépasse {MAX_BODY} caractères")
    signed = "\n".join(line for line in (signer.strip(), responder.display_name.strip() or SIGNATURE) if line)
    # "-- " with its space (RFC 3676): mail clients then fold the signature and leave it out of replies.
    return f"{tidy(text)}\n-- \n{tidy(signed)}"


def _headers(recipient: HeaderAddress, responder: ResponderConfig, subject: str, message_id: str,
             now: datetime) -> EmailMessage:
    message = EmailMessage(policy=REPLY_POLICY if recipient.addr_spec.isascii() else REPLY_POLICY_UTF8)
    local, _, domain = responder.address.partition("@")
    message["From"] = HeaderAddress(clean_header_text(responder.display_name), local, domain)
    message["To"] = recipient
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id
    # Our loop marker only: if this mail ever comes back to the mailbox, the guard knows it.
    message["X-Loop"] = responder.address
    return message


def _finished(message: EmailMessage, responder: ResponderConfig, to: tuple[str, ...], text: str) -> OutgoingMail:
    mail = OutgoingMail(message=message, envelope_from=responder.mail_from, envelope_to=to)
    return dataclasses.replace(mail, data=mail_bytes(mail), text=text)
