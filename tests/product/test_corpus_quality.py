"""The classifier holds the issue's targets on the labelled corpora (CI holds the line here).

Figures are printed by `responder --config tests/evaluate.toml evaluate tests/corpus` (and
tests/corpus2); tests/holdout is measured by hand, never held here, never tuned on. This test
fails the suite when any of them drops under the target: action >= 93 %, topic set >= 95 %,
profile >= 99 %, wrong automatic answers <= 1 %, coverage (answerable messages answered, and
rightly) >= 85 %.

The action target was 97 % while the rules alone decided: the corpora were the rules' tuning
set. Since the clause model may veto an automatic answer (issue 11), a few answerable messages
of these corpora go to a human (corpus 96.4 %, corpus2 94 %, no wrong answer), and on writers
the rules never saw that veto halves the wrong answers (15.6 % -> 8.9 %): the trade the
project's first principle asks for. Coverage is held so that the veto cannot silently grow.
"""

from __future__ import annotations

import pytest

from responder.cli import main
from tests.paths import TESTS


@pytest.mark.parametrize("corpus", ["corpus", "corpus2"])
def test_the_corpus_meets_the_quality_targets(corpus: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main([
        "--config", str(TESTS / "evaluate.toml"), "evaluate", str(TESTS / corpus),
        "--min-action", "93", "--min-coverage", "85", "--min-topics", "95", "--min-profile", "99", "--max-wrong-answers", "1",
    ])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
