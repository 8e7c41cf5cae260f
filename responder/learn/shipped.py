"""Build the shipped model: training/train -> data/intents/examples.jsonl -> data/intents/model.npz.

Run from a checkout (scripts/build_intent_model). The model records the digest of the examples
it was fitted on; tests/learn checks the examples against training/ and the weights against a
fresh fit of those examples.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from responder.judge.intents import SHIPPED_MODEL
from responder.learn import examples as shipped_examples
from responder.learn.training import digest, export, fit

TRAINING = Path(__file__).resolve().parent.parent.parent / "training" / "train"


def main() -> int:
    found = shipped_examples.from_training(TRAINING)
    if not found:
        print(f"aucun exemple dans {TRAINING}", file=sys.stderr)
        return 1
    shipped_examples.write(found, shipped_examples.SHIPPED_EXAMPLES)
    texts, labels = [e.text for e in found], [e.label for e in found]
    started = time.monotonic()
    model = fit(texts, labels)
    about = {"examples_sha256": digest(texts, labels), "examples": len(found),
             "messages": len({e.source for e in found})}
    export(model, SHIPPED_MODEL, about)
    print(f"{len(found)} clauses de {about['messages']} messages, ajusté en {time.monotonic() - started:.1f} s ; "
          f"{SHIPPED_MODEL} ({SHIPPED_MODEL.stat().st_size // 1024} Kio)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
