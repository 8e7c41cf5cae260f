"""Data flows one way, and the folders are the architecture (STYLE.md P1, issue 10).

A step (source, parse, judge, render, send) imports only its own folder's modules and the shared
value types; the store never imports a step, the web or the command line; the web never reads a
mailbox; nothing imports the command line; only the orchestrators join steps.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.paths import ROOT

PACKAGE = ROOT / "responder"
SHARED = {"responder.model", "responder.errors", "responder.config", "responder.message_ids",
          "responder.resources", "responder.wire",
          "responder.config.sections", "responder.config.reading", "responder.config.checks",
          "responder.config.location"}
# Each step and the modules that make it (a folder, or part of one: render and send share reply/).
STEPS = {
    "source": "responder.source",
    "parse": "responder.parse",
    "judge": "responder.judge",
    "render": ("responder.reply.render", "responder.reply.greeting"),
    "send": "responder.reply.smtp",
}
# Modules of a step's folder that join steps or reach the store: orchestrators, not the step.
ORCHESTRATORS_IN_STEPS = {"responder.judge.evaluate"}


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = modules()


def imports(module: str) -> set[str]:
    """The responder modules `module` imports (a package counts as its __init__)."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("responder"):
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("responder."))
    return found - {module}


def within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def step_of(module: str) -> str | None:
    for step, prefixes in STEPS.items():
        if any(within(module, prefix) for prefix in ((prefixes,) if isinstance(prefixes, str) else prefixes)) \
                and module not in ORCHESTRATORS_IN_STEPS:
            return step
    return None


@pytest.mark.parametrize("step", sorted(STEPS))
def test_a_step_imports_only_its_own_modules_and_the_shared_types(step: str) -> None:
    members = [m for m in MODULES if step_of(m) == step]
    assert members, f"no module for the step {step}"
    for module in members:
        foreign = {i for i in imports(module) if step_of(i) != step and i not in SHARED}
        assert not foreign, f"{module} imports {sorted(foreign)}: a step must not reach across"


def test_value_types_and_errors_import_nothing_from_responder() -> None:
    assert imports("responder.model") == set()
    assert imports("responder.errors") == set()
    assert imports("responder.resources") == set()
    assert imports("responder.wire") == {"responder.model"}
    for module in (m for m in MODULES if within(m, "responder.config")):
        outside = {i for i in imports(module) if not within(i, "responder.config")}
        assert outside <= {"responder.errors"}, module


def test_the_store_never_imports_a_step_the_web_or_the_command_line() -> None:
    for module in (m for m in MODULES if within(m, "responder.store")):
        wrong = {i for i in imports(module) if step_of(i) or within(i, "responder.web") or within(i, "responder.cli")}
        assert not wrong, f"{module} imports {sorted(wrong)}"


def test_the_web_never_reads_a_mailbox_and_nothing_imports_the_command_line() -> None:
    for module in MODULES:
        if within(module, "responder.web"):
            assert not any(within(i, "responder.source") for i in imports(module)), module
        if not within(module, "responder.cli") and module != "responder.__main__":
            assert not any(within(i, "responder.cli") for i in imports(module)), module


MAX_LINES = 400  # STYLE.md: a module a reader can hold in mind
MAX_FUNCTION_LINES = 60
# Functions allowed past MAX_FUNCTION_LINES, each with the reason: none today.
LONG_FUNCTIONS: dict[str, str] = {}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_is_past_400_lines(module: str) -> None:
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines: split it along a seam"


def test_no_function_is_past_60_lines_without_a_reason() -> None:
    long = []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno is not None:
                length = node.end_lineno - node.lineno + 1
                name = f"{module}.{node.name}"
                if length > MAX_FUNCTION_LINES and name not in LONG_FUNCTIONS:
                    long.append(f"{name} ({length} lines)")
    assert not long, f"functions past {MAX_FUNCTION_LINES} lines: {long}"
