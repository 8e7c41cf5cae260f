"""Benchmark of the decision with the learned models (issue 11). Usage: bench_decision.py

Prints, never asserts: the time to load the shipped clause and profile models in a fresh
process; the decision alone (parse, rules, clause model, profile model, guard; no I/O) on every
labelled message of tests/ and training/train, in messages per second on one core (the best of
three passes); the process's peak memory after it. The target (issue 11): >= 300 messages/s,
models loaded in under 2 s, under 200 MB.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LOAD = ("import time; t = time.perf_counter(); from responder.judge import shipped_models; "
        "shipped_models(); print(time.perf_counter() - t)")


def main() -> int:
    load = float(subprocess.run([sys.executable, "-c", LOAD], cwd=ROOT, capture_output=True, text=True,
                                check=True).stdout)
    from responder.config import ProfilesConfig, ResponderConfig
    from responder.judge.evaluate import judge_file
    from responder.judge.guard import GuardSettings
    from responder.judge.rules_file import load_rules

    rules = load_rules(None, ProfilesConfig())
    settings = GuardSettings.from_config(ResponderConfig(address="formation-magistere@ac-grenoble.fr"), b"k")
    messages = [p.read_bytes() for folder in (ROOT / "tests", ROOT / "training" / "train")
                for p in sorted(folder.rglob("*.eml"))]
    judge_file(messages[0], rules, settings)  # the models load here, outside the timing
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for raw in messages:
            judge_file(raw, rules, settings)
        best = min(best, time.process_time() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"models loaded in a fresh process: {load:.2f} s (target < 2 s)")
    print(f"decision: {len(messages)} messages in {best:.2f} s CPU: {len(messages) / best:.0f} messages/s, "
          f"{1000 * best / len(messages):.2f} ms each (target >= 300/s)")
    print(f"peak memory: {peak:.0f} MB (target < 200 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
