"""What 100 corrections from the review page do to the figures (issue 11). Usage: corrections_figures.py [WRITER]

A split of training/train: the models are fitted without one writer (default w08-ordinary-mail, a
voice the shipped data would otherwise hold); 100 of that writer's messages then play the EAFC's
corrections (their labels as a manager would enter them), turned into examples by
responder/learn/corrections.py exactly as `responder learn` does; the writer's other messages
measure the decision before and after. The held-out set (training/heldout) is not read.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from responder.config import ProfilesConfig, ResponderConfig  # noqa: E402
from responder.judge.evaluate import Item, judge_file, load_labels, measure, prediction  # noqa: E402
from responder.judge.guard import GuardSettings  # noqa: E402
from responder.judge.rules_file import load_rules  # noqa: E402
from responder.learn.corrections import Correction, as_examples, learn  # noqa: E402
from responder.learn.examples import from_training, profiles_from_training  # noqa: E402

TRAIN = ROOT / "training" / "train"
CORRECTIONS = 100


def main(argv: list[str]) -> int:
    writer = argv[1] if len(argv) > 1 else "w08-ordinary-mail"
    folder = TRAIN / writer
    labels = sorted(load_labels(folder).items())
    random.Random(11).shuffle(labels)
    taught, measured = labels[:CORRECTIONS], labels[CORRECTIONS:]
    clauses = [e for e in from_training(TRAIN) if not e.source.startswith(writer + "/")]
    profiles = [e for e in profiles_from_training(TRAIN) if not e.source.startswith(writer + "/")]
    rules = load_rules(None, ProfilesConfig())
    settings = GuardSettings.from_config(ResponderConfig(address="formation-magistere@ac-grenoble.fr"), b"k")
    scratch = Path(tempfile.mkdtemp())
    try:
        before = learn(clauses, profiles, scratch / "before")
        corrections = [Correction(i, (folder / name).read_bytes(), label.profile, label.topics, label.action)
                       for i, (name, label) in enumerate(taught)]
        more_clauses, more_profiles = as_examples(corrections, before)
        after = learn(clauses + more_clauses, profiles + more_profiles, scratch / "after")
        print(f"{writer}: {len(taught)} corrections -> {len(more_clauses)} clause and {len(more_profiles)} "
              f"profile examples; measured on the writer's other {len(measured)} messages")
        for title, models in (("without the corrections", before), ("with them", after)):
            items = [Item(name, label, prediction(judge_file((folder / name).read_bytes(), rules, settings, models)[1]))
                     for name, label in measured]
            m = measure(items)
            print(f"  {title:<24} action {100 * m.action_accuracy:.1f} %, topics {100 * m.topics_accuracy:.1f} %, "
                  f"profile {100 * m.profile_accuracy:.1f} %, coverage {100 * m.coverage:.1f} %, wrong answers "
                  f"{m.wrong_automatic_answers} ({100 * m.wrong_answer_rate:.1f} %)")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
