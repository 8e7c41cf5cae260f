"""Where the tests find the checkout's files, whichever folder of tests/ a test module sits in."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]  # the checkout: responder/, tests/, pyproject.toml
TESTS = ROOT / "tests"  # the corpora, evaluate.toml, fixtures/
DEMO = ROOT / "responder" / "data" / "demo"  # the demo's sample messages
# Real messages kept beside the checkout (../shared); the tests that read them skip when absent.
REAL_MAIL = ROOT.parent / "shared" / "fixtures" / "real-mail"
