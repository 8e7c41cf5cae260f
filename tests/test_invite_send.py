"""The invitation sending loop against a real aiosmtpd server and a real SQLite journal.

The clock of the rate limit and of the retry delays is injected (a test never waits a minute);
the SMTP exchanges are real. Each test is one of the failure scenarios of
shared/notes/bulk-sending.md §6 that a trainer would notice: a mail twice, a mail never, a run
that does not stop when it should or stops when it should not.
"""

from __future__ import annotations

import dataclasses
import logging
import smtplib
import socket
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.store.campaigns import CampaignStore, InvitationRow
from responder.config import Config, InviteConfig, MaildirConfig, ResponderConfig, SmtpConfig
from responder.store.database import open_database
from responder.invitations.render import render_invitation
from responder.invitations.plan import Plan, plan_campaign
from responder.invitations.send import CampaignSender, SendReport, Stop
from responder.model import Delivery, OutgoingMail, Training
from responder.invitations.pace import RateLimiter, Window
from responder.cli.console import LogProgress
from responder.reply.smtp import SmtpSender, default_connect
from tests.smtp import PASSWORD_ENV, SmtpServer, _running

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
        self.config = Config(
            path=str(tmp_path / "config.toml"),
            imap=None,
            maildir=MaildirConfig(path=str(tmp_path / "Maildir")),
            smtp=server.smtp_config(),
            responder=ResponderConfig(address="formation-magistere@ac-grenoble.fr"),
            invite=dataclasses.replace(InviteConfig(), **invite),  # type: ignore[arg-type]
        )
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


# --- the ordinary run -------------------------------------------------------------------------


def test_every_trainee_gets_one_invitation_over_a_single_authenticated_connection(
        tmp_path: Path, smtp_auth_server: SmtpServer) -> None:
    campaign = Campaign(tmp_path, smtp_auth_server, count=8)

    report = campaign.run()

    assert report.sent == 8 and report.stop is None
    assert campaign.received() == Counter({address: 1 for address in addresses(8)})
    assert smtp_auth_server.connections == 1
    assert len(smtp_auth_server.auth_attempts) == 1
    assert set(campaign.states().values()) == {"sent"}
    first = smtp_auth_server.messages[0].message
    assert first["Message-ID"] == campaign.row(addresses(8)[0]).message_id
    assert first["Auto-Submitted"] == "auto-generated"


def test_a_rerun_after_success_opens_no_connection(campaign: Campaign, smtp_server: SmtpServer) -> None:
    campaign.run()
    connections = smtp_server.connections

    report = campaign.run()

    assert report.attempted == 0
    assert smtp_server.connections == connections
    assert len(smtp_server.messages) == 5


def test_a_fresh_connection_every_n_messages(tmp_path: Path, smtp_server: SmtpServer) -> None:
    campaign = Campaign(tmp_path, smtp_server, count=7, reconnect_every=3)

    campaign.run()

    assert smtp_server.connections == 3  # 3 + 3 + 1
    assert campaign.received() == Counter({address: 1 for address in addresses(7)})


def test_a_server_capping_messages_per_connection_loses_and_doubles_nothing(
        tmp_path: Path, smtp_server: SmtpServer) -> None:
    smtp_server.limit_per_connection(2)
    campaign = Campaign(tmp_path, smtp_server, count=6, reconnect_every=50)

    report = campaign.run()

    assert report.sent == 6
    assert campaign.received() == Counter({address: 1 for address in addresses(6)})


# --- refusals per recipient ---------------------------------------------------------------------


def test_a_greylisted_recipient_is_retried_after_the_delay_and_sent_once(
        campaign: Campaign, smtp_server: SmtpServer) -> None:
    greylisted = addresses(5)[1]
    smtp_server.reply_to(greylisted, ["450 4.2.0 Greylisted, try again later"])

    report = campaign.run()

    assert report.sent == 5 and report.deferred == 0
    assert campaign.received()[greylisted] == 1
    assert campaign.row(greylisted).attempts == 2
    assert campaign.clock.slept >= 60  # the first retry delay, on the injected clock
    assert any("nouvel essai" in why for why in campaign.progress.waits)


def test_a_recipient_still_refused_after_every_retry_stays_deferred_for_the_next_run(
        campaign: Campaign, smtp_server: SmtpServer) -> None:
    stubborn = addresses(5)[0]
    smtp_server.reply_to(stubborn, ["451 4.3.0 try later"] * 4)

    report = campaign.run()

    assert report.deferred == 1 and report.sent == 4
    row = campaign.row(stubborn)
    assert row.state == "deferred" and row.attempts == 4 and row.last_code == 451
    rerun = campaign.run()
    assert rerun.sent == 1 and campaign.received()[stubborn] == 1


def test_a_permanent_refusal_fails_that_recipient_only(campaign: Campaign, smtp_server: SmtpServer) -> None:
    unknown = addresses(5)[2]
    smtp_server.reply_to(unknown, ["550 5.1.1 <%s>: Recipient address rejected: User unknown" % unknown])

    report = campaign.run()

    assert (report.sent, report.failed, report.stop) == (4, 1, None)
    row = campaign.row(unknown)
    assert row.state == "failed" and row.last_code == 550 and "5.1.1" in row.last_detail
    assert unknown not in campaign.received()


def test_a_temporary_refusal_after_the_data_then_acceptance_delivers_one_copy(
        campaign: Campaign, smtp_server: SmtpServer) -> None:
    smtp_server.script(["451 4.3.0 queue full"])

    report = campaign.run()

    assert report.sent == 5
    assert campaign.received() == Counter({address: 1 for address in addresses(5)})


# --- the ambiguous window -------------------------------------------------------------------------


def test_a_connection_lost_after_the_final_dot_is_uncertain_and_resent_only_when_asked(
        campaign: Campaign, smtp_server: SmtpServer) -> None:
    smtp_server.drop_after_data()

    report = campaign.run()

    assert report.uncertain == 1 and report.sent == 4
    uncertain = [a for a, s in campaign.states().items() if s == "uncertain"]
    assert uncertain == [addresses(5)[0]]
    assert campaign.run().attempted == 0  # held, not silently resent
    campaign.run(resend_uncertain=True)
    copies = [m for m in smtp_server.unanswered + smtp_server.messages if m.rcpt_tos == (uncertain[0],)]
    assert len(copies) == 2
    assert copies[0].message["Message-ID"] == copies[1].message["Message-ID"]
    assert campaign.row(uncertain[0]).state == "sent"


def test_a_server_that_stops_answering_after_the_data_leaves_the_invitation_uncertain(
        tmp_path: Path, smtp_server: SmtpServer) -> None:
    campaign = Campaign(tmp_path, smtp_server, count=2)
    smtp_server.stall_after_data(3)

    report = campaign.run(smtp=smtp_server.smtp_config(timeout=1))

    assert campaign.states()[addresses(2)[0]] == "uncertain"
    assert report.sent == 1 and report.stop is None


# --- what stops the run ---------------------------------------------------------------------------


@pytest.mark.parametrize("command, reply", [
    ("MAIL", "550 5.4.5 Daily user sending quota exceeded"),
    ("DATA", "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException"),
])
def test_a_quota_reply_stops_the_run_and_leaves_the_rest_to_send(
        campaign: Campaign, smtp_server: SmtpServer, command: str, reply: str) -> None:
    smtp_server.script(["250 OK", reply] if command == "DATA" else ["250 OK", reply], command=command)

    report = campaign.run()

    assert report.stop is Stop.QUOTA and report.sent == 1
    states = campaign.states()
    assert states[addresses(5)[1]] == "deferred"  # not the trainee's fault: to send again
    assert [states[a] for a in addresses(5)[2:]] == ["pending"] * 3
    assert "failed" not in states.values()


def test_a_refused_login_stops_before_any_message_and_marks_nobody(
        tmp_path: Path, smtp_auth_server: SmtpServer, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "mot-de-passe-faux-8c1d")
    campaign = Campaign(tmp_path, smtp_auth_server)

    with caplog.at_level(logging.DEBUG):
        report = campaign.run()

    assert report.stop is Stop.REFUSED and "authentification refusée" in report.stop_detail
    assert set(campaign.states().values()) == {"pending"}
    assert all(row.attempts == 0 for row in campaign.store.invitations(campaign.campaign_id))
    assert smtp_auth_server.messages == []
    assert "mot-de-passe-faux-8c1d" not in caplog.text + report.stop_detail


def test_the_same_content_refusal_again_and_again_stops_the_run(
        campaign: Campaign, smtp_server: SmtpServer) -> None:
    smtp_server.script(["554 5.7.1 Message rejected as spam"] * 3)

    report = campaign.run()

    assert report.stop is Stop.POLICY and report.sent == 0
    states = campaign.states()
    # The message is at fault, not these trainees: they are sent once it is fixed.
    assert [states[a] for a in addresses(5)[:3]] == ["deferred"] * 3
    assert [states[a] for a in addresses(5)[3:]] == ["pending"] * 2


def test_two_content_refusals_then_acceptance_fail_only_those_two(
        campaign: Campaign, smtp_server: SmtpServer) -> None:
    smtp_server.script(["554 5.7.1 Message rejected as spam"] * 2)

    report = campaign.run()

    assert report.stop is None and (report.failed, report.sent) == (2, 3)


def test_a_self_signed_starttls_certificate_is_refused_unless_told_otherwise(
        tmp_path: Path, smtp_starttls_server: SmtpServer) -> None:
    campaign = Campaign(tmp_path, smtp_starttls_server, count=2)

    report = campaign.run()

    assert report.stop is Stop.REFUSED and "certificat" in report.stop_detail
    assert smtp_starttls_server.messages == []
    assert set(campaign.states().values()) == {"pending"}

    report = campaign.run(smtp=smtp_starttls_server.smtp_config(verify_certificate=False))
    assert report.sent == 2 and all(m.tls for m in smtp_starttls_server.messages)


def test_a_stop_request_finishes_the_current_invitation_and_the_rerun_completes(
        campaign: Campaign, smtp_server: SmtpServer) -> None:
    report = campaign.run(should_stop=lambda: len(smtp_server.messages) >= 2)

    assert report.stop is Stop.INTERRUPTED and report.sent == 2
    assert Counter(campaign.states().values()) == Counter({"sent": 2, "pending": 3})
    campaign.run()
    assert campaign.received() == Counter({address: 1 for address in addresses(5)})


# --- pacing ---------------------------------------------------------------------------------------


def _most_in_any_window(times: list[datetime], seconds: float) -> int:
    span = timedelta(seconds=seconds)
    return max(sum(1 for t in times if start <= t < start + span) for start in times)


def test_the_rate_limit_is_never_exceeded_in_any_window_and_is_reached_exactly(
        tmp_path: Path, smtp_server: SmtpServer) -> None:
    campaign = Campaign(tmp_path, smtp_server, count=90, per_minute=30, per_hour=1500)

    report = campaign.run()

    times = campaign.store.attempt_times(START - timedelta(days=1))
    assert report.sent == 90 and len(times) == 90
    assert _most_in_any_window(times, 60) == 30  # never 31, and the budget is used
    assert times[29] == START and times[30] == START + timedelta(seconds=60)
    assert times[-1] - times[0] == timedelta(seconds=120)


def test_the_hourly_budget_holds_across_a_stopped_and_resumed_run(
        tmp_path: Path, smtp_server: SmtpServer) -> None:
    campaign = Campaign(tmp_path, smtp_server, count=8, per_minute=100, per_hour=5)

    first = campaign.run(should_stop=lambda: len(smtp_server.messages) >= 3)
    assert first.sent == 3
    campaign.clock.now += timedelta(minutes=10)
    second = campaign.run()  # a new run: its limiter starts from the journal

    times = campaign.store.attempt_times(START - timedelta(days=1))
    assert second.sent == 5 and len(times) == 8
    assert _most_in_any_window(times, 3600) == 5
    assert times[5] == START + timedelta(hours=1)


def test_a_connection_the_relay_closed_during_a_long_pause_is_checked_before_use(tmp_path: Path) -> None:
    server = SmtpServer(SmtpConfig(host="127.0.0.1", port=0, security="none", username="", timeout=5),
                        timeout=1)  # the relay hangs up on a client idle for 1 s
    for running in _running(server):
        campaign = Campaign(tmp_path, running, count=3, idle_seconds=0)
        real_clock = lambda: datetime.now(UTC)  # noqa: E731 - the server's idle timer is real time
        import time

        report = campaign.run(limiter=RateLimiter((Window(1, 1.6),), (), real_clock), sleep=time.sleep,
                              clock=real_clock)

        assert report.sent == 3 and report.uncertain == 0 and report.deferred == 0
        assert campaign.received() == Counter({address: 1 for address in addresses(3)})
        assert running.connections == 3  # each pause outlived the connection: a fresh one, no loss


# --- a relay that cannot be reached -----------------------------------------------------------------


def _closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_relay_refusing_every_connection_stops_the_run_after_the_waits_and_marks_nobody(
        campaign: Campaign, smtp_server: SmtpServer) -> None:
    """Connection refused is the relay's state, not the trainees': nobody is deferred, the
    hourly budget is not spent, and the run does not retry every trainee for twenty minutes."""
    report = campaign.run(smtp=dataclasses.replace(smtp_server.smtp_config(), port=_closed_port()))

    assert report.stop is Stop.UNREACHABLE and "impossible" in report.stop_detail
    assert set(campaign.states().values()) == {"pending"}
    assert all(row.attempts == 0 for row in campaign.store.invitations(campaign.campaign_id))
    assert campaign.store.attempt_times(START - timedelta(days=1)) == []
    assert campaign.clock.slept == sum(InviteConfig().connect_retry_delays)  # 5 + 30 + 120 s
    assert campaign.progress.outcomes == []
    assert any("injoignable" in why for why in campaign.progress.waits)


def test_a_relay_unreachable_for_a_moment_sends_everyone_once_and_defers_nobody(
        campaign: Campaign, smtp_server: SmtpServer) -> None:
    refusals = [2]
    real_connect = default_connect(smtp_server.smtp_config())

    def connect() -> smtplib.SMTP:  # the relay restarting: refused twice, then up again
        if refusals[0]:
            refusals[0] -= 1
            raise ConnectionRefusedError(111, "Connection refused")
        return real_connect()

    report = campaign.run(connect=connect)

    assert (report.sent, report.deferred, report.stop) == (5, 0, None)
    assert campaign.received() == Counter({address: 1 for address in addresses(5)})
    assert campaign.row(addresses(5)[0]).attempts == 1  # the refused connections are not attempts
    assert len(campaign.store.attempt_times(START - timedelta(days=1))) == 5
    assert campaign.clock.slept == 5 + 30


def test_a_retry_time_left_by_a_stopped_run_is_kept_by_the_next_run(
        tmp_path: Path, smtp_server: SmtpServer) -> None:
    """A greylisted trainee's retry time survives a Ctrl-C: the rerun does not knock too early."""
    campaign = Campaign(tmp_path, smtp_server, count=2)
    greylisted = addresses(2)[0]
    smtp_server.reply_to(greylisted, ["450 4.2.0 Greylisted, try again later"])
    first = campaign.run(should_stop=lambda: bool(campaign.progress.waits))  # stopped while waiting
    assert first.stop is Stop.INTERRUPTED
    retry_at = campaign.row(greylisted).next_attempt_at
    assert campaign.row(greylisted).state == "deferred" and retry_at is not None
    assert campaign.clock() < retry_at

    second = campaign.run()

    assert second.sent == 1 and campaign.received()[greylisted] == 1
    assert campaign.store.attempt_times(START - timedelta(days=1))[-1] >= retry_at


def test_digits_in_a_refused_address_are_not_taken_for_a_quota_status(
        tmp_path: Path, smtp_server: SmtpServer) -> None:
    campaign = Campaign(tmp_path, smtp_server)
    odd = "prof.5.2.0@ac-grenoble.fr"
    campaign.write_roster([odd, *addresses(2)])
    smtp_server.reply_to(odd, ["550 5.1.1 User unknown"])

    report = campaign.run()

    assert report.stop is None and (report.failed, report.sent) == (1, 2)
    assert campaign.row(odd).state == "failed"


def test_log_lines_number_each_invitation_once_even_when_it_is_retried(
        campaign: Campaign, smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture) -> None:
    greylisted = addresses(5)[1]
    smtp_server.reply_to(greylisted, ["450 4.2.0 Greylisted, try again later"])

    with caplog.at_level(logging.INFO, logger="responder.invitations.send"):
        campaign.run(progress=LogProgress())

    numbered = [m for m in caplog.messages if m.startswith("[")]
    assert len(numbered) == 6 and all(m.split("]")[0].endswith("/5") for m in numbered)
    assert [m.split("]")[0] for m in numbered if greylisted in m] == ["[2/5", "[2/5"]


def test_an_uncertain_invitation_stays_uncertain_when_its_resend_cannot_reach_the_relay(
        tmp_path: Path, smtp_server: SmtpServer) -> None:
    """Put back after a stop, it must not become an ordinary pending one that a plain rerun
    sends again without --resend-uncertain."""
    campaign = Campaign(tmp_path, smtp_server, count=2)
    smtp_server.drop_after_data()
    campaign.run()
    uncertain = addresses(2)[0]
    assert campaign.row(uncertain).state == "uncertain"

    report = campaign.run(resend_uncertain=True,
                          smtp=dataclasses.replace(smtp_server.smtp_config(), port=_closed_port()))

    assert report.stop is Stop.UNREACHABLE
    assert campaign.row(uncertain).state == "uncertain"
    assert campaign.run().attempted == 0  # a plain rerun still holds it
    assert len(smtp_server.unanswered + smtp_server.messages) == 2
