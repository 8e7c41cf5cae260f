"""Step 1 of the pipeline: where messages come from, and how they are marked once handled.

This package owns the `Source` interface the pipeline talks to and `open_source`, which picks the
implementation from the configuration: `MaildirSource` when [maildir] is configured (demo,
offline runs), else `ImapSource` (imap.py, maildir.py). A source lists, fetches RawMessage values
and applies Outcomes; it never parses, classifies or records anything, and the pipeline trusts
the database over the mailbox's flags to say what is handled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from responder.config import Config
from responder.errors import ConfigError
from responder.source.imap import ImapSource
from responder.source.maildir import MaildirSource
from responder.model import Listing, Outcome, RawMessage

__all__ = ["ImapSource", "Listing", "MaildirSource", "Source", "open_source"]


class Source(Protocol):
    """A mailbox the pipeline reads and acknowledges messages in. Any method may raise MailboxError.

    The pipeline lists, asks the store which of the listed messages are already handled, fetches
    the others in batches, and acknowledges each batch once its records are committed: the source
    never calls back, and decides by itself what an outcome means in its folders.
    """

    # Which mailbox and folder, unique across every mailbox sharing a database:
    # "imap://formation@imap.ac-grenoble.fr:993/INBOX", "maildir:/path/to/Maildir".
    name: str
    former_names: tuple[str, ...]  # what earlier versions recorded it as ("imap:INBOX")
    batch_size: int  # how many messages `fetch` is given at a time
    poll_interval: float  # seconds to wait between passes when no new mail is announced

    def new_messages(self) -> Listing:
        """List the messages not yet marked handled by this source (\\Seen is left unchanged)."""
        ...

    def fetch(self, listing: Listing, uids: Sequence[str]) -> list[RawMessage]:
        """Return these messages with their bytes ([] when the folder changed under the listing)."""
        ...

    def acknowledge(self, handled: Sequence[tuple[RawMessage, Outcome]]) -> None:
        """Mark handled messages (keyword, replied flag) and, for settled ones, move them where
        the source's configuration sends each action."""
        ...

    def save_sent(self, message: bytes) -> None:
        """Keep a copy of a sent reply where the source is configured to (or do nothing)."""
        ...

    def wait_for_mail(self, timeout: float, should_stop: Callable[[], bool]) -> None:
        """Return on new mail, after `timeout` seconds, or within about a second of should_stop()."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


def open_source(config: Config) -> Source:
    """Return the configured source: [maildir] when present, else [imap]."""
    if config.maildir is not None:
        return MaildirSource(config.maildir)
    if config.imap is not None:
        return ImapSource(config.imap)
    raise ConfigError(f"{config.path}: ni [imap] ni [maildir] : aucune boîte aux lettres à lire")
