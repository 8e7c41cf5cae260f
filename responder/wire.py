"""A message as it goes on the wire: the bytes SMTP carries, the outbox keeps and Sent receives.

Shared by the steps that make mail (render, invitations) and the one that sends it (smtp):
each message is serialised once, where it is made, and those bytes travel on. Also the email
package's policies responder reads and writes with, made faster where the stdlib is slow for
no benefit (header classes rebuilt at every field, every header refolded). Imports the value
types only.
"""

from __future__ import annotations

import copy
import email.policy
from email.header import Header
from email.headerregistry import AddressHeader, HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage
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


class _ReadMessage(EmailMessage):
    """An EmailMessage that parses each header field once, however often it is asked for.

    The stdlib parses the field anew at every msg[name], get_content_type(), get_param() (ten
    Content-Type parses a message between the MIME parser and the parse step); a message being
    read is not changed, and any change forgets what was parsed.
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


# What the parse step reads messages with: email.policy.default, each header class built once
# and each field parsed once.
READING = email.policy.default.clone(header_factory=CachedHeaderRegistry(), message_factory=_ReadMessage)


class _QuickFolding(EmailPolicy):
    """email.policy.SMTP, with the header fields our mail carries written the fast way.

    The stdlib refolds every header from its parse tree, which took three quarters of the time
    it took to write a reply (1.5 ms for one subject with an accent). A field that is already one
    short ASCII line is written as is (the same bytes); an unstructured field (Subject) or a list
    of mailboxes (From, To) with non-ASCII words is encoded and folded by email.header.Header,
    the stdlib's own RFC 2047 encoder, which yields the same text once decoded. Anything else,
    and everything under SMTPUTF8, goes through the stdlib's refolding.
    """

    def fold_binary(self, name: str, value: Any) -> bytes:
        text = str(value)
        limit = self.max_line_length or 78
        if (text.isascii() and "\r" not in text and "\n" not in text and text == text.strip()
                and len(name) + 2 + len(text) <= limit and "=?" not in text):
            return f"{name}: {text}{self.linesep}".encode("ascii")
        if not self.utf8 and "\r" not in text and "\n" not in text:
            encoded = _encoded(name, value, self.linesep)
            if encoded is not None:
                return encoded.encode("ascii")
        folded: bytes = super().fold_binary(name, value)
        return folded


def _encoded(name: str, value: Any, linesep: str) -> str | None:
    """The field as RFC 2047 encoded-words folded by email.header.Header, or None to leave it."""
    header = Header(header_name=name, continuation_ws=" ")
    if isinstance(value, UnstructuredHeader):
        header.append(str(value), "utf-8")
    elif isinstance(value, AddressHeader) and all(group.display_name is None for group in value.groups):
        for index, mailbox in enumerate(value.addresses):
            if not mailbox.addr_spec.isascii():
                return None  # an internationalised address needs SMTPUTF8, not encoded-words
            if index:
                header.append(", ", "us-ascii")
            if mailbox.display_name and not mailbox.display_name.isascii():
                header.append(mailbox.display_name, "utf-8")
                header.append(f" <{mailbox.addr_spec}>", "us-ascii")
            else:
                header.append(formataddr((mailbox.display_name, mailbox.addr_spec)), "us-ascii")
    else:
        return None
    return f"{name}: {header.encode(linesep=linesep)}{linesep}"


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
