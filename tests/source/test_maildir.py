"""Choosing the source, and the Maildir source against real temporary Maildirs."""

from __future__ import annotations

import mailbox
import os
from pathlib import Path

import pytest

from responder.errors import MailboxError
from responder.model import Action, Outcome
from responder.source import ImapSource, MaildirSource, open_source
from tests.config_factory import make_config, section
from tests.source.mailbox_support import REPLIED, acknowledge, fetch_new, message, never_handled


# -- choosing the source, Maildir --------------------------------------------------------------


def test_open_source_prefers_maildir_then_imap(tmp_path: Path) -> None:
    mailbox.Maildir(tmp_path / "Maildir", create=True)
    imap = {"port": 1, "username": "u"}
    maildir = {"path": str(tmp_path / "Maildir")}

    assert isinstance(open_source(make_config(tmp_path, imap=imap, maildir=maildir)), MaildirSource)
    imap_source = open_source(make_config(tmp_path, imap=imap, maildir=None))
    assert isinstance(imap_source, ImapSource)
    host = imap_source.config.host
    # Two mailboxes sharing a database are told apart by host, port, user and folder.
    assert imap_source.name == f"imap://u@{host}:1/INBOX" and imap_source.former_names == ("imap:INBOX",)


def test_maildir_yields_exact_bytes_oldest_first_and_skips_handled(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    keys = []
    for number, mtime in ((1, 3000.0), (2, 1000.0), (3, 2000.0)):
        keys.append(box.add(message(number)))
        path = next((tmp_path / "Maildir" / "new").glob(f"{keys[-1]}*"))
        os.utime(path, (mtime, mtime))
    source = MaildirSource(section("maildir", tmp_path))

    fetched = list(fetch_new(source, lambda uidvalidity, uid: uid == keys[2]))

    assert [raw.uid for raw in fetched] == [keys[1], keys[0]]
    assert [raw.raw for raw in fetched] == [message(2), message(1)]
    assert {raw.uidvalidity for raw in fetched} == {0}
    assert fetched[0].source == f"maildir:{tmp_path / 'Maildir'}"


def test_maildir_acknowledge_flags_replied_leaves_seen_alone_and_moves(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    box = mailbox.Maildir(root, create=True)
    seen = mailbox.MaildirMessage(message(1))
    seen.set_subdir("cur")
    seen.set_flags("S")
    seen_key = box.add(seen)
    unseen_key = box.add(message(2))
    source = MaildirSource(section("maildir", path=str(root), move_escalated="Traités"))
    by_key = {raw.uid: raw for raw in fetch_new(source, never_handled)}

    acknowledge(source, by_key[seen_key], REPLIED)
    acknowledge(source, by_key[unseen_key], Outcome(Action.ESCALATE, replied=False, summary=""))

    box = mailbox.Maildir(root, factory=None, create=False)
    assert list(box.keys()) == [seen_key]
    assert box.get_message(seen_key).get_flags() == "RS"
    assert box.get_bytes(seen_key) == by_key[seen_key].raw  # renamed, not rewritten
    assert box.list_folders() == ["Trait&AOk-s"]  # modified UTF-7, as Dovecot names it on disk
    treated = box.get_folder("Trait&AOk-s")
    assert list(treated.keys()) == [unseen_key]
    assert treated.get_message(unseen_key).get_flags() == ""
    assert treated.get_bytes(unseen_key) == message(2)
    assert list(fetch_new(source, never_handled)) == [by_key[seen_key]]


def test_maildir_source_refuses_a_folder_that_is_not_a_maildir(tmp_path: Path) -> None:
    with pytest.raises(MailboxError, match="n'est pas un dossier Maildir"):
        MaildirSource(section("maildir", path=str(tmp_path)))
