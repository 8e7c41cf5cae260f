"""How `responder invite` shows its progress: a bar on a terminal, one line per message otherwise.

On a terminal (rich): done/total, the rate, the time left and the counts by state, with the
reason of any pause (rate limit, a retry after a 4xx). Elsewhere (cron, CI, a pipe): one log line
per invitation, which is what a log file needs. Only the CLI builds these.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from responder.cli.output import PROFILE_WORDS
from responder.store.campaigns import STATE_NAMES, InvitationRow
from responder.model import Delivery

log = logging.getLogger("responder.invitations.send")



class LogProgress:
    """One log line per invitation, for logs and pipes ("[k/N]": the k-th invitation of N; a
    retried one keeps its number, so k never passes N)."""

    def __init__(self) -> None:
        self.total = 0
        self.numbers: dict[int, int] = {}  # invitation id -> its k
        self._pause_announced = False

    def begin(self, total: int) -> None:
        self.total = total
        log.info("envoi de %d invitation(s)", total)

    def done(self, row: InvitationRow, state: str, delivery: Delivery) -> None:
        number = self.numbers.setdefault(row.id, len(self.numbers) + 1)
        self._pause_announced = False
        log.info("[%d/%d] %s (%s) : %s%s", number, self.total, row.address, PROFILE_WORDS.get(row.profile, row.profile),
                 STATE_NAMES.get(state, state), f" ({delivery.detail})" if delivery.detail else "")

    def waiting(self, seconds: float, why: str) -> None:
        # Once per pause, and only a pause worth knowing about: not a line per second.
        if not self._pause_announced and seconds >= 5:
            self._pause_announced = True
            log.info("pause de %.0f s : %s", seconds, why)

    def end(self) -> None:
        pass


class BarProgress:
    """A rich progress bar with rate and ETA, and a line per refusal above it."""

    def __init__(self, stream: TextIO) -> None:
        self.console = Console(file=stream)
        self.states: dict[int, str] = {}  # invitation id -> its latest state (a retry replaces it)
        self.bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("reste"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[counts]}"),
            console=self.console,
            transient=False,
        )
        self.task: TaskID | None = None

    def begin(self, total: int) -> None:
        self.bar.start()
        self.task = self.bar.add_task("Invitations", total=total, rate="", counts="")

    def done(self, row: InvitationRow, state: str, delivery: Delivery) -> None:
        first = row.id not in self.states
        self.states[row.id] = state
        if state != "sent":
            self.console.print(f"{row.address} : {STATE_NAMES.get(state, state)} — {delivery.detail}",
                               markup=False, highlight=False)
        counts = " ".join(f"{STATE_NAMES.get(k, k)} {v}" for k, v in sorted(Counter(self.states.values()).items()))
        if self.task is not None:
            speed = self.bar.tasks[0].speed if self.bar.tasks else None
            rate = f"{speed * 60:.0f}/min" if speed else ""
            self.bar.update(self.task, advance=1 if first else 0, counts=counts, rate=rate,
                            description="Invitations")

    def waiting(self, seconds: float, why: str) -> None:
        if self.task is not None:
            self.bar.update(self.task, description=f"pause {seconds:.0f} s ({why})")

    def end(self) -> None:
        self.bar.stop()


def progress_for(stream: TextIO = sys.stderr) -> LogProgress | BarProgress:
    """A bar when `stream` is a terminal, log lines otherwise."""
    return BarProgress(stream) if stream.isatty() else LogProgress()


__all__ = ["BarProgress", "LogProgress", "progress_for"]
