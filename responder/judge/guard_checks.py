"""The guard's header checks: each reads one message's headers and returns the stops it found.

The checklist is shared/notes/autoreply-safety.md §2.1 (bounces, read receipts, Auto-Submitted,
Precedence, lists, suppression headers, robots' markers, system senders, our own address and
our own mail coming back, mail not addressed to us, spam, executables, robots' subjects).
guard.py runs them all and adds the stops that need the clock or the sender's history; the
small helpers both share live here (a stop's effect, a sender's key, a structured value's
keyword). Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import responder.judge.guard_tables as tables
from responder.message_ids import is_signed_by_us
from responder.model import Action, ParsedMessage, Stop

# Stops a human must see (the question may be real); every other code is silently ignored.
ESCALATING_CODES = frozenset(
    {"not_addressed", "dup_handle", "rate_cap", "bad_destination", "hard_bounced", "virus_suspect"}
)
_MAX_KEYWORD_SOURCE = 1000  # a keyword and its comments; the rest of a longer value is noise
_LIST_HEADER = re.compile(r"^list-", re.IGNORECASE)  # List-Id, List-Unsubscribe-Post, ...


def make_stop(code: str, detail: str = "") -> Stop:
    """A stop with its effect: a human sees the escalating codes, the others are ignored."""
    effect = Action.ESCALATE if code in ESCALATING_CODES else Action.IGNORE
    return Stop(code=code, effect=effect, detail=detail)


def sender_key(address: str) -> str:
    """Return the key a sender's history is stored under: lower-case, "+tag" removed."""
    local, at, domain = address.strip().lower().rpartition("@")
    if not at:
        return address.strip().lower()
    return f"{local.split('+', 1)[0] or local}@{domain}"


def keyword(value: str) -> str:
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


# --- header checks: each returns the stops it found ---------------------------------------


@dataclass(frozen=True)
class CheckContext:
    """One message under check: the parsed message, our addresses and key, its sender addresses."""

    parsed: ParsedMessage
    own_addresses: tuple[str, ...]  # ours, lower-cased
    signing_key: bytes  # what our Message-IDs are signed with
    senders: tuple[str, ...]  # reply destination, Return-Path and From addresses
    answers_our_mail: bool = False  # the journal says it answers one of our mails (an invitation)


Check = Callable[[CheckContext], list[Stop]]


def _check_bounce(ctx: CheckContext) -> list[Stop]:
    parsed = ctx.parsed
    attachments = " ".join(parsed.attachment_types).lower()
    if (parsed.report_type == "disposition-notification"
            or "message/disposition-notification" in attachments):
        return [make_stop("mdn", f"{parsed.content_type}; report-type={parsed.report_type}")]
    if tables.READ_RECEIPT_SUBJECT.match(parsed.subject) and tables.READ_RECEIPT_TEXT.search(parsed.text):
        return [make_stop("mdn", f"Subject: {parsed.subject}")]
    evidence = ""
    # Any other multipart/report is a machine's (RFC 6522): DSN, ARF, or no report-type at all.
    if parsed.content_type == "multipart/report" or "message/delivery-status" in attachments:
        evidence = f"{parsed.content_type}; report-type={parsed.report_type}"
    elif parsed.header_values("X-Failed-Recipients"):
        evidence = "X-Failed-Recipients"
    elif any(tables.BOUNCER_LOCAL.match(_local_part(a.addr)) for a in parsed.from_addresses) and (
        tables.BOUNCE_SUBJECT.search(parsed.subject)
    ):
        evidence = f"From: {parsed.from_addresses[0].addr}; Subject: {parsed.subject}"
    if not evidence:
        return []
    # A delay DSN (4.x.x) changes no state (zammad#2219, #2276), hence its own code.
    delayed = tables.DELAY_SUBJECT.search(parsed.subject) or tables.DELAY_TEXT.search(parsed.text)
    if delayed and not tables.FAILED_TEXT.search(parsed.text):
        return [make_stop("bounce_delay", evidence)]
    return [make_stop("bounce", evidence)]


def _check_auto_submitted(ctx: CheckContext) -> list[Stop]:
    # Every occurrence, anything but "no" (RFC 3834 §5; Pigeonhole; IANA adds auto-notified).
    for value in ctx.parsed.header_values("Auto-Submitted"):
        if keyword(value) != "no":
            return [make_stop("auto_submitted", f"Auto-Submitted: {value}")]
    return []


def _check_precedence(ctx: CheckContext) -> list[Stop]:
    for header in ("Precedence", "X-Precedence"):
        for value in ctx.parsed.header_values(header):
            if keyword(value) in tables.PRECEDENCE:
                return [make_stop("precedence", f"{header}: {value}")]
    return []


def _check_list(ctx: CheckContext) -> list[Stop]:
    found = [name for name, _ in ctx.parsed.headers if _LIST_HEADER.match(name)]
    return [make_stop("list", ", ".join(found))] if found else []


def _check_suppress(ctx: CheckContext) -> list[Stop]:
    for value in ctx.parsed.header_values("X-Auto-Response-Suppress"):
        tokens = {token.lower() for token in re.split(r"[\s,]+", value) if token}
        if tokens & tables.SUPPRESS_TOKENS:
            return [make_stop("suppress_header", f"X-Auto-Response-Suppress: {value}")]
    return []


def _check_markers(ctx: CheckContext) -> list[Stop]:
    for name, value in ctx.parsed.headers:
        key, word = name.lower(), keyword(value)
        if (
            (key in tables.MARKER_PRESENT and word not in tables.NEGATIVE_VALUES)
            or tables.MARKER_VALUE.get(key) == word
            # Another system's loop marker (Zammad writes "X-Loop: yes"); ours is own_loop.
            or (key == "x-loop" and not _is_ours(word, ctx.own_addresses))
        ):
            return [make_stop("auto_marker", f"{name}: {value}")]
    return []


def _is_ours(value: str, own_addresses: tuple[str, ...]) -> bool:
    return value.strip("<> ").lower() in {a.lower() for a in own_addresses}


def _check_system_sender(ctx: CheckContext) -> list[Stop]:
    for address in ctx.senders:
        if tables.is_system_local_part(_local_part(address)):
            return [make_stop("system_sender", address)]
    return []


def _check_own_address(ctx: CheckContext) -> list[Stop]:
    ours = {sender_key(a) for a in ctx.own_addresses}
    for address in ctx.senders:
        if sender_key(address) in ours:
            return [make_stop("own_address", address)]
    return []


def _check_own_loop(ctx: CheckContext) -> list[Stop]:
    # The signature, not the domain: trainees write from ac-grenoble.fr too (R17).
    message_id = ctx.parsed.message_id
    if message_id and is_signed_by_us(message_id, ctx.signing_key):
        return [make_stop("own_loop", f"Message-ID: {message_id}")]
    for value in ctx.parsed.header_values("X-Loop"):
        if _is_ours(keyword(value), ctx.own_addresses):
            return [make_stop("own_loop", f"X-Loop: {value}")]
    return []


def _check_addressed(ctx: CheckContext) -> list[Stop]:
    # To/Cc/Bcc/Resent-* only (RFC 3834 §2); Delivered-To says nothing of who was meant.
    ours = {sender_key(a) for a in ctx.own_addresses}
    if any(sender_key(r) in ours for r in ctx.parsed.recipients):
        return []
    return [make_stop("not_addressed", ", ".join(ctx.parsed.recipients) or "aucun destinataire")]


def _check_spam(ctx: CheckContext) -> list[Stop]:
    for value in ctx.parsed.header_values("X-Spam-Flag"):
        if keyword(value) == "yes":
            return [make_stop("spam", f"X-Spam-Flag: {value}")]
    for value in ctx.parsed.header_values("X-Spam-Status"):
        if re.match(r"\s*yes\b", value, re.IGNORECASE):
            return [make_stop("spam", f"X-Spam-Status: {value}")]
    for value in ctx.parsed.header_values("X-Spam"):  # rspamd's verdict header
        if keyword(value) == "yes":
            return [make_stop("spam", f"X-Spam: {value}")]
    return []


def _check_attachments(ctx: CheckContext) -> list[Stop]:
    for item in ctx.parsed.attachment_types:
        if tables.is_executable(item):
            return [make_stop("virus_suspect", item)]
    return []


def _check_subject(ctx: CheckContext) -> list[Stop]:
    subject, stops = ctx.parsed.subject, list[Stop]()
    if tables.OOF_SUBJECT.match(subject):
        stops.append(make_stop("suspected_oof", f"Subject: {subject}"))
    # "Automated Response: Re: ..." answering one of our replies or invitations: a robot
    # (freescout#3670); invitations carry no signed id, the journal knows them instead.
    ids = (*ctx.parsed.in_reply_to, *ctx.parsed.references)
    if tables.AUTO_SUBJECT.match(subject) and (
        ctx.answers_our_mail or any(is_signed_by_us(i, ctx.signing_key) for i in ids)
    ):
        stops.append(make_stop("auto_subject_after_own_reply", f"Subject: {subject}"))
    return stops


CHECKS: tuple[Check, ...] = (
    _check_bounce, _check_auto_submitted, _check_precedence, _check_list, _check_suppress,
    _check_markers, _check_system_sender, _check_own_address, _check_own_loop,
    _check_addressed, _check_spam, _check_attachments, _check_subject,
)
