"""Parse step: raw bytes -> ParsedMessage (headers, body as text, the sender's own words).

Owns the MIME side of the body: choosing the text/plain and text/html leaves that are not attachments
(walking the tree, then the raw payload, when a multipart has no usable boundary), undoing the transfer
encoding, and decoding with an explicit charset fallback chain, because the stdlib silently turns lying
charsets into U+FFFD or mojibake and raises on unknown ones (shared/notes/parsing.md §5, §6.1). Header
fields come from headers.py, own words from quotes.py (stage 1), classifier text from signoff.py
(stage 2). Never raises, whatever the bytes: problems become `defects`.
"""

from __future__ import annotations

import codecs
import dataclasses
import email
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser
from typing import TypeVar

from responder.parse import quotes
from responder.parse.bounds import (
    MAX_CLASSIFIER_CHARS,
    MAX_HEADER_SCAN,
    MAX_OWN_WORDS_SOURCE,
    MAX_TEXT_BYTES,
    bound_message,
    walk_parts,
)
from responder.wire import READING
from responder.parse.headers import HeaderFields, extract_headers, message_ids
from responder.model import ParsedMessage
from responder.parse.signoff import strip_signoff

log = logging.getLogger(__name__)

# WHATWG Encoding Standard: these labels mean windows-1252 (0x92 is ’, not the C1 control U+0092).
_WHATWG_1252 = frozenset(("iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
                          "ansi_x3.4-1968", "cp819", "iso_8859-1", "iso-ir-100"))
_C1 = re.compile("[\u0080-\u009f]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]{1,40})", re.I)


@dataclass(frozen=True)
class _Body:
    plain: str | None
    html: str | None
    notes: tuple[str, ...]


def _label(charset: str | None) -> str | None:
    """Clean a declared charset label (Apple writes `charset="charset=us-ascii"`)."""
    if not charset:
        return None
    label = str(charset).strip().strip("\"'").lower()
    while label.startswith("charset="):
        label = label[len("charset=") :].strip("\"'")
    return label or None


def _codec(label: str | None) -> str | None:
    """The text codec a label names, None when unknown or not a text codec ("undefined", NUL)."""
    if label is None:
        return None
    if label in _WHATWG_1252:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        return None
    # "undefined" refuses every byte, "rot13" or "base64" are no charsets at all.
    if info.name == "undefined" or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def _single_byte(codec: str | None) -> bool:
    if codec is None:
        return True
    probe = codecs.lookup(codec).name
    return probe in ("cp1252", "ascii", "utf-8") or probe.startswith(("iso8859", "cp125", "latin", "mac"))


def decode_text(data: bytes, declared: str | None, is_html: bool = False) -> tuple[str, str | None]:
    """Decode a body with the fallback chain of §6.1; return (text, note when a guess was needed)."""
    label = _label(declared)
    codec = _codec(label)
    if data.isascii():
        return data.decode("ascii"), None
    meta = None
    if is_html:
        found = _META_CHARSET.search(data[:4096])
        meta = _codec(_label(found.group(1).decode("ascii"))) if found else None
    chain: list[str] = []
    if codec and not _single_byte(codec):
        chain.append(codec)  # GB2312, ISO-2022-JP…: the declared one first, then UTF-8
    chain.append("utf-8")
    if codec is None and meta:
        chain.append(meta)
    if codec:
        chain.append(codec)
    if meta:
        chain.append(meta)
    chain.append("cp1252")
    for candidate in dict.fromkeys(chain):
        try:
            text = data.decode(candidate)
        except (UnicodeError, LookupError, ValueError, TypeError):
            continue
        if _C1.search(text):
            continue  # the mark of a wrong single-byte guess
        trusted = candidate == codec and (label not in ("us-ascii", "ascii") or codec == "utf-8")
        return text, None if trusted else f"charset:{label or 'none'}->{candidate}"
    return data.decode("cp1252", errors="replace"), f"charset:{label or 'none'}->cp1252-replace"


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - a broken transfer encoding: fall back on the raw payload
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        # Undecodable bytes come back as surrogates; real non-ASCII text (a 8-bit body the
        # package already decoded) as itself: both must survive.
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _is_attachment(part: Message) -> bool:
    try:
        return part.get_content_disposition() == "attachment"
    except Exception:  # noqa: BLE001 - broken Content-Disposition parameters
        return False


def _charset(part: Message) -> str | None:
    try:
        value = part.get_param("charset")
    except Exception:  # noqa: BLE001
        return None
    if isinstance(value, tuple):  # RFC 2231 (charset, language, value)
        value = value[2]
    return str(value) if value else None


def _param(part: Message, name: str) -> str:
    try:
        value = part.get_param(name)
    except Exception:  # noqa: BLE001 - broken parameters
        return ""
    return str(value).strip().lower() if isinstance(value, str) else ""


_FLOWED_QUOTE = re.compile(r"^>+")


def unflow(text: str, delsp: bool = False) -> str:
    """Undo RFC 3676 format=flowed: join soft-broken lines (ending in a space) of the same quote depth.

    Without it a sentence wrapped by the client ("« Gestes qui sauvent" ⏎ "». Comment …") reaches the
    classifier and the line rules cut in two. Space-stuffing is removed; "-- " stays a signature line.
    """
    out: list[str] = []
    pending: tuple[int, str] | None = None
    for raw_line in text.replace("\r\n", "\n").split("\n"):
        prefix = _FLOWED_QUOTE.match(raw_line)
        depth = len(prefix.group(0)) if prefix else 0
        content = raw_line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing (or the space after the quote marks)
        if pending is not None and pending[0] == depth:
            content = pending[1] + content
        elif pending is not None:
            out.append(_flowed_line(*pending))
        pending = None
        if content.endswith(" ") and content != "-- ":
            pending = (depth, content[:-1] if delsp else content)
            continue
        out.append(_flowed_line(depth, content))
    if pending is not None:
        out.append(_flowed_line(*pending))
    return "\n".join(out)


def _flowed_line(depth: int, content: str) -> str:
    return (">" * depth + " " + content) if depth else content


def _text_leaves(msg: Message, texts: dict[str, str], notes: list[str]) -> None:
    for part in walk_parts(msg, notes):
        if part.is_multipart():
            continue
        content_type = part.get_content_type()  # parsed once: header parsing dominates the cost
        subtype = content_type[len("text/") :] if content_type.startswith("text/") else ""
        if subtype not in ("plain", "html") or subtype in texts or _is_attachment(part):
            continue
        data = _payload_bytes(part)
        if len(data) > MAX_TEXT_BYTES:
            data = data[:MAX_TEXT_BYTES]
            notes.append(f"text_cut:{subtype}")
        text, note = decode_text(data, _charset(part), subtype == "html")
        if subtype == "plain" and _param(part, "format") == "flowed":
            text = unflow(text, delsp=_param(part, "delsp") == "yes")
        texts[subtype] = text
        if note:
            notes.append(note)


def _recovered_leaves(raw: bytes) -> dict[str, str]:
    """Re-read a multipart whose boundary parameter is missing or wrong, from its first "--" line."""
    first = next((line for line in raw.splitlines() if line.startswith(b"--") and len(line) > 3), None)
    if first is None:
        return {}
    boundary = first[2:].strip().decode("ascii", "replace").replace('"', "")
    head = f'Content-Type: multipart/mixed; boundary="{boundary}"\n\n'.encode("ascii", "replace")
    inner = email.message_from_bytes(head + raw, policy=READING)
    texts: dict[str, str] = {}
    _text_leaves(inner, texts, [])
    # A leaf whose transfer decoding produced binary noise is worse than the raw text.
    return {k: v for k, v in texts.items() if v.strip() and not _CONTROL.search(v)}


def _body(msg: Message, raw_body: bytes) -> _Body:
    """The text leaves of msg; raw_body is the body as bytes, read as such when the stdlib
    could not split a multipart (it then hands back the text with every 8-bit byte replaced)."""
    texts: dict[str, str] = {}
    notes: list[str] = []
    _text_leaves(msg, texts, notes)
    if not texts and msg.get_content_maintype() == "multipart" and raw_body.strip():
        texts = _recovered_leaves(raw_body)
        if texts:
            notes.append("body:boundary_recovered")
        else:
            text, note = decode_text(raw_body[:MAX_TEXT_BYTES], _charset(msg))
            texts["plain"] = text
            notes.extend(["body:raw_payload"] + ([note] if note else []))
    return _Body(texts.get("plain"), texts.get("html"), tuple(notes))


def _own_words(body: _Body, known_texts: Sequence[str]) -> tuple[str, quotes.OwnWords]:
    """Return (whole text, stage 1) from the HTML cut when a quote container is found, else the text."""
    plain = body.plain if body.plain and body.plain.strip() else None
    if body.html is not None:
        from_html, whole_html = quotes.extract_own_words_html(body.html, known_texts)
        if from_html.cut.startswith(("html:", "empty:html:")) or plain is None:
            return (quotes.normalise_text(plain) if plain else whole_html), from_html
    text = quotes.normalise_text(plain or "")
    return text, quotes.extract_own_words(text, known_texts)


def _classifier_text(own_words: str) -> tuple[str, bool]:
    """The own words without greeting and signature, at most MAX_CLASSIFIER_CHARS; and whether
    they were longer (a human reads what the classifier could not)."""
    text = strip_signoff(own_words)
    if len(text) <= MAX_CLASSIFIER_CHARS:
        return text, False
    cut = text.rfind(" ", 0, MAX_CLASSIFIER_CHARS)
    return text[: cut if cut > 0 else MAX_CLASSIFIER_CHARS], True


def _message(fields: HeaderFields, text: str, stage1: quotes.OwnWords, defects: Sequence[str]) -> ParsedMessage:
    classifier_text, own_words_cut = _classifier_text(stage1.text)
    notes = (*fields.defects, *defects, *(("own_words_cut",) if own_words_cut else ()))
    parsed = ParsedMessage(
        message_id=fields.message_id, in_reply_to=fields.in_reply_to, references=fields.references,
        subject=fields.subject, date=fields.date, from_addresses=fields.from_addresses,
        return_path=fields.return_path, recipients=fields.recipients, headers=fields.headers,
        content_type=fields.content_type, report_type=fields.report_type,
        attachment_types=fields.attachment_types, text=text, new_text=stage1.text,
        classifier_text=classifier_text, quote_cut=stage1.cut,
        quote_confident=stage1.confident, defects=tuple(dict.fromkeys(notes)),
        delivery_reports=fields.delivery_reports, reported_message_ids=fields.reported_message_ids,
        own_words_cut=own_words_cut,
    )
    return _scrubbed(parsed)


# What no database or terminal takes: NUL, and the lone surrogates left by undecodable bytes.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
_Scrubbable = TypeVar("_Scrubbable")


def _scrubbed(value: _Scrubbable) -> _Scrubbable:
    """Return value with U+FFFD for every NUL or lone surrogate in its text, however nested."""
    if isinstance(value, str):
        return _UNSTORABLE.sub("\ufffd", value) if _UNSTORABLE.search(value) else value  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_scrubbed(item) for item in value)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            before = getattr(value, field.name)
            after = _scrubbed(before)
            if after is not before:
                changes[field.name] = after
        return dataclasses.replace(value, **changes) if changes else value
    return value


def _empty_fields(defect: str) -> HeaderFields:
    return HeaderFields(None, (), (), "", None, (), None, (), (), "text/plain", None, (), (defect,))


def _split_head(raw: bytes) -> tuple[bytes, bytes]:
    """(header block with its blank line, body) of raw bytes; (raw, b"") without a blank line."""
    found = _HEADER_END.search(raw)
    return (raw[: found.end()], raw[found.end() :]) if found else (raw, b"")


def _unreadable(raw: bytes, defect: str, defects: list[str]) -> ParsedMessage:
    """A message the email package cannot read whole: its header fields alone if they can be
    read (so the guard still knows who wrote), its body as raw text, flagged for a human."""
    head, body = _split_head(raw)
    try:
        fields = extract_headers(email.message_from_bytes(head, policy=READING))
        fields = dataclasses.replace(fields, defects=(defect, *fields.defects))
    except Exception:  # noqa: BLE001 - not even the header block: nothing but the bytes
        fields, body = _empty_fields(defect), raw
    text, note = decode_text(body[:MAX_TEXT_BYTES], None)
    text = quotes.normalise_text(text)
    return _message(fields, text, quotes.OwnWords(text, "none", False), [*defects, *([note] if note else [])])


def threading_ids(raw: bytes) -> tuple[str, ...]:
    """The ids a message answers (In-Reply-To, then References), from its header block alone.

    Cheap (no MIME, no body): the pipeline looks up the texts we sent under these ids first, and
    parses each message once, knowing what it may quote.
    """
    head = _split_head(raw[:MAX_HEADER_SCAN])[0]
    try:
        fields = HeaderParser().parsestr(head.decode("ascii", "surrogateescape"))
        values = [str(fields.get(name) or "") for name in ("In-Reply-To", "References")]
    except Exception:  # noqa: BLE001 - a header block the parser cannot read names no id
        return ()
    return tuple(dict.fromkeys(found for value in values for found in message_ids(" ".join(value.split()))))


def parse_message(raw: bytes, known_texts: Sequence[str] = ()) -> ParsedMessage:
    """Parse a message; never raises. known_texts: texts we sent that may be quoted back.

    Reads a bounded part of the bytes (bounds.py) and says what it left out in `defects`.
    """
    bounded = bound_message(raw)
    defects = list(bounded.cuts)
    try:
        msg = email.message_from_bytes(bounded.raw, policy=READING)
        fields = extract_headers(msg)
    except Exception as exc:  # noqa: BLE001 - a message the email package cannot read at all
        log.warning("unreadable message: %s", type(exc).__name__)
        return _unreadable(bounded.raw, f"unreadable:{type(exc).__name__}", defects)
    if bounded.tail_attachments:
        attachments = tuple(dict.fromkeys((*fields.attachment_types, *bounded.tail_attachments)))
        fields = dataclasses.replace(fields, attachment_types=attachments)
    try:
        body = _body(msg, _split_head(bounded.raw)[1])
        defects.extend(body.notes)
        text, stage1 = _own_words(body, known_texts)
    except Exception as exc:  # noqa: BLE001 - a bug or a body no fallback covers: a human will look
        log.exception("body extraction failed")
        defects.append(f"body_error:{type(exc).__name__}")
        text, stage1 = "", quotes.OwnWords("", "none", False)
    if len(text) > MAX_OWN_WORDS_SOURCE:
        defects.append("own_words_source_cut")
    if not text.strip():
        defects.append("no_body")
    return _message(fields, text, stage1, defects)
