"""What the models learn from: the shipped examples, and the EAFC's corrections.

The shipped examples are training/train's labelled clauses (training/WRITING.md) for the clause
model, and its labelled messages (own words, sender's domain, profile) for the profile model,
copied into the package as JSON lines so that an installed responder can rebuild its models; the
test suite checks the copies against training/.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from responder.config import ProfilesConfig
from responder.errors import ResponderError
from responder.judge.accounts import READ_CHARACTERS, account_document
from responder.judge.classify import profile_from_domain
from responder.judge.evaluate import load_labels
from responder.judge.intents import LABELS
from responder.model import ParsedMessage, Profile
from responder.parse import parse_message

DATA = Path(__file__).resolve().parent.parent / "data"
SHIPPED_EXAMPLES = DATA / "intents" / "examples.jsonl"
SHIPPED_PROFILE_EXAMPLES = DATA / "profiles" / "examples.jsonl"


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
    found = []
    for number, row in _json_lines(path):
        try:
            example = Example(str(row["text"]), str(row["label"]), str(row.get("source", "")))
        except (KeyError, TypeError) as exc:
            raise ResponderError(f"{path}, ligne {number} : exemple illisible ({exc})") from exc
        if example.label not in LABELS:
            raise ResponderError(f"{path}, ligne {number} : étiquette inconnue « {example.label} »")
        found.append(example)
    return found


@dataclass(frozen=True)
class ProfileExample:
    """One labelled message for the profile model: the own words, the sender's domain, the profile."""

    words: str
    domain: str
    profile: str
    source: str

    @classmethod
    def of_message(cls, parsed: ParsedMessage, profile: str, source: str) -> ProfileExample:
        """The example a parsed message gives, with the profile it really is."""
        domain = parsed.sender.domain if parsed.sender else ""
        return cls(parsed.classifier_text[:READ_CHARACTERS], domain, profile, source)

    def document(self, profiles: ProfilesConfig) -> str:
        """What the profile model reads for this message, under these domain lists."""
        return account_document(self.words, profile_from_domain(self.domain, profiles))


def profiles_from_training(folder: Path) -> list[ProfileExample]:
    """Every labelled message under folder, read by the real parse step, in a fixed order."""
    found: list[ProfileExample] = []
    for labels_file in sorted(folder.glob("*/labels.toml")):
        writer = labels_file.parent
        for name, label in sorted(load_labels(writer).items()):
            parsed = parse_message((writer / name).read_bytes())
            found.append(ProfileExample.of_message(parsed, label.profile, f"{writer.name}/{name}"))
    return found


def write_profiles(examples: Iterable[ProfileExample], path: Path = SHIPPED_PROFILE_EXAMPLES) -> None:
    """Write profile examples as JSON lines."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"words": e.words, "domain": e.domain, "profile": e.profile, "source": e.source},
                        ensure_ascii=False) for e in examples]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_profiles(path: Path = SHIPPED_PROFILE_EXAMPLES) -> list[ProfileExample]:
    """Read JSON-lines profile examples; a bad line is named."""
    found = []
    for number, row in _json_lines(path):
        try:
            example = ProfileExample(str(row["words"]), str(row["domain"]), str(row["profile"]),
                                     str(row.get("source", "")))
        except (KeyError, TypeError) as exc:
            raise ResponderError(f"{path}, ligne {number} : exemple illisible ({exc})") from exc
        if example.profile not in {p.value for p in Profile}:
            raise ResponderError(f"{path}, ligne {number} : profil inconnu « {example.profile} »")
        found.append(example)
    return found


def _json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResponderError(f"exemples illisibles : {path} ({exc.strerror})") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except ValueError as exc:
                raise ResponderError(f"{path}, ligne {number} : exemple illisible ({exc})") from exc
