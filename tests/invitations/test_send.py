"""The invitation sending loop against a real aiosmtpd server and a real SQLite journal.

The clock of the rate limit and of the retry delays is injected (a test never waits a minute);
the SMTP exchanges are real. Each test is one of the failure scenarios of
shared/notes/bulk-sending.md §6 that a trainer would notice: a mail twice, a mail never, a run
that does not stop when it should or stops when it should not. This file: the ordinary run, the
refusals per recipient, the ambiguous window after the final dot, and what stops the run;
test_send_pacing.py: the pacing and a relay that cannot be reached.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

import pytest

from responder.invitations.send import Stop
from tests.invitations.send_support import Campaign, addresses, campaign  # noqa: F401  (campaign: a fixture)
from tests.smtp import PASSWORD_ENV, SmtpServer


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
