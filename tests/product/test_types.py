"""The code base type-checks with mypy --strict (STYLE.md): a wrong type is caught before a user sees it."""

from __future__ import annotations

import subprocess
import sys

from tests.paths import ROOT


def test_responder_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
