"""Is the clause model's confidence worth what it says? A calibration table for `evaluate`.

On a labelled folder whose labels give the clauses (training/WRITING.md), each labelled clause
is read by the model; the clauses are grouped by the confidence of the model's label, and each
group says how often that label was the writer's. A calibrated model is right about 90 % of the
time when it says 90 %: the veto's threshold (judge/sentences.py) only means something then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from responder.judge.intents import IntentModel

BIN_EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


@dataclass(frozen=True)
class CalibrationBin:
    """The clauses whose label the model gave with a confidence in [low, high)."""

    low: float
    high: float
    count: int
    mean_confidence: float
    accuracy: float


def calibration(clauses: Iterable[tuple[str, str]], model: IntentModel) -> list[CalibrationBin]:
    """Group the (text, label) clauses by the model's confidence; empty groups are left out."""
    pairs = list(clauses)
    groups: list[list[tuple[float, bool]]] = [[] for _ in BIN_EDGES[1:]]
    for (_, label), guess in zip(pairs, model.guess([text for text, _ in pairs])):
        index = next(i for i, high in enumerate(BIN_EDGES[1:]) if guess.confidence < high or high == 1.0)
        groups[index].append((guess.confidence, guess.label == label))
    return [
        CalibrationBin(low, high, len(group), sum(c for c, _ in group) / len(group),
                       sum(right for _, right in group) / len(group))
        for low, high, group in zip(BIN_EDGES, BIN_EDGES[1:], groups) if group
    ]


def format_calibration(bins: list[CalibrationBin]) -> str:
    """The table in French, one line per confidence group."""
    total = sum(b.count for b in bins)
    out = [f"étalonnage du modèle des phrases ({total} phrases étiquetées) :",
           "    confiance        phrases   confiance moyenne   étiquette juste"]
    for b in bins:
        band = f"{100 * b.low:.0f}-{100 * b.high:.0f} %"
        out.append(f"    {band:<13}  {b.count:>7}   "
                   f"{100 * b.mean_confidence:14.1f} %   {100 * b.accuracy:12.1f} %")
    return "\n".join(out)
