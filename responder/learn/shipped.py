"""Build the shipped models from training/train (scripts/build_intent_model, from a checkout).

training/train -> data/intents/examples.jsonl -> data/intents/model.npz (one label per clause);
training/train -> data/profiles/examples.jsonl -> data/profiles/model.npz (the account's profile).
Each model records the digest of the examples it was fitted on; tests/learn checks the examples
against training/ and the weights against a fresh fit of those examples.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from responder.config import ProfilesConfig
from responder.judge.accounts import SHIPPED_PROFILE_MODEL
from responder.judge.intents import SHIPPED_MODEL
from responder.learn import examples as shipped_examples
from responder.learn.training import PROFILE_REGULARISATION, fit_and_export

TRAINING = Path(__file__).resolve().parent.parent.parent / "training" / "train"


def main() -> int:
    found = shipped_examples.from_training(TRAINING)
    if not found:
        print(f"aucun exemple dans {TRAINING}", file=sys.stderr)
        return 1
    shipped_examples.write(found, shipped_examples.SHIPPED_EXAMPLES)
    messages = len({e.source for e in found})
    started = time.monotonic()
    fit_and_export([e.text for e in found], [e.label for e in found], SHIPPED_MODEL, messages=messages)
    print(f"{len(found)} clauses de {messages} messages, ajusté en {time.monotonic() - started:.1f} s ; "
          f"{SHIPPED_MODEL} ({SHIPPED_MODEL.stat().st_size // 1024} Kio)")
    build_profile_model()
    return 0


def build_profile_model() -> None:
    """Write the profile examples and fit the profile model on them (shipped domain lists)."""
    found = shipped_examples.profiles_from_training(TRAINING)
    shipped_examples.write_profiles(found)
    started = time.monotonic()
    fit_and_export([e.document(ProfilesConfig()) for e in found], [e.profile for e in found],
                   SHIPPED_PROFILE_MODEL, PROFILE_REGULARISATION)
    print(f"{len(found)} messages (profil), ajusté en {time.monotonic() - started:.1f} s ; "
          f"{SHIPPED_PROFILE_MODEL} ({SHIPPED_PROFILE_MODEL.stat().st_size // 1024} Kio)")


if __name__ == "__main__":
    sys.exit(main())
