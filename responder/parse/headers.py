"""Header fields of a parsed message: addresses, ids, dates, report type, attachments, and the
Message-ID of the original a delivery report returns.

Used by parse.py only. Tolerant of what real mail does to headers: raw 8-bit bytes (re-decoded as
UTF-8, then windows-1252), `From: alice@example.com <bob@example.com>` (the address in angle
brackets wins), several mailboxes in From, missing or malformed fields. Never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from email.parser import HeaderParser
from email.utils import getaddresses, parsedate_to_datetime

from responder.parse.bounds import MAX_RECIPIENTS, MAX_REPORTS, walk_parts
from responder.model import Address, DeliveryReport

RECIPIENT_HEADERS = ("to", "cc", "bcc", "resent-to", "resent-cc", "resent-bcc")
_MSGID = re.compile(r"<[^<>\s]+>")
_BRACKETED = re.compile(r"<([^<>]*)>")
_OBS_SPACE = re.compile(r"\s*([.@])\s*")  # RFC 5322 §4.5.4: obs-id allows CFWS around "." and "@"
_BARE_ID = re.compile(r"^[^\s<>@\"(),;:\[\]]+@[^\s<>@\"(),;:\[\]]+\.[^\s<>@\"(),;:\[\]]+$")
_ANGLE_ADDRESS = re.compile(r"<([^<>\s@]+@[^<>\s@]+)>")
_CRLF = re.compile(r"[\r\n]+\s*")
_PLAIN_ID = re.compile(r"\s*<[^<>\s()\[\]\\\",;:@]+@[^<>\s()\[\]\\\",;:@]+>\s*")
_SURROGATE = re.compile("[\udc80-\udcff]")  # an undecodable byte, as the email package keeps it


@dataclass(frozen=True)
class HeaderFields:
    """The header part of a ParsedMessage (see model.ParsedMessage for each field)."""

    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    subject: str
    date: datetime | None
    from_addresses: tuple[Address, ...]
    return_path: str | None
    recipients: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]
    content_type: str
    report_type: str | None
    attachment_types: tuple[str, ...]
    defects: tuple[str, ...]
    delivery_reports: tuple[DeliveryReport, ...] = ()
    reported_message_ids: tuple[str, ...] = ()


def _redecode(value: str) -> str:
    """Turn surrogate-escaped raw bytes back into text (UTF-8 first, then windows-1252)."""
    if not _SURROGATE.search(value):
        return value
    raw = value.encode("utf-8", "surrogateescape")
    for codec in ("utf-8", "cp1252"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def _header_text(msg: Message, name: str) -> str:
    """The decoded value of one header as a single line ("" when absent or unreadable)."""
    raw = _raw_header(msg, name)
    if raw.isascii() and "=?" not in raw and (name != "Message-ID" or _PLAIN_ID.fullmatch(raw)):
        # Plain ASCII reads as written: what the header registry would give, once unfolded,
        # without building its parse tree (a third of the parse step's time). A Message-ID the
        # registry would repair (a missing ">") goes through it.
        return _CRLF.sub(" ", raw.replace("\r", "").replace("\n", "")).strip()
    try:
        value = msg.get(name)
    except Exception:  # noqa: BLE001 - the email package raises many kinds on broken headers
        value = None
    if value is None:
        raw = _raw_header(msg, name)
        return _CRLF.sub(" ", raw).strip() if raw else ""
    return _CRLF.sub(" ", _redecode(str(value))).strip()


def _raw_header(msg: Message, name: str) -> str:
    for key, value in msg.raw_items() if isinstance(msg, EmailMessage) else msg.items():
        if key.lower() == name.lower():
            return _redecode(str(value))
    return ""


def _all_headers(msg: Message) -> tuple[tuple[str, str], ...]:
    fields = []
    for key, value in msg.raw_items() if isinstance(msg, EmailMessage) else msg.items():
        fields.append((key, _CRLF.sub(" ", _decoded(value)).strip()))
    return tuple(fields)


def _decoded(raw_value: object) -> str:
    from email.header import decode_header, make_header

    text = _redecode(str(raw_value))
    try:
        return str(make_header(decode_header(text)))
    except Exception:  # noqa: BLE001 - malformed encoded words: keep the raw text
        return text


_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_ADDRESS = rf"{_ATEXT}(?:\.{_ATEXT})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_PLAIN_MAILBOX = re.compile(
    rf"\s*(?:(?P<name>{_ATEXT}(?:[ \t]+{_ATEXT})*)?\s*<(?P<angle>{_PLAIN_ADDRESS})>"
    rf'|"(?P<quoted>[^"\\\r\n]*)"\s*<(?P<quoted_angle>{_PLAIN_ADDRESS})>'
    rf"|(?P<bare>{_PLAIN_ADDRESS}))\s*"
)


def _plain_addresses(raw: str) -> tuple[Address, ...]:
    """The mailboxes of a field in the plain forms most mail uses, read without the header
    registry's parser (the slowest part of parsing a message); () for anything else, which
    the registry reads: `Name <a@b>`, `"Name" <a@b>`, `a@b`, separated by commas."""
    unfolded = raw.replace("\r", "").replace("\n", "")
    if not unfolded.isascii() or "=?" in unfolded or ("," in unfolded and '"' in unfolded):
        return ()
    found = []
    for chunk in unfolded.split(","):
        match = _PLAIN_MAILBOX.fullmatch(chunk)
        if match is None:
            return ()
        if match["bare"]:
            found.append(Address(name="", addr=match["bare"]))
        elif match["angle"]:
            found.append(Address(name=" ".join((match["name"] or "").split()), addr=match["angle"]))
        else:
            found.append(Address(name=match["quoted"], addr=match["quoted_angle"]))
    return tuple(found)


def _addresses(msg: Message, name: str) -> tuple[Address, ...]:
    raw = _raw_header(msg, name)
    if not raw:
        return ()
    result: list[Address] = list(_plain_addresses(raw))
    try:
        header = msg[name] if not result else None
        for mailbox in getattr(header, "addresses", ()):
            if mailbox.addr_spec and "@" in mailbox.addr_spec:
                result.append(Address(name=_redecode(mailbox.display_name), addr=_redecode(mailbox.addr_spec)))
    except Exception:  # noqa: BLE001 - fall back on the raw text below
        result = []
    if not result:
        result = [
            Address(name=display.strip(), addr=addr.strip())
            for display, addr in getaddresses([_decoded(raw)])
            if "@" in addr
        ]
    # `alice@example.com <bob@example.com>`: the address in angle brackets is the real one
    # (SpamScope mail_test_19); the stdlib reads two mailboxes, or picks alice.
    angle = _ANGLE_ADDRESS.findall(raw)
    if len(angle) == 1 and "," not in raw.split("<", 1)[0] and [a.addr for a in result] != angle:
        display = _decoded(raw.split("<", 1)[0]).strip().strip('"').strip()
        result = [Address(name="" if "@" in display else display, addr=angle[0])]
    elif len(angle) > len(result):
        # Two mailboxes without the comma between them: the stdlib keeps only the first.
        result = [Address(name="", addr=addr) for addr in angle]
    return tuple(result)


def _return_path(msg: Message) -> str | None:
    raw = _raw_header(msg, "Return-Path")
    if not raw and "Return-Path" not in msg:
        return None
    value = raw.strip()
    if value.startswith("<") and ">" in value:
        value = value[1 : value.index(">")]
    return value.strip()


# Dates outside this range are a wrong clock or a forgery: unknown, rather than a message
# from year 1 that the guard would set aside as stale, or one from 9999 that overflows.
_PLAUSIBLE_YEARS = range(1980, 3000)


def _date(msg: Message, defects: list[str]) -> datetime | None:
    """The Date field as an aware UTC datetime; None (with a defect) when absent or impossible.

    RFC 5322 §3.3: "-0000" says the zone is unknown, and some clients write no zone at all: both
    are read as UTC and noted ("date_no_zone"), never handed on naive.
    """
    text = _header_text(msg, "Date")
    if not text:
        return None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        defects.append("date_unreadable")
        return None
    if parsed.tzinfo is None:
        defects.append("date_no_zone")
        parsed = parsed.replace(tzinfo=UTC)
    try:
        moment = parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        moment = None
    if moment is None or moment.year not in _PLAUSIBLE_YEARS:
        defects.append("date_impossible")
        return None
    return moment


def _attachment_types(msg: Message) -> tuple[str, ...]:
    found = []
    for part in walk_parts(msg):
        if part.is_multipart():
            continue
        try:
            disposition = part.get_content_disposition()
            filename = part.get_filename() or ""
        except Exception:  # noqa: BLE001 - broken MIME parameters
            continue
        if disposition == "attachment" or (filename and disposition != "inline"):
            found.append(f"{part.get_content_type()}; {_redecode(filename)}")
    return tuple(found)


def _delivery_reports(msg: Message) -> tuple[DeliveryReport, ...]:
    """Read the per-recipient blocks of every message/delivery-status part (RFC 3464)."""
    reports: list[DeliveryReport] = []
    for part in walk_parts(msg):
        if part.get_content_type() != "message/delivery-status":
            continue
        try:
            blocks = part.get_payload()
        except Exception:  # noqa: BLE001 - a broken report is just not read
            continue
        for block in blocks if isinstance(blocks, list) else ():
            if not isinstance(block, Message):
                continue
            recipient = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
            if not recipient:
                continue
            address = recipient.split(";", 1)[-1].strip().strip("<>").lower()
            action = str(block.get("Action") or "").strip().lower()
            status = str(block.get("Status") or "").strip().split(" ", 1)[0]
            reports.append(DeliveryReport(address, action, status))
            if len(reports) >= MAX_REPORTS:
                return tuple(reports)
    return tuple(reports)


def message_ids(value: str) -> tuple[str, ...]:
    """The message ids a threading field names, each written "<left@right>".

    Tolerant of what clients do to a copied id, so that a reply still finds what it answers: a
    line break or spaces around "@" or "." inside the brackets (obsolete syntax some clients
    still fold a long id with), spaces inside the brackets, and an id written without its
    brackets when the field holds no bracketed one.
    """
    found: list[str] = []
    for inner in _BRACKETED.findall(value):
        joined = _OBS_SPACE.sub(r"\1", inner.strip())
        if joined and not any(char.isspace() for char in joined):
            found.append(f"<{joined}>")
    if not found:
        found = [f"<{word}>" for word in value.split() if _BARE_ID.match(word)]
    return tuple(found)


def _reported_message_ids(report: Message) -> tuple[str, ...]:
    """The Message-ID of the original a report returns (RFC 6522 §3: its third part).

    Either the whole message (message/rfc822) or its header block alone (text/rfc822-headers,
    what Postfix and Exchange send for large mail); only the report's own parts are read, not
    those of a report quoted inside the returned message.
    """
    found: list[str] = []
    try:
        parts = report.get_payload()
    except Exception:  # noqa: BLE001 - a broken report simply names nothing
        return ()
    for part in parts if isinstance(parts, list) else ():
        if not isinstance(part, Message):
            continue
        try:
            found.extend(_MSGID.findall(_original_message_id(part)))
        except Exception:  # noqa: BLE001 - one unreadable part must not hide the others
            continue
    return tuple(dict.fromkeys(found))


def _original_message_id(part: Message) -> str:
    content_type = part.get_content_type()
    if content_type in ("message/rfc822", "message/global"):
        inner = part.get_payload()
        original = inner[0] if isinstance(inner, list) and inner else None
        return _header_text(original, "Message-ID") if isinstance(original, Message) else ""
    if content_type in ("text/rfc822-headers", "message/global-headers"):
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            return ""
        # A header block is ASCII by RFC; a stray 8-bit byte must not lose the Message-ID line.
        text = data.decode("utf-8", "replace").lstrip("\r\n")
        return _header_text(HeaderParser().parsestr(text), "Message-ID")
    return ""


def extract_headers(msg: Message) -> HeaderFields:
    """Read every header field the later steps need from a parsed email message."""
    recipients: list[str] = []
    for name in RECIPIENT_HEADERS:
        recipients.extend(a.addr.lower() for a in _addresses(msg, name))
    defects = list(dict.fromkeys(type(d).__name__ for d in msg.defects))
    if len(recipients) > MAX_RECIPIENTS:
        recipients = recipients[:MAX_RECIPIENTS]
        defects.append("recipients_cut")
    own_ids = _MSGID.findall(_header_text(msg, "Message-ID"))
    content_type = msg.get_content_type()
    report_type = msg.get_param("report-type") if content_type == "multipart/report" else None
    date = _date(msg, defects)
    reports = _delivery_reports(msg) if content_type == "multipart/report" else ()
    if len(reports) >= MAX_REPORTS:
        defects.append("delivery_reports_cut")
    return HeaderFields(
        message_id=own_ids[0] if own_ids else None,
        in_reply_to=message_ids(_header_text(msg, "In-Reply-To")),
        references=message_ids(_header_text(msg, "References")),
        subject=_header_text(msg, "Subject"),
        date=date,
        from_addresses=_addresses(msg, "From"),
        return_path=_return_path(msg),
        recipients=tuple(dict.fromkeys(recipients)),
        headers=_all_headers(msg),
        content_type=content_type,
        report_type=str(report_type).lower() if isinstance(report_type, str) else None,
        attachment_types=_attachment_types(msg),
        defects=tuple(defects),
        delivery_reports=reports,
        reported_message_ids=_reported_message_ids(msg) if content_type == "multipart/report" else (),
    )
