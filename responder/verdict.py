"""The decision on one parsed message: guard and classifier combined, without any I/O.

`judge` is what the pipeline decides for a message and what `evaluate` measures, so the two can
never drift apart: screen the headers, classify the words (with the explanation), check the
sender's history when one is given, set aside text whose own words could not be told from the
quote, and decide. Pure: the clock and the history come in as arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from responder.classify import Explanation, Rules, explain
from responder.guard import (
    GuardSettings,
    SenderHistory,
    check_history,
    decide,
    reply_handle,
    screen,
    sender_key,
)
from responder.model import Action, Address, Decision, ParsedMessage, Stop


@dataclass(frozen=True)
class Verdict:
    """The decision, the explanation behind it, and the keys the outbox records it under.

    handle: which answer this is (for "the same answer twice"). history_key: the sender key the
    reply history is kept under ("" when no reply can go).
    """

    decision: Decision
    explanation: Explanation
    handle: str
    history_key: str


def history_key(parsed: ParsedMessage, reply_to: Address | None) -> str:
    """The key a sender's reply history is kept under ("" when no reply can go).

    A forwarding service rewrites the envelope (SRS) differently for every message, so counting
    on it would never trip the caps: the From address stands for the person then.
    """
    if reply_to is None:
        return ""
    if reply_to.addr.lower().startswith(("srs0=", "srs1=")) and parsed.sender is not None:
        return sender_key(parsed.sender.addr)
    return sender_key(reply_to.addr)


def judge(
    parsed: ParsedMessage,
    rules: Rules,
    settings: GuardSettings,
    now: datetime,
    received_at: datetime | None = None,
    history: Callable[[str], SenderHistory] | None = None,
) -> Verdict:
    """Decide what happens to one message; `history(key)` gives the sender's past replies."""
    screening = screen(parsed, settings, now, received_at)
    explanation = explain(parsed, rules)
    classification = explanation.classification
    handle = reply_handle(
        classification.profile, classification.topics, classification.action is Action.ESCALATE
    )
    key = history_key(parsed, screening.reply_to)
    stops = screening.stops
    if key and history is not None:
        stops += check_history(handle, history(key), settings, now)
    if not parsed.quote_confident:
        # The trainee's own words could not be told from the quoted text: the topics may come
        # from our invitation, so a human reads it rather than the guide answering.
        stops += (Stop("unsure_text", Action.ESCALATE, parsed.quote_cut),)
    return Verdict(decide(classification, stops, screening), explanation, handle, key)
