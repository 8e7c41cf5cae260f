"""The sliding-window limiter: exactly N in any window, never N+1, across several windows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from responder.invitations.pace import QuietHours, RateLimiter, Window

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


def test_the_relay_is_stricter_at_night_and_at_weekends_in_its_own_local_time() -> None:
    quiet = QuietHours("Europe/Paris", night_divisor=4, weekend_divisor=2)
    tuesday = datetime(2026, 12, 1, tzinfo=UTC)  # winter: Paris is UTC+1
    assert quiet.divisor(tuesday.replace(hour=18, minute=30)) == 1  # 19:30 in Paris
    assert quiet.divisor(tuesday.replace(hour=19)) == 4  # 20:00 in Paris
    assert quiet.divisor(tuesday.replace(hour=5, minute=59)) == 4  # 06:59
    assert quiet.divisor(tuesday.replace(hour=6)) == 1  # 07:00
    saturday = datetime(2026, 12, 5, 11, 0, tzinfo=UTC)
    assert quiet.divisor(saturday) == 2
    assert quiet.divisor(saturday.replace(hour=22)) == 4  # a weekend night: the stricter rule


def test_at_night_a_quarter_of_the_daytime_budget_goes_out() -> None:
    night = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)  # 22:00 in Paris
    limiter = RateLimiter((Window(30, 60),), (), lambda: night, QuietHours().divisor)
    for _ in range(7):
        assert limiter.wait_seconds() == 0
        limiter.record(night)
    assert limiter.wait_seconds() == 60  # 30 // 4 = 7 a minute at night
