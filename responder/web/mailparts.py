"""What the trainee attached (a screenshot, a document): listed on the case page, downloaded one by
one, never shown inline.

Each file is sent as a download (application/octet-stream, nosniff): the browser never renders
the mail's own HTML or an image's script from our page's origin.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from urllib.parse import quote
from email.message import Message

from flask import Blueprint, abort
from werkzeug.wrappers import Response

from responder.web import context

bp = Blueprint("mailparts", __name__)

MAX_PARTS = 200  # parts looked at in one message: a mail bomb's 10,000 parts stay unread
_UNSAFE = re.compile(r"[^\w.\- ]+")
_NOT_ASCII_NAME = re.compile(r"[^A-Za-z0-9._\- ]+")


@dataclass(frozen=True)
class Attachment:
    index: int  # its place among the message's parts, as the download link names it
    filename: str
    content_type: str
    size: int


def _parts(raw: bytes) -> list[Message]:
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        return [part for _, part in zip(range(MAX_PARTS), message.walk())]
    except Exception:  # noqa: BLE001 - a message the email package cannot read has no list
        return []


def _is_attachment(part: Message) -> bool:
    if part.is_multipart():
        return False
    disposition = (part.get_content_disposition() or "").lower()
    return disposition == "attachment" or bool(part.get_filename()) or part.get_content_maintype() in (
        "image", "application", "audio", "video")


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - a broken transfer encoding: nothing to give
        return b""
    return data if isinstance(data, bytes) else b""


def attachments(raw: bytes) -> list[Attachment]:
    """The files attached to the message, in order."""
    return _attached(_parts(raw))


def _attached(parts: list[Message]) -> list[Attachment]:
    found = []
    for index, part in enumerate(parts):
        if _is_attachment(part):
            name = _UNSAFE.sub("_", str(part.get_filename() or "")).strip() or f"piece-{index}"
            found.append(Attachment(index, name[:120], part.get_content_type(), len(_payload(part))))
    return found


@bp.get("/cas/<int:case_id>/piece/<int:index>")
def download(case_id: int, index: int) -> Response:
    case = context().review.detail(case_id)
    if case is None:
        abort(404)
    parts = _parts(case.raw)
    wanted = next((a for a in _attached(parts) if a.index == index), None)
    if wanted is None:
        abort(404)
    return Response(_payload(parts[index]), mimetype="application/octet-stream", headers={
        # RFC 6266: an ASCII name for old clients, the real one (UTF-8) for the others.
        "Content-Disposition": f'attachment; filename="{_NOT_ASCII_NAME.sub("_", wanted.filename)}"; '
                               f"filename*=UTF-8''{quote(wanted.filename)}",
        "X-Content-Type-Options": "nosniff",
    })
