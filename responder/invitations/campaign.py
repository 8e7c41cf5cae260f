"""`responder invite`'s orchestrator: a checked plan becomes a dry run's .eml files, or a sending
run journalled so that a rerun resumes where the last one stopped.

The one place where the invitation steps meet: the plan (plan.py), the campaign journal
(CampaignStore), the pacing (pace.py) and the sending loop (send.py). It returns values for the
command line to print: it prints nothing, reads no command-line argument, and leaves signals and
the progress display to its caller.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from responder.config import Config
from responder.errors import CampaignError
from responder.invitations.pace import QuietHours, RateLimiter, Window
from responder.invitations.plan import Plan, output_folder, write_eml
from responder.invitations.render import invitation_text, render_invitation
from responder.invitations.send import CampaignSender, Progress, SendReport
from responder.model import OutgoingMail
from responder.reply.smtp import SmtpSender
from responder.store.campaigns import CampaignChange, CampaignStore, InvitationRow, describe_changes
from responder.store.database import open_database, single_instance

# States that a run leaves for the trainer to look at (`campaigns --failures`).
_NOT_SENT = ("failed", "deferred", "uncertain")


def _now() -> datetime:
    return datetime.now(UTC)


# --- the dry run ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DryRun:
    """What a dry run wrote: every invitation as .eml in `folder`, and the first one to show."""

    folder: Path
    written: list[Path]
    first: OutgoingMail
    first_text: str


def write_dry_run(config: Config, plan: Plan, output: Path | None) -> DryRun:
    """Write the plan's invitations as .eml in `output`, else in the campaign's own folder."""
    folder = output or output_folder(config.invite, plan.spec.key)
    written = write_eml(plan, folder)
    first = plan.mails[0]
    return DryRun(folder, written, first, invitation_text(first))


@dataclass(frozen=True)
class JournalState:
    """What `--send` would do on this campaign, as the journal knows it.

    campaign_id: None when the journal has never seen the campaign (changes and already_done are
    then empty). already_done: the invitations of this roster already sent or failed, which a
    sending run leaves alone.
    """

    campaign_id: int | None
    changes: tuple[CampaignChange, ...] = ()
    already_done: int = 0


def journal_state(config: Config, plan: Plan) -> JournalState | None:
    """Read the journal's state of the plan's campaign; None when there is no database yet (a
    dry run must not create one)."""
    url = config.database.url
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).expanduser().exists():
        return None
    store = CampaignStore(open_database(url))
    known = store.find(plan.spec.key)
    if known is None:
        return JournalState(None)
    changes = tuple(store.changes(plan.spec))
    states = {row.address: row.state for row in store.invitations(known.id)}
    already = sum(1 for i in plan.invitees if states.get(i.entry.address) in ("sent", "failed"))
    return JournalState(known.id, changes, already)


# --- sending -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SendOptions:
    """What the trainer asked of a sending run.

    accept_changes: send the rest even though the template or the URL changed since the first
    send. resend_uncertain: send again (same Message-ID) the invitations an earlier run left
    uncertain. retry_failed: send again the invitations the relay refused (the cause fixed).
    limit: send at most this many (a pilot run); None for all.
    """

    accept_changes: bool = False
    resend_uncertain: bool = False
    retry_failed: bool = False
    limit: int | None = None


@dataclass(frozen=True)
class Batch:
    """The invitations one sending run tries, chosen while it holds the campaign's lock.

    addresses: this roster's, in order. interrupted: how many an earlier run left `sending` (now
    uncertain). rows: to send now, in order. held: uncertain ones kept back (no resend_uncertain).
    beyond_limit: how many the limit left for a later run.
    """

    store: CampaignStore
    campaign_id: int
    started_at: datetime
    addresses: tuple[str, ...]
    interrupted: int
    rows: tuple[InvitationRow, ...]
    held: tuple[InvitationRow, ...]
    beyond_limit: int


@contextlib.contextmanager
def prepare_sending(config: Config, plan: Plan, options: SendOptions) -> Iterator[Batch]:
    """Lock the campaign for this run, journal the roster and choose what to send.

    Raises CampaignError, before anything is journalled, when the campaign was begun with other
    settings and options.accept_changes is not set; the lock is held until the block ends.
    """
    with single_instance(config.database.url, "invite", "attendez la fin de l'autre envoi"):
        store = CampaignStore(open_database(config.database.url))
        now = _now()
        changes = store.changes(plan.spec)
        if changes and not options.accept_changes:
            raise CampaignError(
                f"la campagne « {plan.spec.key} » a été commencée avec d'autres réglages : "
                f"{describe_changes(changes)}. Rien n'a été envoyé. Relancez avec --accept-changes pour "
                "envoyer le reste ainsi (les invitations déjà parties ne repartent pas), ou avec "
                "--campaign AUTRE_NOM pour une nouvelle campagne."
            )
        campaign_id = store.prepare(plan.spec, plan.invitees, now, accept_changes=options.accept_changes)
        interrupted = store.recover_interrupted(campaign_id, now)
        addresses = list(dict.fromkeys(invitee.entry.address for invitee in plan.invitees))
        if options.limit is not None and not options.retry_failed:
            _refuse_a_pilot_after_a_failed_one(store, campaign_id, addresses)
        waiting = store.to_send(campaign_id, addresses, resend_uncertain=True, retry_failed=options.retry_failed)
        rows = [row for row in waiting if options.resend_uncertain or row.state != "uncertain"]
        held = [row for row in waiting if not options.resend_uncertain and row.state == "uncertain"]
        beyond_limit = 0
        if options.limit is not None and len(rows) > options.limit:
            beyond_limit = len(rows) - options.limit
            rows = rows[: options.limit]
        yield Batch(store, campaign_id, now, tuple(addresses), interrupted, tuple(rows), tuple(held),
                    beyond_limit)


def _refuse_a_pilot_after_a_failed_one(store: CampaignStore, campaign_id: int, addresses: Sequence[str]) -> None:
    """A pilot whose invitations were all refused must not move on to the next trainee: the
    trainer put their own address first to see it arrive, not to reach a real trainee untested."""
    listed = set(addresses)
    mine = [row for row in store.invitations(campaign_id) if row.address in listed]
    refused = [row for row in mine if row.state == "failed"]
    if refused and not any(row.state == "sent" for row in mine):
        first = refused[0]
        raise CampaignError(
            f"l'envoi pilote précédent n'est pas parti : {first.address} refusée ({first.last_detail}). "
            "Rien n'a été envoyé, personne d'autre ne reçoit le pilote : corrigez la cause (ou retirez cette "
            "ligne), puis relancez avec --retry-failed pour renvoyer la ou les invitations refusées."
        )


def send_batch(config: Config, plan: Plan, batch: Batch, should_stop: Callable[[], bool],
               progress: Progress) -> SendReport:
    """Send the batch's invitations over one SMTP connection, paced and journalled."""
    by_address = {invitee.entry.address: invitee for invitee in plan.invitees}

    def render(row: InvitationRow, moment: datetime) -> OutgoingMail:
        invitee = dataclasses.replace(by_address[row.address], message_id=row.message_id)
        return render_invitation(plan.template, plan.spec.training, invitee, config.responder, config.links, moment)

    invite = config.invite
    limiter = RateLimiter(
        (Window(invite.per_minute, 60), Window(invite.per_hour, 3600)),
        batch.store.attempt_times(batch.started_at - timedelta(hours=1)),
        _now,
        QuietHours(invite.timezone, invite.night_divisor, invite.weekend_divisor).divisor,
    )
    sender = CampaignSender(
        store=batch.store, sender=SmtpSender(config.smtp), limiter=limiter, settings=invite,
        render=render, clock=_now, sleep=time.sleep, should_stop=should_stop, progress=progress,
    )
    return sender.run(batch.rows)


@dataclass(frozen=True)
class SendSummary:
    """One sending run's outcome, and where this roster's invitations stand after it.

    report: None when nothing was left to send. absent: invitations of an earlier roster of this
    campaign, missing from this one and not settled: not sent by this run. states: this roster's
    invitations by journal state.
    """

    campaign_id: int
    report: SendReport | None
    held: int
    beyond_limit: int
    duplicates: int
    invalid_rows: int
    absent: int
    states: Counter[str]

    @property
    def some_not_sent(self) -> bool:
        """Whether some invitations of this roster were refused, deferred or left uncertain."""
        return any(self.states.get(state) for state in _NOT_SENT)


def summarize(plan: Plan, batch: Batch, report: SendReport | None) -> SendSummary:
    """Sum up the run from the journal; call it while the batch's lock is still held."""
    listed = set(batch.addresses)
    everyone = batch.store.invitations(batch.campaign_id)
    states = Counter(row.state for row in everyone if row.address in listed)
    absent = [row for row in everyone if row.address not in listed and row.state not in ("sent", "failed")]
    return SendSummary(
        campaign_id=batch.campaign_id, report=report, held=len(batch.held), beyond_limit=batch.beyond_limit,
        duplicates=len(plan.roster.duplicates), invalid_rows=len(plan.problems), absent=len(absent),
        states=states,
    )


__all__ = [
    "Batch",
    "DryRun",
    "JournalState",
    "SendOptions",
    "SendSummary",
    "journal_state",
    "prepare_sending",
    "send_batch",
    "summarize",
    "write_dry_run",
]
