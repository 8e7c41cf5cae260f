"""The clause model (judge/intents.py): it reads text as folded words, so a trainee typing without
accents or capitals is read like one who types them (issue 11, groundwork)."""

from __future__ import annotations

from responder.judge.intents import guess, normalised, train

EXAMPLES = [
    ("J'ai oublié mon mot de passe", "forgotten_password"),
    ("mot de passe perdu", "forgotten_password"),
    ("je ne me souviens plus du mot de passe", "forgotten_password"),
    ("Je ne connais pas mon identifiant", "forgotten_username"),
    ("quel est mon identifiant ?", "forgotten_username"),
    ("identifiant oublié", "forgotten_username"),
    ("Je ne trouve pas le parcours", "find_course"),
    ("le cours n'apparaît pas dans mes formations", "find_course"),
    ("où est la formation ?", "find_course"),
    ("Bonjour", "greeting"),
    ("Bonjour Madame", "greeting"),
    ("Merci beaucoup", "thanks"),
    ("merci d'avance", "thanks"),
    ("Quand a lieu la journée en présentiel ?", "other_request"),
    ("Pouvez-vous m'envoyer mon attestation ?", "other_request"),
]


def test_accents_and_capitals_do_not_change_what_is_read() -> None:
    assert normalised("  J'AI OUBLIÉ   mon Mot de Passe ") == "j'ai oublie mon mot de passe"


def test_a_clause_typed_without_accents_gets_the_label_of_its_accented_twin() -> None:
    model = train([t for t, _ in EXAMPLES], [l for _, l in EXAMPLES])
    found = guess(model, ["jai oublie mon mot de passe", "MERCI BEAUCOUP", "quand a lieu la journee en presentiel"])
    assert [g.label for g in found] == ["forgotten_password", "thanks", "other_request"]
    assert all(0 < g.confidence <= 1 for g in found)
    assert guess(model, []) == []
