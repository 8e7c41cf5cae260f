"""The EAFC teaches the models: corrections from the review page become labelled examples.

A correction says what a whole message was (profile, topics, action); the models learn from
clauses and messages. Every correction is a profile example (own words, domain, corrected
profile). It also labels a clause when there is no doubt which one: the message has exactly one
clause that asks something (as the current clause model reads it), and the correction gives it
exactly one guide topic (action reply), or none and a human's answer (action escalate: a
request the guide does not answer). Anything less clear teaches the profile only.

`learn` fits both models on the shipped examples plus these, and `compare` measures the models
in use and the new ones on a labelled held-out folder: the new ones are kept only when they
answer wrongly no more often and decide the action at least as well.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from responder.config import ProfilesConfig
from responder.judge import CLAUSE_MODEL_FILE, PROFILE_MODEL_FILE, Models
from responder.judge.classify import Rules
from responder.judge.evaluate import Metrics, evaluate, measure
from responder.judge.guard import GuardSettings
from responder.judge.intents import NO_ANSWER_LABELS
from responder.judge.sentences import read
from responder.learn.examples import Example, ProfileExample
from responder.learn.training import PROFILE_REGULARISATION, as_intent_model, fit_and_export
from responder.model import Action
from responder.parse import parse_message

# A clause the model calls greeting, thanks, context or small talk at this confidence asks nothing.
ASKS_NOTHING = 0.5


@dataclass(frozen=True)
class Correction:
    """A case as a manager corrected it: its message and what it really was."""

    case_id: int
    raw: bytes
    profile: str
    topics: tuple[str, ...]
    action: str


def as_examples(corrections: list[Correction], current: Models) -> tuple[list[Example], list[ProfileExample]]:
    """The clause and profile examples the corrections give (see the module's docstring)."""
    clause_examples: list[Example] = []
    profile_examples: list[ProfileExample] = []
    for correction in corrections:
        parsed = parse_message(correction.raw)
        source = f"correction {correction.case_id}"
        profile_examples.append(ProfileExample.of_message(parsed, correction.profile, source))
        asking = [c for c in read(parsed.classifier_text, current.clauses).clauses
                  if c.label not in NO_ANSWER_LABELS or c.confidence < ASKS_NOTHING]
        if len(asking) != 1:
            continue
        if correction.action == Action.REPLY.value and len(correction.topics) == 1:
            clause_examples.append(Example(asking[0].text, correction.topics[0], source))
        elif correction.action == Action.ESCALATE.value and not correction.topics:
            clause_examples.append(Example(asking[0].text, "other_request", source))
    return clause_examples, profile_examples


def learn(clauses: list[Example], profiles: list[ProfileExample], folder: Path) -> Models:
    """Fit both models on these examples, write them in folder, and return them as read back."""
    clause_path, profile_path = folder / CLAUSE_MODEL_FILE, folder / PROFILE_MODEL_FILE
    fit_and_export([e.text for e in clauses], [e.label for e in clauses], clause_path)
    fit_and_export([e.document(ProfilesConfig()) for e in profiles], [e.profile for e in profiles],
                   profile_path, PROFILE_REGULARISATION)
    return Models(as_intent_model(clause_path), as_intent_model(profile_path))


def learn_in_scratch(clauses: list[Example], profiles: list[ProfileExample]) -> tuple[Models, Path]:
    """learn() into a new temporary folder (the caller moves the files once they are accepted)."""
    folder = Path(tempfile.mkdtemp(prefix="responder-learn-"))
    return learn(clauses, profiles, folder), folder


def compare(heldout: Path, rules: Rules, settings: GuardSettings, before: Models, after: Models) -> tuple[Metrics, Metrics]:
    """The held-out figures of the models in use and of the new ones."""
    return (measure(evaluate(heldout, rules, settings, before)),
            measure(evaluate(heldout, rules, settings, after)))


def no_worse(before: Metrics, after: Metrics) -> bool:
    """Whether the new models may replace the old: no more wrong answers, the action no worse."""
    return (after.wrong_answer_rate <= before.wrong_answer_rate
            and after.action_accuracy >= before.action_accuracy)
