"""Data flows one way: a pipeline step never imports another step, the recorder, or the CLI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "responder"

# Each step and the helper modules it owns.
STEPS = {
    "mailbox": {"mailbox", "imap_source", "imap_errors", "maildir_source"},
    "parse": {"parse", "headers", "quotes", "quotelines", "signoff", "htmltext", "bounds"},
    "guard": {"guard", "guard_rules", "signature"},
    "classify": {"classify", "rules", "normalize"},
    "render": {"render", "invitation"},
    "send": {"send"},
    "roster": {"roster", "roster_address"},
}
SHARED = {"model", "errors", "config", "signature"}
ORCHESTRATION = {"pipeline", "linking", "record", "models", "db", "cli", "service", "demo", "sink",
                 "campaigns", "invite", "ratelimit", "console"}


def responder_imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("responder."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.module == "responder":
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.split(".")[1] for a in node.names if a.name.startswith("responder."))
    return found


@pytest.mark.parametrize("step", sorted(STEPS))
def test_a_step_imports_only_its_own_helpers_and_shared_types(step: str) -> None:
    allowed = STEPS[step] | SHARED
    for module in STEPS[step]:
        if not (PACKAGE / f"{module}.py").exists():
            continue
        forbidden = responder_imports(module) - allowed
        assert not forbidden, f"{module}.py imports {sorted(forbidden)}: steps must not reach across"


def test_value_types_and_errors_import_nothing_from_responder() -> None:
    assert responder_imports("model") == set()
    assert responder_imports("errors") == set()
    assert responder_imports("config") <= {"errors"}


def test_record_never_imports_a_step() -> None:
    steps = set().union(*STEPS.values()) - SHARED
    assert not responder_imports("record") & steps
