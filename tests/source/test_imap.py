"""The IMAP source against a real Dovecot: fetching in batches, acknowledging, waiting for mail."""

from __future__ import annotations

import threading
import time

import pytest
from imapclient import IMAPClient

from responder.model import Action, Outcome
from responder.source import ImapSource
from tests.dovecot import ImapAccount
from tests.source.mailbox_support import (
    ESCALATED,
    KEYWORD,
    REPLIED,
    CuttableProxy,
    acknowledge,
    fetch_new,
    message,
    never_handled,
    open_imap,
)


# -- fetching ----------------------------------------------------------------------------------


def test_fetch_yields_every_new_message_once_fetching_in_batches(
    imap_account: ImapAccount, proxy: CuttableProxy
) -> None:
    uids = imap_account.append_many([message(n) for n in range(120)])
    source = open_imap(imap_account, port=proxy.port, batch_size=50)

    fetched = fetch_new(source, never_handled)
    first = next(fetched)
    assert proxy.count(b"UID FETCH") == 1  # lazily: the second batch waits for the consumer
    rest = list(fetched)
    source.close()

    assert [raw.uid for raw in [first, *rest]] == [str(uid) for uid in uids]
    assert proxy.count(b"UID FETCH") == 3  # 50 + 50 + 20
    assert rest[-1].raw == message(119)


def test_fetch_skips_messages_carrying_the_keyword_but_not_seen_ones(imap_account: ImapAccount) -> None:
    imap_account.append(message(1), flags=(KEYWORD,))
    read_by_a_human = imap_account.append(message(2), flags=("\\Seen",))
    fresh = imap_account.append(message(3))
    source = open_imap(imap_account)

    assert [raw.uid for raw in fetch_new(source, never_handled)] == [str(read_by_a_human), str(fresh)]
    source.close()


def test_fetch_skips_what_the_database_has_handled_and_reports_uidvalidity(
    imap_account: ImapAccount,
) -> None:
    uids = imap_account.append_many([message(n) for n in range(4)])
    asked: list[tuple[int, str]] = []

    def is_handled(uidvalidity: int, uid: str) -> bool:
        asked.append((uidvalidity, uid))
        return uid in {str(uids[0]), str(uids[2])}

    source = open_imap(imap_account)
    fetched = list(fetch_new(source, is_handled))
    source.close()

    uidvalidity = imap_account.uidvalidity()
    assert [raw.uid for raw in fetched] == [str(uids[1]), str(uids[3])]
    assert {raw.uidvalidity for raw in fetched} == {uidvalidity}
    assert asked == [(uidvalidity, str(uid)) for uid in uids]
    assert {raw.source for raw in fetched} == {f"imap://{imap_account.username}@127.0.0.1:{imap_account.port}/INBOX"}


def test_fetch_keeps_exact_bytes_and_date_and_leaves_seen_unset(imap_account: ImapAccount) -> None:
    raw_bytes = message(7, subject="=?utf-8?q?Mot_de_passe_oubli=C3=A9?=") + b"\xe9t\xe9 8bit\r\n"
    uid = imap_account.append(raw_bytes)
    source = open_imap(imap_account)

    (fetched,) = list(fetch_new(source, never_handled))
    source.close()

    assert fetched.raw == raw_bytes
    assert fetched.internal_date is not None and fetched.internal_date.tzinfo is not None
    assert imap_account.flags() == {uid: set()}


# -- acknowledging -----------------------------------------------------------------------------


def test_acknowledge_sets_keyword_always_and_answered_only_when_replied(imap_account: ImapAccount) -> None:
    replied_uid, escalated_uid = imap_account.append_many([message(1), message(2)])
    source = open_imap(imap_account)
    replied, escalated = list(fetch_new(source, never_handled))

    acknowledge(source, replied, REPLIED)
    acknowledge(source, escalated, ESCALATED)

    assert imap_account.flags() == {replied_uid: {KEYWORD, "\\Answered"}, escalated_uid: {KEYWORD}}
    # The next pass does not even fetch them, whatever the database says.
    assert list(fetch_new(source, never_handled)) == []
    source.close()


def test_acknowledge_moves_to_a_created_utf7_folder(imap_account: ImapAccount) -> None:
    imap_account.append_many([message(1), message(2)])
    source = open_imap(imap_account, move_replied="Traités")
    moved, kept = list(fetch_new(source, never_handled))

    acknowledge(source, moved, Outcome(Action.REPLY, replied=True, summary="ok"))
    source.close()

    assert "Traités" in imap_account.folders()
    assert list(imap_account.flags().keys()) == [int(kept.uid)]
    assert list(imap_account.flags("Traités").values()) == [{KEYWORD, "\\Answered"}]
    with imap_account.client() as client:
        client.select_folder("Traités", readonly=True)
        (uid,) = client.search("ALL")
        assert client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"] == moved.raw


class WithoutMove(IMAPClient):
    """A real connection to Dovecot that pretends the server lacks MOVE (older servers do)."""

    def capabilities(self) -> tuple[bytes, ...]:
        return tuple(cap for cap in super().capabilities() if cap != b"MOVE")


def test_move_without_move_capability_copies_and_expunges_only_that_message(
    imap_account: ImapAccount, proxy: CuttableProxy
) -> None:
    moved_uid, human_deleted_uid = imap_account.append_many([message(1), message(2)])
    with imap_account.client() as client:
        client.select_folder("INBOX")
        client.add_flags([human_deleted_uid], [b"\\Deleted"])
    config = imap_account.imap_config(port=proxy.port, move_escalated="À relire")
    source = ImapSource(config, connect=lambda: WithoutMove(config.host, config.port, ssl=False, timeout=10))
    (moved, human_deleted) = list(fetch_new(source, never_handled))

    acknowledge(source, moved, Outcome(Action.ESCALATE, replied=False, summary=""))
    source.close()

    assert (proxy.count(b"UID MOVE"), proxy.count(b"UID COPY"), proxy.count(b"UID EXPUNGE")) == (0, 1, 1)
    assert list(imap_account.flags("À relire").values()) == [{KEYWORD}]
    # The human's \Deleted message was not expunged along with ours.
    assert imap_account.flags() == {human_deleted_uid: {"\\Deleted"}}


def test_save_sent_appends_a_seen_copy_to_the_sent_folder(imap_account: ImapAccount) -> None:
    reply = message(42, subject="Re: Connexion")
    source = open_imap(imap_account, sent_folder="Sent")

    source.save_sent(reply)
    source.close()

    assert list(imap_account.flags("Sent").values()) == [{"\\Seen"}]
    with imap_account.client() as client:
        client.select_folder("Sent", readonly=True)
        (uid,) = client.search("ALL")
        assert client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"] == reply


def test_save_sent_does_nothing_without_a_sent_folder(imap_account: ImapAccount) -> None:
    source = open_imap(imap_account)
    source.save_sent(message(1))
    source.close()
    assert imap_account.folders() == ["INBOX"]


# -- waiting -----------------------------------------------------------------------------------


def test_wait_for_mail_returns_when_another_client_delivers(imap_account: ImapAccount) -> None:
    source = open_imap(imap_account)
    delivery = threading.Timer(0.5, imap_account.append, args=(message(1),))
    started = time.monotonic()
    delivery.start()
    try:
        source.wait_for_mail(timeout=20, should_stop=lambda: False)
    finally:
        delivery.join()
    elapsed = time.monotonic() - started

    assert 0.4 < elapsed < 5
    assert len(list(fetch_new(source, never_handled))) == 1  # the connection is usable after IDLE
    source.close()


def test_wait_for_mail_returns_at_once_for_mail_that_arrived_during_handling(
    imap_account: ImapAccount,
) -> None:
    imap_account.append(message(1))
    source = open_imap(imap_account)
    for raw in fetch_new(source, never_handled):
        imap_account.append(message(2))  # arrives while the first one is being handled
        acknowledge(source, raw, REPLIED)
    started = time.monotonic()

    source.wait_for_mail(timeout=5, should_stop=lambda: False)

    assert time.monotonic() - started < 1
    source.close()


@pytest.mark.parametrize("use_idle", [True, False])
def test_wait_for_mail_returns_soon_after_stop_is_asked(imap_account: ImapAccount, use_idle: bool) -> None:
    source = open_imap(imap_account, use_idle=use_idle)
    started = time.monotonic()

    source.wait_for_mail(timeout=30, should_stop=lambda: time.monotonic() - started > 0.5)
    source.close()

    assert time.monotonic() - started < 2.5


def test_wait_for_mail_returns_after_the_timeout(imap_account: ImapAccount) -> None:
    source = open_imap(imap_account)
    started = time.monotonic()
    source.wait_for_mail(timeout=1, should_stop=lambda: False)
    source.close()
    assert 0.9 < time.monotonic() - started < 3
