""""Send the right guide sections now": a reply chosen by a stage manager, rendered then sent.

An orchestrator like pipeline.py, for one case: parse the recorded mail, render the reply for the
profile and topics the manager chose (render step), put it in the outbox (review store), and hand
it to the one delivery path (delivery.py: claim, send, record, copy to Sent). The preview renders
the same message without recording or sending anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from responder.judge.guard import GuardSettings, screen, sender_key
from responder.model import (
    Action, Address, Classification, Decision, OutgoingMail, ParsedMessage, Profile, Topic, Training,
    in_guide_order,
)
from responder.parse import parse_message
from responder.reply.render import render_reply
from responder.delivery import Dispatcher
from responder.reply.smtp import open_sender
from responder.store.outbox import Outbox
from responder.wire import mail_bytes
from responder.message_ids import new_token, sign_message_id
from responder.web import WebContext


@dataclass(frozen=True)
class Prepared:
    """A reply ready to show or send."""

    mail: OutgoingMail
    text: str
    handle: str
    key: str


class CannotSend(Exception):
    """The case has no address a reply could go to; the message says why, in French."""


def _plain(mail: OutgoingMail) -> str:
    part = mail.message.get_body(("plain",))
    return part.get_content() if part is not None else ""


def reply_address(ctx: WebContext, parsed: ParsedMessage, now: datetime) -> Address:
    """Where a mail sent from the page to the trainee goes: where the guard says a reply may go
    (Reply-To, envelope), else the sender; a human overrides the guard's other stops."""
    settings = GuardSettings.from_config(ctx.config.responder, ctx.recorder.signing_key())
    reply_to = screen(parsed, settings, now).reply_to or parsed.sender
    if reply_to is None or not reply_to.addr:
        raise CannotSend("ce message n'a aucune adresse à laquelle répondre")
    return reply_to


def prepare(
    ctx: WebContext, raw: bytes, profile: str, topics: list[str], now: datetime, token: str | None = None,
    training: Training | None = None,
) -> Prepared:
    """Render the reply to the recorded mail `raw` with these guide sections.

    `token` fixes the reply's Message-ID: the preview chooses it, so a second confirmation of the
    same preview (double click, replayed cookie) hits the outbox's unique Message-ID, not SMTP.
    `training`: the course of the invitation the case answers, named as the automatic reply does.
    """
    parsed = parse_message(raw)
    key = ctx.recorder.signing_key()
    responder = ctx.config.responder
    reply_to = reply_address(ctx, parsed, now)
    chosen = in_guide_order(tuple(Topic(t) for t in topics))
    classification = Classification(Profile(profile), chosen, Action.REPLY)
    decision = Decision(classification, (), Action.REPLY, True, reply_to)
    message_id = sign_message_id(token or new_token(), key, responder.message_id_domain)
    try:
        mail = render_reply(parsed, decision, responder, ctx.config.links, message_id, now, training)
    except ValueError as error:
        raise CannotSend(f"réponse impossible : {error}") from None
    handle = "manual:" + profile + ":" + "+".join(t.value for t in chosen)
    return Prepared(mail, _plain(mail), handle, sender_key(reply_to.addr))


def send_prepared(ctx: WebContext, case_id: int, user_id: int, prepared: Prepared, kind: str = "reply_sent") -> str:
    """Record the reply in the outbox, send it over SMTP, record the delivery; returns its state.

    kind: the event the case's timeline records ("reply_sent", "forwarded")."""
    mail = prepared.mail
    try:
        reply_id = ctx.review.add_manual_reply(
            case_id, user_id, ctx.clock(),
            message_id=str(mail.message["Message-ID"]), envelope_from=mail.envelope_from,
            envelope_to=",".join(mail.envelope_to), sender_key=prepared.key, handle=prepared.handle,
            subject=str(mail.message["Subject"] or ""), raw=mail_bytes(mail),
            body_text=prepared.text, kind=kind,
        )
    except IntegrityError:
        raise CannotSend("cette réponse a déjà été envoyée (aperçu déjà confirmé)") from None
    # The pipeline's own delivery path: claim, send, record, copy to Sent. Should the relay be
    # unreachable, the reply waits in the outbox and the next run of the responder sends it.
    sender = open_sender(ctx.config.smtp, ctx.config.responder.dry_run)
    try:
        return Dispatcher(Outbox(ctx.sessions), sender, ctx.clock, ctx.sent_copy).dispatch(reply_id, mail)
    finally:
        sender.close()
