"""Waiting for new IMAP mail: IDLE (RFC 2177), and whether mail came in since the last search.

Functions over a logged-in connection with the folder selected. A connection the server closes
while we idle raises ConnectionLost (an OSError, like every other lost connection) and an IMAP
refusal is left as imaplib raised it: ImapSource decides what either means. Never reads a message.
"""

from __future__ import annotations

import imaplib
import time
from collections.abc import Callable

from imapclient import IMAPClient

from responder.source.imap_errors import CONNECTION_ERRORS

IDLE_STEP = 1.0  # how often should_stop() is asked while idling, in seconds
IDLE_MAX = 25 * 60.0  # RFC 2177: clients should re-issue IDLE at least every 29 minutes


class ConnectionLost(ConnectionError):
    """The server closed the connection while we were idling."""


def arrived_since(client: IMAPClient, folder: str, uidnext: int | None) -> bool:
    """Tell whether mail came in after the search that saw the folder's UIDNEXT at `uidnext`.

    The server announces such mail (EXISTS) in the middle of our STORE or MOVE replies,
    where imaplib keeps it out of sight; IDLE would then wait for the next message.
    """
    if uidnext is None:
        return False
    try:
        status = client.folder_status(folder, [b"UIDNEXT"])
        return int(status[b"UIDNEXT"]) > uidnext
    except CONNECTION_ERRORS:
        raise
    except imaplib.IMAP4.error:
        return True  # cannot tell: a fetch costs less than missing mail for a whole interval


def idle_until(client: IMAPClient, deadline: float, should_stop: Callable[[], bool]) -> None:
    """Idle until new mail (EXISTS), time.monotonic() reaches `deadline`, or should_stop()."""
    client.idle()
    try:
        while not should_stop():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            step = min(IDLE_STEP, remaining)
            started = time.monotonic()
            responses = client.idle_check(timeout=step)
            if any(len(response) > 1 and response[1] == b"EXISTS" for response in responses):
                return
            if not responses and time.monotonic() - started < step / 2:
                # The socket was readable yet held no line: imapclient swallows EOF here.
                raise ConnectionLost("connexion fermée par le serveur")
    finally:
        client.idle_done()
