"""parse_message: MIME bodies and charsets of real mail, and the French reply layouts (synthetic)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from responder.parse import decode_text, parse_message
from tests.paths import DEMO, REAL_MAIL, TESTS

MIME = REAL_MAIL / "mime"
REPLIES = TESTS / "fixtures" / "replies"
INVITATION = (REPLIES / "invitation.txt").read_text("utf-8")
INVITATION_WORDS = ("identifiant", "mot de passe", "parcours")
OWN_WORDS = ("pas à me connecter à M@gistère", "mon compte est inconnu", "Pouvez-vous m'aider ?")
needs_real = pytest.mark.skipif(not MIME.is_dir(), reason=f"real-mail fixtures absent: {MIME}")


def _mime_files() -> list[Path]:
    return sorted(p for p in MIME.rglob("*") if p.is_file()) if MIME.is_dir() else []


def _mime(rel: str) -> bytes:
    return (MIME / rel).read_bytes()


@needs_real
@pytest.mark.parametrize("path", _mime_files(), ids=lambda p: str(p.relative_to(MIME)))
def test_every_real_message_parses_to_a_body_or_a_no_body_defect(path: Path) -> None:
    parsed = parse_message(path.read_bytes())
    assert parsed.text.strip() or "no_body" in parsed.defects
    assert "\ufffd" not in parsed.text


@needs_real
@pytest.mark.parametrize(
    ("rel", "expected"),
    [
        ("jhillyerd-enmime/testdata/mail/non-mime-missing-charset.raw", "€"),
        ("jhillyerd-enmime/testdata/mail/html-mime-bad-charset-inline.raw", "Test of text section"),
        ("jhillyerd-enmime/testdata/low-quality/incorrect-charset.raw", "∮ E⋅da = Q"),
        ("jhillyerd-enmime/testdata/low-quality/html-only-inline.raw", "Test of HTML section"),
        ("jhillyerd-enmime/testdata/low-quality/unk-charset-part.raw", "A text section"),
        ("jhillyerd-enmime/testdata/parts/chardet-success-iso-8859-1.raw", "Drachenköpfe"),
        ("jhillyerd-enmime/testdata/mail/multipart-wo-boundary.raw", "multipart message without boundary"),
        ("cpython-test_email/data/msg_46.txt", "Testing email forwarding"),
        ("cpython-test_email/data/msg_41.txt", "Blah blah blah"),
        ("mailgun-flanker/messages/no-ctype.eml", "Hello,\nI'm just testing message parsing\n\nBR,\nBob"),
        ("SpamScope-mail-parser/mails/mail_test_12", "我公司可代开各类增值税发票"),
    ],
)
def test_body_is_decoded_as_the_source_expects(rel: str, expected: str) -> None:
    parsed = parse_message(_mime(rel))
    assert expected in parsed.text
    assert not any("\u0080" <= ch <= "\u009f" for ch in parsed.text)


@needs_real
def test_lying_charset_is_recorded_as_a_defect() -> None:
    parsed = parse_message(_mime("jhillyerd-enmime/testdata/low-quality/incorrect-charset.raw"))
    assert "charset:us-ascii->utf-8" in parsed.defects
    assert "\ufffd" not in parsed.text


@needs_real
def test_header_fields_come_from_headers_py() -> None:
    assert parse_message(_mime("mailgun-flanker/messages/from-encoding.eml")).from_addresses[0].name == (
        "Ingo Lütkebohle")
    assert parse_message(_mime("SpamScope-mail-parser/mails/mail_test_19")).from_addresses[0].addr == (
        "bob@example.com")
    report = parse_message(_mime("mailgun-flanker/messages/disposition-notification.eml"))
    assert (report.content_type, report.report_type) == ("multipart/report", "disposition-notification")


@pytest.mark.parametrize("raw", [b"", b"\x00\xff\xfe garbage", b"Content-Type: multipart/mixed\n\n--x",
                                 b"Subject: =?bogus?q?x?=\nContent-Type: text/plain; charset=\"\n\n\xe9t\xe9",
                                 b"Content-Transfer-Encoding: base64\n\n!!!not base64!!!"])
def test_never_raises_on_garbage(raw: bytes) -> None:
    parsed = parse_message(raw)
    assert parsed.text.strip() or "no_body" in parsed.defects


def test_windows_1252_apostrophe_labelled_latin1_is_decoded_as_an_apostrophe() -> None:
    text, note = decode_text("j’ai oublié".encode("cp1252"), "iso-8859-1")
    assert text == "j’ai oublié" and note is None


def _layouts() -> list[object]:
    params = []
    for path in sorted(REPLIES.glob("*.eml")):
        if path.stem == "prose_quote_fr":
            continue
        if path.stem != "known_text_no_marks":  # an unmarked paste is only found by matching what we sent
            params.append(pytest.param(path.name, (), id=f"{path.stem}-layout_only"))
        params.append(pytest.param(path.name, (INVITATION,), id=f"{path.stem}-with_known_texts"))
    return params


@pytest.mark.parametrize(("name", "known"), _layouts())
def test_french_layouts_keep_the_trainee_words_and_drop_the_invitation(name: str, known: tuple[str, ...]) -> None:
    parsed = parse_message((REPLIES / name).read_bytes(), known)
    for words in OWN_WORDS:
        assert words in parsed.new_text.replace("’", "'").replace("n'arrive", "n’arrive")
    for words in INVITATION_WORDS:
        assert words not in parsed.new_text.lower()
    assert "mon compte est inconnu" in parsed.classifier_text
    assert "Cordialement" not in parsed.classifier_text and "Marie Dupont" not in parsed.classifier_text
    assert parsed.quote_confident


@pytest.mark.parametrize(
    ("name", "cut"),
    [("thunderbird_fr.eml", "attribution"), ("zimbra_fr.eml", "separator"), ("outlook_fr_cp1252.eml", "header_block"),
     ("message_origine_latin1.eml", "separator"), ("orange_fr.eml", "separator"),
     ("gmail_html_only.eml", "html:gmail_quote"), ("outlook_html_only.eml", "html:outlook_reply")],
)
def test_quote_cut_says_what_cut_the_quote(name: str, cut: str) -> None:
    assert parse_message((REPLIES / name).read_bytes()).quote_cut == cut


def test_known_texts_remove_an_unmarked_paste_of_the_invitation() -> None:
    parsed = parse_message((REPLIES / "known_text_no_marks.eml").read_bytes(), (INVITATION,))
    assert parsed.quote_cut == "known_text"
    assert "Numérique éducatif" not in parsed.new_text


def test_windows_1252_body_keeps_its_curly_apostrophe() -> None:
    parsed = parse_message((REPLIES / "outlook_fr_cp1252.eml").read_bytes())
    assert "Je n’arrive pas" in parsed.text and "\u0092" not in parsed.text


def test_trainee_quoting_the_trainer_in_prose_is_not_cut() -> None:
    for known in ((), (INVITATION,)):
        parsed = parse_message((REPLIES / "prose_quote_fr.eml").read_bytes(), known)
        assert "Le formateur, M. Dupont, a écrit :" in parsed.new_text
        assert "« connectez-vous avec vos identifiants académiques »" in parsed.new_text
        assert "mais cela ne marche pas pour moi, la page reste blanche." in parsed.new_text
        assert parsed.quote_cut == "none"
        assert "Paul Martin" not in parsed.classifier_text


def test_a_pure_forward_is_flagged_not_trusted() -> None:
    raw = ("Content-Type: text/plain; charset=utf-8\n\n-------- Message transféré --------\n"
           "Sujet : Invitation\nDe : Formation EAFC <eafc@ac-grenoble.fr>\nPour : moi@ac-grenoble.fr\n\n"
           + INVITATION).encode("utf-8")
    assert parse_message(raw).quote_confident is False
    assert parse_message(raw, (INVITATION,)).quote_confident is False


def test_thousand_typical_messages_parse_in_a_few_seconds() -> None:
    raws = [p.read_bytes() for p in sorted(REPLIES.glob("*.eml"))]
    start = time.perf_counter()
    for index in range(1000):
        parse_message(raws[index % len(raws)], (INVITATION,))
    # ~3-4 s measured (a third of it is header parsing); generous bound for a loaded machine.
    assert time.perf_counter() - start < 10.0


def test_delivery_reports_of_a_bounce_are_read() -> None:
    demo = DEMO / "08-bounce.eml"
    parsed = parse_message(demo.read_bytes())
    [report] = parsed.delivery_reports
    assert (report.recipient, report.action, report.status) == ("ancien.stagiaire@ac-grenoble.fr", "failed", "5.1.1")
    assert report.permanent_failure
    assert parse_message(b"From: a@b.fr\r\nSubject: x\r\n\r\nhello").delivery_reports == ()


def _plain(body: str, params: str = "") -> bytes:
    head = (f"From: Lucie Martin <lucie.martin@example.org>\nTo: formation@example.org\nSubject: Re: stage\n"
            f"Message-ID: <t1@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8{params}\n\n")
    return (head + body).encode("utf-8")


def test_format_flowed_lines_are_joined_before_the_line_rules() -> None:
    body = ("Je suis inscrite au stage « Oral et \n» mais je ne vois pas le bouton pour \nentrer ?\n\n"
            "> Texte cité qui se \n> poursuit ici.\n-- \nLucie\n")
    parsed = parse_message(_plain(body, "; format=flowed"))
    assert "Je suis inscrite au stage « Oral et » mais je ne vois pas le bouton pour entrer ?" in parsed.text
    assert "> Texte cité qui se poursuit ici." in parsed.text
    assert "\n-- \n" in parsed.text  # the signature delimiter is not a soft break


def test_format_flowed_delsp_removes_the_breaking_space() -> None:
    parsed = parse_message(_plain("un mot coup\u00e9 en deux: mot de pa \nsse\n", '; format=flowed; delsp="yes"'))
    assert "mot de passe" in parsed.text


def test_text_without_format_flowed_keeps_its_line_breaks() -> None:
    parsed = parse_message(_plain("première ligne \nseconde ligne\n"))
    assert "première ligne \nseconde ligne" in parsed.text


def test_inline_answer_between_quoted_lines_keeps_only_the_typed_lines() -> None:
    body = ("Bonjour, je réponds entre les lignes.\n\n"
            "Le mar. 6 oct. 2026 à 09:15, Formation <formation@example.org> a écrit :\n\n"
            "> Vous êtes inscrit(e) au stage de physique.\n> Connectez-vous avec votre identifiant.\n\n"
            "Je n'ai reçu aucun identifiant, à qui le demander ?\n\n"
            "> En cas d'oubli du mot de passe, lisez le guide.\n> Bien cordialement,\n> Le formateur\n\n"
            "Jules Perrin\n")
    parsed = parse_message(_plain(body))
    assert "Je n'ai reçu aucun identifiant, à qui le demander ?" in parsed.classifier_text
    for quoted in ("Vous êtes inscrit", "mot de passe", "Bien cordialement", "Jules Perrin"):
        assert quoted not in parsed.classifier_text


def test_apple_mail_attribution_and_quote_in_two_blockquotes_are_both_cut() -> None:
    html = ('<div>Je ne trouve pas le stage sur ma page, où est-il ?</div><div>Merci</div>'
            '<div><blockquote type="cite">Le 2 oct. 2026 à 10:00, Formation &lt;formation@example.org&gt; '
            'a écrit&nbsp;:<br><br></blockquote></div>'
            '<blockquote type="cite"><div>Bonjour à tous,</div><div>Le parcours est ouvert, connectez-vous.</div>'
            '</blockquote>')
    raw = ("From: a@example.org\nTo: formation@example.org\nSubject: Re: x\nMIME-Version: 1.0\n"
           "Content-Type: text/html; charset=utf-8\n\n" + html).encode("utf-8")
    parsed = parse_message(raw)
    assert parsed.quote_cut == "html:blockquote_cite"
    assert "où est-il ?" in parsed.new_text
    assert "Bonjour à tous" not in parsed.new_text and "connectez-vous" not in parsed.new_text


def test_text_typed_between_two_html_quotes_is_kept() -> None:
    html = ('<div>Première remarque.</div><blockquote type="cite">Le 2 oct. 2026 à 10:00, X &lt;x@example.org&gt; '
            'a écrit :</blockquote><div>Réponse glissée entre les deux citations.</div>'
            '<blockquote type="cite">Texte cité.</blockquote>')
    raw = ("From: a@example.org\nTo: b@example.org\nSubject: Re: x\nMIME-Version: 1.0\n"
           "Content-Type: text/html; charset=utf-8\n\n" + html).encode("utf-8")
    assert "Réponse glissée entre les deux citations." in parse_message(raw).new_text
