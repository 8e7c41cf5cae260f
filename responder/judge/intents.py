"""A learned label for each clause of a trainee's words, with its confidence (issue 11, groundwork).

The labels are those of training/WRITING.md: the four guide topics, what needs no answer
(greeting, thanks, context, small talk), what the guide does not answer (other_request), what
cannot be told (unclear) and robots' text. The model is the baseline the issue names: TF-IDF on
character n-grams (within words: typos, SMS spellings, missing accents) and on words and word
pairs of the accent-folded text, then a multinomial logistic regression whose probabilities
are the confidence. "Not sure" is the caller's to decide: below its threshold, escalate.

Training needs scikit-learn; so does predicting. Not wired into the decision yet: the figures
of scripts/intent_figures.py (leave-one-writer-out) decide whether and how it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from responder.judge.words import fold

TOPIC_LABELS = ("forgotten_username", "forgotten_password", "login", "find_course")
NO_ANSWER_LABELS = ("greeting", "thanks", "context", "small_talk")
HUMAN_LABELS = ("other_request", "unclear", "robot")
LABELS = (*TOPIC_LABELS, *NO_ANSWER_LABELS, *HUMAN_LABELS)


@dataclass(frozen=True)
class Guess:
    """The most likely label of a clause and the model's probability for it."""

    label: str
    confidence: float


def normalised(text: str) -> str:
    """The form the model reads: folded (no case, no accents), spaces collapsed."""
    return " ".join(fold(text).split())


def build_model(c: float = 8.0) -> Any:
    """An untrained pipeline: character and word TF-IDF, then logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)),
        ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=1, sublinear_tf=True,
                                  token_pattern=r"(?u)\b\w+\b")),
    ])
    classifier = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    return Pipeline([("features", features), ("classifier", classifier)])


def train(texts: Sequence[str], labels: Sequence[str], c: float = 8.0) -> Any:
    """Fit a model on clauses and their labels."""
    model = build_model(c)
    model.fit([normalised(t) for t in texts], list(labels))
    return model


def guess(model: Any, texts: Sequence[str]) -> list[Guess]:
    """The model's label and confidence for each clause."""
    if not texts:
        return []
    probabilities = model.predict_proba([normalised(t) for t in texts])
    classes = list(model.classes_)
    found = []
    for row in probabilities:
        best = int(row.argmax())
        found.append(Guess(str(classes[best]), float(row[best])))
    return found
