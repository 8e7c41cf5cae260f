"""The reply's headers as mail clients and relays read them: the subject, From/To, threading, line
lengths, what no hostile name or subject can inject, and the programming errors render refuses."""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime

import pytest

from responder.model import Action, Address, Topic
from responder.reply.render import render_reply, reply_subject
from tests.reply.render_support import (
    LINKS,
    MARIE,
    NOW,
    OUR_ID,
    RESPONDER,
    bodies,
    make_decision,
    make_parsed,
    reparse,
    reply,
)


# --- subject --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Problème de connexion", "Re: Problème de connexion"),
        ("RE: Invitation : parcours", "Re: Invitation : parcours"),
        ("RE : Invitation : parcours", "Re: Invitation : parcours"),
        ("RE\u00a0: Invitation", "Re: Invitation"),
        ("Re: Re: x", "Re: x"),
        ("re:RE: Re : x", "Re: x"),
        ("AW: x", "Re: x"),
        ("Ré : x", "Re: x"),
        ("Réf: x", "Re: x"),
        ("Re[2]: x", "Re: x"),
        ("TR: x", "Re: TR: x"),
        ("Récupération du mot de passe", "Re: Récupération du mot de passe"),
        ("Reflexion: x", "Re: Reflexion: x"),
        ("", "Re: votre message"),
        ("   ", "Re: votre message"),
        ("Re:", "Re: votre message"),
        (
            "=?UTF-8?Q?Probl=C3=A8me_de_connexion_=C3=A0_M@gist=C3=A8re?=",
            "Re: Problème de connexion à M@gistère",
        ),
    ],
)
def test_reply_subject(original: str, expected: str) -> None:
    assert reply_subject(original) == expected


def test_missing_subject_gets_a_fixed_one() -> None:
    assert reply_subject(None) == "Re: votre message"


def test_long_subject_is_cut_to_256_code_points_with_ellipsis() -> None:
    original = "Problème " * 67  # 603 characters
    subject = reply_subject(original)
    assert len(subject) <= 256
    assert subject.startswith("Re: Problème Problème")
    assert subject.endswith("…")


def test_long_subject_is_not_cut_between_letter_and_accent() -> None:
    decomposed = "Re: " + "x" * 250 + "éééééééééé"  # NFC would compose these: use real combining marks
    original = decomposed.replace("é", "q\u0301")  # q + combining acute has no composed form
    subject = reply_subject(original)
    assert subject.endswith("…")
    assert subject[-2] != "q"  # the letter went with its accent, or both stayed
    assert not subject[:-1].endswith("q")


@pytest.mark.parametrize(
    "hostile",
    [
        "Aide\r\nBcc: evil@example.org",
        "Aide\nBcc: evil@example.org",
        "=?utf-8?q?Aide=0D=0ABcc:_evil@example.org?=",
        "Re: =?utf-8?b?QWlkZQ0KQmNjOiBldmlsQGV4YW1wbGUub3Jn?=",
    ],
)
def test_line_breaks_in_the_subject_cannot_add_a_header(hostile: str) -> None:
    subject = reply_subject(hostile)
    assert "\r" not in subject and "\n" not in subject
    back = reparse(reply(make_parsed(subject=hostile)))
    assert back["Bcc"] is None
    assert back["Subject"] == subject
    assert "evil@example.org" in subject  # kept as harmless text


def test_non_ascii_subject_is_encoded_and_decodes_back() -> None:
    message = reply(make_parsed(subject="Problème de connexion à M@gistère"))
    raw = bytes(message)
    header = raw.split(b"\r\n\r\n", 1)[0]
    assert header.isascii()
    subject_lines = re.search(rb"^Subject:.*?(?=\r\n\S)", header, re.S | re.M)
    assert subject_lines is not None
    assert all(len(line) <= 78 for line in subject_lines.group(0).split(b"\r\n"))
    assert reparse(message)["Subject"] == "Re: Problème de connexion à M@gistère"


# --- headers --------------------------------------------------------------------------------------


def test_reply_headers_parse_back_to_what_was_set() -> None:
    parsed = make_parsed(subject="RE : Invitation : parcours numérique")
    mail = render_reply(parsed, make_decision(), RESPONDER, LINKS, OUR_ID, NOW)
    back = reparse(mail.message)
    assert back["From"] == '"Formation M@gistère - EAFC Grenoble" <formation-magistere@ac-grenoble.fr>'
    assert back["From"].addresses[0].display_name == RESPONDER.display_name
    assert back["To"] == "Marie Durand <marie.durand@ac-grenoble.fr>"
    assert back["Subject"] == "Re: Invitation : parcours numérique"
    assert back["Message-ID"] == OUR_ID
    assert back["In-Reply-To"] == "<B.k3x9@ac-grenoble.fr>"
    assert back["References"] == "<B.k3x9@ac-grenoble.fr>"
    assert parsedate_to_datetime(back["Date"]) == NOW
    assert back["Auto-Submitted"] == "auto-replied"
    assert back["X-Auto-Response-Suppress"] == "All"
    assert back["Precedence"] == "bulk"
    assert back["X-Loop"] == "formation-magistere@ac-grenoble.fr"
    assert back["MIME-Version"] == "1.0"
    for absent in ("Cc", "Bcc", "Reply-To"):
        assert back[absent] is None
    assert back.get_content_type() == "multipart/alternative"
    parts = [(p.get_content_type(), p.get_content_charset()) for p in back.iter_parts()]
    assert parts == [("text/plain", "utf-8"), ("text/html", "utf-8")]
    assert not any(p.is_attachment() for p in back.iter_parts())
    assert mail.envelope_from == RESPONDER.mail_from
    assert mail.envelope_to == ("marie.durand@ac-grenoble.fr",)
    assert mail.message_id == OUR_ID


def test_every_line_of_the_reply_fits_78_characters() -> None:
    parsed = make_parsed(
        subject="Problème de connexion à M@gistère " * 5,
        references=tuple(f"<ref{n}.aaaaaaaaaaaaaaaaaaaa@ac-grenoble.fr>" for n in range(8)),
    )
    decision = make_decision(topics=tuple(Topic), action=Action.ESCALATE)
    raw = bytes(reply(parsed, decision))
    assert raw.isascii()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78


def test_to_keeps_the_name_when_the_envelope_is_the_sender_in_another_case() -> None:
    envelope = Address(name="", addr="Marie.Durand@AC-Grenoble.fr")
    mail = render_reply(make_parsed(), make_decision(reply_to=envelope), RESPONDER, LINKS, OUR_ID, NOW)
    assert reparse(mail.message)["To"] == "Marie Durand <Marie.Durand@AC-Grenoble.fr>"
    assert mail.envelope_to == ("Marie.Durand@AC-Grenoble.fr",)


def test_to_is_the_bare_envelope_address_when_it_is_not_the_sender() -> None:
    srs = Address(name="Marie D", addr="SRS0=x1Yz=QK=gmail.com=marie.d@relais.univ-grenoble-alpes.fr")
    parsed = make_parsed(from_addresses=(Address("Marie D", "marie.d@gmail.com"),))
    mail = render_reply(parsed, make_decision(reply_to=srs), RESPONDER, LINKS, OUR_ID, NOW)
    back = reparse(mail.message)
    assert back["To"] == srs.addr
    assert mail.envelope_to == (srs.addr,)
    assert bodies(mail.message)[0].splitlines()[2] == "Bonjour,"


def test_hostile_display_name_is_inert_in_html_and_headers() -> None:
    hostile = Address(name="Marie <script>alert('x')</script>", addr=MARIE.addr)
    message = reply(make_parsed(from_addresses=(hostile,)), make_decision(reply_to=hostile))
    text, html = bodies(message)
    assert "<script" not in html and "script" not in text  # markup is no name to greet with
    assert "Bonjour,\r\n" in text
    assert reparse(message)["To"].addresses[0].addr_spec == MARIE.addr


@pytest.mark.parametrize(
    "name",
    [
        "Marie\r\nBcc: evil@example.org",
        "=?utf-8?q?Marie=0D=0ABcc:_evil@example.org?=",
        "=?utf-8?q?Marie=0D=0AX-Injected:_yes?=",
    ],
)
def test_line_breaks_in_the_display_name_cannot_add_a_header(name: str) -> None:
    sender = Address(name=name, addr=MARIE.addr)
    back = reparse(reply(make_parsed(from_addresses=(sender,)), make_decision(reply_to=sender)))
    assert back["Bcc"] is None
    assert back["X-Injected"] is None
    assert len(back.get_all("To") or []) == 1
    assert back["To"].addresses[0].addr_spec == MARIE.addr


@pytest.mark.parametrize(
    ("message_id", "in_reply_to", "references", "want_in_reply_to", "want_references"),
    [
        ("<B@x>", (), (), "<B@x>", "<B@x>"),
        ("<B@x>", ("<inv-42@f>",), ("<inv-42@f>",), "<B@x>", "<inv-42@f> <B@x>"),
        ("<B@x>", ("<p@x>",), ("<a@x>", "<p@x>"), "<B@x>", "<a@x> <p@x> <B@x>"),
        ("<B@x>", ("<p@x>",), (), "<B@x>", "<p@x> <B@x>"),
        (None, (), (), None, None),
        (None, ("<p@x>",), ("<a@x>", "<p@x>"), None, "<a@x> <p@x>"),
        ("not an id", (), (), None, None),
    ],
)
def test_in_reply_to_and_references(
    message_id: str | None,
    in_reply_to: tuple[str, ...],
    references: tuple[str, ...],
    want_in_reply_to: str | None,
    want_references: str | None,
) -> None:
    parsed = make_parsed(message_id=message_id, in_reply_to=in_reply_to, references=references)
    back = reparse(reply(parsed))
    assert back["In-Reply-To"] == want_in_reply_to
    assert back["References"] == want_references


def test_long_message_ids_are_kept_intact_for_threading() -> None:
    long_id = "<" + "a" * 120 + "@mail.gmail.com>"
    message = reply(make_parsed(message_id=long_id, references=("<first@x>",)))
    header = bytes(message).split(b"\r\n\r\n", 1)[0]
    # On the wire, not only once decoded: clients match ids byte for byte, never as encoded-words.
    threading = re.findall(rb"^(?:In-Reply-To|References):.*?(?=\r\n\S)", header, re.S | re.M)
    assert len(threading) == 2
    assert all(long_id.encode() in field and b"=?" not in field for field in threading)
    back = reparse(message)
    assert back["In-Reply-To"] == long_id
    assert back["References"] == f"<first@x> {long_id}"


def test_a_very_long_thread_keeps_first_and_latest_references() -> None:
    references = tuple(f"<r{n}@x>" for n in range(50))
    back = reparse(reply(make_parsed(references=references)))
    kept = str(back["References"]).split()
    assert len(kept) == 20
    assert kept[0] == "<r0@x>"
    assert kept[-2:] == ["<r49@x>", "<B.k3x9@ac-grenoble.fr>"]


# --- programming errors ---------------------------------------------------------------------------


def test_refuses_a_decision_that_sends_no_reply() -> None:
    with pytest.raises(ValueError):
        render_reply(make_parsed(), make_decision(send_reply=False), RESPONDER, LINKS, OUR_ID, NOW)
    with pytest.raises(ValueError):
        render_reply(make_parsed(), make_decision(reply_to=None), RESPONDER, LINKS, OUR_ID, NOW)


@pytest.mark.parametrize("bad", ["marie durand@ac-grenoble.fr", "marie", "a@b\r\nBcc: c@d"])
def test_refuses_an_unusable_reply_to_address(bad: str) -> None:
    with pytest.raises(ValueError):
        render_reply(make_parsed(), make_decision(reply_to=Address("", bad)), RESPONDER, LINKS, OUR_ID, NOW)


def test_refuses_a_malformed_own_message_id() -> None:
    with pytest.raises(ValueError):
        render_reply(make_parsed(), make_decision(), RESPONDER, LINKS, "<x@y>\r\nBcc: c@d", NOW)


def test_a_name_made_of_markup_is_not_used_to_greet() -> None:
    from responder.reply.render import _person_name

    assert _person_name("<script>alert(1)</script>") == ""
    assert _person_name("Marie-Claude Dupont") == "Marie-Claude Dupont"
