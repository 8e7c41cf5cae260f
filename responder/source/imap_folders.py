"""Where handled IMAP messages go: our keyword, the \\Answered flag, and the folder of each action.

`ImapFolders` marks a batch of handled messages in one STORE per flag, moves the settled ones to
the folder the configuration names for their action (MOVE, else COPY + \\Deleted + UID EXPUNGE),
and creates and subscribes a missing folder on first use. It works on a connection ImapSource
has logged in and selected, and leaves reconnecting and error translation to it; it never
decides which messages are ours (UIDVALIDITY), only what to do with them.
"""

from __future__ import annotations

import imaplib
import logging

from imapclient import IMAPClient

from responder.config import ImapConfig
from responder.model import Action, Outcome

log = logging.getLogger(__name__)

ANSWERED = b"\\Answered"


class ImapFolders:
    """Flags and moves handled messages in the folders of one account (config)."""

    def __init__(self, config: ImapConfig, address: str) -> None:
        self.config = config
        self._address = address  # host:port, for the log
        self._known_folders: set[str] = set()

    def mark(self, client: IMAPClient, handled: list[tuple[int, Outcome]], keywords_allowed: bool) -> None:
        """Flag handled messages (UID, outcome) in one STORE per flag, then move the settled ones."""
        if keywords_allowed and handled:
            client.add_flags([uid for uid, _ in handled], [self.config.keyword.encode()], silent=True)
        answered = [uid for uid, outcome in handled if outcome.replied]
        if answered:
            client.add_flags(answered, [ANSWERED], silent=True)
        by_folder: dict[str, list[int]] = {}
        for uid, outcome in handled:
            folder = self.folder_for(outcome)
            if folder:
                by_folder.setdefault(folder, []).append(uid)
        for folder, uids in by_folder.items():
            self._move(client, uids, folder)

    def folder_for(self, outcome: Outcome) -> str:
        """Where this source's configuration sends a settled message ("" to leave it)."""
        if not outcome.settled:
            return ""  # its reply still waits in the outbox: moved once it is sent
        return {
            Action.REPLY: self.config.move_replied,
            Action.ESCALATE: self.config.move_escalated,
            Action.IGNORE: self.config.move_ignored,
        }[outcome.action]

    def ensure_folder(self, client: IMAPClient, folder: str) -> None:
        """Create `folder` when missing (imapclient encodes "Traités" in modified UTF-7)."""
        if folder in self._known_folders:
            return
        if not client.folder_exists(folder):
            try:
                client.create_folder(folder)
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error:
                if not client.folder_exists(folder):  # not created by someone else meanwhile
                    raise
            log.info("dossier « %s » créé sur %s", folder, self._address)
            try:
                client.subscribe_folder(folder)  # so mail clients show it
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as error:
                log.debug("abonnement à « %s » refusé : %s", folder, error)
        self._known_folders.add(folder)

    def _move(self, client: IMAPClient, uids: list[int], folder: str) -> None:
        self.ensure_folder(client, folder)
        if client.has_capability("MOVE"):
            client.move(uids, folder)
            return
        client.copy(uids, folder)
        client.delete_messages(uids, silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:
            # A plain EXPUNGE would also erase what a human marked deleted without expunging;
            # the messages stay hidden (\Deleted, keyword) until the human's client expunges.
            log.info("%s sans UIDPLUS : %d message(s) marqué(s) supprimé(s), non effacé(s)", self._address, len(uids))
