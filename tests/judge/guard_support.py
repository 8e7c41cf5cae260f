"""What the guard tests share: the note's base message B as .eml bytes with a case's changes
(shared/notes/autoreply-safety.md §6), our settings, and the screening of such bytes."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr

from responder.judge.guard import GuardSettings, Screening, screen
from responder.message_ids import sign_message_id
from responder.model import Address, Stop
from responder.parse import parse_message

KEY = b"test-signing-key"
OUR_DOMAIN = "formation-magistere.ac-grenoble.fr"
SETTINGS = GuardSettings(
    own_addresses=("formation-magistere@ac-grenoble.fr", "magistere@ac-grenoble.fr"),
    signing_key=KEY,
)
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))
OURS_17 = sign_message_id("17", KEY, OUR_DOMAIN)
OURS_22 = sign_message_id("22", KEY, OUR_DOMAIN)
REST = 'Invitation : parcours "Enseigner avec le numerique"'  # "…" of the note's subjects
MARIE = Address("Marie Durand", "marie.durand@ac-grenoble.fr")
ESCALATING = {"not_addressed", "dup_handle", "rate_cap", "bad_destination", "hard_bounced",
              "virus_suspect"}

BASE_HEADERS = (
    ("Return-Path", "<marie.durand@ac-grenoble.fr>"),
    ("Delivered-To", "formation-magistere@ac-grenoble.fr"),
    ("From", "Marie Durand <marie.durand@ac-grenoble.fr>"),
    ("To", "formation-magistere@ac-grenoble.fr"),
    ("Subject", f"Re: {REST}"),
    ("Date", "Tue, 01 Dec 2026 09:12:00 +0100"),
    ("Message-ID", "<{id}.k3x9@ac-grenoble.fr>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=utf-8"),
    ("Content-Transfer-Encoding", "8bit"),
)
BASE_BODY = (
    "Bonjour, je n'arrive pas à me connecter à M@gistère avec mon identifiant académique. "
    "Marie Durand\n"
)
_ADDRESS_HEADERS = {"from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to"}


def _encode(name: str, value: str) -> str:
    """Write a header value as RFC 2047 encoded-words when it is not ASCII."""
    if value.isascii():
        return value
    if name.lower() in _ADDRESS_HEADERS:  # "Name <addr>, ..." (no comma inside names here)
        mailboxes = [re.fullmatch(r"\s*(.*?)\s*<([^>]+)>\s*", item) for item in value.split(",")]
        return ", ".join(formataddr((m[1], m[2]), charset="utf-8") for m in mailboxes if m)
    return Header(value, "utf-8").encode(linesep="\r\n")


def build_eml(case_id: str, *, replace: dict[str, str | None] | None = None,
              add: tuple[tuple[str, str], ...] = (), body: str | None = None) -> bytes:
    """Return B's bytes with headers replaced (None removes), headers added, another body."""
    headers = [(n, v.replace("{id}", case_id)) for n, v in BASE_HEADERS]
    for name, value in (replace or {}).items():
        at = next((i for i, (n, _) in enumerate(headers) if n.lower() == name.lower()), None)
        if at is not None:
            del headers[at]
        if value is not None:
            headers.insert(at if at is not None else 7, (name, value))
    mime_at = next(i for i, (n, _) in enumerate(headers) if n == "MIME-Version")
    headers[mime_at:mime_at] = list(add)
    lines = [f"{name}: {_encode(name, value)}" for name, value in headers]
    text = "\r\n".join(lines) + "\r\n\r\n" + (BASE_BODY if body is None else body)
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def run_screen(raw: bytes, received_at: datetime | None = None) -> Screening:
    return screen(parse_message(raw), SETTINGS, NOW, received_at)


def codes(stops: tuple[Stop, ...]) -> set[str]:
    return {stop.code for stop in stops}


Headers = dict[str, str | None]
Added = tuple[tuple[str, str], ...]
