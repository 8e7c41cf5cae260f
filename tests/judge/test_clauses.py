"""The trainee's words cut into the clauses the classifier labels: a second question never hides
inside the first, and one thing asked is never cut in two (issue 11)."""

from __future__ import annotations

import pytest

from responder.judge.clauses import MAX_CLAUSES, clauses


def texts(text: str) -> list[str]:
    return [clause.text for clause in clauses(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bonjour,\nJ'ai oublié mon mot de passe et je ne trouve pas le parcours. Pouvez-vous m'aider ?\nMerci",
            ["Bonjour", "J'ai oublié mon mot de passe", "et je ne trouve pas le parcours.",
             "Pouvez-vous m'aider ?", "Merci"],
        ),
        # SMS style: no punctuation, one statement a line.
        ("jai oublie mon identifiant et mon mdp\nje trouve pas le cours\nmerci",
         ["jai oublie mon identifiant et mon mdp", "je trouve pas le cours", "merci"]),
        ("I forgot my password and I can't find the course; also, when is the meeting?",
         ["I forgot my password", "and I can't find the course", "also, when is the meeting?"]),
        ("Je suis inscrite au parcours mais il n'apparaît pas, par contre j'ai reçu l'attestation.",
         ["Je suis inscrite au parcours", "mais il n'apparaît pas", "par contre j'ai reçu l'attestation."]),
        ("Madame, Monsieur,\nJe vous prie de m'indiquer mon identifiant.",
         ["Madame, Monsieur", "Je vous prie de m'indiquer mon identifiant."]),
    ],
)
def test_each_statement_and_question_is_a_clause(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Je ne connais ni mon identifiant ni mon mot de passe.",
        "J'ai perdu mon identifiant et mon mot de passe.",
        "I lost both my username and my password.",
        "Je n'ai pas reçu d'identifiant et/ou de mot de passe.",
    ],
)
def test_one_thing_asked_stays_whole(text: str) -> None:
    assert texts(text) == [text]


def test_a_line_wrapped_by_the_mail_client_is_one_sentence() -> None:
    text = ("Je suis enseignante au collège Champollion depuis septembre et mon identifiant ne\n"
            "fonctionne pas sur la plateforme, que faire ?")
    found = clauses(text)
    assert [clause.sentence for clause in found] == [0]
    assert found[0].text == text


def test_offsets_point_at_the_words_as_written() -> None:
    text = "  Bonjour !  J'ai oublié mon mot de passe ;   et je ne vois pas le cours \n\n Merci."
    for clause in clauses(text):
        assert text[clause.start:clause.end] == clause.text


@pytest.mark.parametrize("text", ["", "   \n\n ", "!!!???", "...", ", ; ,"])
def test_text_without_words_has_no_clause(text: str) -> None:
    assert clauses(text) == []


def test_a_flood_of_conjunctions_gives_a_bounded_number_of_clauses() -> None:
    text = "mais je " * 5_000
    found = clauses(text)
    assert len(found) == MAX_CLAUSES
    assert found[-1].end == len(text.rstrip())  # the rest is one last clause, nothing lost
