"""The shipped clause model is what training/train gives: its examples are the writers' labelled
clauses, and a fresh fit of them predicts what the shipped weights predict (issue 11)."""

from __future__ import annotations

import pytest

from responder.judge.intents import SHIPPED_MODEL, load_model, normalised
from responder.learn import examples
from responder.learn.training import digest, fit
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
