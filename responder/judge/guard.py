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
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import getaddresses

import responder.judge.guard_tables as tables
from responder.config import ResponderConfig
from responder.model import (
    Action, Address, Classification, Decision, ParsedMessage, Profile, SenderHistory, Stop, Topic,
    in_guide_order,
)
from responder.judge.guard_checks import CHECKS, ESCALATING_CODES, CheckContext, make_stop, sender_key

__all__ = [  # sender_key and ESCALATING_CODES are the checks' own, part of the guard's interface
    "ESCALATING_CODES",
    "NOTE_FROM_FALLBACK",
    "GuardSettings",
    "Screening",
    "check_history",
    "decide",
    "reply_destination",
    "reply_handle",
    "screen",
    "sender_key",
]
log = logging.getLogger(__name__)

NOTE_FROM_FALLBACK = "no_return_path_from_fallback"


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
            return None, [make_stop("null_sender", f"Return-Path: <{return_path}>")], []
        if not tables.VALID_ADDRESS.match(return_path):
            return None, [make_stop("bad_destination", f"Return-Path: <{return_path}>")], []
        return Address(_name_for(return_path, parsed), return_path), [], []
    # No Return-Path (APPENDed mail): the single From address, never Reply-To (RFC 3834 §4).
    if len(parsed.from_addresses) != 1:
        found = ", ".join(a.addr for a in parsed.from_addresses) or "aucune adresse"
        return None, [make_stop("bad_destination", f"pas de Return-Path; From: {found}")], []
    mailbox = parsed.from_addresses[0]
    if not tables.VALID_ADDRESS.match(mailbox.addr):
        return None, [make_stop("bad_destination", f"pas de Return-Path; From: {mailbox.addr}")], []
    return Address(mailbox.name, mailbox.addr), [], [NOTE_FROM_FALLBACK]


def _stale(parsed: ParsedMessage, settings: GuardSettings, now: datetime,
           received_at: datetime | None) -> list[Stop]:
    # The server's internal date, when known, beats a Date header a wrong clock may have written.
    when, source = (received_at, "date de réception") if received_at else (parsed.date, "Date")
    if when is None:
        return []
    age = _aware(now) - _aware(when)
    if age > timedelta(days=settings.max_age_days):
        return [make_stop("stale_backlog", f"{source} {when.isoformat()} ({age.days} jours)")]
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
    context = CheckContext(parsed, settings.own_addresses, settings.signing_key, senders, answers_our_mail)
    for check in CHECKS:
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
        stops.append(make_stop("dup_handle", f"{handle} déjà envoyé il y a {hours} h"))
    day = sum(1 for age, _ in ages if age < timedelta(days=1))
    week = sum(1 for age, _ in ages if age < timedelta(days=7))
    if day >= settings.max_replies_per_day:
        detail = f"{day} réponses en 24 h (max {settings.max_replies_per_day})"
        stops.append(make_stop("rate_cap", detail))
    elif week >= settings.max_replies_per_week:
        detail = f"{week} réponses en 7 jours (max {settings.max_replies_per_week})"
        stops.append(make_stop("rate_cap", detail))
    bounced = history.hard_bounced_at
    if bounced is not None and now - _aware(bounced) < timedelta(days=settings.hard_bounce_days):
        stops.append(make_stop("hard_bounced", f"échec définitif le {bounced.isoformat()}"))
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
