"""Fit the clause model with scikit-learn and export its weights for judge/intents.py.

The fit is deterministic (lbfgs, fixed data order), so the shipped model can be rebuilt from the
examples it records the digest of, and checked against them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from responder.errors import ResponderError
from responder.judge.intents import CHAR_NGRAMS, TOKEN_PATTERN, WORD_NGRAMS, Guess, IntentModel, normalised

REGULARISATION = 8.0  # C: chosen by leave-one-writer-out accuracy (scripts/intent_figures.py)
# The profile model reads whole messages, fewer and longer: less freedom (C=4, chosen the same way).
PROFILE_REGULARISATION = 4.0


def require_scikit_learn() -> None:
    """Say how to install the trainer when scikit-learn is missing."""
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:
        raise ResponderError(
            "apprendre un modèle demande scikit-learn : pip install 'responder[learn]'"
        ) from exc


def build_model(c: float = REGULARISATION) -> Any:
    """An untrained pipeline: character and word TF-IDF, then logistic regression."""
    require_scikit_learn()
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, min_df=2, sublinear_tf=True)),
        ("words", TfidfVectorizer(analyzer="word", ngram_range=WORD_NGRAMS, min_df=1, sublinear_tf=True,
                                  token_pattern=TOKEN_PATTERN)),
    ])
    classifier = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    return Pipeline([("features", features), ("classifier", classifier)])


def fit(texts: Sequence[str], labels: Sequence[str], c: float = REGULARISATION) -> Any:
    """Fit a scikit-learn pipeline on clauses and their labels."""
    model = build_model(c)
    model.fit([normalised(t) for t in texts], list(labels))
    return model


def digest(texts: Sequence[str], labels: Sequence[str]) -> str:
    """The sha256 of the examples, in order: what a model says it was built from."""
    h = hashlib.sha256()
    for text, label in zip(texts, labels, strict=True):
        h.update(f"{label}\t{text}\n".encode())
    return h.hexdigest()


def fit_and_export(texts: Sequence[str], labels: Sequence[str], path: Path, c: float = REGULARISATION,
                   **about: Any) -> None:
    """Fit on these examples and export the weights, with the examples' digest and count."""
    recorded = {"examples_sha256": digest(texts, labels), "examples": len(texts), **about}
    export(fit(texts, labels, c), path, recorded)


def export(model: Any, path: Path, about: dict[str, Any]) -> None:
    """Write the fitted pipeline's weights as an .npz that IntentModel reads."""
    import sklearn

    chars = model.named_steps["features"].transformer_list[0][1]
    words = model.named_steps["features"].transformer_list[1][1]
    classifier = model.named_steps["classifier"]
    char_terms = chars.get_feature_names_out()
    word_terms = words.get_feature_names_out()
    coefficients = classifier.coef_.T.astype(np.float32)  # one row per feature
    about = {**about, "scikit_learn": sklearn.__version__, "c": classifier.C}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        np.savez_compressed(
            out,
            char_terms=np.asarray(char_terms, dtype=str),
            char_idf=chars.idf_.astype(np.float32),
            word_terms=np.asarray(word_terms, dtype=str),
            word_idf=words.idf_.astype(np.float32),
            coefficients=coefficients,
            intercept=classifier.intercept_,
            classes=np.asarray(classifier.classes_, dtype=str),
            about=np.asarray(json.dumps(about, sort_keys=True)),
        )


def as_intent_model(path: Path) -> IntentModel:
    """Read back what export wrote (bypassing the loader's cache: the file may be new)."""
    with np.load(path, allow_pickle=False) as arrays:
        return IntentModel(arrays)


def guess(model: Any, texts: Sequence[str]) -> list[Guess]:
    """A fitted (not exported) pipeline's label and confidence for each clause: for the figures
    scripts, which fit one model per writer left out."""
    if not texts:
        return []
    rows = model.predict_proba([normalised(t) for t in texts])
    classes = list(model.classes_)
    return [Guess(str(classes[int(r.argmax())]), float(r.max())) for r in rows]
