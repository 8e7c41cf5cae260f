"""Guard step: decide when an automatic reply must never go out, and where one may go.

`screen` reads a ParsedMessage's headers and finds every reason not to answer it automatically
(bounces, auto-replies, lists, system senders, our own mail coming back, ...; the checklist is
shared/notes/autoreply-safety.md §2.1, the codes are the issue's). `check_history` adds the
stateful refusals (same answer already sent, rate caps, hard bounces) from a SenderHistory the
caller loads. `decide` joins a Classification and the stops into the final Decision. Every check
runs and every stop that matched is returned, so the case shows *all* the reasons (A3).

All functions are pure: the clock, the settings and the history are passed in. This module never
reads the database, never sends mail, and never trusts headers that claim to override it
(X-Zammad-Send-Auto-Response and the like come from the internet: zammad#3667).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import getaddresses

import responder.judge.guard_tables as rules
from responder.config import ResponderConfig
from responder.model import (
    Action, Address, Classification, Decision, ParsedMessage, Profile, SenderHistory, Stop, Topic,
    in_guide_order,
)
from responder.message_ids import is_signed_by_us

log = logging.getLogger(__name__)

# Stops a human must see (the question may be real); every other code is silently ignored.
ESCALATING_CODES = frozenset(
    {"not_addressed", "dup_handle", "rate_cap", "bad_destination", "hard_bounced", "virus_suspect"}
)
NOTE_FROM_FALLBACK = "no_return_path_from_fallback"

_MAX_KEYWORD_SOURCE = 1000  # a keyword and its comments; the rest of a longer value is noise
_LIST_HEADER = re.compile(r"^list-", re.IGNORECASE)  # List-Id, List-Unsubscribe-Post, ...


@dataclass(frozen=True)
class GuardSettings:
    """What the guard needs to know about us: addresses (lower-cased), key and limits."""

    own_addresses: tuple[str, ...]
    signing_key: bytes
    max_age_days: int = 30
    same_answer_days: int = 7
    max_replies_per_day: int = 3
    max_replies_per_week: int = 5
    hard_bounce_days: int = 60  # Zammad blocks 60 days; the block must expire (zammad#3389)

    @classmethod
    def from_config(cls, responder: ResponderConfig, signing_key: bytes) -> "GuardSettings":
        """Build the settings from the [responder] section and the Message-ID signing key."""
        return cls(
            own_addresses=responder.own_addresses,
            signing_key=signing_key,
            max_age_days=responder.max_age_days,
            same_answer_days=responder.same_answer_days,
            max_replies_per_day=responder.max_replies_per_day,
            max_replies_per_week=responder.max_replies_per_week,
        )


@dataclass(frozen=True)
class Screening:
    """What the header checks found: the stops, where a reply would go, and notes."""

    stops: tuple[Stop, ...]
    reply_to: Address | None
    notes: tuple[str, ...] = ()


def _stop(code: str, detail: str = "") -> Stop:
    effect = Action.ESCALATE if code in ESCALATING_CODES else Action.IGNORE
    return Stop(code=code, effect=effect, detail=detail)


def sender_key(address: str) -> str:
    """Return the key a sender's history is stored under: lower-case, "+tag" removed."""
    local, at, domain = address.strip().lower().rpartition("@")
    if not at:
        return address.strip().lower()
    return f"{local.split('+', 1)[0] or local}@{domain}"


def _keyword(value: str) -> str:
    """The keyword of a structured value: comments and ";" parameters dropped, lower-cased.

    One pass with a depth counter: nested comments ("auto-replied (zimbra; (x) vacation)") cost
    no more than flat ones, whatever an attacker nests. An unclosed "(" hides the rest, as an
    unclosed comment does for RFC 5322.
    """
    kept: list[str] = []
    depth = 0
    for char in value[:_MAX_KEYWORD_SOURCE]:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if not depth:
                kept.append(" ")
        elif not depth:
            if char == ";":
                break
            kept.append(char)
    return "".join(kept).strip().lower()


def _local_part(address: str) -> str:
    return address.rpartition("@")[0] if "@" in address else address


def _aware(moment: datetime) -> datetime:
    # A Date of "-0000" parses naive; treat it as UTC rather than fail on the comparison.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


# --- where the reply would go (RFC 3834 §4, issue decision D2) ------------------------------


def _name_for(envelope: str, parsed: ParsedMessage) -> str:
    """The display name of the first Sender/Resent-From/From mailbox equal to the envelope.

    Pigeonhole's _get_full_reply_recipient (note R3): the name is kept only when it belongs to
    the address the reply goes to; an SRS or forwarder envelope gets the bare address (R13).
    """
    wanted = envelope.lower()
    for header in ("Sender", "Resent-From"):
        values = parsed.header_values(header)
        for name, addr in getaddresses(values[:1]):
            if addr.lower() == wanted:
                return name
    for mailbox in parsed.from_addresses:
        if mailbox.addr.lower() == wanted:
            return mailbox.name
    return ""


def reply_destination(parsed: ParsedMessage) -> Address | None:
    """Where an automatic reply to this message would go, if anywhere (RFC 3834 §4)."""
    return _destination(parsed)[0]


def _destination(parsed: ParsedMessage) -> tuple[Address | None, list[Stop], list[str]]:
    return_path = parsed.return_path
    if return_path is not None:
        if return_path == "" or return_path.lower() == "mailer-daemon":
            return None, [_stop("null_sender", f"Return-Path: <{return_path}>")], []
        if not rules.VALID_ADDRESS.match(return_path):
            return None, [_stop("bad_destination", f"Return-Path: <{return_path}>")], []
        return Address(_name_for(return_path, parsed), return_path), [], []
    # No Return-Path (APPENDed mail): the single From address, never Reply-To (RFC 3834 §4).
    if len(parsed.from_addresses) != 1:
        found = ", ".join(a.addr for a in parsed.from_addresses) or "aucune adresse"
        return None, [_stop("bad_destination", f"pas de Return-Path; From: {found}")], []
    mailbox = parsed.from_addresses[0]
    if not rules.VALID_ADDRESS.match(mailbox.addr):
        return None, [_stop("bad_destination", f"pas de Return-Path; From: {mailbox.addr}")], []
    return Address(mailbox.name, mailbox.addr), [], [NOTE_FROM_FALLBACK]


# --- header checks: each returns the stops it found ---------------------------------------


@dataclass(frozen=True)
class _Context:
    """One message under check: the parsed message, our settings, and its sender addresses."""

    parsed: ParsedMessage
    settings: GuardSettings
    senders: tuple[str, ...]  # reply destination, Return-Path and From addresses
    answers_our_mail: bool = False  # the journal says it answers one of our mails (an invitation)


Check = Callable[[_Context], list[Stop]]


def _check_bounce(ctx: _Context) -> list[Stop]:
    parsed = ctx.parsed
    attachments = " ".join(parsed.attachment_types).lower()
    if (parsed.report_type == "disposition-notification"
            or "message/disposition-notification" in attachments):
        return [_stop("mdn", f"{parsed.content_type}; report-type={parsed.report_type}")]
    if rules.READ_RECEIPT_SUBJECT.match(parsed.subject) and rules.READ_RECEIPT_TEXT.search(parsed.text):
        return [_stop("mdn", f"Subject: {parsed.subject}")]
    evidence = ""
    # Any other multipart/report is a machine's (RFC 6522): DSN, ARF, or no report-type at all.
    if parsed.content_type == "multipart/report" or "message/delivery-status" in attachments:
        evidence = f"{parsed.content_type}; report-type={parsed.report_type}"
    elif parsed.header_values("X-Failed-Recipients"):
        evidence = "X-Failed-Recipients"
    elif any(rules.BOUNCER_LOCAL.match(_local_part(a.addr)) for a in parsed.from_addresses) and (
        rules.BOUNCE_SUBJECT.search(parsed.subject)
    ):
        evidence = f"From: {parsed.from_addresses[0].addr}; Subject: {parsed.subject}"
    if not evidence:
        return []
    # A delay DSN (4.x.x) changes no state (zammad#2219, #2276), hence its own code.
    delayed = rules.DELAY_SUBJECT.search(parsed.subject) or rules.DELAY_TEXT.search(parsed.text)
    if delayed and not rules.FAILED_TEXT.search(parsed.text):
        return [_stop("bounce_delay", evidence)]
    return [_stop("bounce", evidence)]


def _check_auto_submitted(ctx: _Context) -> list[Stop]:
    # Every occurrence, anything but "no" (RFC 3834 §5; Pigeonhole; IANA adds auto-notified).
    for value in ctx.parsed.header_values("Auto-Submitted"):
        if _keyword(value) != "no":
            return [_stop("auto_submitted", f"Auto-Submitted: {value}")]
    return []


def _check_precedence(ctx: _Context) -> list[Stop]:
    for header in ("Precedence", "X-Precedence"):
        for value in ctx.parsed.header_values(header):
            if _keyword(value) in rules.PRECEDENCE:
                return [_stop("precedence", f"{header}: {value}")]
    return []


def _check_list(ctx: _Context) -> list[Stop]:
    found = [name for name, _ in ctx.parsed.headers if _LIST_HEADER.match(name)]
    return [_stop("list", ", ".join(found))] if found else []


def _check_suppress(ctx: _Context) -> list[Stop]:
    for value in ctx.parsed.header_values("X-Auto-Response-Suppress"):
        tokens = {token.lower() for token in re.split(r"[\s,]+", value) if token}
        if tokens & rules.SUPPRESS_TOKENS:
            return [_stop("suppress_header", f"X-Auto-Response-Suppress: {value}")]
    return []


def _check_markers(ctx: _Context) -> list[Stop]:
    for name, value in ctx.parsed.headers:
        key, word = name.lower(), _keyword(value)
        if (
            (key in rules.MARKER_PRESENT and word not in rules.NEGATIVE_VALUES)
            or rules.MARKER_VALUE.get(key) == word
            # Another system's loop marker (Zammad writes "X-Loop: yes"); ours is own_loop.
            or (key == "x-loop" and not _is_ours(word, ctx.settings))
        ):
            return [_stop("auto_marker", f"{name}: {value}")]
    return []


def _is_ours(value: str, settings: GuardSettings) -> bool:
    return value.strip("<> ").lower() in {a.lower() for a in settings.own_addresses}


def _check_system_sender(ctx: _Context) -> list[Stop]:
    for address in ctx.senders:
        if rules.is_system_local_part(_local_part(address)):
            return [_stop("system_sender", address)]
    return []


def _check_own_address(ctx: _Context) -> list[Stop]:
    ours = {sender_key(a) for a in ctx.settings.own_addresses}
    for address in ctx.senders:
        if sender_key(address) in ours:
            return [_stop("own_address", address)]
    return []


def _check_own_loop(ctx: _Context) -> list[Stop]:
    # The signature, not the domain: trainees write from ac-grenoble.fr too (R17).
    message_id = ctx.parsed.message_id
    if message_id and is_signed_by_us(message_id, ctx.settings.signing_key):
        return [_stop("own_loop", f"Message-ID: {message_id}")]
    for value in ctx.parsed.header_values("X-Loop"):
        if _is_ours(_keyword(value), ctx.settings):
            return [_stop("own_loop", f"X-Loop: {value}")]
    return []


def _check_addressed(ctx: _Context) -> list[Stop]:
    # To/Cc/Bcc/Resent-* only (RFC 3834 §2); Delivered-To says nothing of who was meant.
    ours = {sender_key(a) for a in ctx.settings.own_addresses}
    if any(sender_key(r) in ours for r in ctx.parsed.recipients):
        return []
    return [_stop("not_addressed", ", ".join(ctx.parsed.recipients) or "aucun destinataire")]


def _check_spam(ctx: _Context) -> list[Stop]:
    for value in ctx.parsed.header_values("X-Spam-Flag"):
        if _keyword(value) == "yes":
            return [_stop("spam", f"X-Spam-Flag: {value}")]
    for value in ctx.parsed.header_values("X-Spam-Status"):
        if re.match(r"\s*yes\b", value, re.IGNORECASE):
            return [_stop("spam", f"X-Spam-Status: {value}")]
    for value in ctx.parsed.header_values("X-Spam"):  # rspamd's verdict header
        if _keyword(value) == "yes":
            return [_stop("spam", f"X-Spam: {value}")]
    return []


def _check_attachments(ctx: _Context) -> list[Stop]:
    for item in ctx.parsed.attachment_types:
        if rules.is_executable(item):
            return [_stop("virus_suspect", item)]
    return []


def _check_subject(ctx: _Context) -> list[Stop]:
    subject, stops = ctx.parsed.subject, list[Stop]()
    if rules.OOF_SUBJECT.match(subject):
        stops.append(_stop("suspected_oof", f"Subject: {subject}"))
    # "Automated Response: Re: ..." answering one of our replies or invitations: a robot
    # (freescout#3670); invitations carry no signed id, the journal knows them instead.
    ids = (*ctx.parsed.in_reply_to, *ctx.parsed.references)
    if rules.AUTO_SUBJECT.match(subject) and (
        ctx.answers_our_mail or any(is_signed_by_us(i, ctx.settings.signing_key) for i in ids)
    ):
        stops.append(_stop("auto_subject_after_own_reply", f"Subject: {subject}"))
    return stops


_CHECKS: tuple[Check, ...] = (
    _check_bounce, _check_auto_submitted, _check_precedence, _check_list, _check_suppress,
    _check_markers, _check_system_sender, _check_own_address, _check_own_loop,
    _check_addressed, _check_spam, _check_attachments, _check_subject,
)


def _stale(parsed: ParsedMessage, settings: GuardSettings, now: datetime,
           received_at: datetime | None) -> list[Stop]:
    # The server's internal date, when known, beats a Date header a wrong clock may have written.
    when, source = (received_at, "date de réception") if received_at else (parsed.date, "Date")
    if when is None:
        return []
    age = _aware(now) - _aware(when)
    if age > timedelta(days=settings.max_age_days):
        return [_stop("stale_backlog", f"{source} {when.isoformat()} ({age.days} jours)")]
    return []


def screen(parsed: ParsedMessage, settings: GuardSettings, now: datetime,
           received_at: datetime | None = None, answers_our_mail: bool = False) -> Screening:
    """Run every header-level check; return all stops, the reply destination and notes.

    answers_our_mail: the message answers a mail of ours that carries no signed Message-ID (an
    invitation, known from the campaign journal).
    """
    reply_to, stops, notes = _destination(parsed)
    # Envelope and From are both checked: the reply goes to the first, a robot shows in either.
    candidates = (reply_to.addr if reply_to else "", parsed.return_path or "",
                  *(a.addr for a in parsed.from_addresses))
    senders = tuple(dict.fromkeys(a for a in candidates if a))
    context = _Context(parsed, settings, senders, answers_our_mail)
    for check in _CHECKS:
        stops.extend(check(context))
    stops.extend(_stale(parsed, settings, now, received_at))
    if stops:
        log.debug("no automatic reply to %s: %s", parsed.message_id,
                 ", ".join(f"{s.code} ({s.detail})" for s in stops))
    return Screening(stops=tuple(stops), reply_to=reply_to, notes=tuple(notes))


# --- history: the same answer, rate caps, hard bounces ------------------------------------


def reply_handle(profile: Profile, topics: tuple[Topic, ...], escalated: bool) -> str:
    """Return the identity of an answer: "academic:forgotten_password+login" (+"+escalated")."""
    ordered = "+".join(t.value for t in in_guide_order(topics)) or "none"
    return f"{profile.value}:{ordered}" + ("+escalated" if escalated else "")


def check_history(handle: str, history: SenderHistory, settings: GuardSettings,
                  now: datetime) -> tuple[Stop, ...]:
    """Return the stateful stops for one more `handle` reply: dup_handle, rate_cap, hard_bounced."""
    now = _aware(now)
    stops: list[Stop] = []
    ages = [(now - _aware(r.sent_at), r.handle) for r in history.replies]
    period = timedelta(days=settings.same_answer_days)
    same = [age for age, h in ages if h == handle and age < period]
    if same:
        hours = int(min(same).total_seconds() // 3600)
        stops.append(_stop("dup_handle", f"{handle} déjà envoyé il y a {hours} h"))
    day = sum(1 for age, _ in ages if age < timedelta(days=1))
    week = sum(1 for age, _ in ages if age < timedelta(days=7))
    if day >= settings.max_replies_per_day:
        detail = f"{day} réponses en 24 h (max {settings.max_replies_per_day})"
        stops.append(_stop("rate_cap", detail))
    elif week >= settings.max_replies_per_week:
        detail = f"{week} réponses en 7 jours (max {settings.max_replies_per_week})"
        stops.append(_stop("rate_cap", detail))
    bounced = history.hard_bounced_at
    if bounced is not None and now - _aware(bounced) < timedelta(days=settings.hard_bounce_days):
        stops.append(_stop("hard_bounced", f"échec définitif le {bounced.isoformat()}"))
    return tuple(stops)


# --- the final verdict --------------------------------------------------------------------


def decide(
    classification: Classification, stops: tuple[Stop, ...], screening: Screening
) -> Decision:
    """Join the classification and the guard's stops into the Decision (a stop never loosens).

    The screening's own stops are merged in (without duplicates) so a caller that passes only
    check_history's stops still cannot send past a header stop.
    """
    merged = tuple(dict.fromkeys((*stops, *screening.stops)))
    if any(s.effect is Action.IGNORE for s in merged):
        action = Action.IGNORE
    elif classification.action is Action.ESCALATE or any(
        s.effect is Action.ESCALATE for s in merged
    ):
        action = Action.ESCALATE
    else:
        action = classification.action
    answerable = classification.action in (Action.REPLY, Action.ESCALATE)
    send_reply = not merged and screening.reply_to is not None and answerable
    return Decision(
        classification=classification,
        stops=merged,
        action=action,
        send_reply=send_reply,
        reply_to=screening.reply_to,
        notes=screening.notes,
    )
