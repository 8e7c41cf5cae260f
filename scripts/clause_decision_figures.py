"""How the learned models change the decision on writers they never saw (issue 11 figures).

Usage: .venv/bin/python scripts/clause_decision_figures.py

Leave one writer out of training/train: the clause and profile models are trained on the other
writers' examples, exported and read back exactly as the service reads the shipped ones, and each
message of the writer left out goes through the real decision (parse, rules, clause veto,
guard), as `responder evaluate` would take it. Printed: the figures of that decision, and what
each veto did: the automatic answers it stopped that were right (lost coverage) and those that
were wrong (wrong answers avoided). The held-out set (training/heldout) is not read.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from responder.config import ProfilesConfig, ResponderConfig  # noqa: E402
from responder.judge import Models  # noqa: E402
from responder.judge.evaluate import Item, judge_file, load_labels, measure, prediction  # noqa: E402
from responder.judge.guard import GuardSettings  # noqa: E402
from responder.judge.rules_file import load_rules  # noqa: E402
from responder.learn.examples import profiles_from_training  # noqa: E402
from responder.learn.training import PROFILE_REGULARISATION, as_intent_model, fit_and_export  # noqa: E402

TRAIN = ROOT / "training" / "train"
US = "formation-magistere@ac-grenoble.fr"


def main() -> int:
    rules = load_rules(None, ProfilesConfig())
    settings = GuardSettings.from_config(ResponderConfig(address=US), b"k")
    folders = sorted(p.parent for p in TRAIN.glob("*/labels.toml"))
    if len(folders) < 2:
        print("fewer than two writers in training/train: nothing to measure")
        return 1
    labels = {folder: load_labels(folder) for folder in folders}
    accounts = profiles_from_training(TRAIN)
    items: list[Item] = []
    vetoes: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as scratch:
        for left_out in folders:
            rows = [(text, tag) for folder in folders if folder != left_out
                    for label in labels[folder].values() for text, tag in label.clauses]
            path = Path(scratch) / f"{left_out.name}.npz"
            fit_and_export([t for t, _ in rows], [tag for _, tag in rows], path)
            others = [e for e in accounts if not e.source.startswith(left_out.name + "/")]
            profile_path = Path(scratch) / f"{left_out.name}-profiles.npz"
            fit_and_export([e.document(ProfilesConfig()) for e in others], [e.profile for e in others],
                           profile_path, PROFILE_REGULARISATION)
            models = Models(as_intent_model(path), as_intent_model(profile_path))
            for name, label in labels[left_out].items():
                _, verdict = judge_file((left_out / name).read_bytes(), rules, settings, models)
                item = Item(f"{left_out.name}/{name}", label, prediction(verdict))
                items.append(item)
                for veto in ("escalate.clauses", "escalate.profile"):
                    if any(r.startswith(veto) for r in item.prediction.reasons):
                        right = label.action == "reply" and not label_differs(item)
                        vetoes[f"{veto} stopped a {'right' if right else 'wrong'} answer"] += 1
                vetoes.update(f"stop {s.code} on a message labelled {label.action}"
                              for s in verdict.decision.stops if s.code.startswith("robot"))
            print(f"  {left_out.name} done", flush=True)
    m = measure(items)
    print(f"rules + learned models, writer left out: {m.count} messages, action {100 * m.action_accuracy:.1f} %, topics "
          f"{100 * m.topics_accuracy:.1f} %, profile {100 * m.profile_accuracy:.1f} %, coverage "
          f"{100 * m.coverage:.1f} %, wrong automatic answers {m.wrong_automatic_answers} "
          f"({100 * m.wrong_answer_rate:.1f} %: {m.wrong_by_kind})")
    for what, count in sorted(vetoes.items()):
        print(f"  {what}: {count}")
    return 0


def label_differs(item: Item) -> bool:
    """Whether the rules' answer (topics, profile) would have differed from the label."""
    return (set(item.prediction.topics) != set(item.label.topics)) or item.prediction.profile != item.label.profile


if __name__ == "__main__":
    sys.exit(main())
