"""The classifier's rules as compiled: folded pattern words, settings, word lists, rules.

rules_file.py reads and validates the rules file (packaged default: responder/data/rules.toml,
documented by its own comments) into these types: settings, word lists, named terms and four
kinds of rules (`topic`, `profile`, `escalate`, `thanks`), each pattern compiled into folded
words so that the classifier only compares words. This module decides nothing about a
message: classify.py does.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from responder.judge.words import singular, word_matches

KINDS = ("topic", "profile", "escalate", "thanks")


@dataclass(frozen=True, eq=False)
class Word:
    """A folded pattern word, interned by the compiler: one object per spelling, compared by identity
    (the classifier looks words up thousands of times per message; identity hashing is the fast one).

    prefix: written as a stem ("oubli*"): any ending goes.
    typos: how many typos it tolerates (0 when written "=inscrire": "inscrite" is another word).
    """

    text: str
    prefix: bool = False
    typos: int = 0


Phrase = tuple[Word, ...]  # words that must follow each other (only ignored words between)
Slot = tuple[Phrase, ...]  # alternatives for one place of a pattern
CompiledPattern = tuple[Slot, ...]  # places, each within `gap` words of the previous one


@dataclass(frozen=True)
class Settings:
    """[settings]: thresholds and distances."""

    topic_threshold: float = 1.0
    profile_threshold: float = 1.0
    escalate_threshold: float = 1.0
    thanks_threshold: float = 1.0
    gap: int = 4
    negation_window: int = 4
    max_other_words: int = 2
    thanks_other_words: int = 12
    question_words: int = 4


@dataclass(frozen=True)
class Vocabulary:
    """[words]: word lists the matcher treats specially (all folded)."""

    ignored: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    weak_negations: frozenset[str] = frozenset()
    negation_particles: frozenset[str] = frozenset()
    clause_words: frozenset[str] = frozenset()
    negation_exceptions: frozenset[str] = frozenset()
    filler: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()
    barriers: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    requests: frozenset[str] = frozenset()
    title_openers: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    anaphora: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Rule:
    """One compiled rule.

    name: the reason's rule name, "<kind>.<target>.<name>" ("topic.forgotten_password.mdp_oublie").
    targets: the topics (kind topic) or the profile (kind profile) it votes for; () otherwise.
    sources: the patterns as written, parallel to patterns.
    """

    kind: str
    name: str
    targets: tuple[str, ...]
    patterns: tuple[CompiledPattern, ...]
    sources: tuple[str, ...]
    weight: float
    gap: int
    negatable: bool
    only: bool
    line: int
    # For each pattern and each of its places, the words the place can start with: a message
    # that lacks every one of some place cannot match the pattern.
    anchors: tuple[tuple[frozenset[Word], ...], ...] = ()
    # A topic rule that only says "it does not work" ("impossible de me connecter"): it counts when no
    # more precise topic is found, since a lost password is why most people cannot log in.
    fallback: bool = False


@dataclass(frozen=True)
class Rules:
    """A whole, valid rule set and the sender domains of each profile."""

    source: str
    settings: Settings
    vocabulary: Vocabulary
    rules: tuple[Rule, ...]
    academic_domains: tuple[str, ...]
    university_domains: tuple[str, ...]
    words_by_initial: dict[str, tuple[Word, ...]] = field(default_factory=dict, compare=False, repr=False)
    # Words known to be spelt right (every pattern word, every listed word, [words] known): such a
    # word is never read as a typo of another one ("rentre" is not "rendre").
    real_words: frozenset[str] = frozenset()
    # The words of the guide's topics (every word of a [[topic]] pattern): a question made of them is
    # about the guide's steps, even when no whole pattern matched.
    topic_words: frozenset[Word] = frozenset()
    # Memo of message word -> pattern words it matches; pure, so sharing it changes no result.
    _memo: dict[tuple[str, bool], tuple[Word, ...]] = field(default_factory=dict, compare=False, repr=False)

    def of_kind(self, kind: str) -> tuple[Rule, ...]:
        """Return the rules of one kind, in file order."""
        return tuple(rule for rule in self.rules if rule.kind == kind)

    def pattern_words(self, form: str, exact: bool = False) -> tuple[Word, ...]:
        """Return the pattern words a (folded) message word matches.

        Typos are allowed unless exact is set or the word is a real word of its own (real_words).
        """
        key = (form, exact)
        found = self._memo.get(key)
        if found is None:
            candidates = self.words_by_initial.get(form[:1], ())
            if exact or form in self.real_words:
                # A real word matches itself, or the same word in the singular ("boutons"), not a
                # neighbour one typo away. A glued-elision guess (exact) gets no plural either.
                plural = () if exact else (singular(form),)
                found = tuple(
                    w for w in candidates
                    if word_matches(w.text, w.prefix, 0, form) or (not w.prefix and singular(w.text) in plural)
                )
            else:
                found = tuple(w for w in candidates if word_matches(w.text, w.prefix, w.typos, form))
            self._memo[key] = found
        return found
