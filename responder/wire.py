"""A message as it goes on the wire: the bytes SMTP carries, the outbox keeps and Sent receives.

Shared by the steps that make mail (render, invitations) and the one that sends it (smtp):
each message is serialised once, where it is made, and those bytes travel on. Also the email
package's policies responder reads and writes with, made faster where the stdlib is slow for
no benefit (header classes rebuilt at every field, every header refolded). Imports the value
types only.
"""

from __future__ import annotations

import base64
import binascii
import copy
import email.policy
import secrets
from email.headerregistry import AddressHeader, HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage, Message, MIMEPart
from email.policy import EmailPolicy
from email.utils import formataddr
from typing import Any

from responder.model import OutgoingMail


class CachedHeaderRegistry(HeaderRegistry):
    """The stdlib's header registry, building each header class once instead of at every field.

    HeaderRegistry makes a new class with type() for every header it parses or sets (37 a message
    between reading it and writing its reply, 17 µs each); the class depends on the name only.
    """

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        made = self._classes.get(key)
        if made is None:
            made = self._classes[key] = super().__getitem__(name)
        return made


_MISSING = object()


class _FieldsParsedOnce(MIMEPart):
    """A message part that parses each header field once, however often it is asked for.

    The stdlib parses the field anew at every msg[name], get_content_type(), get_param(): ten
    Content-Type parses a message between the MIME parser and the parse step, nine a reply while
    the generator writes it. Any change of a field forgets what was parsed.
    """

    def get(self, name: str, failobj: Any = None) -> Any:
        cache: dict[str, Any] = self.__dict__.setdefault("_parsed_fields", {})
        key = name.lower()
        if key not in cache:
            cache[key] = super().get(name, _MISSING)
        value = cache[key]
        return failobj if value is _MISSING else value

    def _forget(self) -> None:
        self.__dict__.pop("_parsed_fields", None)

    def set_raw(self, name: str, value: Any) -> None:
        self._forget()
        super().set_raw(name, value)

    def __setitem__(self, name: str, value: Any) -> None:
        self._forget()
        super().__setitem__(name, value)

    def __delitem__(self, name: str) -> None:
        self._forget()
        super().__delitem__(name)

    def replace_header(self, name: str, value: Any) -> None:
        self._forget()
        super().replace_header(name, value)

    def set_param(self, *args: Any, **kwargs: Any) -> None:
        self._forget()
        super().set_param(*args, **kwargs)

    def del_param(self, *args: Any, **kwargs: Any) -> None:
        self._forget()
        super().del_param(*args, **kwargs)


class _ReadMessage(_FieldsParsedOnce, EmailMessage):
    """A message as the parse step reads it."""


class _WrittenMessage(_FieldsParsedOnce, EmailMessage):
    """A message we make (a reply, an invitation), written out once."""


class _WrittenPart(_FieldsParsedOnce):
    """A part of a message we make."""


def new_message(policy: EmailPolicy[EmailMessage]) -> EmailMessage:
    """An empty message to make mail with: its fields parsed once while it is written."""
    return _WrittenMessage(policy=policy)


# What the parse step reads messages with: email.policy.default, each header class built once
# and each field parsed once.
READING = email.policy.default.clone(header_factory=CachedHeaderRegistry(), message_factory=_ReadMessage)


class _QuickFolding(EmailPolicy):
    """email.policy.SMTP, with the header fields our mail carries written the fast way.

    The stdlib refolds every header from its parse tree, which took three quarters of the time
    it took to write a reply (1.5 ms for one subject with an accent); its RFC 2047 encoder
    (email.header.Header) measures every split it tries, character by character. A field that
    is already one short ASCII line is written as is (the same bytes); an unstructured field
    (Subject) or a list of mailboxes (From, To) with non-ASCII words gets base64 encoded-words
    cut between characters, which any reader decodes to the same text (RFC 2047 §6.2: the
    space between two encoded-words is not part of the text). A field set raw from
    text_value or address_value is folded between its words. Anything else, and everything
    under SMTPUTF8, goes through the stdlib's refolding.
    """

    def fold_binary(self, name: str, value: Any) -> bytes:
        text = str(value)
        limit = self.max_line_length or 78
        if (text.isascii() and "\r" not in text and "\n" not in text and text == text.strip()
                and len(name) + 2 + len(text) <= limit and "=?" not in text):
            return f"{name}: {text}{self.linesep}".encode("ascii")
        if isinstance(value, str) and text.isascii() and "\r" not in text and "\n" not in text:
            words = text.split(" ")  # a value made by address_value or text_value, set raw
            if all(0 < len(word) < limit - 2 for word in words):
                return _folded(name, words, min(limit, 76), self.linesep).encode("ascii")
        if not self.utf8 and "\r" not in text and "\n" not in text:
            tokens = _encoded_tokens(value)
            if tokens is not None:
                # RFC 2047 §2: a line that holds an encoded-word is at most 76 columns.
                return _folded(name, tokens, min(limit, 76), self.linesep).encode("ascii")
        folded: bytes = super().fold_binary(name, value)
        return folded


# UTF-8 bytes per encoded-word: "=?utf-8?b?" + 52 base64 + "?=" is 64 columns, so that "Subject: "
# and a word stay within the 76 columns RFC 2047 §2 allows a line that holds encoded-words.
_WORD_BYTES = 39


def _encoded_words(text: str) -> list[str]:
    """`text` as base64 encoded-words of at most _WORD_BYTES bytes, cut between characters."""
    words: list[str] = []
    chunk = bytearray()
    for char in text:
        data = char.encode("utf-8")
        if len(chunk) + len(data) > _WORD_BYTES:
            words.append(f"=?utf-8?b?{base64.b64encode(chunk).decode('ascii')}?=")
            chunk = bytearray()
        chunk += data
    if chunk:
        words.append(f"=?utf-8?b?{base64.b64encode(chunk).decode('ascii')}?=")
    return words


def text_value(text: str) -> str:
    """Unstructured text (a Subject) as a header field holds it: encoded-words unless plain ASCII.

    For set_raw: the field is written as is, folded between words, never parsed on the way.
    """
    if text.isascii() and "=?" not in text:
        return text
    return " ".join(_encoded_words(text))


def address_value(display_name: str, addr: str) -> str:
    """One mailbox as a header field holds it: `name <addr>`, the name encoded or quoted as needed."""
    if display_name and not display_name.isascii():
        return " ".join([*_encoded_words(display_name), f"<{addr}>"])
    return formataddr((display_name, addr))


def _encoded_tokens(value: Any) -> list[str] | None:
    """The field's value as the tokens it is written with, or None to leave it to the stdlib."""
    if isinstance(value, UnstructuredHeader):
        return _encoded_words(str(value))
    if not isinstance(value, AddressHeader) or any(g.display_name is not None for g in value.groups):
        return None
    tokens: list[str] = []
    for mailbox in value.addresses:
        if not mailbox.addr_spec.isascii():
            return None  # an internationalised address needs SMTPUTF8, not encoded-words
        if tokens:
            tokens[-1] += ","
        if mailbox.display_name and not mailbox.display_name.isascii():
            tokens.extend(_encoded_words(mailbox.display_name))
            tokens.append(f"<{mailbox.addr_spec}>")
        else:
            tokens.append(formataddr((mailbox.display_name, mailbox.addr_spec)))
    return tokens


def _folded(name: str, tokens: list[str], limit: int, linesep: str) -> str:
    """The field written token after token, a line folded before a token that would pass limit."""
    lines = [f"{name}:"]
    for token in tokens:
        if len(lines[-1]) + 1 + len(token) > limit and lines[-1] != f"{name}:":
            lines.append("")
        lines[-1] += " " + token
    return linesep.join(lines) + linesep


def _quoted_printable(content: str) -> str:
    """`content` in UTF-8 as quoted-printable, lines as the stdlib's set_content splits them.

    binascii's encoder is C; the email package's walks the text one character at a time.
    """
    data = b"\n".join(content.encode("utf-8").splitlines()) + b"\n"
    return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")


def set_alternative_body(message: EmailMessage, text: str, html: str) -> None:
    """Give `message` a multipart/alternative body: `text`, then `html`, each quoted-printable UTF-8.

    What set_content(cte="quoted-printable") then add_alternative(...) write, the header fields
    set as their final text instead of parsed, and a boundary that cannot occur in
    quoted-printable ("=_" is no escape), so the generator need not search the parts for it.
    Quoted-printable keeps both parts 7-bit, whatever the relay says about 8BITMIME.
    """
    parts: list[Message[str, str] | str] = []
    for content, subtype in ((text, "plain"), (html, "html")):
        part = _WrittenPart(policy=message.policy)
        part.set_raw("Content-Type", f'text/{subtype}; charset="utf-8"')
        part.set_raw("Content-Transfer-Encoding", "quoted-printable")
        part.set_payload(_quoted_printable(content))
        parts.append(part)
    message.set_raw("MIME-Version", "1.0")
    message.set_raw("Content-Type", f'multipart/alternative; boundary="=_{secrets.token_hex(12)}"')
    message.set_payload(parts)


_SMTP = _QuickFolding(linesep="\r\n")
_SMTPUTF8 = _QuickFolding(linesep="\r\n", utf8=True)


def message_bytes(message: EmailMessage, utf8: bool = False) -> bytes:
    """Return the message as sent: email.policy.SMTP (CRLF), without Bcc, ending in CRLF.

    utf8: header fields in UTF-8 (SMTPUTF8 policy), for a message to or from an
    internationalised address (RFC 6532), which cannot be written as an encoded-word.
    """
    if "Bcc" in message or "Resent-Bcc" in message:
        # Deep copy: a shallow one shares the header list and would strip the caller's message.
        message = copy.deepcopy(message)
        del message["Bcc"]
        del message["Resent-Bcc"]
    data = message.as_bytes(policy=_SMTPUTF8 if utf8 else _SMTP)
    return data if data.endswith(b"\r\n") else data + b"\r\n"


def needs_smtputf8(mail: OutgoingMail) -> bool:
    """Tell whether an envelope address is internationalised (the relay must offer SMTPUTF8)."""
    return not all(address.isascii() for address in (mail.envelope_from, *mail.envelope_to))


def mail_bytes(mail: OutgoingMail) -> bytes:
    """Return an OutgoingMail's bytes: those it was made with, else its message serialised."""
    return mail.data or message_bytes(mail.message, needs_smtputf8(mail))


def finished(mail: OutgoingMail) -> OutgoingMail:
    """Return the mail with its wire bytes and plain text computed once, for every later use."""
    body = mail.message.get_body(("plain",))
    text = str(body.get_content()) if body is not None else ""
    return OutgoingMail(mail.message, mail.envelope_from, mail.envelope_to, mail_bytes(mail), text)
