"""A learned label for each clause of a trainee's words, with its confidence (issue 11).

The labels are those of training/WRITING.md: the four guide topics, what needs no answer
(greeting, thanks, context, small talk), what the guide does not answer (other_request), what
cannot be told (unclear) and robots' text. The model is the baseline the issue names: TF-IDF on
character n-grams (within words: typos, SMS spellings, missing accents) and on words and word
pairs of the accent-folded text, then a multinomial logistic regression whose probabilities
are the confidence. "Not sure" is the caller's to decide: below its threshold, escalate.

scikit-learn trains it (responder/learn); this module only predicts, from the exported weights
(an .npz file: vocabularies, idf, coefficients), with numpy and the same arithmetic as
scikit-learn's TfidfVectorizer and LogisticRegression.predict_proba. The service therefore
needs neither scikit-learn nor a pickle, and the shipped model loads in a fraction of a second.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from responder.errors import ResponderError
from responder.judge.words import fold

TOPIC_LABELS = ("forgotten_username", "forgotten_password", "login", "find_course")
NO_ANSWER_LABELS = ("greeting", "thanks", "context", "small_talk")
HUMAN_LABELS = ("other_request", "unclear", "robot")
LABELS = (*TOPIC_LABELS, *NO_ANSWER_LABELS, *HUMAN_LABELS)
SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "data" / "intents" / "model.npz"

# The n-gram ranges and token pattern the trainer uses: both sides read them from here.
CHAR_NGRAMS = (2, 5)
WORD_NGRAMS = (1, 2)
TOKEN_PATTERN = r"(?u)\b\w+\b"
_TOKEN = re.compile(TOKEN_PATTERN)
_RUNS_OF_SPACE = re.compile(r"\s\s+")


@dataclass(frozen=True)
class Guess:
    """The most likely label of a clause and the model's probability for it."""

    label: str
    confidence: float


def normalised(text: str) -> str:
    """The form the model reads: folded (no case, no accents), spaces collapsed."""
    return " ".join(fold(text).split())


def char_ngrams(text: str) -> list[str]:
    """scikit-learn's "char_wb" analyzer: n-grams inside space-padded words."""
    low, high = CHAR_NGRAMS
    grams: list[str] = []
    for word in _RUNS_OF_SPACE.sub(" ", text.lower()).split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) <= n:
                grams.append(padded)  # a word no longer than n counts once, as itself
                break
            grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


def word_ngrams(text: str) -> list[str]:
    """scikit-learn's "word" analyzer: tokens, then pairs of neighbouring tokens."""
    tokens = _TOKEN.findall(text.lower())
    low, high = WORD_NGRAMS
    grams: list[str] = []
    for n in range(low, high + 1):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


class _Vocabulary:
    """One TF-IDF vectorizer's learnt part: which n-gram is which column, and its idf."""

    def __init__(self, terms: Sequence[str], idf: Any, offset: int) -> None:
        self.column = {term: offset + i for i, term in enumerate(terms)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self.offset = offset

    def features(self, grams: list[str]) -> tuple[list[int], list[float]]:
        """Columns and l2-normalised sublinear tf-idf values of one text's n-grams."""
        counts = Counter(grams)
        columns = [self.column[g] for g in counts if g in self.column]
        if not columns:
            return [], []
        tf = [1.0 + math.log(counts[g]) for g in counts if g in self.column]
        values = np.asarray(tf) * self.idf[np.asarray(columns) - self.offset]
        norm = float(np.sqrt(np.dot(values, values)))
        return columns, list(values / norm) if norm else list(values)


class IntentModel:
    """The exported clause model: feature vocabularies, weights, and what it was built from."""

    def __init__(self, arrays: Any) -> None:
        chars = [str(t) for t in arrays["char_terms"]]
        self.chars = _Vocabulary(chars, arrays["char_idf"], 0)
        self.words = _Vocabulary([str(t) for t in arrays["word_terms"]], arrays["word_idf"], len(chars))
        self.coefficients = np.asarray(arrays["coefficients"], dtype=np.float64)  # features x classes
        self.intercept = np.asarray(arrays["intercept"], dtype=np.float64)
        self.classes = [str(c) for c in arrays["classes"]]
        self.about: dict[str, Any] = json.loads(str(arrays["about"]))

    def probabilities(self, text: str) -> Any:
        """The probability of each class (in self.classes' order) for one clause."""
        folded = normalised(text)
        char_columns, char_values = self.chars.features(char_ngrams(folded))
        word_columns, word_values = self.words.features(word_ngrams(folded))
        columns = char_columns + word_columns
        scores = self.intercept.copy()
        if columns:
            scores += np.asarray(char_values + word_values) @ self.coefficients[columns]
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()

    def guess(self, texts: Sequence[str]) -> list[Guess]:
        """The model's label and confidence for each clause."""
        found = []
        for text in texts:
            row = self.probabilities(text)
            best = int(row.argmax())
            found.append(Guess(self.classes[best], float(row[best])))
        return found


def load_model(path: Path | None = None) -> IntentModel:
    """Read an exported model (the shipped one when path is None); a clear error when unreadable."""
    chosen = path or SHIPPED_MODEL
    try:
        return _load(chosen.resolve())
    except (OSError, KeyError, ValueError) as exc:
        raise ResponderError(f"modèle de classification illisible : {chosen} ({exc})") from exc


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> IntentModel:
    with np.load(path, allow_pickle=False) as arrays:
        return IntentModel(arrays)
