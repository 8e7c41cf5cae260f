"""Pace the invitations: at most N messages in any sliding window, for each configured window.

The relay counts what it is handed, refused or not, in sliding windows (the national education
platform per 1, 10, 60 and 600 minutes): so does this limiter. It is seeded with the attempts the
journal already holds, so the budget holds across reconnects and across a stopped and resumed
run. The clock is passed in; nothing here sleeps (the sending loop decides how to wait).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Window:
    """At most `limit` messages in any `seconds`-long window."""

    limit: int
    seconds: float

    def describe(self) -> str:
        """French, for the progress line: "30 par minute"."""
        unit = {60.0: "minute", 3600.0: "heure"}.get(float(self.seconds))
        return f"{self.limit} par {unit}" if unit else f"{self.limit} par {self.seconds:g} s"


class RateLimiter:
    """Sliding-window limits over the send times recorded so far.

    A send at time t is allowed when fewer than `limit` earlier sends fall in (t - seconds, t] for
    every window: then no window of that length, wherever it starts, ever holds more than `limit`,
    and exactly `limit` fit (the off-by-one listmonk shipped, #2184).
    """

    def __init__(self, windows: Sequence[Window], history: Iterable[datetime],
                 clock: Callable[[], datetime]) -> None:
        if not windows or any(w.limit <= 0 or w.seconds <= 0 for w in windows):
            raise ValueError("every window needs a positive limit and length")
        self.windows = tuple(windows)
        self.clock = clock
        self._longest = timedelta(seconds=max(w.seconds for w in self.windows))
        self._sends: deque[datetime] = deque(sorted(history))

    def wait_seconds(self) -> float:
        """How long to wait before the next send is allowed (0 when it may go now)."""
        now = self.clock()
        self._forget_before(now - self._longest)
        wait = 0.0
        for window in self.windows:
            span = timedelta(seconds=window.seconds)
            recent = [at for at in self._sends if at > now - span]
            if len(recent) >= window.limit:
                # The send that must leave the window first: the limit-th most recent one.
                release = recent[len(recent) - window.limit] + span
                wait = max(wait, (release - now).total_seconds())
        return wait

    def record(self, at: datetime) -> None:
        """Count a message handed to the relay at `at`."""
        self._sends.append(at)

    def _forget_before(self, moment: datetime) -> None:
        while self._sends and self._sends[0] <= moment:
            self._sends.popleft()


__all__ = ["RateLimiter", "Window"]
