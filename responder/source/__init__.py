"""Step 1 of the pipeline: where messages come from, and how they are marked once handled.

This module owns the `Source` interface the pipeline talks to and `open_source`, which picks the
implementation from the configuration: `MaildirSource` when [maildir] is configured (demo,
offline runs), else `ImapSource`. The implementations live in imap_source.py and
maildir_source.py. A source yields RawMessage values and applies an Outcome; it never parses,
classifies or records anything, and it trusts the database (is_handled) over mailbox flags.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from responder.config import Config
from responder.errors import ConfigError
from responder.source.imap import ImapSource
from responder.source.maildir import MaildirSource
from responder.model import Outcome, RawMessage

__all__ = ["ImapSource", "MaildirSource", "Source", "open_source"]


class Source(Protocol):
    """A mailbox the pipeline reads and acknowledges messages in. Any method may raise MailboxError."""

    name: str  # "imap:INBOX", "maildir:/path/to/Maildir"

    def fetch_new(self, is_handled: Callable[[int, str], bool]) -> Iterator[RawMessage]:
        """Yield the messages is_handled(uidvalidity, uid) does not know; \\Seen is left unchanged."""
        ...

    def acknowledge(self, raw: RawMessage, outcome: Outcome) -> None:
        """Mark a handled message (keyword, replied flag) and move it to outcome.folder if set."""
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
