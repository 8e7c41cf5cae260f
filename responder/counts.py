"""What a run did, counted message by message, for the final log line, the exit code and the demo."""

from __future__ import annotations

from dataclasses import dataclass

from responder.model import Action, Outcome, RawMessage

ALREADY_HANDLED = "déjà traité"  # the summary of an Outcome the pipeline did nothing new for


@dataclass
class RunCounts:
    """What a run did, for the final log line and the demo.

    waiting, relay_problem: replies left in the outbox because the relay could not be reached in
    the last pass, and why (the warning and exit code 3 of `run --once`). cpu: CPU seconds each
    message took to read and judge, by UID (the fuzzer checks them against their budget).
    """

    handled: int = 0  # = answered + escalated + ignored
    already: int = 0  # listed again but recorded before (a dry run's, or flags the server lost)
    replied: int = 0  # replies (answers and acknowledgements) sent for this run's messages
    escalated: int = 0  # errors included
    ignored: int = 0
    errors: int = 0
    waiting: int = 0
    answered: int = 0  # answered automatically (action reply)
    sent_later: int = 0  # replies waiting in the outbox from earlier runs, sent in this one
    relay_problem: str = ""
    refused: int = 0  # replies the relay refused for good (their cases went to a human)
    refusal: str = ""  # the relay's last refusal, as it said it
    cpu: dict[str, float] | None = None
    dry_run: bool = False  # nothing was sent: "to answer", not "answered"


def count_outcome(counts: RunCounts, raw: RawMessage, outcome: Outcome) -> None:
    if outcome.summary == ALREADY_HANDLED:
        # Nothing was done to it this time: counting it as answered again would mislead.
        counts.already += 1
        return
    counts.handled += 1
    counts.answered += outcome.action is Action.REPLY
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
        for name in ("handled", "already", "replied", "escalated", "ignored", "errors", "waiting", "answered",
                     "sent_later", "refused"):
            setattr(total, name, getattr(total, name) + getattr(each, name))
        total.relay_problem = total.relay_problem or each.relay_problem
        total.refusal = total.refusal or each.refusal
        total.dry_run = total.dry_run or each.dry_run
    return total


def summary(counts: RunCounts) -> str:
    """The end-of-run line, whose numbers add up: every message is answered, for a human or ignored."""
    errors = f" (dont {counts.errors} en erreur)" if counts.errors else ""
    later = f", dont {counts.sent_later} en attente d'un passage précédent" if counts.sent_later else ""
    refused = f" ; {counts.refused} refusé(s) par le serveur d'envoi" if counts.refused else ""
    already = f" ; {counts.already} déjà traité(s) avant, laissé(s) tel(s) quel(s)" if counts.already else ""
    answered = "à répondre automatiquement" if counts.dry_run else "répondu(s) automatiquement"
    return (f"fin{' (essai à blanc)' if counts.dry_run else ''} : {counts.handled} message(s) = "
            f"{counts.answered} {answered} + "
            f"{counts.escalated} pour un humain{errors} + {counts.ignored} ignoré(s) ; "
            f"{counts.replied + counts.sent_later} mail(s) envoyé(s){later}{refused}{already}")
