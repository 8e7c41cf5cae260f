"""Measure the classifier on a labelled corpus: accuracy, precision, recall, wrong automatic answers.

A corpus is a folder of .eml files with `labels.toml` (or `labels.json`) giving each file's expected
`profile`, `topics`, `action` and a one-line `why`. Each message goes through the decision the
pipeline takes (verdict.judge, without a sender history): parse -> guard -> classify -> decide. The
guard runs with "now" just after the message's date, so the corpus never goes stale.
Nothing is sent or recorded.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from responder.judge.classify import Rules
from responder.errors import ResponderError, os_error_text, toml_error_text
from responder.judge.guard import GuardSettings
from responder.model import Action, ParsedMessage, Profile, Topic, in_guide_order
from responder.parse import parse_message
from responder.judge import Models, Verdict, judge

ACTIONS = tuple(a.value for a in Action)
# How an automatic answer can be wrong, as the report names them.
WRONG_ANSWER_KINDS = {
    "missed_question": "a manqué une question",
    "needed_human": "il fallait un humain",
    "extra_section": "section en trop",
    "wrong_profile": "mauvais profil",
}
_LABEL_KEYS = {"profile", "topics", "action", "why", "clauses"}
# What a clause of the trainee's own words does (training/WRITING.md): a guide topic, or one of these.
CLAUSE_LABELS = frozenset(
    {t.value for t in Topic}
    | {"greeting", "thanks", "context", "small_talk", "other_request", "unclear", "robot"}
)


@dataclass(frozen=True)
class Label:
    """What a file should give."""

    profile: str
    topics: tuple[str, ...]
    action: str
    why: str = ""
    clauses: tuple[tuple[str, str], ...] = ()  # (text as written, label), when the set has them


@dataclass(frozen=True)
class Prediction:
    """What the decision gave, and the reasons behind it."""

    profile: str
    topics: tuple[str, ...]
    action: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    file: str
    label: Label
    prediction: Prediction

    @property
    def wrong_fields(self) -> tuple[str, ...]:
        fields = ("profile", "topics", "action")
        return tuple(f for f in fields if getattr(self.label, f) != getattr(self.prediction, f))

    @property
    def wrong_answer_kind(self) -> str | None:
        """How an automatic reply was wrong (WRONG_ANSWER_KINDS), or None when none went or it was right.

        A reply that should not have gone needed a human; else one that left out a topic asked
        missed a question; else one with a topic nobody asked added a section; else one with
        the right topics for the wrong kind of account gave the wrong profile's steps.
        """
        label, got = self.label, self.prediction
        if got.action != Action.REPLY.value:
            return None
        if label.action != Action.REPLY.value:
            return "needed_human"
        if not set(label.topics) <= set(got.topics):
            return "missed_question"
        if label.topics != got.topics:
            return "extra_section"
        if label.profile != got.profile:
            return "wrong_profile"
        return None

    @property
    def wrong_automatic_answer(self) -> bool:
        """An automatic reply that should not have gone, or not the one the label says."""
        return self.wrong_answer_kind is not None


def _label(entry: Any, where: str) -> Label:
    if not isinstance(entry, dict):
        raise ResponderError(f"{where} : doit être une table (profile, topics, action, why)")
    unknown = set(entry) - _LABEL_KEYS
    if unknown:
        raise ResponderError(f"{where} : clé inconnue {sorted(unknown)[0]!r}")
    profile, action, topics = entry.get("profile"), entry.get("action"), entry.get("topics", [])
    if profile not in {p.value for p in Profile}:
        raise ResponderError(f"{where} : profile {profile!r} inconnu")
    if action not in ACTIONS:
        raise ResponderError(f"{where} : action {action!r} inconnue")
    if not isinstance(topics, list) or any(t not in {x.value for x in Topic} for t in topics):
        raise ResponderError(f"{where} : topics {topics!r} invalide")
    ordered = tuple(t.value for t in in_guide_order(tuple(Topic(t) for t in topics)))
    return Label(profile, ordered, action, str(entry.get("why", "")), _clauses(entry.get("clauses", []), where))


def _clauses(entries: Any, where: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(entries, list):
        raise ResponderError(f"{where} : clauses doit être une liste de tables (text, label)")
    found = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("text"), str):
            raise ResponderError(f"{where} : chaque clause a un texte (text) et une étiquette (label)")
        if entry.get("label") not in CLAUSE_LABELS:
            raise ResponderError(f"{where} : étiquette de clause {entry.get('label')!r} inconnue")
        found.append((entry["text"], str(entry["label"])))
    return tuple(found)


def load_labels(folder: Path) -> dict[str, Label]:
    """Read the corpus labels; every bad entry is reported with the file and entry name."""
    toml_path, json_path = folder / "labels.toml", folder / "labels.json"
    try:
        if toml_path.exists():
            path, data = toml_path, tomllib.loads(toml_path.read_text(encoding="utf-8"))
        elif json_path.exists():
            path, data = json_path, json.loads(json_path.read_text(encoding="utf-8"))
        else:
            raise ResponderError(f"{folder} : ni labels.toml ni labels.json")
    except tomllib.TOMLDecodeError as error:
        raise ResponderError(f"{folder} : étiquettes illisibles : {toml_error_text(error)[0]}") from None
    except json.JSONDecodeError as error:
        raise ResponderError(f"{folder} : étiquettes illisibles : JSON invalide ligne {error.lineno}") from None
    except OSError as error:
        raise ResponderError(f"{folder} : étiquettes illisibles : {os_error_text(error)}") from None
    except UnicodeDecodeError:
        raise ResponderError(f"{folder} : étiquettes illisibles : le fichier n'est pas en UTF-8") from None
    if not isinstance(data, dict):
        raise ResponderError(f"{path} : doit associer chaque fichier à ses étiquettes")
    return {name: _label(entry, f"{path} [{name!r}]") for name, entry in data.items()}


def judge_file(
    raw: bytes, rules: Rules, settings: GuardSettings, models: Models | None = None
) -> tuple[ParsedMessage, Verdict]:
    """Parse and judge one message as the pipeline would when it arrives, without history.

    The clock is set just after the message's own date, so a file never goes stale; the
    history of replies and the campaign journal are the database's and play no part here.
    `responder classify` (table, --json, --explain) and `evaluate` both call this; `models` are
    the learned models (the shipped ones when None).
    """
    parsed = parse_message(raw)
    now = (parsed.date or datetime.now(UTC)) + timedelta(hours=1)
    return parsed, judge(parsed, rules, settings, now, models=models)


def prediction(verdict: Verdict) -> Prediction:
    """What a verdict tells the trainee: the final action, and the guide's topics the reply
    answers (none when no automatic answer goes out: guard stop, ignore)."""
    decision = verdict.decision
    classification = decision.classification
    answered = () if decision.stops or decision.action is Action.IGNORE else classification.topics
    reasons = [r.describe() for r in classification.reasons] + [f"guard.{s.code}: {s.detail}" for s in decision.stops]
    return Prediction(
        classification.profile.value,
        tuple(t.value for t in answered),
        decision.action.value,
        tuple(reasons),
    )


def predict(raw: bytes, rules: Rules, settings: GuardSettings, models: Models | None = None) -> Prediction:
    """Return the decision the pipeline would take on this message, without history."""
    return prediction(judge_file(raw, rules, settings, models)[1])


def evaluate(folder: Path, rules: Rules, settings: GuardSettings, models: Models | None = None) -> list[Item]:
    """Predict every labelled file of the corpus and pair it with its label."""
    labels = load_labels(folder)
    files = {p.name for p in folder.iterdir() if p.is_file() and p.suffix == ".eml"}
    missing = sorted(set(labels) - files)
    unlabelled = sorted(files - set(labels))
    if missing:
        raise ResponderError(f"{folder} : étiqueté mais absent : {missing[0]} (et {len(missing) - 1} autre(s))")
    if unlabelled:
        raise ResponderError(f"{folder} : fichier sans étiquette : {unlabelled[0]} (et {len(unlabelled) - 1} autre(s))")
    return [Item(name, labels[name], predict((folder / name).read_bytes(), rules, settings, models))
            for name in sorted(labels)]


@dataclass(frozen=True)
class Metrics:
    """The figures of one evaluation (fractions between 0 and 1)."""

    count: int
    action_accuracy: float
    profile_accuracy: float
    topics_accuracy: float
    wrong_automatic_answers: int
    wrong_by_kind: dict[str, int]
    answerable: int  # messages labelled reply
    answered: int  # of those, answered automatically and right
    per_action: dict[str, tuple[float, float, int]]  # precision, recall, support
    per_topic: dict[str, tuple[float, float, int]]
    confusion: dict[tuple[str, str], int]  # (label, predicted) -> count

    @property
    def wrong_answer_rate(self) -> float:
        return self.wrong_automatic_answers / self.count if self.count else 0.0

    @property
    def coverage(self) -> float:
        """The share of answerable messages answered automatically, and rightly."""
        return self.answered / self.answerable if self.answerable else 0.0


def _precision_recall(pairs: Iterable[tuple[bool, bool]]) -> tuple[float, float, int]:
    true_positive = predicted = actual = 0
    for expected, got in pairs:
        true_positive += expected and got
        predicted += got
        actual += expected
    precision = true_positive / predicted if predicted else 1.0
    recall = true_positive / actual if actual else 1.0
    return precision, recall, actual


def measure(items: list[Item]) -> Metrics:
    """Compute the figures of an evaluation."""
    count = len(items)

    def share(field: str) -> float:
        return sum(getattr(i.label, field) == getattr(i.prediction, field) for i in items) / count if count else 0.0

    per_action = {
        a: _precision_recall((i.label.action == a, i.prediction.action == a) for i in items) for a in ACTIONS
    }
    per_topic = {
        t.value: _precision_recall((t.value in i.label.topics, t.value in i.prediction.topics) for i in items)
        for t in Topic
    }
    confusion = Counter((i.label.action, i.prediction.action) for i in items)
    return Metrics(
        count=count,
        action_accuracy=share("action"),
        profile_accuracy=share("profile"),
        topics_accuracy=share("topics"),
        wrong_automatic_answers=sum(i.wrong_automatic_answer for i in items),
        wrong_by_kind={kind: sum(i.wrong_answer_kind == kind for i in items) for kind in WRONG_ANSWER_KINDS},
        answerable=sum(i.label.action == Action.REPLY.value for i in items),
        answered=sum(i.label.action == Action.REPLY.value and i.prediction.action == Action.REPLY.value
                     and not i.wrong_automatic_answer for i in items),
        per_action=per_action,
        per_topic=per_topic,
        confusion=dict(confusion),
    )


def format_report(items: list[Item], metrics: Metrics) -> str:
    """Write the figures, the confusion table and the wrong files as text."""
    pct = _percent
    out = [
        f"messages : {metrics.count}",
        f"action   : {pct(metrics.action_accuracy)}",
        f"profil   : {pct(metrics.profile_accuracy)}",
        f"sujets   : {pct(metrics.topics_accuracy)}  (ensemble exact)",
        f"réponses automatiques fausses : {metrics.wrong_automatic_answers} ({pct(metrics.wrong_answer_rate)})",
        "    dont " + ", ".join(f"{name} : {metrics.wrong_by_kind[kind]}" for kind, name in WRONG_ANSWER_KINDS.items()),
        f"couverture : {pct(metrics.coverage)}  ({metrics.answered} des {metrics.answerable} messages "
        "auxquels le guide répond, répondus automatiquement et justement)",
        "",
        "précision / rappel par action :",
    ]
    for name, (precision, recall, support) in metrics.per_action.items():
        out.append(f"    {name:<20} {pct(precision)}  {pct(recall)}  ({support})")
    out.append("précision / rappel par sujet :")
    for name, (precision, recall, support) in metrics.per_topic.items():
        out.append(f"    {name:<20} {pct(precision)}  {pct(recall)}  ({support})")
    out.append("")
    out.append("confusion des actions (ligne : attendu, colonne : obtenu) :")
    out.append("    " + " " * 10 + "".join(f"{a:>10}" for a in ACTIONS))
    for expected in ACTIONS:
        row = "".join(f"{metrics.confusion.get((expected, got), 0):>10}" for got in ACTIONS)
        out.append(f"    {expected:<10}{row}")
    wrong = [i for i in items if i.wrong_fields]
    out.append("")
    out.append(f"fichiers mal classés : {len(wrong)}")
    for item in wrong:
        flag = "  [RÉPONSE FAUSSE]" if item.wrong_automatic_answer else ""
        out.append(f"- {item.file}{flag}")
        for field in item.wrong_fields:
            expected, got = getattr(item.label, field), getattr(item.prediction, field)
            out.append(f"    {field} : attendu {_show(expected)}, obtenu {_show(got)}")
        if item.label.why:
            out.append(f"    étiquette : {item.label.why}")
        for reason in item.prediction.reasons:
            out.append(f"    raison : {reason}")
    return "\n".join(out)


def _percent(share: float) -> str:
    return f"{100 * share:5.1f} %"


def _show(value: str | tuple[str, ...]) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(value) + "]"
    return value
