"""The classifier holds the issue's targets on the labelled corpora (CI holds the line here).

Figures are printed by `responder --config tests/evaluate.toml evaluate tests/corpus` (and
tests/corpus2); tests/holdout is measured by hand, never held here, never tuned on. This test
fails the suite when any of them drops under the target: action >= 97 %, topic set >= 95 %,
profile >= 99 %, wrong automatic answers <= 1 %.
"""

from __future__ import annotations

import pytest

from responder.cli import main
from tests.paths import TESTS


@pytest.mark.parametrize("corpus", ["corpus", "corpus2"])
def test_the_corpus_meets_the_quality_targets(corpus: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main([
        "--config", str(TESTS / "evaluate.toml"), "evaluate", str(TESTS / corpus),
        "--min-action", "97", "--min-topics", "95", "--min-profile", "99", "--max-wrong-answers", "1",
    ])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
