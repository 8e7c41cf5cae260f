"""How much of a message the parse step reads: the bounds that keep every step linear.

Owns the limits (header fields, body handed to the MIME parser, parts, text per part, own words
for the classifier, delivery reports, recipients) and the cheap, linear passes that apply them to
the raw bytes before the stdlib `email` package sees them: the package is quadratic on some
inputs (tens of thousands of addresses in one field, deep nesting) and a 30 MB attachment would
otherwise be decoded whole. Whatever is cut is named (`cuts`) so the case says so; the raw
message itself is always kept whole by the record step. Used by parse.py and headers.py only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message

MAX_FIELD_BYTES = 16 * 1024  # one header field: a Cc of several hundred addresses still fits
MAX_MIME_FIELD_BYTES = 2048  # a Content-* field, a long RFC 2231 file name included
MAX_FIELDS = 500  # header fields read; later ones only when the steps need them (From, To...)
MAX_HEADER_SCAN = 1024 * 1024  # bytes of the header block looked at, whatever its length
MAX_HEADER_BYTES = 512 * 1024  # header fields kept (then only the needed ones, see _NEEDED)
MAX_BODY_BYTES = 4 * 1024 * 1024  # body bytes handed to the MIME parser (text parts come first)
MAX_BODY_LINES = 100_000  # lines of body handed to the MIME parser (4 MB of base64: 54,000)
MAX_PARTS = 200  # MIME parts walked
# "--" lines the MIME parser meets (part starts and ends): the cost of its checks grows with
# parts and with nesting (each line is tried against every enclosing boundary).
MAX_BOUNDARY_LINES = 2 * MAX_PARTS
MAX_NESTING = 8  # multiparts inside multiparts: a forward of a forward with attachments fits
MAX_DEPTH = 32  # levels walked (message/rfc822 parts nest without declaring a boundary)
MAX_TEXT_BYTES = 512 * 1024  # bytes of one text/plain or text/html part decoded
MAX_OWN_WORDS_SOURCE = 100_000  # characters of the body searched for the sender's own words
MAX_CLASSIFIER_CHARS = 4_000  # own words the classifier reads (4x the longest real question)
MAX_REPORTS = 100  # recipients of one delivery report
MAX_RECIPIENTS = 500  # addresses kept from To, Cc, Bcc and Resent-*
MAX_TAIL_ATTACHMENTS = 100  # attachments named beyond the body bound

_MAX_NEEDED_REPEATS = 3
# Fields read past MAX_FIELDS: those the guard and the later steps cannot do without.
_NEEDED = frozenset((
    b"from", b"to", b"cc", b"bcc", b"subject", b"date", b"message-id", b"in-reply-to",
    b"references", b"return-path", b"sender", b"reply-to", b"mime-version", b"content-type",
    b"content-transfer-encoding", b"auto-submitted", b"precedence", b"x-auto-response-suppress",
    b"list-id", b"resent-to", b"resent-cc", b"resent-from",
))
_MULTIPART = re.compile(rb"(?i)multipart/")
# Fields the stdlib parses with its structured (recursive) parser, and how many of each special
# character a real one holds at most (100 addresses with quoted names, a few comments).
_STRUCTURED_FIELD = re.compile(
    rb"(?im)^(?:content-[\w-]{1,40}|from|to|cc|bcc|sender|reply-to|resent-[\w-]{1,20}|mime-version"
    rb"|date|message-id|in-reply-to|references)[ \t]*:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*"
)
_SPECIAL_LIMITS = {
    b"(": 16, b")": 16, b'"': 256, b"\\": 32, b",": 600, b";": 64, b"<": 600, b"[": 16, b":": 32,
}
_SPECIAL = re.compile(rb'[()"\\,;<\[:]')
_STRUCTURE = re.compile(
    rb"(?im)^--(?P<line>[^\r\n]{0,200})|\bboundary[ \t]*=[ \t]*(?P<declared>\"?[^\"\r\n;]{1,200})"
)
_BODY_LINES = re.compile(rb"(?:[^\n]*\n){%d}" % MAX_BODY_LINES)
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_FIELD_NAME = re.compile(rb"([!-9;-~]{1,76})[ \t]*:")
_LINE = re.compile(rb"[^\n]*\n?")
_PART_HEADER = re.compile(rb"(?im)^content-(?:type|disposition)[ \t]*:[^\r\n]{0,998}")
_PARAM_NAME = re.compile(rb"""(?i)\b(?:file)?name\*?=\s*"?([^";\r\n]{1,255})""")
_PART_TYPE = re.compile(rb"(?i)^content-type[ \t]*:[ \t]*([\w.+-]{1,64}/[\w.+-]{1,64})")


@dataclass(frozen=True)
class Bounded:
    """The bytes the MIME parser reads, and what had to be left out.

    cuts: codes of what was cut ("header_field_cut", "body_cut", ...), for the case.
    tail_attachments: "type/subtype; filename" of the parts beyond the body bound, found by a
        linear scan of their header lines (the guard still sees an executable there).
    """

    raw: bytes
    cuts: tuple[str, ...] = ()
    tail_attachments: tuple[str, ...] = ()


def bound_message(raw: bytes) -> Bounded:
    """Return the part of `raw` the parser reads: bounded header fields, a bounded body.

    Works on offsets into `raw`: a 30 MB message is never copied whole, only what is kept.
    """
    found = _HEADER_END.search(raw)
    body_start = found.end() if found else len(raw)
    head = raw[:body_start]
    cuts: list[str] = []
    if len(head) > MAX_HEADER_SCAN:
        # A header block this long is a robot's or noise: its beginning is all that is read.
        head = head[: head.rfind(b"\n", 0, MAX_HEADER_SCAN) + 1 or MAX_HEADER_SCAN] + b"\r\n"
        cuts.append("header_block_cut")
    if len(head) > MAX_FIELD_BYTES:
        head = _bounded_head(head, cuts)
    tail: tuple[str, ...] = ()
    # Only a multipart's parts cost more each; a plain text body may have any "--" lines.
    body_end = _structure_cut(raw, body_start) if _MULTIPART.search(head) else len(raw)
    if body_end - body_start > MAX_BODY_BYTES:
        limit = body_start + MAX_BODY_BYTES
        body_end = raw.rfind(b"\n", body_start, limit) + 1 or limit
    if raw.count(b"\n", body_start, body_end) > MAX_BODY_LINES:
        # The MIME parser keeps every line as an object of its own (50 bytes each at least):
        # 4 MB of empty lines would cost 150 MB of memory.
        lines = _BODY_LINES.match(raw, body_start, body_end)
        body_end = lines.end() if lines else body_end
    if body_end < len(raw):
        tail = _tail_attachments(raw, body_end)
        cuts.append("body_cut")
    bounded = _defused(head + raw[body_start:body_end] if cuts else raw, cuts)
    return Bounded(bounded, tuple(cuts), tail) if cuts else Bounded(raw)


def _defused(data: bytes, cuts: list[str]) -> bytes:
    """Data with every structured field (top-level or a part's) made safe for the stdlib.

    Its header parser recurses once per "(" (330 nested comments raise RecursionError, even from
    inside the MIME parser, which then reads nothing at all) and is quadratic in quoted strings,
    backslashes and separators (4 kB of '"' in a From: 0.3 s; 16 kB in a Content-Type: 9.5 s).
    Past what any real field holds, the extra specials become spaces; nothing else changes.
    """
    pieces: list[bytes] = []
    done = 0
    for found in _STRUCTURED_FIELD.finditer(data, 0, MAX_BODY_BYTES + MAX_HEADER_SCAN):
        field = found.group(0)
        mime = field[:8].lower() == b"content-"
        if (not mime or len(field) <= MAX_MIME_FIELD_BYTES) and all(
            field.count(char) <= limit for char, limit in _SPECIAL_LIMITS.items()
        ):
            continue
        if mime:
            field = field[:MAX_MIME_FIELD_BYTES]  # no real Content-* field is longer
        pieces += [data[done : found.start()], _within_limits(field)]
        done = found.end()
    if not pieces:
        return data
    cuts.append("header_field_defused")
    return b"".join(pieces) + data[done:]


def _within_limits(field: bytes) -> bytes:
    seen: dict[bytes, int] = {}

    def keep(found: re.Match[bytes]) -> bytes:
        char = found.group(0)
        seen[char] = seen.get(char, 0) + 1
        return char if seen[char] <= _SPECIAL_LIMITS[char] else b" "

    return _SPECIAL.sub(keep, field)


def _bounded_head(head: bytes, cuts: list[str]) -> bytes:
    """Keep MAX_FIELDS fields (and the needed ones after), each at most MAX_FIELD_BYTES."""
    fields: list[list[bytes]] = []
    terminator = b""
    for line in _LINE.finditer(head):
        text = line.group(0)
        if not text.strip(b"\r\n"):
            terminator = head[line.start():]  # the blank line that ends the header block
            break
        if not fields or text[:1] in (b" ", b"\t"):
            if not fields:
                fields.append([])
            fields[-1].append(text)
        else:
            fields.append([text])
    kept: list[bytes] = []
    kept_bytes = 0
    needed_seen: dict[bytes, int] = {}
    dropped = clipped = False
    for index, lines in enumerate(fields):
        field = b"".join(lines)
        found = _FIELD_NAME.match(field)
        name = found.group(1).lower() if found else b""
        if index >= MAX_FIELDS or kept_bytes >= MAX_HEADER_BYTES:
            # Past the bounds only what the steps need, and only a few times each.
            if name not in _NEEDED or needed_seen.get(name, 0) >= _MAX_NEEDED_REPEATS:
                dropped = True
                continue
        if len(field) > MAX_FIELD_BYTES:
            field = field[: MAX_FIELD_BYTES].rstrip(b"\r\n") + b"\r\n"
            clipped = True
        needed_seen[name] = needed_seen.get(name, 0) + 1
        kept_bytes += len(field)
        kept.append(field)
    if dropped:
        cuts.append("header_fields_dropped")
    if clipped:
        cuts.append("header_field_cut")
    return b"".join(kept) + terminator


def _structure_cut(raw: bytes, start: int) -> int:
    """Where a multipart body (from `start` in raw) must stop for the MIME parser to stay fast;
    len(raw) when it can be read whole.

    The stdlib's cost grows with every part (0.2 ms each) and, on every line, with the nesting
    depth (each line is tried against each enclosing boundary: 190 levels over 1 MB took 7 s).
    One regex pass finds the delimiter lines and boundary declarations; the body stops before
    the delimiter that opens the part beyond MAX_BOUNDARY_LINES or beyond MAX_NESTING levels.
    """
    open_boundaries = 1  # the top-level one, declared in the header block
    delimiters = 0
    last_delimiter = start
    for found in _STRUCTURE.finditer(raw, start, start + MAX_BODY_BYTES + 1):
        if found.group("declared") is not None:
            open_boundaries += 1
            if open_boundaries > MAX_NESTING:
                return last_delimiter
            continue
        delimiters += 1
        if delimiters > MAX_BOUNDARY_LINES:
            return found.start()
        if found.group("line").rstrip().endswith(b"--"):
            open_boundaries = max(1, open_boundaries - 1)
        else:
            last_delimiter = found.start()
    return len(raw)


def _tail_attachments(raw: bytes, start: int) -> tuple[str, ...]:
    found: list[str] = []
    for match in _PART_HEADER.finditer(raw, start):
        line = match.group(0)
        kind = _PART_TYPE.match(line)
        name = _PARAM_NAME.search(line)
        if name or (kind and not kind.group(1).lower().startswith((b"multipart/", b"text/"))):
            content_type = kind.group(1).decode("ascii").lower() if kind else "application/octet-stream"
            filename = name.group(1).decode("utf-8", "replace").strip() if name else ""
            found.append(f"{content_type}; {filename}")
            if len(found) >= MAX_TAIL_ATTACHMENTS:
                break
    return tuple(dict.fromkeys(found))


def walk_parts(message: Message, cuts: list[str] | None = None) -> Iterator[Message]:
    """Yield the parts of a message tree, depth first, at most MAX_PARTS parts and MAX_DEPTH
    levels; iterative, so no nesting reaches the recursion limit. What is left out is noted
    in `cuts` ("parts_cut")."""
    stack: list[tuple[Message, int]] = [(message, 0)]
    seen = 0
    left_out = False
    while stack:
        if seen >= MAX_PARTS:
            left_out = True
            break
        part, depth = stack.pop()
        seen += 1
        yield part
        children = part.get_payload() if part.is_multipart() else None
        if not isinstance(children, list) or not children:
            continue
        if depth >= MAX_DEPTH:
            left_out = True
            continue
        stack.extend((child, depth + 1) for child in reversed(children) if isinstance(child, Message))
    if left_out and cuts is not None and "parts_cut" not in cuts:
        cuts.append("parts_cut")
