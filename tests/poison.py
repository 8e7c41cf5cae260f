"""Poison messages: one builder per class of input that once stopped, stalled or lost a message.

Each builder returns the exact bytes of a message as a broken client, a robot or an attacker could
send it (issue 9). The regression tests name each class, the poison-mailbox test mixes them with
ordinary trainee mail, and the fuzzer (tests/fuzz.py) starts from them too. Every message is
addressed to the responder so that the guard's "not addressed to us" never hides what is tested.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

US = "formation-magistere@ac-grenoble.fr"


def _date(now: datetime | None = None) -> str:
    return format_datetime((now or datetime.now(UTC)) - timedelta(minutes=30))


def message(
    head: str,
    body: bytes | str,
    *,
    sender: str = "Claire Martin <claire.martin@ac-grenoble.fr>",
    date: str | None = None,
    message_id: str = "",
    content_type: str = "text/plain; charset=utf-8",
    subject: str = "Question sur la formation",
) -> bytes:
    """A message with the usual header fields around `head` (extra header lines, CRLF-ended)."""
    ident = message_id or f"<poison.{abs(hash((head, sender, date, content_type, str(body)[:200])))}@client.example>"
    lines = [
        f"From: {sender}",
        f"To: {US}",
        f"Subject: {subject}",
        f"Date: {date if date is not None else _date()}",
        f"Message-ID: {ident}",
        "MIME-Version: 1.0",
        f"Content-Type: {content_type}",
        "Content-Transfer-Encoding: 8bit",
    ]
    top = "\r\n".join(lines) + "\r\n" + head
    data = body.encode("utf-8") if isinstance(body, str) else body
    return top.encode("utf-8", "surrogateescape") + b"\r\n" + data


QUESTION = "Bonjour,\r\nJ'ai oublié mon mot de passe, pouvez-vous m'aider ?\r\nClaire\r\n"


def date_minus_zero() -> bytes:
    """RFC 5322 §3.3: "-0000" means the zone is unknown; Python reads it as a naive datetime."""
    now = datetime.now(UTC) - timedelta(minutes=30)
    return message("", QUESTION, date=now.strftime("%a, %d %b %Y %H:%M:%S -0000"))


def date_without_zone() -> bytes:
    now = datetime.now(UTC) - timedelta(minutes=30)
    return message("", QUESTION, date=now.strftime("%a, %d %b %Y %H:%M:%S"),
                   sender="Léa Fontaine <lea.fontaine@ac-grenoble.fr>")


def date_year_9999() -> bytes:
    return message("", QUESTION, date="Fri, 31 Dec 9999 23:59:59 -1200",
                   sender="Paul Roux <paul.roux@ac-grenoble.fr>")


def date_year_999() -> bytes:
    """Year 999 (a two-digit "01" would be read as 2001 by RFC 5322's rule)."""
    return message("", QUESTION, date="Mon, 01 Jan 0999 00:00:00 +1400",
                   sender="Anne Petit <anne.petit@ac-grenoble.fr>")


def raw_utf8_sender() -> bytes:
    """An internationalised address (RFC 6532) written as raw UTF-8 in From."""
    return message("", QUESTION, sender="André Müller <andré.müller@exemple-école.fr>")


def raw_latin1_addresses() -> bytes:
    """8-bit bytes that are not UTF-8 in From and To (a lone surrogate once reached SQLite)."""
    head = "Cc: \udce9l\udce8ve <\udce9l\udce8ve@ac-grenoble.fr>\r\n"
    return message(head, QUESTION, sender="J\udce9r\udcf4me <j\udce9r\udcf4me@ac-grenoble.fr>")


def long_token_line() -> bytes:
    """100 KB of letters on one line: a pasted token, once 57 s in the signature rules."""
    body = "Bonjour,\r\nmon code : " + "a" * 100_000 + "\r\nMerci\r\nClaire Martin\r\n"
    return message("", body, sender="Claire Martin <claire.m@ac-grenoble.fr>")


def unclosed_html_comment() -> bytes:
    body = "<html><body><p>Bonjour, j'ai oublié mon mot de passe</p><!-- " + "x" * 100_000
    return message("", body, content_type="text/html; charset=utf-8",
                   sender="Marc Blanc <marc.blanc@ac-grenoble.fr>")


def nested_comment_header() -> bytes:
    """128 KB of nested parentheses in a structured header (once 23 s in the guard)."""
    depth = 64 * 1024
    head = "Auto-Submitted: no " + "(" * depth + ")" * depth + "\r\n"
    return message(head, QUESTION, sender="Julie Noir <julie.noir@ac-grenoble.fr>")


def keyword_flood() -> bytes:
    """100 KB of the classifier's own keywords (once 90 s: quadratic matching)."""
    words = "mot de passe oublié identifiant connexion parcours introuvable ? "
    body = "Bonjour,\r\n" + words * (100_000 // len(words)) + "\r\n"
    return message("", body, sender="Hugo Vert <hugo.vert@ac-grenoble.fr>")


def mismatched_end_tags() -> bytes:
    body = "<html><body>" + "<div>" * 10_000 + "<p>Bonjour, je ne trouve pas mon parcours</p>"
    body += "</span>" * 10_000 + "</body></html>"
    return message("", body, content_type="text/html; charset=utf-8",
                   sender="Inès Roux <ines.roux@ac-grenoble.fr>")


def many_blockquotes() -> bytes:
    body = "<html><body><p>Bonjour, mon mot de passe ?</p>" + "<blockquote>x</blockquote>" * 5_000
    return message("", body + "</body></html>", content_type="text/html; charset=utf-8",
                   sender="Eva Gris <eva.gris@ac-grenoble.fr>")


def bounce_of_many_recipients(count: int = 10_000) -> bytes:
    """A delivery report naming `count` recipients (once one synced transaction each)."""
    blocks = "".join(
        f"Final-Recipient: rfc822; stagiaire{n}@ac-grenoble.fr\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        for n in range(count)
    )
    body = (
        "--b\r\nContent-Type: text/plain\r\n\r\nUndelivered.\r\n--b\r\n"
        "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; smtp.example\r\n\r\n"
        f"{blocks}--b--\r\n"
    )
    return message("Return-Path: <>\r\n", body, sender="MAILER-DAEMON@smtp.ac-grenoble.fr",
                   subject="Undelivered Mail Returned to Sender",
                   content_type='multipart/report; report-type=delivery-status; boundary="b"')


def charset_with_nul() -> bytes:
    return message("", "Bonjour, je n'arrive pas à me connecter à M@gistère.\r\n".encode("latin-1"),
                   content_type='text/plain; charset="utf\x00-8"',
                   sender="Tom Brun <tom.brun@ac-grenoble.fr>")


def charset_undefined() -> bytes:
    return message("", "Bonjour, je n'arrive pas à me connecter à M@gistère.\r\n".encode("latin-1"),
                   content_type="text/plain; charset=undefined",
                   sender="Zoé Lenoir <zoe.lenoir@ac-grenoble.fr>")


def multipart_without_boundary_8bit() -> bytes:
    body = "Bonjour, je ne trouve pas le parcours « Numérique » dans ma liste. Élise\r\n"
    return message("", body.encode("utf-8"), content_type="multipart/mixed",
                   sender="Élise Durand <elise.durand@ac-grenoble.fr>")


def giant_header() -> bytes:
    head = "X-Trace: " + "abc, " * 200_000 + "\r\n" + "Comments: " + "=?utf-8?q?=C3?= " * 20_000 + "\r\n"
    return message(head, QUESTION, sender="Noé Blanc <noe.blanc@ac-grenoble.fr>")


def many_headers() -> bytes:
    head = "".join(f"X-Dup-{n % 7}: {'v' * 60}\r\n" for n in range(20_000))
    return message(head, QUESTION, sender="Rose Bleu <rose.bleu@ac-grenoble.fr>")


def many_recipients() -> bytes:
    head = "Cc: " + ", ".join(f"c{n}@ac-grenoble.fr" for n in range(20_000)) + "\r\n"
    return message(head, QUESTION, sender="Luc Orange <luc.orange@ac-grenoble.fr>")


def deep_multipart(depth: int = 2_000) -> bytes:
    parts = []
    for level in range(depth):
        parts.append(f'--b{level}\r\nContent-Type: multipart/mixed; boundary="b{level + 1}"\r\n\r\n')
    parts.append(f"--b{depth}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{QUESTION}")
    body = "".join(parts) + "".join(f"--b{level}--\r\n" for level in reversed(range(depth + 1)))
    return message("", body, content_type='multipart/mixed; boundary="b0"',
                   sender="Ana Rouge <ana.rouge@ac-grenoble.fr>")


def many_parts(count: int = 5_000) -> bytes:
    parts = "".join(f"--p\r\nContent-Type: text/plain\r\n\r\npart {n}\r\n" for n in range(count))
    return message("", f"{parts}--p--\r\n", content_type='multipart/mixed; boundary="p"',
                   sender="Max Jaune <max.jaune@ac-grenoble.fr>")


def rfc2047_garbage() -> bytes:
    subject = "=?utf-8?b?" + "////" * 5000 + "?= =?x-unknown?q?=FF=00?= =?utf-8?q?=?="
    head = "Content-Disposition: attachment; filename*=utf-8''%FF%00%C3; filename*0*=bad''%%\r\n"
    return message(head, QUESTION, subject=subject, sender="=?utf-8?q?=00=FF?= <eve.faux@ac-grenoble.fr>")


def nul_bytes() -> bytes:
    return message("X-Nul: a\x00b\r\n", "Bonjour,\x00 mon identifiant ?\x00\r\n".encode(),
                   sender="Yann Nul <yann.nul@ac-grenoble.fr>")


def mixed_line_ends() -> bytes:
    body = "Bonjour,\rje ne trouve pas\n\rmon parcours\r\r\n\n\r"
    raw = message("", body, sender="Lou Cr <lou.cr@ac-grenoble.fr>")
    return raw.replace(b"\r\nSubject", b"\rSubject").replace(b"\r\nDate", b"\nDate")


def html_bomb() -> bytes:
    body = "<html><body>" + "<table><tr><td>" * 3_000 + "Bonjour" + "<b><i>" * 50_000 + "</body></html>"
    return message("", body, content_type="text/html; charset=utf-8",
                   sender="Ugo Bom <ugo.bom@ac-grenoble.fr>")


def huge_attachment(megabytes: int = 30) -> bytes:
    """A short question with a 30 MB attachment (a video of the screen): real mail, not an attack."""
    line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n"
    payload = line * (megabytes * 1024 * 1024 // len(line))
    body = (
        "--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + QUESTION
        + "--m\r\nContent-Type: video/mp4; name=ecran.mp4\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename=ecran.mp4\r\n\r\n" + payload + "--m--\r\n"
    )
    return message("", body, content_type='multipart/mixed; boundary="m"',
                   sender="Nina Film <nina.film@ac-grenoble.fr>")


def huge_text(megabytes: int = 30) -> bytes:
    body = ("je ne trouve pas mon parcours " * 30 + "\r\n") * (megabytes * 1024 * 1024 // 932)
    return message("", body, sender="Leo Long <leo.long@ac-grenoble.fr>")


def truncated_headers() -> bytes:
    return b"From: Claire <claire.t@ac-grenoble.fr>\r\nTo: " + US.encode() + b"\r\nSubject: =?utf-8?q?mot_de"


def empty() -> bytes:
    return b""


def binary_noise() -> bytes:
    return bytes(range(256)) * 64


POISON: dict[str, Callable[[], bytes]] = {
    "date_minus_zero": date_minus_zero,
    "date_without_zone": date_without_zone,
    "date_year_9999": date_year_9999,
    "date_year_999": date_year_999,
    "raw_utf8_sender": raw_utf8_sender,
    "raw_latin1_addresses": raw_latin1_addresses,
    "long_token_line": long_token_line,
    "unclosed_html_comment": unclosed_html_comment,
    "nested_comment_header": nested_comment_header,
    "keyword_flood": keyword_flood,
    "mismatched_end_tags": mismatched_end_tags,
    "many_blockquotes": many_blockquotes,
    "bounce_of_many_recipients": bounce_of_many_recipients,
    "charset_with_nul": charset_with_nul,
    "charset_undefined": charset_undefined,
    "multipart_without_boundary_8bit": multipart_without_boundary_8bit,
    "giant_header": giant_header,
    "many_headers": many_headers,
    "many_recipients": many_recipients,
    "deep_multipart": deep_multipart,
    "many_parts": many_parts,
    "rfc2047_garbage": rfc2047_garbage,
    "nul_bytes": nul_bytes,
    "mixed_line_ends": mixed_line_ends,
    "html_bomb": html_bomb,
    "truncated_headers": truncated_headers,
    "empty": empty,
    "binary_noise": binary_noise,
}
# Large ones are kept apart: the benchmark measures them, the tests use them sparingly.
LARGE: dict[str, Callable[[], bytes]] = {
    "huge_attachment": huge_attachment,
    "huge_text": huge_text,
}
