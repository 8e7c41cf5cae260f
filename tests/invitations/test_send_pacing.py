"""The invitation sending loop over time, against a real aiosmtpd server and a real SQLite journal
(on the injected clock: tests/invitations/send_support.py): the rate limit in every window and
across runs, a connection the relay closed meanwhile, and a relay that cannot be reached.
"""

from __future__ import annotations

import dataclasses
import logging
import smtplib
import socket
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.cli.console import LogProgress
from responder.config import InviteConfig
from responder.invitations.pace import RateLimiter, Window
from responder.invitations.send import Stop
from responder.reply.smtp import default_connect
from tests.invitations.send_support import START, Campaign, addresses, campaign  # noqa: F401  (campaign: a fixture)
from tests.smtp import SmtpServer, _running


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
    server = SmtpServer(timeout=1)  # the relay hangs up on a client idle for 1 s
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
