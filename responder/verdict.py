"""The decision on one parsed message: guard and classifier combined, without any I/O.

`judge` is what the pipeline decides for a message and what `evaluate` measures, so the two can
never drift apart: screen the headers, classify the words (with the explanation), check the
sender's history when one is given, set aside text whose own words could not be told from the
quote, and decide. When the message answers one of our invitations, the profile the invitation was
written for is known and outranks what the domain or the words suggest. Pure: the clock, the
history and the known profile come in as arguments.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from responder.classify import Discarded, Explanation, Rules, explain
from responder.guard import (
    GuardSettings,
    SenderHistory,
    check_history,
    decide,
    reply_handle,
    screen,
    sender_key,
)
from responder.model import Action, Address, Decision, ParsedMessage, Profile, Reason, Stop

# The reason that says the profile came from the invitation the message answers.
INVITATION_PROFILE_RULE = "profile.invitation"


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
    known_profile: Profile | None = None,
    known_profile_label: str = "",
) -> Verdict:
    """Decide what happens to one message; `history(key)` gives the sender's past replies.

    known_profile: the profile of the invitation the message answers (the trainer's roster said
    so); it replaces the classifier's, and `known_profile_label` (the training's name) is shown
    as the reason.
    """
    screening = screen(parsed, settings, now, received_at)
    explanation = explain(parsed, rules)
    if known_profile is not None:
        explanation = with_known_profile(explanation, known_profile, known_profile_label)
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


def with_known_profile(explanation: Explanation, profile: Profile, label: str) -> Explanation:
    """Return the explanation with `profile` as the classification's, the invitation its reason.

    The domain's and the words' profile reasons are dropped from the classification; the words
    that matched a profile rule stay visible, set aside, so a person sees they did not decide.
    """
    classification = explanation.classification
    reasons = tuple(r for r in classification.reasons if not r.rule.startswith("profile."))
    invitation = Reason(INVITATION_PROFILE_RULE, label, "invitation")
    classification = dataclasses.replace(classification, profile=profile, reasons=(invitation, *reasons))
    outranked = tuple(
        Discarded(r.rule, r.matched, r.where, "profil donné par l'invitation")
        for r in explanation.matched
        if r.rule.startswith("profile.")
    )
    return dataclasses.replace(
        explanation,
        classification=classification,
        matched=tuple(r for r in explanation.matched if not r.rule.startswith("profile.")),
        discarded=(*explanation.discarded, *outranked),
    )
