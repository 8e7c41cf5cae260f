"""The guard: which messages never get an automatic reply, and where a reply goes.

Every case of shared/notes/autoreply-safety.md §6 that concerns the guard is built as .eml bytes
from the note's base message B plus the case's changes, parsed with parse_message, then screened
(tests/judge/guard_support.py). This file: what depends on time and state: the backlog date (N42),
the sender's history of replies (the stateful cases), decide() for every combination of
classification and stops, and the settings read from [responder].
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from responder.judge.guard import GuardSettings, Screening, check_history, decide, reply_handle
from responder.model import Action, Address, Classification, Profile, SenderHistory, SentReply, Stop, Topic
from tests.config_factory import section
from tests.judge.guard_support import KEY, MARIE, NOW, SETTINGS, build_eml, codes, run_screen


# --- the date: backlog (N42) --------------------------------------------------------------


def test_internal_date_wins_over_an_old_date_header() -> None:
    raw = build_eml("N42", replace={"Date": "Sat, 01 Aug 2026 10:00:00 +0200"})
    assert run_screen(raw, received_at=NOW - timedelta(minutes=5)).stops == ()


def test_old_internal_date_is_backlog_even_with_a_fresh_date_header() -> None:
    stops = run_screen(build_eml("N42b"), received_at=NOW - timedelta(days=31)).stops
    assert codes(stops) == {"stale_backlog"}


def test_mail_within_max_age_and_mail_without_date_are_answered() -> None:
    recent = build_eml("N42c", replace={"Date": "Mon, 02 Nov 2026 11:00:00 +0100"})
    assert run_screen(recent).stops == ()
    assert run_screen(build_eml("N42d", replace={"Date": None})).stops == ()


# --- stateful cases: history ---------------------------------------------------------------

HANDLE = reply_handle(Profile.ACADEMIC, (Topic.LOGIN,), escalated=False)


def history_of(*replies: tuple[timedelta, str], bounced: timedelta | None = None) -> SenderHistory:
    return SenderHistory(
        replies=tuple(SentReply(NOW - ago, handle) for ago, handle in replies),
        hard_bounced_at=None if bounced is None else NOW - bounced,
    )


HISTORY_CASES = [
    pytest.param(history_of((timedelta(hours=2), HANDLE)), {"dup_handle"}, id="N36"),
    pytest.param(history_of((timedelta(hours=20), "academic:forgotten_username"),
                            (timedelta(hours=10), "academic:forgotten_password"),
                            (timedelta(hours=1), "academic:find_course")),
                 {"rate_cap"}, id="N37"),
    pytest.param(history_of(*[(timedelta(days=d, hours=1), f"academic:h{d}") for d in range(1, 6)]),
                 {"rate_cap"}, id="N37-week"),
    pytest.param(history_of(bounced=timedelta(days=3)), {"hard_bounced"}, id="N39"),
    pytest.param(history_of((timedelta(hours=1), "academic:find_course")), set(), id="R20"),
    pytest.param(history_of((timedelta(days=8), HANDLE)), set(), id="R21"),
    pytest.param(history_of((timedelta(days=6, hours=23), HANDLE)), {"dup_handle"},
                 id="same-answer-6d23h"),
    pytest.param(history_of(*[(timedelta(days=d, hours=1), f"academic:h{d}") for d in range(1, 5)]),
                 set(), id="four-in-a-week"),
    pytest.param(history_of((timedelta(days=2), "academic:a"), (timedelta(days=9), "academic:b"),
                            (timedelta(days=10), "academic:c"), (timedelta(days=30), "academic:d"),
                            (timedelta(days=40), "academic:e")), set(), id="old-replies-expire"),
    pytest.param(history_of(bounced=timedelta(days=61)), set(), id="hard-bounce-expires"),
    pytest.param(history_of((timedelta(hours=1), HANDLE), (timedelta(hours=2), "academic:a"),
                            (timedelta(hours=3), "academic:b"), bounced=timedelta(days=1)),
                 {"dup_handle", "rate_cap", "hard_bounced"}, id="all-three"),
]


@pytest.mark.parametrize(("history", "expected"), HISTORY_CASES)
def test_history(history: SenderHistory, expected: set[str]) -> None:
    stops = check_history(HANDLE, history, SETTINGS, NOW)
    assert codes(stops) == expected
    assert len(stops) == len(expected)  # one stop per code, even when both caps are exceeded
    assert all(stop.effect is Action.ESCALATE for stop in stops)


def test_stateful_message_is_escalated_not_answered() -> None:
    """N36 end to end: B again, 2 h after the same answer went out."""
    screening = run_screen(build_eml("N36b"))
    history = check_history(HANDLE, history_of((timedelta(hours=2), HANDLE)), SETTINGS, NOW)
    decision = decide(Classification(Profile.ACADEMIC, (Topic.LOGIN,), Action.REPLY),
                      screening.stops + history, screening)
    assert decision.action is Action.ESCALATE and not decision.send_reply
    assert codes(decision.stops) == {"dup_handle"}


def test_reply_handle_names_the_answer_in_guide_order() -> None:
    topics = (Topic.LOGIN, Topic.FORGOTTEN_PASSWORD)
    assert reply_handle(Profile.ACADEMIC, topics, False) == "academic:forgotten_password+login"
    assert reply_handle(Profile.ACADEMIC, topics, True) == (
        "academic:forgotten_password+login+escalated")
    assert reply_handle(Profile.UNIVERSITY, topics, False) != reply_handle(
        Profile.ACADEMIC, topics, False)
    assert reply_handle(Profile.OTHER, (), True) == "other:none+escalated"


# --- decide(): every combination ---------------------------------------------------------

IGNORE_STOP = Stop("list", Action.IGNORE, "List-Id")
ESCALATE_STOP = Stop("rate_cap", Action.ESCALATE, "4 réponses en 24 h")


@pytest.mark.parametrize(("action", "stops", "reply_to", "expected", "send"), [
    pytest.param(Action.REPLY, (), MARIE, Action.REPLY, True, id="reply"),
    pytest.param(Action.ESCALATE, (), MARIE, Action.ESCALATE, True, id="escalate-still-answers"),
    pytest.param(Action.IGNORE, (), MARIE, Action.IGNORE, False, id="ignore"),
    pytest.param(Action.REPLY, (ESCALATE_STOP,), MARIE, Action.ESCALATE, False,
                 id="escalating-stop"),
    pytest.param(Action.IGNORE, (ESCALATE_STOP,), MARIE, Action.ESCALATE, False,
                 id="escalating-stop-beats-ignore"),
    pytest.param(Action.ESCALATE, (IGNORE_STOP,), MARIE, Action.IGNORE, False, id="ignoring-stop"),
    pytest.param(Action.REPLY, (ESCALATE_STOP, IGNORE_STOP), MARIE, Action.IGNORE, False,
                 id="ignore-beats-escalate"),
    pytest.param(Action.REPLY, (), None, Action.REPLY, False, id="no-destination"),
])
def test_decide(action: Action, stops: tuple[Stop, ...], reply_to: Address | None,
                expected: Action, send: bool) -> None:
    classification = Classification(Profile.ACADEMIC, (Topic.LOGIN,), action)
    screening = Screening(stops=stops, reply_to=reply_to, notes=("no_return_path_from_fallback",))
    decision = decide(classification, stops, screening)
    assert (decision.action, decision.send_reply) == (expected, send)
    assert decision.classification is classification
    assert decision.stops == stops
    assert decision.reply_to == reply_to
    assert decision.notes == ("no_return_path_from_fallback",)


def test_decide_keeps_header_stops_when_given_only_history_stops() -> None:
    screening = Screening(stops=(IGNORE_STOP,), reply_to=MARIE)
    classification = Classification(Profile.ACADEMIC, (), Action.REPLY)
    decision = decide(classification, (ESCALATE_STOP,), screening)
    assert set(decision.stops) == {IGNORE_STOP, ESCALATE_STOP}
    assert decision.action is Action.IGNORE and not decision.send_reply


def test_settings_from_config() -> None:
    responder = section("responder", address="Formation-Magistere@ac-grenoble.fr",
                        aliases=("Magistere@ac-grenoble.fr",), max_age_days=10,
                        same_answer_days=9, max_replies_per_day=2, max_replies_per_week=4)
    settings = GuardSettings.from_config(responder, KEY)
    assert settings.own_addresses == (
        "formation-magistere@ac-grenoble.fr", "magistere@ac-grenoble.fr")
    assert (settings.signing_key, settings.max_age_days, settings.same_answer_days) == (KEY, 10, 9)
    assert (settings.max_replies_per_day, settings.max_replies_per_week) == (2, 4)
