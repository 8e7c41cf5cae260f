"""A CPU budget for the pure steps of one message: the last guard against a stall.

Parse, guard, classify and render are bounded and linear by design (bounds.py), but they lean on
the stdlib's email package, whose header parser has been recursive and quadratic before: should
one message still take more CPU than its budget, `cpu_budget` interrupts it with `Overtime`
(a BaseException, so that no `except Exception` inside a step swallows it) and the pipeline
hands the message to a human. SIGPROF counts only this process's CPU time; outside the main
thread, where no signal can be received, the budget is not enforced.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class Overtime(BaseException):
    """A message took more CPU than its budget."""


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise Overtime


@contextlib.contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Raise Overtime in the block once it has used `seconds` of CPU time."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGPROF, _interrupt)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
