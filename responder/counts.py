"""What a run did, counted message by message, for the final log line, the exit code and the demo."""

from __future__ import annotations

from dataclasses import dataclass

from responder.model import Action, Outcome, RawMessage


@dataclass
class RunCounts:
    """What a run did, for the final log line and the demo.

    waiting, relay_problem: replies left in the outbox because the relay could not be reached in
    the last pass, and why (the warning and exit code 3 of `run --once`). cpu: CPU seconds each
    message took to read and judge, by UID (the fuzzer checks them against their budget).
    """

    handled: int = 0
    replied: int = 0
    escalated: int = 0
    ignored: int = 0
    errors: int = 0
    waiting: int = 0
    relay_problem: str = ""
    cpu: dict[str, float] | None = None


def count_outcome(counts: RunCounts, raw: RawMessage, outcome: Outcome) -> None:
    counts.handled += 1
    counts.replied += outcome.replied
    counts.escalated += outcome.action is Action.ESCALATE
    counts.ignored += outcome.action is Action.IGNORE
    counts.errors += outcome.summary == "erreur"
    if counts.cpu is not None:
        counts.cpu[raw.uid] = outcome.cpu


def add_counts(counts: list[RunCounts]) -> RunCounts:
    """What several mailboxes' runs did together."""
    total = RunCounts()
    for each in counts:
        for name in ("handled", "replied", "escalated", "ignored", "errors", "waiting"):
            setattr(total, name, getattr(total, name) + getattr(each, name))
        total.relay_problem = total.relay_problem or each.relay_problem
    return total
