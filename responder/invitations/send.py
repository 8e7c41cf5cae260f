"""`responder invite`'s second half: a campaign's invitations sent like a good citizen of an
institutional relay.

`CampaignSender.run` sends the journal's not-yet-final invitations over one SMTP connection:
the rate limit right before each message, `sending` committed before the SMTP transaction and
the outcome after it, 4xx retried with backoff, 5xx failing only that recipient, and a stop (the
rest left pending) on what dooms every later message: a refused login, a quota reply, a refused
sender, the same content refusal again and again, a relay still unreachable after a few tries.
The plan it sends is plan.py's; campaign.py joins the two.
"""

from __future__ import annotations

import enum
import heapq
import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from responder.config import InviteConfig
from responder.errors import DeliveryError
from responder.invitations.pace import RateLimiter
from responder.invitations.render import invitation_text
from responder.model import Delivery, DeliveryStatus, OutgoingMail
from responder.reply.smtp import Stage
from responder.store.campaigns import CampaignStore, InvitationRow

log = logging.getLogger(__name__)

# Replies that say the sending account is over its quota: nothing later can go through today.
QUOTA_STATUSES = ("5.4.5", "5.2.0")
# The enhanced status right after the reply code ("550 5.4.5 ..."): a refused RCPT's detail starts
# with the address, whose digits ("prof.5.2.0@...") must not pass for a status.
_ENHANCED_STATUS = re.compile(r"\b[245]\d\d[ -]([245]\.\d{1,3}\.\d{1,3})\b")


class BulkSender(Protocol):
    """What the loop needs of an SMTP sender (reply.smtp.SmtpSender)."""

    def send(self, mail: OutgoingMail) -> Delivery: ...

    def refresh(self, max_transactions: int, idle_seconds: float) -> None: ...

    def close(self) -> None: ...


class Progress(Protocol):
    """Where the loop says what it does: a progress bar on a terminal, log lines otherwise."""

    def begin(self, total: int) -> None: ...

    def done(self, row: InvitationRow, state: str, delivery: Delivery) -> None: ...

    def waiting(self, seconds: float, why: str) -> None: ...

    def end(self) -> None: ...


class Stop(str, enum.Enum):
    """Why a run ended before every invitation was settled."""

    INTERRUPTED = "interrupted"  # Ctrl-C / SIGTERM
    REFUSED = "refused"  # login, TLS or the whole server refused: DeliveryError
    QUOTA = "quota"  # the account's sending quota is reached
    SENDER = "sender"  # the relay refuses our sender address
    POLICY = "policy"  # the same content refusal again and again
    UNREACHABLE = "unreachable"  # no connection to the relay, even after the configured waits


@dataclass
class SendReport:
    """What one sending run did (this run's outcomes, not the campaign's totals)."""

    attempted: int = 0
    stop: Stop | None = None
    stop_detail: str = ""
    states: dict[int, str] = field(default_factory=dict)  # invitation id -> last state this run

    def _count(self, state: str) -> int:
        return sum(1 for found in self.states.values() if found == state)

    @property
    def sent(self) -> int:
        return self._count("sent")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def deferred(self) -> int:
        return self._count("deferred")

    @property
    def uncertain(self) -> int:
        return self._count("uncertain")


@dataclass(order=True)
class _Retry:
    ready_at: datetime
    row_id: int
    row: InvitationRow = field(compare=False)


class CampaignSender:
    """Sends a campaign's invitations through one SMTP sender, journalled in a CampaignStore."""

    def __init__(
        self,
        *,
        store: CampaignStore,
        sender: BulkSender,
        limiter: RateLimiter,
        settings: InviteConfig,
        render: Callable[[InvitationRow, datetime], OutgoingMail],
        clock: Callable[[], datetime],
        sleep: Callable[[float], None],
        should_stop: Callable[[], bool],
        progress: Progress,
    ) -> None:
        self.store = store
        self.sender = sender
        self.limiter = limiter
        self.settings = settings
        self.render = render
        self.clock = clock
        self.sleep = sleep
        self.should_stop = should_stop
        self.progress = progress
        self._policy_refusals: list[tuple[InvitationRow, Delivery]] = []
        self._connect_failures = 0  # in a row, before any message reached the relay
        self._reconnect_at: datetime | None = None
        self._again: InvitationRow | None = None  # to send next, once the relay answers

    def run(self, rows: Sequence[InvitationRow]) -> SendReport:
        """Send `rows` in order, retrying 4xx deferrals after the configured delays.

        A row deferred by an earlier run with a retry time still ahead (a run stopped while it
        waited) waits for that time again, at the end of this run's queue.
        """
        report = SendReport()
        now = self.clock()
        retries = [_Retry(row.next_attempt_at, row.id, row) for row in rows
                   if row.next_attempt_at is not None and row.next_attempt_at > now]
        heapq.heapify(retries)
        waiting = {retry.row_id for retry in retries}
        queue = [row for row in reversed(rows) if row.id not in waiting]  # popped from the end
        tries: Counter[int] = Counter()
        self.progress.begin(len(rows))
        try:
            while queue or retries:
                if self.should_stop():
                    report.stop = Stop.INTERRUPTED
                    break
                if self._reconnect_at is not None:
                    if not self._wait_until(self._reconnect_at, "serveur SMTP injoignable, nouvel essai"):
                        report.stop = Stop.INTERRUPTED
                        break
                    self._reconnect_at = None
                if retries and (not queue or retries[0].ready_at <= self.clock()):
                    retry = heapq.heappop(retries)
                    if not self._wait_until(retry.ready_at, f"nouvel essai pour {retry.row.address}"):
                        report.stop = Stop.INTERRUPTED
                        break
                    row = retry.row
                else:
                    row = queue.pop()
                if not self._wait_for_budget():
                    report.stop = Stop.INTERRUPTED
                    break
                retry_at = self._send_one(row, report, tries[row.id])
                if retry_at is not None:
                    tries[row.id] += 1
                    heapq.heappush(retries, _Retry(retry_at, row.id, row))
                if self._again is not None:
                    queue.append(self._again)  # first in line once the relay answers again
                    self._again = None
                if report.stop is not None:
                    break
        finally:
            self.sender.close()
            self.progress.end()
        return report

    # -- one invitation --------------------------------------------------------------------------

    def _send_one(self, row: InvitationRow, report: SendReport, tries: int) -> datetime | None:
        """Send one invitation and journal it; return when to try again if it was deferred."""
        self.sender.refresh(self.settings.reconnect_every, self.settings.idle_seconds)
        now = self.clock()
        mail = self.render(row, now)
        if not self.store.claim(row.id, now):
            log.info("%s : déjà pris par un autre envoi, ignoré", row.address)
            return None
        self.limiter.record(now)
        report.attempted += 1
        try:
            delivery = self.sender.send(mail)
        except DeliveryError as error:
            # Nothing went out and nothing later can: the invitation waits for the next run.
            self.store.release(row.id, self.clock(), row.state)
            report.stop, report.stop_detail = Stop.REFUSED, str(error)
            return None
        if delivery.status is DeliveryStatus.DEFERRED and delivery.stage == Stage.CONNECT.value:
            self._unreachable(row, delivery, report)
            return None
        self._connect_failures = 0
        delivery = self._judge(row, delivery, report)
        retry_at = None
        if (delivery.status is DeliveryStatus.DEFERRED and report.stop is None
                and tries < len(self.settings.retry_delays)):
            retry_at = self.clock() + timedelta(seconds=self.settings.retry_delays[tries])
        state = self.store.record_outcome(row.id, delivery, invitation_text(mail), self.clock(), retry_at)
        report.states[row.id] = state
        self.progress.done(row, state, delivery)
        if report.stop is Stop.POLICY:
            self._reopen_policy_refusals(report)
        return retry_at

    def _unreachable(self, row: InvitationRow, delivery: Delivery, report: SendReport) -> None:
        """No connection to the relay (refused, timed out, 4xx greeting): the relay, not this
        trainee, is at fault and nothing was handed over. The invitation goes back to the state
        it was claimed from, its attempt uncounted; the same one is tried again after each
        configured wait, and the run stops once the relay stayed unreachable through them all
        (bulk-sending note §5.4: connect refused or timed out, back off, then stop)."""
        self.store.release(row.id, self.clock(), row.state)
        delays = self.settings.connect_retry_delays
        if self._connect_failures >= len(delays):
            report.stop, report.stop_detail = Stop.UNREACHABLE, delivery.detail
            return
        delay = delays[self._connect_failures]
        self._connect_failures += 1
        self._reconnect_at = self.clock() + timedelta(seconds=delay)
        self._again = row
        log.warning("%s ; nouvel essai dans %d s", delivery.detail, delay)

    def _judge(self, row: InvitationRow, delivery: Delivery, report: SendReport) -> Delivery:
        """Turn the refusals that are not this trainee's fault into a stop; keep the others."""
        if delivery.status is not DeliveryStatus.FAILED:
            if delivery.status is DeliveryStatus.SENT:
                self._policy_refusals.clear()
            return delivery
        if _enhanced_status(delivery.detail) in QUOTA_STATUSES:
            report.stop, report.stop_detail = Stop.QUOTA, delivery.detail
        elif delivery.stage == Stage.MAIL.value:
            report.stop, report.stop_detail = Stop.SENDER, delivery.detail
        elif delivery.stage in (Stage.DATA.value, Stage.END_OF_DATA.value):
            # Content refusals: one may be this trainee's server, several alike are our message.
            if self._policy_refusals and _refusal_key(self._policy_refusals[-1][1]) != _refusal_key(delivery):
                self._policy_refusals.clear()
            self._policy_refusals.append((row, delivery))
            if len(self._policy_refusals) >= self.settings.max_policy_rejections:
                report.stop, report.stop_detail = Stop.POLICY, delivery.detail
            return delivery
        else:
            self._policy_refusals.clear()
            return delivery
        # The relay refused us, not this address: the invitation stays to be sent on the next run.
        return Delivery(DeliveryStatus.DEFERRED, delivery.detail, delivery.code, delivery.stage)

    def _reopen_policy_refusals(self, report: SendReport) -> None:
        """The same refusal of the content N times in a row: the message, not these trainees, is
        at fault; their invitations go back to be sent once it is fixed."""
        for row, delivery in self._policy_refusals:
            reopened = Delivery(DeliveryStatus.DEFERRED, delivery.detail, delivery.code, delivery.stage)
            report.states[row.id] = self.store.record_outcome(row.id, reopened, "", self.clock())
        self._policy_refusals.clear()

    # -- waiting ---------------------------------------------------------------------------------

    def _wait_for_budget(self) -> bool:
        """Wait until the rate limit allows a message; False when asked to stop meanwhile."""
        return self._wait(self.limiter.wait_seconds, "limite d'envoi du relais")

    def _wait_until(self, moment: datetime, why: str) -> bool:
        return self._wait(lambda: (moment - self.clock()).total_seconds(), why)

    def _wait(self, remaining: Callable[[], float], why: str) -> bool:
        """Sleep in short steps while `remaining()` is positive; False when asked to stop."""
        while (wait := remaining()) > 0:
            if self.should_stop():
                return False
            self.progress.waiting(wait, why)
            self.sleep(min(wait, 1.0))
        return True


def _enhanced_status(detail: str) -> str:
    match = _ENHANCED_STATUS.search(detail)
    return match.group(1) if match else ""


def _refusal_key(delivery: Delivery) -> tuple[int | None, str, str]:
    """What makes two refusals "the same": code, enhanced status and stage."""
    return delivery.code, _enhanced_status(delivery.detail), delivery.stage


__all__ = ["BulkSender", "CampaignSender", "Progress", "SendReport", "Stop"]
