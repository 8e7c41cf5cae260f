"""A bounded, seeded fuzzing run through the real pipeline (tests/fuzz.py): nothing escapes,
nothing is lost, nothing goes over its CPU budget. `scripts/fuzz --minutes N` runs it for long."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.fuzz import run_fuzz

# /dev/shm when there is one: the run checks robustness, not the disk's fsync.
FAST_DISK = "/dev/shm" if Path("/dev/shm").is_dir() else None


# About 50 ms an input through the whole pipeline today (issue 10 is about that): a thousand
# inputs keep this run under a minute; scripts/fuzz runs as many as its minutes allow.
COUNT = 1000


def test_a_thousand_mutated_messages_each_become_one_case_within_budget() -> None:
    with tempfile.TemporaryDirectory(dir=FAST_DISK) as folder:
        report = run_fuzz(Path(folder), count=COUNT, seed=2026)
    print(report.summary())  # shown with -s, and in the closing note
    assert report.failures == []  # no exception escaped, every input recorded and acknowledged
    assert report.over_budget == []
    assert report.inputs == COUNT and 0 < report.cases <= COUNT  # copies of one mail share a case
