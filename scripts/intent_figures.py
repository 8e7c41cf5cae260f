"""Figures of the clause model on the labelled examples of training/train (issue 11).

Usage: .venv/bin/python scripts/intent_figures.py [--c C]

Leave one writer out: the model is trained on every other writer's clauses and measured on
the one left out, for each writer in turn, so the figures say how it does on voices it never
saw (the held-out set, training/heldout, is not read here). Prints per label precision and
recall, accuracy, the calibration table (confidence against accuracy), and how well
judge/clauses.py cuts the messages as the writers did. Needs scikit-learn.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from responder.judge.clauses import clauses  # noqa: E402
from responder.judge.evaluate import load_labels  # noqa: E402
from responder.judge.intents import LABELS, normalised  # noqa: E402
from responder.learn.training import fit as train, guess  # noqa: E402
from responder.parse import parse_message  # noqa: E402

TRAIN = ROOT / "training" / "train"
BANDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)


def writers() -> dict[str, list[tuple[Path, str, str]]]:
    """Each writer's (message, clause text, label)."""
    found: dict[str, list[tuple[Path, str, str]]] = {}
    for folder in sorted(p.parent for p in TRAIN.glob("*/labels.toml")):
        rows = []
        for name, label in load_labels(folder).items():
            rows.extend((folder / name, text, tag) for text, tag in label.clauses)
        if rows:
            found[folder.name] = rows
    return found


def cross_validate(data: dict[str, list[tuple[Path, str, str]]], c: float) -> list[tuple[str, str, float]]:
    results = []
    for left_out in data:
        train_rows = [row for name, rows in data.items() if name != left_out for row in rows]
        model = train([t for _, t, _ in train_rows], [l for _, _, l in train_rows], c)
        test_rows = data[left_out]
        for (_, _, truth), found in zip(test_rows, guess(model, [t for _, t, _ in test_rows])):
            results.append((truth, found.label, found.confidence))
    return results


def report(results: list[tuple[str, str, float]]) -> None:
    total = len(results)
    right = sum(1 for t, g, _ in results if t == g)
    print(f"clauses: {total}, accuracy {100 * right / total:.1f} %")
    print(f"{'label':<20}{'precision':>10}{'recall':>8}{'n':>6}")
    for label in LABELS:
        truth = sum(1 for t, _, _ in results if t == label)
        said = sum(1 for _, g, _ in results if g == label)
        hit = sum(1 for t, g, _ in results if t == g == label)
        if truth or said:
            precision = 100 * hit / said if said else 0.0
            recall = 100 * hit / truth if truth else 0.0
            print(f"{label:<20}{precision:>9.1f}%{recall:>7.1f}%{truth:>6}")
    print("calibration (confidence band: clauses, accuracy):")
    for low, high in zip(BANDS, BANDS[1:]):
        band = [(t, g) for t, g, p in results if low <= p < high]
        if band:
            print(f"  [{low:.2f}, {min(high, 1):.2f}): {len(band):5} clauses, "
                  f"{100 * sum(t == g for t, g in band) / len(band):5.1f} % right")


def splitter_agreement(data: dict[str, list[tuple[Path, str, str]]]) -> None:
    """How many of the writers' clauses judge/clauses.py finds exactly (folded, spaces collapsed).

    Greetings and thanks are left out: the parse step drops them from the words classified.
    """
    by_message: dict[Path, list[str]] = defaultdict(list)
    for rows in data.values():
        for path, text, label in rows:
            if label not in ("greeting", "thanks"):
                by_message[path].append(normalised(text).strip(" .,;!?"))
    found = total = 0
    for path, wanted in by_message.items():
        ours = {normalised(c.text).strip(" .,;!?") for c in clauses(parse_message(path.read_bytes()).classifier_text)}
        total += len(wanted)
        found += sum(1 for w in wanted if w in ours)
    print(f"clause cut: {found} of {total} writers' clauses found as such ({100 * found / max(total, 1):.1f} %)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=8.0, help="inverse regularisation of the regression")
    args = parser.parse_args()
    data = writers()
    if len(data) < 2:
        print("fewer than two writers with labelled clauses in training/train: nothing to measure")
        return 1
    counts = Counter(label for rows in data.values() for _, _, label in rows)
    print("writers:", ", ".join(f"{name} ({len(rows)})" for name, rows in data.items()))
    print("labels:", ", ".join(f"{label} {n}" for label, n in counts.most_common()))
    started = time.perf_counter()
    report(cross_validate(data, args.c))
    print(f"({time.perf_counter() - started:.1f} s for {len(data)} trainings)")
    splitter_agreement(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
