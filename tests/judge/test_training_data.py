"""The labelled examples of training/ (issue 11) are well formed: every message labelled with known
values, every label with its message, and each labelled clause found in its message's text.

This checks the writers' work, not the classifier: nothing here runs a rule or a model, so the
held-out set can be checked without being looked at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from responder.judge.evaluate import load_labels
from responder.parse import parse_message
from tests.paths import ROOT

TRAINING = ROOT / "training"
FOLDERS = sorted(path.parent for path in TRAINING.glob("**/labels.toml"))
_SPACES = re.compile(r"\s+")


def _folded(text: str) -> str:
    return _SPACES.sub(" ", text).strip().lower()


@pytest.mark.skipif(not FOLDERS, reason="no labelled examples in training/ yet")
@pytest.mark.parametrize("folder", FOLDERS, ids=[str(f.relative_to(TRAINING)) for f in FOLDERS])
def test_every_message_has_valid_labels_and_every_label_a_message(folder: Path) -> None:
    labels = load_labels(folder)  # raises, naming the entry, on an unknown value
    messages = {path.name for path in folder.glob("*.eml")}
    assert messages - set(labels) == set(), "messages without labels"
    assert set(labels) - messages == set(), "labels without a message"


@pytest.mark.skipif(not FOLDERS, reason="no labelled examples in training/ yet")
@pytest.mark.parametrize("folder", FOLDERS, ids=[str(f.relative_to(TRAINING)) for f in FOLDERS])
def test_labelled_clauses_are_words_of_their_message(folder: Path) -> None:
    labels = load_labels(folder)
    missing = []
    total = 0
    for name, label in labels.items():
        text = _folded(parse_message((folder / name).read_bytes()).text)
        for clause, _ in label.clauses:
            total += 1
            if _folded(clause) not in text:
                missing.append(f"{name}: {clause!r}")
    # A few clauses may differ by a character the writer retyped; more means a broken builder.
    assert len(missing) <= max(3, total // 50), missing[:20]
