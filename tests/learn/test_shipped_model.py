"""The shipped clause model is what training/train gives: its examples are the writers' labelled
clauses, and a fresh fit of them predicts what the shipped weights predict (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from responder.config import ProfilesConfig
from responder.errors import ResponderError
from responder.judge.accounts import SHIPPED_PROFILE_MODEL
from responder.judge.intents import SHIPPED_MODEL, load_model, normalised
from responder.learn import examples
from responder.learn.training import PROFILE_REGULARISATION, digest, fit
from tests.paths import ROOT

TRAINING = ROOT / "training" / "train"


def test_the_shipped_examples_are_the_labelled_clauses_of_training() -> None:
    assert examples.read() == examples.from_training(TRAINING), "run scripts/build_intent_model"


def test_the_shipped_model_says_it_was_built_from_the_shipped_examples() -> None:
    shipped = examples.read()
    about = load_model().about
    assert about["examples_sha256"] == digest([e.text for e in shipped], [e.label for e in shipped])
    assert about["examples"] == len(shipped)


def test_a_fresh_fit_of_the_examples_predicts_what_the_shipped_weights_predict() -> None:
    shipped = examples.read()
    fitted = fit([e.text for e in shipped], [e.label for e in shipped])
    model = load_model(SHIPPED_MODEL)
    sample = [e.text for e in shipped[::25]]
    expected = fitted.predict_proba([normalised(t) for t in sample])
    for text, row in zip(sample, expected, strict=True):
        # float32 weights in the file: the same labels, probabilities within a thousandth.
        assert list(model.probabilities(text)) == pytest.approx(list(row), abs=1e-3)


def test_the_shipped_profile_examples_are_the_labelled_messages_of_training() -> None:
    assert examples.read_profiles() == examples.profiles_from_training(TRAINING), "run scripts/build_intent_model"


def test_the_shipped_profile_model_was_built_from_the_shipped_profile_examples() -> None:
    shipped = examples.read_profiles()
    documents = [e.document(ProfilesConfig()) for e in shipped]
    about = load_model(SHIPPED_PROFILE_MODEL).about
    assert about["examples_sha256"] == digest(documents, [e.profile for e in shipped])
    fitted = fit(documents, [e.profile for e in shipped], PROFILE_REGULARISATION)
    sample = documents[::40]
    for document, row in zip(sample, fitted.predict_proba([normalised(d) for d in sample]), strict=True):
        assert list(load_model(SHIPPED_PROFILE_MODEL).probabilities(document)) == pytest.approx(list(row), abs=1e-3)


def test_an_unreadable_profile_example_is_named(tmp_path: Path) -> None:
    path = tmp_path / "profiles.jsonl"
    path.write_text('{"words": "x", "domain": "a.fr", "profile": "academic"}\n{"words": "y"}\n', encoding="utf-8")
    with pytest.raises(ResponderError, match="ligne 2 : exemple illisible"):
        examples.read_profiles(path)
