"""The sliding-window limiter: exactly N in any window, never N+1, across several windows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from responder.ratelimit import RateLimiter, Window

T0 = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)


def test_exactly_the_limit_fits_in_a_window_and_the_next_waits_for_the_oldest_to_leave() -> None:
    now = [T0]
    limiter = RateLimiter((Window(3, 60),), (), lambda: now[0])
    for second in (0, 10, 20):
        now[0] = T0 + timedelta(seconds=second)
        assert limiter.wait_seconds() == 0
        limiter.record(now[0])
    now[0] = T0 + timedelta(seconds=30)
    assert limiter.wait_seconds() == 30  # the send at 0 s leaves the window at 60 s
    now[0] = T0 + timedelta(seconds=60)
    assert limiter.wait_seconds() == 0


def test_the_strictest_window_decides_and_the_journal_seeds_the_budget() -> None:
    history = [T0 + timedelta(minutes=m) for m in range(5)]  # a previous run: 5 in 5 minutes
    now = T0 + timedelta(minutes=10)
    limiter = RateLimiter((Window(30, 60), Window(5, 3600)), history, lambda: now)
    assert limiter.wait_seconds() == pytest.approx(50 * 60)  # the hour budget, not the minute's
    assert Window(30, 60).describe() == "30 par minute" and Window(5, 3600).describe() == "5 par heure"


def test_a_window_without_a_positive_limit_is_refused() -> None:
    with pytest.raises(ValueError):
        RateLimiter((Window(0, 60),), (), lambda: T0)
