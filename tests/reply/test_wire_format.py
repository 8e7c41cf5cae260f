"""Mail as it goes on the wire (responder/wire.py): what a trainee's client reads back is what we wrote."""

from __future__ import annotations

import email
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage

import pytest

from responder.reply.render import make_policy
from responder.wire import message_bytes, set_alternative_body

BODY = "Ligne é\n\ttab \nfin  \n" + "x" * 200 + "\n.\nFrom here\n= égal\n" + "é" * 100 + "\n"
NAMES = ['Dupont, Éric "le prof"', "Zoë", "日本語の名前", "Ünïcödé\\back", "José (CPE)", "Anne-Sophie Lefèvre"]


def written(name: str, subject: str) -> bytes:
    message = EmailMessage(policy=make_policy("in-reply-to", "references"))
    message["From"] = Address(display_name=name, addr_spec="eafc@ac-grenoble.fr")
    message["To"] = [Address(display_name=name, addr_spec="x@ac-grenoble.fr"), Address("Bob", addr_spec="bob@y.fr")]
    message["Subject"] = subject
    set_alternative_body(message, BODY, "<p>é</p>")
    return message_bytes(message)


@pytest.mark.parametrize("name", NAMES)
def test_names_subject_and_both_parts_read_back_as_written(name: str) -> None:
    subject = f"Re: {name} " + "ç" * 60 + " « Évaluer par compétences »"
    read = email.message_from_bytes(written(name, subject), policy=policy.default)
    assert read["From"].addresses[0].display_name == name
    assert [a.display_name for a in read["To"].addresses] == [name, "Bob"]
    assert str(read["Subject"]) == subject
    plain, html = read.get_body(("plain",)), read.get_body(("html",))
    assert plain is not None and html is not None
    assert plain.get_content().replace("\r\n", "\n") == BODY
    assert html.get_content().replace("\r\n", "\n") == "<p>é</p>\n"


@pytest.mark.parametrize("name", NAMES)
def test_every_line_is_7_bit_and_short_enough_for_any_relay(name: str) -> None:
    data = written(name, "Re: " + "é" * 120)
    assert data.isascii()  # quoted-printable and encoded-words: no 8BITMIME needed
    for line in data.split(b"\r\n"):
        assert len(line) <= 78, line
        if b"=?" in line:
            assert len(line) <= 76, line  # RFC 2047 §2
