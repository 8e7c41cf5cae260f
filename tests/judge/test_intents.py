"""The clause model (judge/intents.py): it reads text as folded words, so a trainee typing without
accents or capitals is read like one who types them; the exported weights predict exactly what
scikit-learn's fitted model does (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from responder.errors import ResponderError
from responder.judge.intents import load_model, normalised
from responder.learn.training import as_intent_model, export, fit

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


def _exported(tmp_path: Path) -> object:
    fitted = fit([t for t, _ in EXAMPLES], [l for _, l in EXAMPLES])
    export(fitted, tmp_path / "model.npz", {"examples": len(EXAMPLES)})
    return fitted


def test_a_clause_typed_without_accents_gets_the_label_of_its_accented_twin(tmp_path: Path) -> None:
    _exported(tmp_path)
    model = as_intent_model(tmp_path / "model.npz")
    found = model.guess(["jai oublie mon mot de passe", "MERCI BEAUCOUP", "quand a lieu la journee en presentiel"])
    assert [g.label for g in found] == ["forgotten_password", "thanks", "other_request"]
    assert all(0 < g.confidence <= 1 for g in found)
    assert model.guess([]) == []


def test_the_exported_weights_give_scikit_learns_probabilities(tmp_path: Path) -> None:
    fitted = _exported(tmp_path)
    model = as_intent_model(tmp_path / "model.npz")
    texts = ["j'ai oublié mon mot de passe et mon identifiant", "ok", "où est le parcours ??", "a", ""]
    expected = fitted.predict_proba([normalised(t) for t in texts])
    for text, row in zip(texts, expected, strict=True):
        assert list(model.probabilities(text)) == pytest.approx(list(row), abs=1e-5)


def test_an_unreadable_model_file_is_named(tmp_path: Path) -> None:
    broken = tmp_path / "model.npz"
    broken.write_bytes(b"not a model")
    with pytest.raises(ResponderError, match="model.npz"):
        load_model(broken)
