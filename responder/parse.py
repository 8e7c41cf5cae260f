"""Parse step: raw bytes -> ParsedMessage. (Minimal version: the body and quote handling are being written.)"""

from __future__ import annotations

import email
from collections.abc import Sequence
from email import policy
from email.message import EmailMessage

from responder.headers import extract_headers
from responder.model import ParsedMessage


def parse_message(raw: bytes, known_texts: Sequence[str] = ()) -> ParsedMessage:
    """Parse a message; never raises. known_texts: texts we sent that may be quoted back."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    fields = extract_headers(msg)
    text = ""
    try:
        body = msg.get_body(("plain", "html"))
        if body is not None:
            text = body.get_content()
    except Exception:  # noqa: BLE001
        text = ""
    return ParsedMessage(
        message_id=fields.message_id, in_reply_to=fields.in_reply_to, references=fields.references,
        subject=fields.subject, date=fields.date, from_addresses=fields.from_addresses,
        return_path=fields.return_path, recipients=fields.recipients, headers=fields.headers,
        content_type=fields.content_type, report_type=fields.report_type,
        attachment_types=fields.attachment_types, text=text, new_text=text, classifier_text=text,
        defects=fields.defects,
    )
