"""SIGTERM and Ctrl-C as a flag that the long commands (run, invite --send) check between items.

The first signal asks for a stop after the current message; a second Ctrl-C stops at once.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Iterator
from types import FrameType

log = logging.getLogger("responder")


class StopFlag:
    """Set by SIGTERM or Ctrl-C; the pipeline checks it between messages."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def __call__(self) -> bool:
        return self.event.is_set()

    def handle(self, signum: int, _frame: FrameType | None) -> None:
        if self.event.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt  # a second Ctrl-C: stop now (the journal stays right)
        log.info("signal %s reçu : arrêt après le message en cours", signal.Signals(signum).name)
        self.event.set()


@contextlib.contextmanager
def stop_on_signals() -> Iterator[StopFlag]:
    """SIGTERM and Ctrl-C set the flag while the block runs; the old handlers come back after."""
    stop = StopFlag()
    previous = {sig: signal.signal(sig, stop.handle) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
