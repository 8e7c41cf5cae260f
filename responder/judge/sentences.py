"""Read the trainee's words clause by clause: what each one asks, and whether the answer covers it.

The rules (classify.py) find the topics by patterns and know negation; the clause model
(intents.py) labels each clause of the own words with a confidence. The model then has a veto on
an automatic answer: a clause it reads, with confidence, as asking something that the rules'
topics do not answer (another topic, a request the guide does not answer, a text nobody can
tell), or a rules' topic that no clause asks about, sends the message to a human instead.

Why a veto and not "both must agree": measured leaving one writer out on training/train (2,297
messages by nine writers, scripts/clause_decision_figures.py), the rules alone answer wrongly
15.6 % of the time; with this veto 8.9 %, at a cost of 4.6 points of action accuracy. Requiring
the model's own confident agreement cut wrong answers to 2.7 % but brought the action down to
60 %, because a clause read alone loses its referent ("Pouvez-vous me les renvoyer ?"). On the
regression sets the veto keeps 0 wrong answers and answers 92.8 % (corpus) and 88 % (corpus2) of
what the guide answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from responder.judge.clauses import clauses
from responder.judge.intents import NO_ANSWER_LABELS, TOPIC_LABELS, IntentModel
from responder.judge.words import fold
from responder.model import Topic

# A clause the model reads as something the answer does not cover, at this confidence or more,
# stops the automatic answer (on unseen writers, 0.5 gave 0.4 points fewer wrong answers for 0.6
# points less action; 0.7 let 0.8 points more wrong answers through).
VETO_CONFIDENCE = 0.6
# ...unless the model gives the answer's own topics together at least this much for it.
ANSWERED_SHARE = 0.1
# An answer's topic that no clause reaches even this much is a section nobody asked for.
ASKED_AT_LEAST = 0.05
# "Comment faire ?", "Où est-il ?": a short question refers back to the clause before it.
FOLLOW_UP_WORDS = 5
# Every clause robot text at this confidence: a robot that no header gave away.
ROBOT_CONFIDENCE = 0.9

LABEL_NAMES = {
    "forgotten_username": "identifiant oublié",
    "forgotten_password": "mot de passe oublié",
    "login": "connexion",
    "find_course": "trouver le parcours",
    "greeting": "salutation",
    "thanks": "remerciement",
    "context": "contexte",
    "small_talk": "propos sans demande",
    "other_request": "demande hors guide",
    "unclear": "incompréhensible",
    "robot": "texte d'automate",
}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ReadClause:
    """One clause of the own words, the model's label and its probability for every label."""

    text: str
    label: str
    confidence: float
    probabilities: tuple[tuple[str, float], ...]

    def share(self, labels: tuple[str, ...]) -> float:
        """The model's probability that this clause is one of `labels`."""
        return sum(p for label, p in self.probabilities if label in labels)

    @property
    def follow_up(self) -> bool:
        """A short question about a guide topic that refers back rather than asks anew."""
        short = "?" in self.text and len(_WORD.findall(self.text)) <= FOLLOW_UP_WORDS
        return short and self.label in TOPIC_LABELS

    def describe(self) -> str:
        """The clause, its label in French and the confidence, for a person."""
        name = LABEL_NAMES.get(self.label, self.label)
        return f"« {self.text} » : {name} ({self.confidence:.0%})"


@dataclass(frozen=True)
class Reading:
    """The clauses of a message as the model labelled them, and what they add up to."""

    clauses: tuple[ReadClause, ...]

    def objection(self, topics: tuple[Topic, ...], negated: tuple[tuple[str, str], ...] = ()) -> str | None:
        """Why an answer with these topics would not answer the message, or None when it would.

        negated: (topic, words) the rules found under a negation ("je n'ai pas oublié mon mot de
        passe"): a clause holding them says what the trainee does not need. The reason is for
        the person who takes over: the clause left unanswered, or the section nobody asked for.
        """
        wanted = tuple(t.value for t in topics)
        for clause in self.clauses:
            if clause.label in NO_ANSWER_LABELS or clause.label in wanted:
                continue
            if any(topic == clause.label and fold(words) in fold(clause.text) for topic, words in negated):
                continue
            if clause.confidence < VETO_CONFIDENCE or clause.share(wanted) >= ANSWERED_SHARE:
                continue
            if clause.follow_up:
                continue
            return "phrase sans réponse dans le guide : " + clause.describe()
        for topic in wanted:
            if max((clause.share((topic,)) for clause in self.clauses), default=0.0) < ASKED_AT_LEAST:
                return f"aucune phrase ne demande la section « {LABEL_NAMES[topic]} »"
        return None

    @property
    def robot(self) -> bool:
        """Every clause is a machine's text, surely: an unmarked out-of-office or bounce."""
        return bool(self.clauses) and all(
            c.label == "robot" and c.confidence >= ROBOT_CONFIDENCE for c in self.clauses
        )

    @property
    def looks_robotic(self) -> bool:
        """At least half the clauses read as a machine's text."""
        robots = sum(1 for c in self.clauses if c.label == "robot")
        return bool(self.clauses) and robots * 2 >= len(self.clauses)


def read(text: str, model: IntentModel) -> Reading:
    """Cut the own words into clauses and label each one."""
    read_clauses = []
    for clause in clauses(text):
        row = model.probabilities(clause.text)
        best = int(row.argmax())
        probabilities = tuple((label, float(p)) for label, p in zip(model.classes, row))
        read_clauses.append(ReadClause(clause.text, model.classes[best], float(row[best]), probabilities))
    return Reading(tuple(read_clauses))
