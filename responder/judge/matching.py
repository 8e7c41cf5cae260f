"""How the classifier's rules meet a text: each text indexed once, patterns matched word by word.

A text is tokenized and indexed (where each pattern word occurs, content words and barrier
words counted before each position) so that a pattern's places are found by bisection, within
the rule's gap, in one sentence, never across a barrier ("mais j'ai oublié..."). A match then
counts unless a negation denies it ("je n'ai pas oublié mon mot de passe", "ni ... ni"), it
is a title the trainee cites («Terminer le test»), or an "only" rule's message says more.
Pure: no I/O, no state beyond the rules' memo of word comparisons.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from responder.judge.rules import CompiledPattern, Phrase, Rule, Rules, Vocabulary, Word
from responder.judge.words import Token, tokenize

Match = tuple[int, ...]  # indices of the matched tokens, in text order


@dataclass(frozen=True)
class IndexedText:
    """One text the rules run over, with what matching needs precomputed."""

    where: str
    raw: str
    tokens: tuple[Token, ...]
    content_before: tuple[int, ...]  # content (non-ignored) words before each index, and total
    barriers_before: tuple[int, ...]  # barrier words ("mais", "où") before each index, and total
    positions: dict[Word, list[int]]
    substantial: int = 0  # words neither ignored nor filler, in the whole text

    def is_substantial(self, index: int, vocabulary: Vocabulary) -> bool:
        word = self.tokens[index].word
        return word not in vocabulary.ignored and word not in vocabulary.filler

    def gap(self, before: int, after: int) -> int:
        """Return how many content words lie strictly between two token indices."""
        return self.content_before[after] - self.content_before[before + 1]

    def barrier(self, before: int, after: int) -> bool:
        """Tell whether a barrier word lies strictly between two token indices."""
        return self.barriers_before[after] > self.barriers_before[before + 1]

    def quote(self, match: Match) -> str:
        """Return the matched words as the trainee typed them."""
        span = self.raw[self.tokens[match[0]].start : self.tokens[match[-1]].end]
        return " ".join(span.split())




def count_substantial(found: list[str], vocabulary: Vocabulary) -> int:
    return sum(1 for w in found if w not in vocabulary.ignored and w not in vocabulary.filler)


# -- matching ------------------------------------------------------------------------------------


def index_text(where: str, raw: str, rules: Rules) -> IndexedText:
    tokens = tokenize(raw)
    vocabulary = rules.vocabulary
    content_before = [0]
    barriers_before = [0]
    positions: dict[Word, list[int]] = {}
    for i, token in enumerate(tokens):
        # Gaps count content words; "ni", "et", "ou" join what they list, and a title between
        # guillemets is one name however long («Accueillir un élève à besoins particuliers»).
        counts = token.word not in vocabulary.ignored and token.word not in vocabulary.coordinators
        if token.quoted and i and tokens[i - 1].quoted and tokens[i - 1].clause == token.clause:
            counts = False
        content_before.append(content_before[-1] + counts)
        # "inscrite au parcours mais il n'apparaît pas": a pronoun after "mais" goes on about the
        # same thing, so only a new subject ("mais j'ai oublié...") separates.
        barrier = token.word in vocabulary.barriers and not (
            i + 1 < len(tokens) and tokens[i + 1].word in vocabulary.anaphora
        )
        barriers_before.append(barriers_before[-1] + barrier)
        found = set(rules.pattern_words(token.forms[0]))
        for guess in token.forms[1:]:  # a glued elision is a guess: exact words only
            found.update(rules.pattern_words(guess, exact=True))
        for word in found:
            positions.setdefault(word, []).append(i)
    substantial = count_substantial([token.word for token in tokens], vocabulary)
    return IndexedText(where, raw, tokens, tuple(content_before), tuple(barriers_before), positions, substantial)


def accepted_matches(rule: Rule, text: IndexedText, rules: Rules) -> Iterator[Match]:
    """Yield the rule's matches in text that count: not negated, alone if the rule says so."""
    for pattern, anchors in zip(rule.patterns, rule.anchors):
        if _cannot_match(anchors, text):
            continue  # the usual case, checked before building any generator
        for match in pattern_matches(pattern, text, rule.gap):
            if why_rejected(rule, text, match, rules) is None:
                yield match


def _cannot_match(anchors: tuple[frozenset[Word], ...], text: IndexedText) -> bool:
    """Tell whether some place of a pattern has none of its first words in the text."""
    positions = text.positions
    for place in anchors:  # a loop, not any(): this runs 650 times a message
        if place.isdisjoint(positions):
            return True
    return False


def rejected_matches(rule: Rule, text: IndexedText, rules: Rules) -> Iterator[tuple[Match, str]]:
    """Yield the rule's matches in text that did not count, with the reason (for explanations)."""
    for pattern, anchors in zip(rule.patterns, rule.anchors):
        if _cannot_match(anchors, text):
            continue
        for match in pattern_matches(pattern, text, rule.gap):
            why = why_rejected(rule, text, match, rules)
            if why is not None:
                yield match, why


# Why a match under "pas", "jamais"... does not count (the judge reads it to spare such clauses).
NEGATION = "négation"


def why_rejected(rule: Rule, text: IndexedText, match: Match, rules: Rules) -> str | None:
    """Return why a match does not count (negation, a cited title, a longer message), or None."""
    if rule.kind == "profile":
        # The account is named whatever the verb denies ("je n'ai pas oublié mon identifiant
        # académique"); only a negation of the clue itself ("pas de NUMEN") takes it away.
        if rule.negatable and negated(text, match[0], rules, window=1):
            return NEGATION
    elif rule.negatable and (negated(text, match[0], rules) or negated_inside(text, match, rules)):
        return NEGATION
    if rule.kind == "escalate" and in_title(text, match, rules):
        return "titre cité (nom du parcours, d'un bouton)"
    if rule.only and says_more(text, match, rules):
        return "le message dit autre chose"  # "only": the message must say (nearly) nothing else
    return None


def in_title(text: IndexedText, match: Match, rules: Rules) -> bool:
    """Tell whether the match is a name the trainee cites, not a request of theirs.

    Between guillemets («Évaluer par compétences», «Terminer le test»), or right after "la formation
    sur" ("la formation sur l'évaluation par compétences"): a course's title is no question on its
    content.
    """
    tokens = text.tokens
    vocabulary = rules.vocabulary
    i = match[0] - 1
    if all(tokens[j].quoted for j in match):
        # Between guillemets: a title when a course word opens it ("le parcours « ... »"); an
        # error shown ("une page « Vous ne pouvez pas vous inscrire »") is the trainee's problem.
        while i >= 0 and tokens[i].quoted:
            i -= 1
        while i >= 0 and tokens[i].word in vocabulary.ignored:
            i -= 1
        return i >= 0 and tokens[i].word in vocabulary.title_openers
    about = False
    while i >= 0 and tokens[i].word in vocabulary.ignored | {"about", "on"}:
        about = about or tokens[i].word in ("sur", "about", "on")
        i -= 1
    return (
        about
        and i >= 0
        and tokens[i].word in vocabulary.title_openers
        and tokens[i].sentence == tokens[match[0]].sentence
    )


def says_more(text: IndexedText, match: Match, rules: Rules) -> bool:
    """Tell whether the text has more than max_other_words substantial words outside the match."""
    # The whole text's count, counted once, less the match's own: one match costs its length,
    # not the text's (keyword floods once made this quadratic).
    inside = sum(1 for i in set(match) if text.is_substantial(i, rules.vocabulary))
    return text.substantial - inside > rules.settings.max_other_words


def pattern_matches(pattern: CompiledPattern, text: IndexedText, gap: int) -> Iterator[Match]:
    """Yield every way the pattern's places follow each other, each within gap words of the last."""

    def walk(place: int, after: int) -> Iterator[Match]:
        for phrase in pattern[place]:
            candidates = text.positions.get(phrase[0], [])
            for index in range(bisect_right(candidates, after) if place else 0, len(candidates)):
                first = candidates[index]
                # Sentence, gap and barriers only grow with the position: once one is past its
                # limit, so are all later candidates (scanning them made long texts quadratic).
                if place and (
                    text.tokens[first].sentence != text.tokens[after].sentence
                    or text.gap(after, first) > gap
                    or text.barrier(after, first)
                ):
                    break
                found = _phrase_from(phrase, first, text)
                if found is None:
                    continue
                if place + 1 == len(pattern):
                    yield found
                else:
                    for rest in walk(place + 1, found[-1]):
                        yield found + rest

    yield from walk(0, -1)


def _phrase_from(phrase: Phrase, first: int, text: IndexedText) -> Match | None:
    """Return the phrase's indices from first on, its words adjacent but for ignored ones."""
    found = [first]
    for word in phrase[1:]:
        candidates = text.positions.get(word, [])
        at = bisect_right(candidates, found[-1])
        if at == len(candidates):
            return None
        following = candidates[at]
        if text.tokens[following].sentence != text.tokens[first].sentence or text.gap(found[-1], following):
            return None
        found.append(following)
    return tuple(found)


def negated(text: IndexedText, start: int, rules: Rules, window: int | None = None) -> bool:
    """Tell whether a negation in the same clause, just before start, denies the match.

    window: how many words before start to look at (ignored words aside); default negation_window.

    "je n'ai pas oublié mon mot de passe" denies; "je n'arrive pas à retrouver mon mot de passe"
    does not: the negation belongs to an inability verb (negation_exceptions), which states the
    problem.
    """
    vocabulary: Vocabulary = rules.vocabulary
    tokens = text.tokens
    clause = tokens[start].clause
    seen = 0
    i = start - 1
    limit = rules.settings.negation_window if window is None else window
    while i >= 0 and tokens[i].clause == clause and seen < limit:
        word = tokens[i].word
        if word in vocabulary.clause_words:
            return False
        strong = word in vocabulary.negations
        weak = word in vocabulary.weak_negations and any(
            tokens[j].word in vocabulary.negation_particles
            for j in range(max(0, i - 3), i)
            if tokens[j].clause == clause
        )
        if strong or weak:
            # "je ne sais pas", "I don't know which": the inability verb stands before or after.
            after = any(
                form in vocabulary.negation_exceptions for j in range(i + 1, start) for form in tokens[j].forms
            )
            return not after and not _inability_before(tokens, i, vocabulary)
        seen += word not in vocabulary.ignored
        i -= 1
    return False


def negated_inside(text: IndexedText, match: Match, rules: Rules) -> bool:
    """Tell whether a negation between the match's words denies it ("je n'oublie pas mon mot de passe",
    "je n'ai oublié ni mon identifiant ni mon mot de passe").

    A match whose own words hold the negation ("je ne connais ni mon identifiant ni ...") states
    the problem: the later "ni" only goes on listing. French negation needs its "ne" before, in the
    same clause.
    """
    vocabulary: Vocabulary = rules.vocabulary
    tokens = text.tokens
    negating = vocabulary.negations | {"ni", "nor"}
    if any(tokens[i].word in negating or tokens[i].word in vocabulary.weak_negations for i in match):
        return False
    inside = set(match)
    clause = tokens[match[0]].clause
    particle = any(
        tokens[j].word in vocabulary.negation_particles and tokens[j].clause == clause
        for j in range(max(0, match[0] - 4), match[0])
    )
    for i in range(match[0] + 1, match[-1]):
        if i in inside or tokens[i].clause != clause:
            continue
        word = tokens[i].word
        if word in negating or (word in vocabulary.weak_negations and particle):
            if (particle or word in ("not", "nor")) and not _inability_before(tokens, i, vocabulary):
                return True
    return False


def _inability_before(tokens: tuple[Token, ...], negation: int, vocabulary: Vocabulary) -> bool:
    """Tell whether the word the negation applies to is an inability verb ("arrive", "peux")."""
    for j in range(negation - 1, max(-1, negation - 4), -1):
        forms = tokens[j].forms
        if any(form in vocabulary.negation_exceptions for form in forms):
            return True
        if tokens[j].word not in vocabulary.ignored and tokens[j].word not in vocabulary.negation_particles:
            return False
    return False
