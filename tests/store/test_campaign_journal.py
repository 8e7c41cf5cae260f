"""The campaign journal: every invitation written before the first send, never sent twice by a rerun."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from responder.errors import CampaignError
from responder.model import Delivery, DeliveryStatus, Profile, Training
from responder.store.campaigns import CampaignSpec
from tests.paths import ROOT
from tests.store.journal_support import (
    ADDRESSES,
    NOW,
    ROSTER,
    SPEC,
    TRAINING,
    invitee,
    make_store,
    send,
    states_on_disk,
    url_of,
)


# --- preparing a campaign ------------------------------------------------------------------------

def test_prepare_writes_every_invitation_pending_before_anything_is_sent(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER, NOW)
    assert states_on_disk(tmp_path) == {address: "pending" for address in ADDRESSES}
    assert store.attempt_times(NOW - timedelta(days=1)) == []
    summary = store.find("python au lycée")
    assert summary is not None and summary.id == campaign_id
    assert (summary.training, summary.template, summary.counts) == (TRAINING, "default", {"pending": 3})
    rows = store.invitations(campaign_id)
    assert [(r.name, r.profile, r.message_id) for r in rows] == [
        ("Jean Dupont", "academic", "<inv.python.jean.dupont@ac-grenoble.fr>"),
        ("Léa Martin", "university", "<inv.python.lea.martin@univ-grenoble-alpes.fr>"),
        ("", "other", "<inv.python.sam@gmail.com>"),
    ]


def test_a_rerun_with_rows_reordered_adds_only_newcomers_and_keeps_every_state(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER, NOW)
    send(store, campaign_id, "jean.dupont@ac-grenoble.fr", DeliveryStatus.SENT)
    send(store, campaign_id, "sam@gmail.com", DeliveryStatus.FAILED)
    # The trainer sorted the roster by name, added a trainee and fixed two rows.
    rerun = [
        invitee("nina@ac-grenoble.fr", "Nina"),
        invitee("SAM@gmail.com ", "Sam", "Roux", Profile.ACADEMIC),
        invitee("lea.martin@univ-grenoble-alpes.fr", "Léa", "Martin-Roux", Profile.OTHER),
        invitee("Jean.Dupont@ac-grenoble.fr", "Jean", "Dupond"),
    ]
    assert make_store(tmp_path).prepare(SPEC, rerun, NOW + timedelta(hours=1)) == campaign_id
    assert states_on_disk(tmp_path) == {
        "jean.dupont@ac-grenoble.fr": "sent",
        "lea.martin@univ-grenoble-alpes.fr": "pending",
        "sam@gmail.com": "failed",
        "nina@ac-grenoble.fr": "pending",
    }
    rows = {r.address: r for r in store.invitations(campaign_id)}
    # Sent and failed invitations keep what they were sent with; the others take the new roster.
    assert (rows["jean.dupont@ac-grenoble.fr"].name, rows["sam@gmail.com"].profile) == ("Jean Dupont", "other")
    assert (rows["lea.martin@univ-grenoble-alpes.fr"].name, rows["lea.martin@univ-grenoble-alpes.fr"].profile) == (
        "Léa Martin-Roux", "other")
    to_send = store.to_send(campaign_id, [i.entry.address for i in rerun], resend_uncertain=False)
    assert [r.address for r in to_send] == ["nina@ac-grenoble.fr", "lea.martin@univ-grenoble-alpes.fr"]


def test_the_same_address_twice_is_one_invitation_and_the_database_refuses_a_second(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, [invitee("jean@ac-grenoble.fr"), invitee(" JEAN@ac-grenoble.fr")], NOW)
    assert store.counts(campaign_id) == {"pending": 1}
    with sqlite3.connect(tmp_path / "responder.db") as db:
        insert = ("insert into invitations (campaign_id, address, name, profile, message_id, state, attempts,"
                  " last_detail, body_text, created_at, updated_at) values (?, ?, '', 'other', ?, 'pending', 0,"
                  " '', '', '2027-01-11 09:00:00', '2027-01-11 09:00:00')")
        with pytest.raises(sqlite3.IntegrityError):  # same campaign and address
            db.execute(insert, (campaign_id, "jean@ac-grenoble.fr", "<other@x>"))
        with pytest.raises(sqlite3.IntegrityError):  # same Message-ID
            db.execute(insert, (campaign_id, "paul@ac-grenoble.fr", "<inv.python.jean@ac-grenoble.fr>"))


@pytest.mark.parametrize(
    ("spec", "listed"),
    [
        (CampaignSpec(SPEC.key, Training(TRAINING.name, "https://magistere.education.fr/autre", "Claire Martin",
                                         "claire.martin@ac-grenoble.fr"), "default", "a" * 64),
         f"url : {TRAINING.url} → https://magistere.education.fr/autre"),
        (CampaignSpec(SPEC.key, TRAINING, "rentree", "a" * 64), "modèle : default → rentree"),
        (CampaignSpec(SPEC.key, TRAINING, "default", "b" * 64), "contenu du modèle : aaaaaaaaaaaa → bbbbbbbbbbbb"),
        (CampaignSpec(SPEC.key, Training(TRAINING.name, TRAINING.url), "default", "a" * 64),
         "formateur : Claire Martin → (vide)"),
    ],
)
def test_a_changed_campaign_is_refused_with_the_change_shown_unless_accepted(
    tmp_path: Path, spec: CampaignSpec, listed: str
) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER[:1], NOW)
    assert store.changes(SPEC) == []
    assert store.changes(spec) != []
    with pytest.raises(CampaignError) as refused:
        store.prepare(spec, ROSTER, NOW)
    assert listed in str(refused.value)
    assert "python au lycée" in str(refused.value)
    assert len(states_on_disk(tmp_path)) == 1  # nothing written, not even the newcomers
    assert store.prepare(spec, ROSTER, NOW, accept_changes=True) == campaign_id
    assert store.changes(spec) == [] and len(states_on_disk(tmp_path)) == 3
    summary = store.find(SPEC.key)
    assert summary is not None and (summary.training, summary.template) == (spec.training, spec.template)


# --- sending ---------------------------------------------------------------------------------------

def test_an_invitation_is_claimed_once_whoever_asks(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER, NOW)
    first = store.to_send(campaign_id, ADDRESSES, resend_uncertain=False)[0]
    other_run = make_store(tmp_path)
    assert store.claim(first.id, NOW)
    assert not other_run.claim(first.id, NOW)
    assert states_on_disk(tmp_path)[first.address] == "sending"
    assert [r.address for r in other_run.to_send(campaign_id, ADDRESSES, resend_uncertain=True)] == ADDRESSES[1:]
    store.record_outcome(first.id, Delivery(DeliveryStatus.SENT, "250 OK", 250), "Bonjour", NOW)
    assert not other_run.claim(first.id, NOW)  # sent is final


def test_a_claim_is_on_disk_when_the_process_is_killed_right_after(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER, NOW)
    [row, *_] = store.invitations(campaign_id)
    script = (
        "import os, signal\n"
        "from datetime import UTC, datetime\n"
        "from responder.store.campaigns import CampaignStore\n"
        "from responder.store.database import open_database\n"
        f"store = CampaignStore(open_database({url_of(tmp_path)!r}))\n"
        f"store.claim({row.id}, datetime(2027, 1, 11, 9, 0, tzinfo=UTC))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    killed = subprocess.run([sys.executable, "-c", script], check=False, timeout=60, cwd=ROOT)
    assert killed.returncode == -9
    restarted = make_store(tmp_path)
    assert restarted.recover_interrupted(campaign_id, NOW) == 1
    assert restarted.attempt_times(NOW) == [NOW]  # the rate limit still counts it


@pytest.mark.parametrize(
    ("delivery", "state", "sent"),
    [
        (Delivery(DeliveryStatus.SENT, "250 2.0.0 Ok: queued", 250), "sent", True),
        (Delivery(DeliveryStatus.FAILED, "550 5.1.1 utilisateur inconnu", 550), "failed", False),
        (Delivery(DeliveryStatus.DEFERRED, "451 4.3.0 réessayez", 451), "deferred", False),
        (Delivery(DeliveryStatus.UNCERTAIN, "connexion perdue après le point final"), "uncertain", False),
    ],
)
def test_each_delivery_outcome_is_recorded_with_its_code_and_text(
    tmp_path: Path, delivery: Delivery, state: str, sent: bool
) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER[:1], NOW)
    [row] = store.invitations(campaign_id)
    assert store.claim(row.id, NOW)
    retry_at = NOW + timedelta(minutes=5)
    assert store.record_outcome(row.id, delivery, "Bonjour Jean", NOW, retry_at=retry_at) == state
    [after] = make_store(tmp_path).invitations(campaign_id)
    assert (after.state, after.attempts, after.last_code, after.last_detail) == (
        state, 1, delivery.code, delivery.detail)
    assert after.sent_at == (NOW if sent else None)
    assert after.next_attempt_at == (retry_at if state == "deferred" else None)
    waiting = store.to_send(campaign_id, ADDRESSES, resend_uncertain=False)
    assert [r.id for r in waiting] == ([row.id] if state == "deferred" else [])


def test_a_dry_run_delivery_leaves_the_invitation_waiting(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER[:1], NOW)
    [row] = store.invitations(campaign_id)
    assert store.claim(row.id, NOW)
    assert store.record_outcome(row.id, Delivery(DeliveryStatus.DRY_RUN), "Bonjour", NOW) == "pending"
    assert [(r.state, r.attempts) for r in store.invitations(campaign_id)] == [("pending", 0)]
    assert store.attempt_times(NOW) == []


def test_an_invitation_interrupted_inside_smtp_is_uncertain_and_resent_only_when_asked(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER, NOW)
    first = store.to_send(campaign_id, ADDRESSES, resend_uncertain=False)[0]
    assert store.claim(first.id, NOW)
    # killed here; the next start:
    restarted = make_store(tmp_path)
    assert restarted.recover_interrupted(campaign_id, NOW) == 1
    assert restarted.recover_interrupted(campaign_id, NOW) == 0
    [uncertain] = restarted.invitations(campaign_id, states=["uncertain"])
    assert "interrompu" in uncertain.last_detail
    assert restarted.counts(campaign_id) == {"pending": 2, "uncertain": 1}
    assert first.id not in [r.id for r in restarted.to_send(campaign_id, ADDRESSES, resend_uncertain=False)]
    again = restarted.to_send(campaign_id, ADDRESSES, resend_uncertain=True)
    assert [r.address for r in again] == ADDRESSES and again[0].id == first.id
    assert again[0].message_id == first.message_id  # resent with the same Message-ID
    assert restarted.claim(first.id, NOW + timedelta(minutes=1))
    assert restarted.invitations(campaign_id, states=["sending"])[0].attempts == 2


def test_to_send_follows_the_order_given_and_skips_what_is_final(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER, NOW)
    send(store, campaign_id, "lea.martin@univ-grenoble-alpes.fr", DeliveryStatus.SENT)
    order = ["SAM@gmail.com", "lea.martin@univ-grenoble-alpes.fr", "jean.dupont@ac-grenoble.fr",
             "inconnu@ac-grenoble.fr", "sam@gmail.com"]
    rows = store.to_send(campaign_id, order, resend_uncertain=True)
    assert [r.address for r in rows] == ["sam@gmail.com", "jean.dupont@ac-grenoble.fr"]


def test_a_released_invitation_waits_again_and_does_not_count_for_the_rate_limit(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER, NOW)
    first = store.to_send(campaign_id, ADDRESSES, resend_uncertain=False)[0]
    assert store.claim(first.id, NOW)
    assert store.attempt_times(NOW) == [NOW]
    store.release(first.id, NOW)  # authentication refused: nothing went out
    assert store.attempt_times(NOW) == []
    assert [(r.state, r.attempts) for r in store.invitations(campaign_id)][0] == ("pending", 0)
    assert store.recover_interrupted(campaign_id, NOW) == 0
    assert store.claim(first.id, NOW)


def test_attempt_times_count_every_campaign_oldest_first(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    python = store.prepare(SPEC, ROSTER, NOW)
    other = CampaignSpec("numérique éducatif", Training("Numérique éducatif", "https://m.fr/2"), "default", "c" * 64)
    numerique = store.prepare(other, [invitee("jean.dupont@ac-grenoble.fr", campaign="num")], NOW)
    send(store, python, "jean.dupont@ac-grenoble.fr", DeliveryStatus.SENT, NOW)
    send(store, numerique, "jean.dupont@ac-grenoble.fr", DeliveryStatus.SENT, NOW + timedelta(seconds=30))
    send(store, python, "sam@gmail.com", DeliveryStatus.FAILED, NOW + timedelta(seconds=10))
    times = make_store(tmp_path).attempt_times(NOW - timedelta(hours=1))
    assert times == [NOW, NOW + timedelta(seconds=10), NOW + timedelta(seconds=30)]
    assert store.attempt_times(NOW + timedelta(seconds=10)) == times[1:]
    listed = store.list_campaigns()
    assert [c.key for c in listed] == ["numérique éducatif", "python au lycée"]  # newest first (same time: id)
    assert [c.counts for c in listed] == [{"sent": 1}, {"sent": 1, "failed": 1, "pending": 1}]


def test_campaigns_are_listed_newest_first(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    store.prepare(SPEC, ROSTER, NOW)
    other = CampaignSpec("ancienne", Training("Ancienne", "https://m.fr/1"), "default", "c" * 64)
    store.prepare(other, [invitee("x@ac-grenoble.fr", campaign="old")], NOW - timedelta(days=30))
    assert [c.key for c in store.list_campaigns()] == ["python au lycée", "ancienne"]


# --- linking what comes back ----------------------------------------------------------------------

def test_a_reply_finds_its_invitation_by_in_reply_to_or_references(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER, NOW)
    lea_id = send(store, campaign_id, "lea.martin@univ-grenoble-alpes.fr", DeliveryStatus.SENT)
    lea = "<inv.python.lea.martin@univ-grenoble-alpes.fr>"
    linked = store.invitation_for([lea])
    assert linked is not None
    assert (linked.campaign_id, linked.invitation_id, linked.training) == (campaign_id, lea_id, TRAINING)
    assert (linked.address, linked.profile, linked.body_text) == (
        "lea.martin@univ-grenoble-alpes.fr", Profile.UNIVERSITY, "Bonjour")
    by_references = store.invitation_for(["<autre@gmail.com>", lea, "<re-1@gmail.com>"])
    assert by_references is not None and by_references.invitation_id == lea_id
    assert store.invitation_for(["<autre@gmail.com>"]) is None
    assert store.invitation_for(["inv.python.lea.martin@univ-grenoble-alpes.fr"]) is None  # brackets kept
    assert store.invitation_for([]) is None


def test_the_latest_invitation_sent_to_an_address_is_found_whatever_its_case(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    python = store.prepare(SPEC, ROSTER, NOW)
    other = CampaignSpec("numérique", Training("Numérique", "https://m.fr/2"), "default", "c" * 64)
    numerique = store.prepare(other, [invitee("jean.dupont@ac-grenoble.fr", campaign="num")], NOW)
    assert store.latest_invitation_to("jean.dupont@ac-grenoble.fr") is None  # pending: not sent yet
    send(store, numerique, "jean.dupont@ac-grenoble.fr", DeliveryStatus.SENT, NOW + timedelta(days=2))
    send(store, python, "jean.dupont@ac-grenoble.fr", DeliveryStatus.SENT, NOW + timedelta(days=1))
    latest = store.latest_invitation_to("Jean.Dupont@AC-Grenoble.fr ")
    assert latest is not None and latest.training.name == "Numérique"


def test_a_delivery_report_marks_even_a_sent_invitation_failed(tmp_path: Path) -> None:
    store = make_store(tmp_path)
    campaign_id = store.prepare(SPEC, ROSTER, NOW)
    sam = send(store, campaign_id, "sam@gmail.com", DeliveryStatus.SENT)
    make_store(tmp_path).mark_bounced(sam, "5.1.1", NOW + timedelta(minutes=3))
    [failed] = store.invitations(campaign_id, states=["failed"])
    assert (failed.address, failed.state, failed.last_detail) == ("sam@gmail.com", "failed", "rapport de non-remise 5.1.1")
    assert store.counts(campaign_id) == {"pending": 2, "failed": 1}
    assert store.latest_invitation_to("sam@gmail.com") is None
    assert "sam@gmail.com" not in [r.address for r in store.to_send(campaign_id, ADDRESSES, resend_uncertain=True)]
