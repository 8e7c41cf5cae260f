"""Pace the invitations: at most N messages in any sliding window, for each configured window.

The relay counts what it is handed, refused or not, in sliding windows (the national education
platform per 1, 10, 60 and 600 minutes): so does this limiter. It is seeded with the attempts the
journal already holds, so the budget holds across reconnects and across a stopped and resumed
run, and it is stricter at night and at weekends when the relay is (QuietHours). The clock is
passed in; nothing here sleeps (the sending loop decides how to wait).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Window:
    """At most `limit` messages in any `seconds`-long window."""

    limit: int
    seconds: float

    def describe(self) -> str:
        """French, for the progress line: "30 par minute"."""
        unit = {60.0: "minute", 3600.0: "heure"}.get(float(self.seconds))
        return f"{self.limit} par {unit}" if unit else f"{self.limit} par {self.seconds:g} s"


@dataclass(frozen=True)
class QuietHours:
    """The relay's stricter budget at night and at weekends, as a divisor of every limit.

    The national education platform divides its thresholds by 4 from 20:00 to 07:00 and by 2 at
    weekends (the stricter applies on a weekend night); `timezone` is the relay's local time.
    """

    timezone: str = "Europe/Paris"
    night_divisor: int = 4
    weekend_divisor: int = 2
    night_start: int = 20
    night_end: int = 7

    def divisor(self, moment: datetime) -> int:
        """How much stricter than the daytime limits the relay is at `moment`."""
        local = moment.astimezone(ZoneInfo(self.timezone))
        night = local.hour >= self.night_start or local.hour < self.night_end
        weekend = local.weekday() >= 5
        return max(self.night_divisor if night else 1, self.weekend_divisor if weekend else 1)


class RateLimiter:
    """Sliding-window limits over the send times recorded so far.

    A send at time t is allowed when fewer than `limit` earlier sends fall in (t - seconds, t] for
    every window: then no window of that length, wherever it starts, ever holds more than `limit`,
    and exactly `limit` fit (the off-by-one listmonk shipped, #2184).
    """

    def __init__(self, windows: Sequence[Window], history: Iterable[datetime],
                 clock: Callable[[], datetime],
                 divisor: Callable[[datetime], int] = lambda _moment: 1) -> None:
        if not windows or any(w.limit <= 0 or w.seconds <= 0 for w in windows):
            raise ValueError("every window needs a positive limit and length")
        self.windows = tuple(windows)
        self.clock = clock
        self.divisor = divisor
        self._longest = timedelta(seconds=max(w.seconds for w in self.windows))
        self._sends: deque[datetime] = deque(sorted(history))

    def wait_seconds(self) -> float:
        """How long to wait before the next send is allowed (0 when it may go now)."""
        now = self.clock()
        self._forget_before(now - self._longest)
        wait = 0.0
        divisor = max(1, self.divisor(now))
        for window in self.windows:
            limit = max(1, window.limit // divisor)
            span = timedelta(seconds=window.seconds)
            recent = [at for at in self._sends if at > now - span]
            if len(recent) >= limit:
                # The send that must leave the window first: the limit-th most recent one.
                release = recent[len(recent) - limit] + span
                wait = max(wait, (release - now).total_seconds())
        return wait

    def record(self, at: datetime) -> None:
        """Count a message handed to the relay at `at`."""
        self._sends.append(at)

    def _forget_before(self, moment: datetime) -> None:
        while self._sends and self._sends[0] <= moment:
            self._sends.popleft()


__all__ = ["QuietHours", "RateLimiter", "Window"]
