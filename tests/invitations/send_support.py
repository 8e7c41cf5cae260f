"""The harness of the invitation sending loop's tests: a roster on disk, its plan, a real SQLite
journal, a real SMTP server, and a clock the loop sleeps on without waiting (`Campaign`, and the
`campaign` fixture over the test SMTP server)."""

from __future__ import annotations

import smtplib
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.config import SmtpConfig
from responder.invitations.pace import RateLimiter, Window
from responder.invitations.plan import Plan, plan_campaign
from responder.invitations.render import render_invitation
from responder.invitations.send import CampaignSender, SendReport
from responder.model import Delivery, OutgoingMail, Training
from responder.reply.smtp import SmtpSender
from responder.store.campaigns import CampaignStore, InvitationRow
from responder.store.database import open_database
from tests.config_factory import make_config
from tests.smtp import SmtpServer

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
TRAINING = Training("Devenir formateur EAFC", "https://magistere.education.fr/ac-grenoble/course/view.php?id=4242",
                    "Marie Curie", "marie.curie@ac-grenoble.fr")


class FakeClock:
    """The limiter's and the loop's time: sleeping moves it on at once."""

    def __init__(self) -> None:
        self.now = START
        self.slept = 0.0

    def __call__(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept += seconds
        self.now += timedelta(seconds=seconds)


class Recording:
    """A Progress that keeps what the loop reported."""

    def __init__(self) -> None:
        self.outcomes: list[tuple[str, str]] = []
        self.waits: list[str] = []

    def begin(self, total: int) -> None:
        self.total = total

    def done(self, row: InvitationRow, state: str, delivery: Delivery) -> None:
        self.outcomes.append((row.address, state))

    def waiting(self, seconds: float, why: str) -> None:
        self.waits.append(why)

    def end(self) -> None:
        pass


def addresses(count: int) -> list[str]:
    return [f"stagiaire{i:03d}@ac-grenoble.fr" for i in range(1, count + 1)]


class Campaign:
    """A roster on disk, its plan, the journal, and a way to run the loop on them."""

    def __init__(self, tmp_path: Path, server: SmtpServer, count: int = 5, **invite: object) -> None:
        self.tmp_path = tmp_path
        self.server = server
        self.roster = tmp_path / "stagiaires.csv"
        self.write_roster(addresses(count))
        self.config = make_config(tmp_path, smtp=server.smtp_config(), invite=invite)
        self.store = CampaignStore(open_database(f"sqlite:///{tmp_path / 'journal.db'}"))
        self.clock = FakeClock()

    def write_roster(self, emails: list[str]) -> None:
        lines = ["Prénom;Nom;Courriel"] + [f"Élève;N°{i};{email}" for i, email in enumerate(emails, 1)]
        self.roster.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def plan(self) -> Plan:
        return plan_campaign(self.roster, TRAINING, "devenir formateur eafc", "default", self.config, START)

    def run(self, resend_uncertain: bool = False, smtp: SmtpConfig | None = None,
            should_stop: Callable[[], bool] = lambda: False, limiter: RateLimiter | None = None,
            sleep: Callable[[float], None] | None = None,
            clock: Callable[[], datetime] | None = None,
            connect: Callable[[], smtplib.SMTP] | None = None,
            progress: object | None = None) -> SendReport:
        plan = self.plan()
        campaign_id = self.store.prepare(plan.spec, plan.invitees, self.clock())
        self.store.recover_interrupted(campaign_id, self.clock())
        by_address = {invitee.entry.address: invitee for invitee in plan.invitees}
        rows = self.store.to_send(campaign_id, list(by_address), resend_uncertain)

        def render(row: InvitationRow, now: datetime) -> OutgoingMail:
            return render_invitation(plan.template, TRAINING, by_address[row.address],
                                     self.config.responder, self.config.links, now)

        invite = self.config.invite
        limiter = limiter or RateLimiter(
            (Window(invite.per_minute, 60), Window(invite.per_hour, 3600)),
            self.store.attempt_times(self.clock() - timedelta(hours=1)), self.clock)
        self.progress = Recording()
        self.campaign_id = campaign_id
        sender = SmtpSender(smtp or self.config.smtp, connect)
        self.sender = sender
        return CampaignSender(store=self.store, sender=sender, limiter=limiter, settings=invite, render=render,
                              clock=clock or self.clock, sleep=sleep or self.clock.sleep, should_stop=should_stop,
                              progress=progress or self.progress).run(rows)  # type: ignore[arg-type]

    def states(self) -> dict[str, str]:
        return {row.address: row.state for row in self.store.invitations(self.campaign_id)}

    def row(self, address: str) -> InvitationRow:
        return next(r for r in self.store.invitations(self.campaign_id) if r.address == address)

    def received(self) -> Counter[str]:
        """How many copies each trainee got."""
        return Counter(m.rcpt_tos[0] for m in self.server.messages)


@pytest.fixture
def campaign(tmp_path: Path, smtp_server: SmtpServer) -> Campaign:
    return Campaign(tmp_path, smtp_server)
