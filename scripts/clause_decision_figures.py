"""Would deciding from labelled clauses beat the rules? Message-level figures (issue 11 experiment).

Usage: .venv/bin/python scripts/clause_decision_figures.py [--topic T] [--human H] [--robot R]

Leave one writer out of training/train: the clause model (judge/intents.py) is trained on the
other writers' labelled clauses; each message of the writer left out goes through the real
parse step, judge/clauses.py cuts its own words, the model labels each clause, and the message
is decided the way issue 11 asks: an automatic answer only when every clause that asks
something or states a problem is a guide topic the model is sure of (>= T); a clause the guide
does not answer or that cannot be told (>= H), or one the model is not sure of, sends it to a
human with the topics found; mostly robot text (>= R) or nothing but thanks is ignored. The
profile and the guard's header stops still come from today's decision. Printed beside today's
decision (rules) on the same messages: action, topics, coverage, wrong automatic answers.
The held-out set (training/heldout) is not read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from responder.config import ProfilesConfig, ResponderConfig  # noqa: E402
from responder.judge.clauses import clauses  # noqa: E402
from responder.judge.evaluate import Item, Prediction, judge_file, load_labels, measure, prediction  # noqa: E402
from responder.judge.guard import GuardSettings  # noqa: E402
from responder.judge.intents import NO_ANSWER_LABELS, TOPIC_LABELS, Guess  # noqa: E402
from responder.learn.training import fit as train, guess  # noqa: E402
from responder.judge.rules_file import load_rules  # noqa: E402
from responder.model import TOPIC_ORDER  # noqa: E402

TRAIN = ROOT / "training" / "train"
US = "formation-magistere@ac-grenoble.fr"


def decide(guesses: list[Guess], today: Prediction, topic: float, human: float, robot: float) -> Prediction:
    """The message's action and topics from its clauses' labels (profile and header stops: today's)."""
    if today.action == "ignore" and not guesses:
        return today
    found = [t for t in (t.value for t in TOPIC_ORDER)
             if any(g.label == t and g.confidence >= topic for g in guesses)]
    robots = sum(1 for g in guesses if g.label == "robot" and g.confidence >= robot)
    if guesses and robots * 2 >= len(guesses):
        return Prediction(today.profile, (), "ignore", ("clauses: robot",))
    if any(r.startswith("guard.") for r in today.reasons):
        # A header stop of the guard (a robot, a list, not addressed to us...): it stands.
        return Prediction(today.profile, tuple(found) if today.action == "escalate" else (), today.action, today.reasons)
    asking = [g for g in guesses if g.label not in NO_ANSWER_LABELS]
    if not asking:
        thanks = any(g.label == "thanks" for g in guesses)
        return Prediction(today.profile, (), "ignore" if thanks else "escalate", ("clauses: nothing asked",))
    unsure = [g for g in asking if g.label in TOPIC_LABELS and g.confidence < topic]
    needs_human = [g for g in asking if g.label not in TOPIC_LABELS and g.confidence >= human]
    if unsure or needs_human or not found or any(g.label not in TOPIC_LABELS for g in asking):
        return Prediction(today.profile, tuple(found), "escalate", ("clauses: needs a human",))
    return Prediction(today.profile, tuple(found), "reply", ("clauses: all covered",))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topic", type=float, default=0.6)
    parser.add_argument("--human", type=float, default=0.3)
    parser.add_argument("--robot", type=float, default=0.5)
    args = parser.parse_args()
    rules = load_rules(None, ProfilesConfig())
    settings = GuardSettings.from_config(ResponderConfig(address=US), b"k")
    folders = sorted(p.parent for p in TRAIN.glob("*/labels.toml"))
    labels = {folder: load_labels(folder) for folder in folders}
    if len(folders) < 2:
        print("fewer than two writers in training/train: nothing to measure")
        return 1
    ours: list[Item] = []
    theirs: list[Item] = []
    for left_out in folders:
        rows = [(text, tag) for folder in folders if folder != left_out
                for label in labels[folder].values() for text, tag in label.clauses]
        model = train([t for t, _ in rows], [l for _, l in rows])
        for name, label in labels[left_out].items():
            raw = (left_out / name).read_bytes()
            parsed, verdict = judge_file(raw, rules, settings)
            today = prediction(verdict)
            found = guess(model, [c.text for c in clauses(parsed.classifier_text)])
            ours.append(Item(f"{left_out.name}/{name}", label, decide(found, today, args.topic, args.human, args.robot)))
            theirs.append(Item(f"{left_out.name}/{name}", label, today))
    for title, items in (("today's decision (rules)", theirs), ("from labelled clauses", ours)):
        m = measure(items)
        print(f"{title}: {m.count} messages, action {100 * m.action_accuracy:.1f} %, topics "
              f"{100 * m.topics_accuracy:.1f} %, profile {100 * m.profile_accuracy:.1f} %, coverage "
              f"{100 * m.coverage:.1f} %, wrong automatic answers {m.wrong_automatic_answers} "
              f"({100 * m.wrong_answer_rate:.1f} %: {m.wrong_by_kind})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
