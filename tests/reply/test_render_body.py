"""The reply's body as a trainee reads it: the guide's sections for each profile and topic, in
order, then the greeting, the automatic notice, the escalation notice and the sign-off."""

from __future__ import annotations

import re

import pytest

from responder.model import Action, Address, Profile, Topic
from responder.reply.render import render_body
from tests.reply.render_support import (
    LINKS,
    MARIE,
    RESPONDER,
    bodies,
    html_text,
    make_decision,
    make_parsed,
    reply,
)

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
