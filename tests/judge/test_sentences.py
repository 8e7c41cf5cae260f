"""The clause veto: an automatic answer goes out only when no clause asks what it does not answer.

Messages go through the real decision (parse, rules, the shipped clause model, guard), as
`responder classify` takes them; the texts are this file's own.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from responder.config import ProfilesConfig, ResponderConfig
from responder.judge import Verdict
from responder.judge.evaluate import judge_file, prediction
from responder.judge.guard import GuardSettings
from responder.judge.rules import Rules
from responder.judge.rules_file import load_rules
from responder.judge.sentences import ReadClause, Reading
from responder.model import Topic

US = "formation-magistere@ac-grenoble.fr"


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(None, ProfilesConfig())


def verdict_on(text: str, rules: Rules) -> Verdict:
    mail = EmailMessage()
    mail["From"] = "Claire Martin <claire.martin@ac-grenoble.fr>"
    mail["To"] = US
    mail["Subject"] = "Re: Invitation au parcours « Évaluer par compétences »"
    mail["Date"] = "Tue, 01 Dec 2026 09:12:00 +0100"
    mail["Message-ID"] = "<veto-1@ac-grenoble.fr>"
    mail.set_content(text)
    settings = GuardSettings.from_config(ResponderConfig(address=US), b"test")
    return judge_file(bytes(mail), rules, settings)[1]


def test_a_message_the_guide_answers_whole_is_answered(rules: Rules) -> None:
    verdict = verdict_on("Bonjour, j'ai oublié mon mot de passe, comment le réinitialiser ? Merci", rules)
    assert prediction(verdict).action == "reply"
    assert prediction(verdict).topics == ("forgotten_password",)
    assert verdict.decision.send_reply


def test_a_second_question_outside_the_guide_goes_to_a_human_with_the_topic_found(rules: Rules) -> None:
    text = ("Bonjour, j'ai oublié mon mot de passe. Est-ce que la formation compte pour mon "
            "avancement d'échelon ? Merci")
    verdict = verdict_on(text, rules)
    result = prediction(verdict)
    assert result.action == "escalate"
    assert result.topics == ("forgotten_password",)  # the human starts from the right section
    veto = [r for r in result.reasons if r.startswith("escalate.clauses")]
    assert veto and "avancement d'échelon" in veto[0] and "demande hors guide" in veto[0]


def test_a_negated_topic_does_not_stop_the_answer_to_the_real_question(rules: Rules) -> None:
    text = ("Bonjour, je n'ai pas oublié mon mot de passe, mais je ne trouve pas le parcours dans "
            "mon tableau de bord. Merci")
    result = prediction(verdict_on(text, rules))
    assert (result.action, result.topics) == ("reply", ("find_course",))


def test_an_out_of_office_without_any_header_marker_is_ignored(rules: Rules) -> None:
    text = ("Je suis absente du bureau jusqu'au 15 décembre inclus. Pour toute urgence, merci de "
            "contacter le secrétariat au 04 76 00 00 00.")
    verdict = verdict_on(text, rules)
    assert prediction(verdict).action == "ignore"
    assert [s.code for s in verdict.decision.stops] == ["robot_text"]
    assert not verdict.decision.send_reply


def test_a_message_half_robot_goes_to_a_person_without_any_acknowledgement(rules: Rules) -> None:
    text = "Je suis absente du bureau jusqu'au 15 décembre inclus. J'ai oublié mon mot de passe."
    verdict = verdict_on(text, rules)
    assert prediction(verdict).action == "escalate"
    assert "robot_like" in [s.code for s in verdict.decision.stops]
    assert not verdict.decision.send_reply  # an acknowledgement to a robot could start a loop


def test_every_clause_is_kept_with_its_label_and_confidence(rules: Rules) -> None:
    verdict = verdict_on("Bonjour, je ne trouve pas le parcours. Merci", rules)
    labels = {c.text: c.label for c in verdict.reading.clauses}
    assert labels.get("je ne trouve pas le parcours.") == "find_course"
    assert all(0.0 < c.confidence <= 1.0 for c in verdict.reading.clauses)


def clause(text: str, label: str, confidence: float, **others: float) -> ReadClause:
    probabilities = ((label, confidence), *others.items())
    return ReadClause(text, label, confidence, probabilities)


def test_a_section_no_clause_asks_for_is_an_objection() -> None:
    reading = Reading((clause("je ne trouve pas le parcours", "find_course", 0.97, login=0.02),))
    assert reading.objection((Topic.FIND_COURSE,)) is None
    objection = reading.objection((Topic.LOGIN, Topic.FIND_COURSE)) or ""
    assert "connexion" in objection  # the login section: nobody asked for it


def test_a_short_follow_up_question_is_covered_by_the_clause_before_it() -> None:
    reading = Reading((
        clause("j'ai perdu mon identifiant", "forgotten_username", 0.95),
        clause("Comment le retrouver ?", "forgotten_password", 0.7),
    ))
    assert reading.objection((Topic.FORGOTTEN_USERNAME,)) is None
    unsure_long = Reading((
        clause("j'ai perdu mon identifiant", "forgotten_username", 0.95),
        clause("et je voudrais savoir comment le mot de passe se change", "forgotten_password", 0.7),
    ))
    assert unsure_long.objection((Topic.FORGOTTEN_USERNAME,)) is not None


def verdict_from(text: str, sender: str, rules: Rules) -> Verdict:
    mail = EmailMessage()
    mail["From"] = f"Claire Martin <{sender}>"
    mail["To"] = US
    mail["Subject"] = "Re: Invitation au parcours « Évaluer par compétences »"
    mail["Date"] = "Tue, 01 Dec 2026 09:12:00 +0100"
    mail["Message-ID"] = "<account-1@example.org>"
    mail.set_content(text)
    return judge_file(bytes(mail), rules, GuardSettings.from_config(ResponderConfig(address=US), b"test"))[1]


def test_an_academic_sender_enrolled_with_her_university_account_is_not_given_the_academic_steps(
    rules: Rules,
) -> None:
    text = ("Bonjour, j'écris de mon adresse académique mais je suis inscrite avec mon compte "
            "étudiant UGA. J'ai oublié mon mot de passe. Merci")
    result = prediction(verdict_from(text, "claire.martin@ac-grenoble.fr", rules))
    assert (result.profile, result.action) == ("university", "escalate")
    assert any(r.startswith("escalate.profile") and "domaine" in r for r in result.reasons)


def test_a_personal_address_writing_as_academy_staff_gets_the_academic_steps(rules: Rules) -> None:
    text = "Bonjour, je suis AESH au collège Champollion et j'ai oublié mon mot de passe académique. Merci"
    result = prediction(verdict_from(text, "claire.martin@gmail.com", rules))
    assert (result.profile, result.action) == ("academic", "reply")
    assert any(r.startswith("profile.model") for r in result.reasons)  # the reason is shown


def test_a_plain_academic_question_is_answered_for_the_academic_account(rules: Rules) -> None:
    result = prediction(verdict_from("Bonjour, j'ai oublié mon mot de passe. Merci", "claire.martin@ac-grenoble.fr", rules))
    assert (result.profile, result.action) == ("academic", "reply")
