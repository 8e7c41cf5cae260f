"""The labelled clauses a model learns from: the shipped examples, and the EAFC's corrections.

The shipped examples are training/train's labelled clauses (training/WRITING.md), copied into
the package as one JSON line each so that an installed responder can rebuild its model; the test
suite checks the copy against training/.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from responder.errors import ResponderError
from responder.judge.evaluate import load_labels
from responder.judge.intents import LABELS

SHIPPED_EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "intents" / "examples.jsonl"


@dataclass(frozen=True)
class Example:
    """One labelled clause and where it comes from ("w01-sms-mobile/001-x.eml", "correction 12")."""

    text: str
    label: str
    source: str


def from_training(folder: Path) -> list[Example]:
    """The labelled clauses of every writer's folder under folder, in a fixed order."""
    found: list[Example] = []
    for labels_file in sorted(folder.glob("*/labels.toml")):
        writer = labels_file.parent
        for name, label in sorted(load_labels(writer).items()):
            found.extend(Example(text, tag, f"{writer.name}/{name}") for text, tag in label.clauses)
    return found


def write(examples: Iterable[Example], path: Path) -> None:
    """Write examples as JSON lines (the shipped file's form)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"text": e.text, "label": e.label, "source": e.source}, ensure_ascii=False)
             for e in examples]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read(path: Path = SHIPPED_EXAMPLES) -> list[Example]:
    """Read JSON-lines examples; a bad line is named."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResponderError(f"exemples illisibles : {path} ({exc.strerror})") from exc
    found = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            example = Example(str(row["text"]), str(row["label"]), str(row.get("source", "")))
        except (ValueError, KeyError, TypeError) as exc:
            raise ResponderError(f"{path}, ligne {number} : exemple illisible ({exc})") from exc
        if example.label not in LABELS:
            raise ResponderError(f"{path}, ligne {number} : étiquette inconnue « {example.label} »")
        found.append(example)
    return found
