"""The Maildir side of the mailbox step: a local Maildir read instead of IMAP (demo, offline runs).

`MaildirSource` yields the messages of the Maildir's top folder (new/ and cur/) that the database
does not know, with their exact bytes, and after handling adds the "R" (replied) flag and moves
them into a Maildir++ sub-folder when asked. Flags are changed by renaming the file, as the
Maildir format intends: the stdlib's `mailbox.Maildir` rewrites the whole message to change a
flag on Python 3.11, which could alter its bytes. "S" (seen) is left alone: a human may read the
same Maildir. Sub-folder names are stored in modified UTF-7 (".Trait&AOk-s"), as Dovecot and
Courier do, so the same Maildir can be served over IMAP. It never parses a message.
"""

from __future__ import annotations

import logging
import mailbox
import os
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path

from imapclient import imap_utf7

from responder.config import MaildirConfig
from responder.errors import MailboxError, os_error_text
from responder.model import Action, Listing, Outcome, RawMessage

log = logging.getLogger(__name__)

INFO_PREFIX = "2,"  # the "experimental semantics" info, the only one in use
POLL_STEP = 0.5


class MaildirSource:
    """Messages of the Maildir at config.path (its top folder only); uidvalidity is always 0."""

    def __init__(self, config: MaildirConfig) -> None:
        self.config = config
        self.name = f"maildir:{config.path}"
        self.former_names: tuple[str, ...] = ()
        self.batch_size = 50
        self.poll_interval = 60.0  # new/ is watched: a delivery ends the wait sooner
        self._root = Path(config.path)
        missing = [sub for sub in ("cur", "new", "tmp") if not (self._root / sub).is_dir()]
        if missing:
            raise MailboxError(
                f"{self._root} n'est pas un dossier Maildir "
                f"(sous-dossiers absents : {', '.join(missing)})"
            )
        self._box = mailbox.Maildir(self._root, factory=None, create=False)
        self._stamp_at_fetch: int | None = None
        self._colon = self._box.colon

    def new_messages(self) -> Listing:
        """List the messages of new/ and cur/ (their keys), in delivery order."""
        # Taken before the listing: mail delivered while this pass runs changes new/ after it,
        # and the next wait sees it at once instead of after a whole poll interval.
        self._stamp_at_fetch = self._new_stamp()
        return Listing(0, tuple(key for key, _, _ in self._messages()))

    def fetch(self, listing: Listing, uids: Sequence[str]) -> list[RawMessage]:
        """Return these messages with their bytes (those gone since the listing are skipped)."""
        found = []
        for key in uids:
            path = self._locate(key)
            if path is None:
                continue  # moved or deleted since the listing
            try:
                raw, mtime = path.read_bytes(), path.stat().st_mtime
            except FileNotFoundError:
                continue
            except OSError as error:
                raise MailboxError(f"{path} : lecture impossible : {os_error_text(error)}") from error
            found.append(RawMessage(self.name, 0, key, raw, datetime.fromtimestamp(mtime, timezone.utc)))
        return found

    def acknowledge(self, handled: Sequence[tuple[RawMessage, Outcome]]) -> None:
        """Add "R" when replied and move settled messages where the config says, by renaming."""
        for raw, outcome in handled:
            self._acknowledge(raw, outcome)

    def _acknowledge(self, raw: RawMessage, outcome: Outcome) -> None:
        path = self._locate(raw.uid)
        if path is None:
            log.warning("%s : message %s introuvable, non marqué", self.name, raw.uid)
            return
        _key, _, info = path.name.partition(self._colon)
        flags = set(info[len(INFO_PREFIX) :]) if info.startswith(INFO_PREFIX) else set()
        if outcome.replied:
            flags.add("R")
        folder = self._folder_for(outcome)
        target = self._folder(folder) if folder else self._root
        # Once looked at, a message belongs in cur/ (Maildir spec); new/ files carry no flags.
        name = f"{raw.uid}{self._colon}{INFO_PREFIX}{''.join(sorted(flags))}"
        destination = target / "cur" / name
        try:
            os.rename(path, destination)
        except OSError as error:
            raise MailboxError(
                f"{path} : impossible de le déplacer vers {destination} : {os_error_text(error)}"
            ) from error

    def _folder_for(self, outcome: Outcome) -> str:
        """The sub-folder the configuration sends a settled message to ("" to leave it)."""
        if not outcome.settled:
            return ""
        return {
            Action.REPLY: self.config.move_replied,
            Action.ESCALATE: self.config.move_escalated,
            Action.IGNORE: self.config.move_ignored,
        }[outcome.action]

    def save_sent(self, message: bytes) -> None:
        """Do nothing: a Maildir source keeps no copy of sent replies."""

    def wait_for_mail(self, timeout: float, should_stop: Callable[[], bool]) -> None:
        """Return when new/ changes, after `timeout` seconds, or once should_stop() is true."""
        deadline = time.monotonic() + timeout
        before = self._stamp_at_fetch if self._stamp_at_fetch is not None else self._new_stamp()
        self._stamp_at_fetch = None
        while not should_stop():
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._new_stamp() != before:
                return
            time.sleep(min(POLL_STEP, remaining))

    def close(self) -> None:
        """Nothing to release."""

    def _messages(self) -> list[tuple[str, Path, float]]:
        """Return (key, path, mtime) of every message of new/ and cur/, oldest first."""
        found = []
        for sub in ("new", "cur"):
            try:
                entries = list(os.scandir(self._root / sub))
            except OSError as error:
                raise MailboxError(f"{self._root / sub} : lecture impossible : {os_error_text(error)}") from error
            for entry in entries:
                if entry.name.startswith(".") or not entry.is_file():
                    continue
                try:
                    mtime = entry.stat().st_mtime
                except FileNotFoundError:
                    continue
                found.append((entry.name.partition(self._colon)[0], Path(entry.path), mtime))
        found.sort(key=lambda item: (item[2], item[0]))
        return found

    def _locate(self, key: str) -> Path | None:
        for sub in ("new", "cur"):
            directory = self._root / sub
            if (directory / key).is_file():
                return directory / key
            matches = sorted(directory.glob(f"{_glob_escape(key)}{self._colon}*"))
            if matches:
                return matches[0]
        return None

    def _folder(self, name: str) -> Path:
        """Return the Maildir++ sub-folder for an IMAP-style name, created when missing."""
        # Maildir++ separates levels with "." and stores names in modified UTF-7.
        encoded = imap_utf7.encode(name.replace("/", ".")).decode("ascii")
        path = self._root / f".{encoded}"
        if not (path / "cur").is_dir():
            try:
                self._box.add_folder(encoded)
            except OSError as error:
                raise MailboxError(f"{path} : création du dossier impossible : {os_error_text(error)}") from error
            log.info("dossier « %s » créé dans %s", name, self._root)
        return path

    def _new_stamp(self) -> int:
        try:
            return (self._root / "new").stat().st_mtime_ns
        except OSError:
            return 0


def _glob_escape(text: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in text)
