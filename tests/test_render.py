"""Tests of render.py: the reply's sections, subject, headers and HTML as a trainee would see them."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

import pytest

from responder.config import LinksConfig, ResponderConfig
from responder.model import (
    Action,
    Address,
    Classification,
    Decision,
    ParsedMessage,
    Profile,
    Topic,
)
from responder.reply.render import render_body, render_reply, reply_subject

RESPONDER = ResponderConfig(
    address="formation-magistere@ac-grenoble.fr",
    display_name="Formation M@gistère - EAFC Grenoble",
    aliases=("magistere@ac-grenoble.fr",),
)
# Every link distinct, so a test can tell which one the reply used.
LINKS = LinksConfig(
    platform="https://magistere.example.fr/ac-grenoble/",
    identifier_recovery="https://id.example.fr/identifiant-oublie",
    password_reset="https://id.example.fr/mot-de-passe?etape=1&source=magistere",
    manual_account_recovery="https://magistere.example.fr/ac-grenoble/login/forgot_password.php",
    helpdesk_form="https://assistance.example.fr/formulaire",
    eafc_stage_managers="https://eafc.example.fr/gestionnaires",
    eafc_engineers="https://eafc.example.fr/ingenierie",
)
NOW = datetime(2026, 12, 1, 9, 30, 0, tzinfo=timezone(timedelta(hours=1)))
OUR_ID = "<rsp-17-0123456789abcdef@formation-magistere.ac-grenoble.fr>"
MARIE = Address(name="Marie Durand", addr="marie.durand@ac-grenoble.fr")

# Words found in one section only: absent unless that section was rendered.
UNIQUE = {
    "step1_academic_a": ["Vous ne connaissez pas votre identifiant", LINKS.identifier_recovery],
    "step1_academic_b": ["avec les lettres en majuscules", "mot-de-passe?etape=1"],
    "step1_university": ["attribués par votre établissement"],
    "step1_other": ["nom d'utilisateur vous sera rappelé"],
    "step2_academic": ["« Connexion » bleu", "messagerie académique"],
    "step2_university": ["« Connexion » violet", "SUPIDP", "« Se connecter »"],
    "step2_other": ["« Connexion directe à M@gistère »", "Nom d'utilisateur ou mot de passe oublié ?"],
    "step3": ["Tous mes parcours", "« Se former »", "outil de recherche", "titre de la formation"],
    "help": [LINKS.helpdesk_form, LINKS.eafc_stage_managers, LINKS.eafc_engineers],
}
# What the guide says each section must carry (may be shared with other sections).
PRESENT = {
    "step1_academic_a": ["NUMEN"],
    "step1_academic_b": ["NUMEN"],
    "step1_university": ["Rapprochez-vous de celui-ci"],
    "step1_other": ["notifiés par courriel", LINKS.manual_account_recovery],
    "step2_academic": [LINKS.platform, "portail d'authentification de l'académie", "« Valider »"],
    "step2_university": [
        LINKS.platform,
        "« SUPIDP - Université Grenoble Alpes »",
        "« SUPIDP - Grenoble INP »",
        "« Valider »",
    ],
    "step2_other": [LINKS.platform, "« Connexion »", LINKS.manual_account_recovery],
    "step3": [LINKS.platform, "page d'accueil"],
    "help": ["guichet d'assistance informatique", "gestionnaires de stage", "ingénierie de formation"],
}
EXPECTED = {
    (Profile.ACADEMIC, Topic.FORGOTTEN_USERNAME): {"step1_academic_a"},
    (Profile.ACADEMIC, Topic.FORGOTTEN_PASSWORD): {"step1_academic_b"},
    (Profile.ACADEMIC, Topic.LOGIN): {"step2_academic"},
    (Profile.ACADEMIC, Topic.FIND_COURSE): {"step3"},
    (Profile.UNIVERSITY, Topic.FORGOTTEN_USERNAME): {"step1_university"},
    (Profile.UNIVERSITY, Topic.FORGOTTEN_PASSWORD): {"step1_university"},
    (Profile.UNIVERSITY, Topic.LOGIN): {"step2_university"},
    (Profile.UNIVERSITY, Topic.FIND_COURSE): {"step3"},
    (Profile.OTHER, Topic.FORGOTTEN_USERNAME): {"step1_other"},
    (Profile.OTHER, Topic.FORGOTTEN_PASSWORD): {"step1_other"},
    (Profile.OTHER, Topic.LOGIN): {"step2_other"},
    (Profile.OTHER, Topic.FIND_COURSE): {"step3"},
}


def make_parsed(**changes: object) -> ParsedMessage:
    base = ParsedMessage(
        message_id="<B.k3x9@ac-grenoble.fr>",
        in_reply_to=(),
        references=(),
        subject='Re: Invitation : parcours "Enseigner avec le numerique"',
        date=None,
        from_addresses=(MARIE,),
        return_path=MARIE.addr,
        recipients=(),
        headers=(),
        content_type="text/plain",
        report_type=None,
        attachment_types=(),
        text="Bonjour, je n'arrive pas à me connecter.",
        new_text="Bonjour, je n'arrive pas à me connecter.",
        classifier_text="je n'arrive pas à me connecter",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def make_decision(
    profile: Profile = Profile.ACADEMIC,
    topics: tuple[Topic, ...] = (Topic.LOGIN,),
    action: Action = Action.REPLY,
    reply_to: Address | None = MARIE,
    send_reply: bool = True,
) -> Decision:
    classification = Classification(profile=profile, topics=topics, action=action)
    return Decision(
        classification=classification,
        stops=(),
        action=action,
        send_reply=send_reply,
        reply_to=reply_to,
    )


def reply(parsed: ParsedMessage | None = None, decision: Decision | None = None) -> EmailMessage:
    mail = render_reply(
        parsed or make_parsed(), decision or make_decision(), RESPONDER, LINKS, OUR_ID, NOW
    )
    return mail.message


def reparse(message: EmailMessage) -> EmailMessage:
    parsed = message_from_bytes(bytes(message), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def bodies(message: EmailMessage) -> tuple[str, str]:
    back = reparse(message)
    plain = back.get_body(("plain",))
    html = back.get_body(("html",))
    assert plain is not None and html is not None
    return plain.get_content(), html.get_content()


def html_text(fragment: str) -> str:
    """What the HTML says once tags are dropped and entities are read (enough for our markers)."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


# --- sections -------------------------------------------------------------------------------


@pytest.mark.parametrize(("profile", "topic"), sorted(EXPECTED, key=str))
def test_each_profile_and_topic_gets_its_section_and_no_other(profile: Profile, topic: Topic) -> None:
    text, html = bodies(reply(decision=make_decision(profile, (topic,))))
    expected = EXPECTED[(profile, topic)]
    for body in (text, html_text(html)):
        for section in expected:
            for marker in UNIQUE[section] + PRESENT[section]:
                assert marker in body, (section, marker)
        for section in set(UNIQUE) - expected:
            for marker in UNIQUE[section]:
                assert marker not in body, (section, marker)


@pytest.mark.parametrize("profile", list(Profile))
@pytest.mark.parametrize("escalated", [False, True])
def test_no_placeholder_or_template_syntax_survives(profile: Profile, escalated: bool) -> None:
    text, html = render_body(profile, tuple(Topic), escalated, RESPONDER, LINKS, "Marie Durand")
    for body in (text, html):
        for leftover in ("[lien](#)", "](#)", "{{", "}}", "{%", "%}", "{#"):
            assert leftover not in body


def test_academic_reply_never_mentions_university_or_manual_login() -> None:
    text, html = render_body(Profile.ACADEMIC, tuple(Topic), True, RESPONDER, LINKS)
    for body in (text, html):
        assert "violet" not in body
        assert "SUPIDP" not in body
        assert "Connexion directe" not in body


@pytest.mark.parametrize("profile", [Profile.UNIVERSITY, Profile.OTHER])
def test_non_academic_reply_never_mentions_numen(profile: Profile) -> None:
    text, html = render_body(profile, tuple(Topic), True, RESPONDER, LINKS)
    for body in (text, html):
        assert "NUMEN" not in body
        assert "bleu" not in body


def test_academic_forgotten_password_gives_numen_default_and_reset_link() -> None:
    text, html = render_body(Profile.ACADEMIC, (Topic.FORGOTTEN_PASSWORD,), False, RESPONDER, LINKS)
    assert "votre mot de passe est votre NUMEN (avec les lettres en majuscules)" in text
    assert LINKS.password_reset in text
    # The link is a real, escaped href in the HTML part.
    assert 'href="https://id.example.fr/mot-de-passe?etape=1&amp;source=magistere"' in html


@pytest.mark.parametrize("profile", [Profile.UNIVERSITY, Profile.OTHER])
def test_both_forgotten_topics_render_the_step1_section_once(profile: Profile) -> None:
    topics = (Topic.FORGOTTEN_USERNAME, Topic.FORGOTTEN_PASSWORD)
    text, html = render_body(profile, topics, False, RESPONDER, LINKS)
    assert text.count("1re étape") == 1
    assert html.count("1re étape") == 1


def test_academic_with_both_forgotten_topics_gets_cases_a_then_b() -> None:
    topics = (Topic.FORGOTTEN_PASSWORD, Topic.FORGOTTEN_USERNAME)
    text, _ = render_body(Profile.ACADEMIC, topics, False, RESPONDER, LINKS)
    assert text.count("1re étape") == 1
    assert text.index(LINKS.identifier_recovery) < text.index("avec les lettres en majuscules")


@pytest.mark.parametrize("profile", list(Profile))
def test_several_topics_come_in_guide_order_then_help(profile: Profile) -> None:
    topics = (Topic.FIND_COURSE, Topic.LOGIN, Topic.FORGOTTEN_PASSWORD, Topic.FORGOTTEN_USERNAME)
    text, html = bodies(reply(decision=make_decision(profile, topics, Action.ESCALATE)))
    for body in (text, html_text(html)):
        positions = [
            body.index("1re étape"),
            body.index("2e étape"),
            body.index("3e étape"),
            body.index("Aide : qui contacter"),
            body.index("Cordialement"),
        ]
        assert positions == sorted(positions)


# --- greeting, notice, escalation, sign-off -------------------------------------------------------


def test_first_line_says_the_reply_is_automatic_then_greets_by_name() -> None:
    text, html = bodies(reply())
    lines = text.splitlines()
    assert lines[0] == "Ceci est une réponse automatique du service de formation M@gistère de l'EAFC."
    assert lines[2] == "Bonjour Marie Durand,"
    assert lines[-2:] == ["Cordialement,", RESPONDER.display_name]
    first_paragraph = re.search(r"<body>\s*<p>(.*?)</p>", html, re.S)
    assert first_paragraph is not None
    assert html_text(first_paragraph.group(1)).startswith("Ceci est une réponse automatique")


def test_greeting_without_a_display_name_is_plain_bonjour() -> None:
    parsed = make_parsed(from_addresses=(Address(name="", addr=MARIE.addr),))
    text, html = bodies(reply(parsed, make_decision(reply_to=Address("", MARIE.addr))))
    assert text.splitlines()[2] == "Bonjour,"
    assert "<p>Bonjour,</p>" in html


def test_an_address_as_display_name_is_not_used_to_greet() -> None:
    sender = Address(name="marie.durand@ac-grenoble.fr", addr=MARIE.addr)
    text, _ = bodies(reply(make_parsed(from_addresses=(sender,)), make_decision(reply_to=sender)))
    assert text.splitlines()[2] == "Bonjour,"


def test_escalated_reply_says_a_manager_will_answer_and_shows_help() -> None:
    notice = "Votre message a été transmis à l'EAFC : un gestionnaire vous répondra personnellement."
    text, html = bodies(reply(decision=make_decision(topics=(Topic.LOGIN,), action=Action.ESCALATE)))
    assert notice in text
    assert notice in html_text(html)
    assert LINKS.helpdesk_form in text
    assert "« Connexion » bleu" in text  # the guide's answer still comes with it


def test_escalated_reply_without_topic_still_has_notice_and_help() -> None:
    text, _ = bodies(reply(decision=make_decision(topics=(), action=Action.ESCALATE)))
    assert "un gestionnaire vous répondra personnellement" in text
    assert "Aide : qui contacter en cas de difficultés ?" in text
    assert "étape" not in text


def test_plain_reply_has_no_escalation_notice_nor_help() -> None:
    text, _ = bodies(reply(decision=make_decision(topics=(Topic.FIND_COURSE,))))
    assert "transmis à l'EAFC" not in text
    assert LINKS.helpdesk_form not in text


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
