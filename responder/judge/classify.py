"""Step 4: say what a trainee's message is about, from their own words and their domain.

`classify(parsed, rules)` reads only `parsed.classifier_text` (quotes and signature already cut)
and the subject when it is the trainee's own (a "Re:" subject is the invitation's, full of the very
words the rules look for), matches the compiled rules of rules.py word by word (typos, stems,
proximity, negation scope), and returns the profile, the topics in guide order, the action and the
reasons behind each. Pure: no I/O, no clock, no state beyond the rules' memo of word comparisons.
It never checks safety (auto-replies, lists): that is the guard's job.

Beyond single matches it weighs the message as a whole: negation before or inside a match (with
"ni ... ni"), barrier words ("mais j'ai oublié...") that a match may not cross, titles between
guillemets that escalation rules do not read, fallback topics that a lost credential absorbs, a
question no rule speaks of (escalate: the guide does not answer it), and what makes a message a
mere thank-you.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from responder.config import ProfilesConfig
from responder.model import Action, Classification, ParsedMessage, Profile, Reason, Topic, in_guide_order
from responder.judge.words import Token, tokenize
from responder.judge.rules import CompiledPattern, Phrase, Rule, Rules, Vocabulary, Word, load_rules

__all__ = [  # the pipeline's and the command line's entry points
    "Discarded",
    "Explanation",
    "Rules",
    "Score",
    "classify",
    "explain",
    "load_rules",
    "profile_from_domain",
]
log = logging.getLogger(__name__)

# Reply and forward prefixes of French, English and German clients ("RE :", "TR:", "AW:", "Fwd:").
_REPLY_PREFIX = re.compile(r"^\s*(?:r[ée]?f?|r[ée]p|aw|antw|tr|fwd?|wg|sv)\s*(?:\[\d+\])?\s*:", re.I)
Match = tuple[int, ...]  # indices of the matched tokens, in text order


@dataclass(frozen=True)
class _Text:
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


@dataclass(frozen=True)
class _Hit:
    """A rule that fired: its reason, and where (to know which words it covers)."""

    rule: Rule
    reason: Reason
    match: Match
    text: _Text


def profile_from_domain(domain: str, profiles: ProfilesConfig) -> Profile | None:
    """Return the profile whose domain list holds domain, exactly or as a parent; else None."""
    return _domain_profile(domain, profiles.academic, profiles.university)


def _domain_profile(domain: str, academic: tuple[str, ...], university: tuple[str, ...]) -> Profile | None:
    domain = domain.strip().rstrip(".").lower()
    best: tuple[int, Profile] | None = None
    for profile, listed in ((Profile.ACADEMIC, academic), (Profile.UNIVERSITY, university)):
        for known in listed:
            known = known.strip().lstrip("@.").rstrip(".").lower()
            # "x.ac-grenoble.fr" yes; "evil-ac-grenoble.fr" and "ac-grenoble.fr.evil.com" no.
            if known and (domain == known or domain.endswith("." + known)):
                if best is None or len(known) > best[0]:  # the most specific listing wins
                    best = (len(known), profile)
    return best[1] if best else None


@dataclass(frozen=True)
class Discarded:
    """A match that was found but did not count, and why ("négation", "message trop long")."""

    rule: str
    matched: str
    where: str
    why: str


@dataclass(frozen=True)
class Score:
    """The evidence for one target ("topic:login", "profile:academic", "escalate", "thanks")."""

    target: str
    score: float
    threshold: float

    @property
    def reached(self) -> bool:
        return self.score >= self.threshold


@dataclass(frozen=True)
class Explanation:
    """Everything behind a classification, for a person: what was read, matched, set aside, weighed.

    texts: (where, text) pairs the rules ran over. subject_skipped: the subject was a reply's
    ("Re: ...", the invitation's words), so it was not read.
    """

    classification: Classification
    texts: tuple[tuple[str, str], ...]
    subject_skipped: bool
    matched: tuple[Reason, ...]
    discarded: tuple[Discarded, ...]
    scores: tuple[Score, ...]


def _texts(parsed: ParsedMessage, rules: Rules) -> list[_Text]:
    texts = [_index("text", parsed.classifier_text, rules)]
    if parsed.subject.strip() and not _REPLY_PREFIX.match(parsed.subject):
        texts.append(_index("subject", parsed.subject, rules))
    return texts


def explain(parsed: ParsedMessage, rules: Rules) -> Explanation:
    """Classify one message and say why, with every match, discarded match and score."""
    texts = _texts(parsed, rules)
    hits = [hit for rule in rules.rules if (hit := _first_hit(rule, texts, rules)) is not None]
    classification = _decide(parsed, rules, hits, texts)
    settings = rules.settings
    scores = [
        Score(f"topic:{t.value}", _score(hits, "topic", t.value)[0], settings.topic_threshold) for t in Topic
    ]
    scores += [
        Score(f"profile:{p}", _score(hits, "profile", p)[0], settings.profile_threshold)
        for p in (Profile.ACADEMIC.value, Profile.UNIVERSITY.value)
    ]
    scores.append(Score("escalate", _score(hits, "escalate", None)[0], settings.escalate_threshold))
    scores.append(Score("thanks", _score(hits, "thanks", None)[0], settings.thanks_threshold))
    discarded = [
        Discarded(rule.name, text.quote(match), text.where, why)
        for rule in rules.rules
        for text in texts
        for match, why in _rejected(rule, text, rules)
    ]
    return Explanation(
        classification=classification,
        texts=tuple((text.where, text.raw) for text in texts),
        subject_skipped=bool(parsed.subject.strip()) and len(texts) == 1,
        matched=tuple(hit.reason for hit in hits),
        discarded=tuple(discarded),
        scores=tuple(scores),
    )


def classify(parsed: ParsedMessage, rules: Rules) -> Classification:
    """Return the profile, topics (guide order), action and reasons for one parsed message."""
    texts = _texts(parsed, rules)
    hits = [hit for rule in rules.rules if (hit := _first_hit(rule, texts, rules)) is not None]
    return _decide(parsed, rules, hits, texts)


def _decide(parsed: ParsedMessage, rules: Rules, hits: list[_Hit], texts: list[_Text]) -> Classification:
    profile, profile_reasons = _profile(parsed, rules, hits)
    topics, topic_reasons = _topics(rules, hits)
    action, action_reasons = _action(rules, hits, texts, topics)
    result = Classification(profile, topics, action, (*profile_reasons, *topic_reasons, *action_reasons))
    log.debug("classified %s: %s %s %s", parsed.message_id, profile.value, topics, action.value)
    return result


# -- deciding ------------------------------------------------------------------------------------


def _score(hits: list[_Hit], kind: str, target: str | None) -> tuple[float, list[Reason]]:
    chosen = [
        hit.reason for hit in hits if hit.rule.kind == kind and (target is None or target in hit.rule.targets)
    ]
    return sum(reason.weight for reason in chosen), chosen


def _profile(parsed: ParsedMessage, rules: Rules, hits: list[_Hit]) -> tuple[Profile, list[Reason]]:
    domain = parsed.sender.domain if parsed.sender else ""
    by_domain = _domain_profile(domain, rules.academic_domains, rules.university_domains)
    if by_domain is not None:  # the domain outranks anything the text says
        return by_domain, [Reason("profile.domain", domain, "domain", 0.0)]
    scores = {p: _score(hits, "profile", p.value) for p in (Profile.ACADEMIC, Profile.UNIVERSITY)}
    ranked = sorted(scores.items(), key=lambda item: item[1][0], reverse=True)
    (best, (score, reasons)), (_, (runner_up, _)) = ranked
    if score >= rules.settings.profile_threshold and score > runner_up:
        return best, reasons
    return Profile.OTHER, []  # nothing clear, or both kinds claimed as strongly: the general case


def _topics(rules: Rules, hits: list[_Hit]) -> tuple[tuple[Topic, ...], list[Reason]]:
    """Return the topics with enough evidence; fallback rules count unless a lost credential is found.

    "J'ai oublié mon mot de passe, impossible de me connecter": the lost password is the cause, and
    the guide's answer to it is the answer to the failed login too.
    """
    found, reasons = _topics_of(rules, hits)
    if found & {Topic.FORGOTTEN_USERNAME, Topic.FORGOTTEN_PASSWORD}:
        found, reasons = _topics_of(rules, [hit for hit in hits if not hit.rule.fallback])
    return in_guide_order(found), reasons


def _topics_of(rules: Rules, hits: list[_Hit]) -> tuple[set[Topic], list[Reason]]:
    found: set[Topic] = set()
    reasons: list[Reason] = []
    for topic in Topic:
        score, chosen = _score(hits, "topic", topic.value)
        if score >= rules.settings.topic_threshold:
            found.add(topic)
            reasons.extend(reason for reason in chosen if reason not in reasons)
    return found, reasons


def _action(
    rules: Rules, hits: list[_Hit], texts: list[_Text], topics: tuple[Topic, ...]
) -> tuple[Action, list[Reason]]:
    settings = rules.settings
    score, reasons = _score(hits, "escalate", None)
    if score >= settings.escalate_threshold:
        return Action.ESCALATE, reasons  # the topics stay: the human sees what the guide covers
    if topics:
        open_question = _open_question(rules, texts)
        if open_question is not None:
            return Action.ESCALATE, [open_question]
        return Action.REPLY, []
    score, reasons = _score(hits, "thanks", None)
    # Any sign of something to handle, even below the escalation threshold ("inscription" in
    # passing), keeps a thank-you from being closed unread.
    if score >= settings.thanks_threshold and not _score(hits, "escalate", None)[0] and _only_thanks(rules, texts):
        return Action.IGNORE, reasons
    return Action.ESCALATE, [Reason("escalate.no_topic", "aucun sujet reconnu", "text", 0.0)]


def _open_question(rules: Rules, texts: list[_Text]) -> Reason | None:
    """Return a question no topic or escalation rule speaks of, when there is one.

    "Will there be a projector in the room?" next to a login question: the guide answers the login,
    not the projector, so a person must read it. Short generic questions ("Comment faire ?",
    "Pouvez-vous m'aider ?") ask for the topic's answer itself and do not count.
    """
    vocabulary = rules.vocabulary
    generic = vocabulary.ignored | vocabulary.filler | vocabulary.requests | vocabulary.coordinators
    generic |= vocabulary.barriers | vocabulary.negations | vocabulary.negation_particles | vocabulary.generic
    rules_of_interest = [rule for rule in rules.rules if rule.kind in ("topic", "escalate", "profile")]
    for text in texts:
        tokens = text.tokens
        questions = _question_sentences(text)
        if not questions:
            continue
        about_guide = {i for word in rules.topic_words for i in text.positions.get(word, ())}
        covered = {
            tokens[i].sentence
            for rule in rules_of_interest
            for match in _accepted(rule, text, rules)
            for i in match
        }
        for sentence in questions - covered:
            words = [(i, t) for i, t in enumerate(tokens) if t.sentence == sentence]
            other = [t for i, t in words if t.word not in generic and i not in about_guide]
            if len(other) >= rules.settings.question_words:
                words_only = [t for _, t in words]
                span = text.raw[words_only[0].start : words_only[-1].end]
                return Reason("escalate.question_hors_guide", " ".join(span.split()), text.where, 1.0)
    return None


def _question_sentences(text: _Text) -> set[int]:
    """Return the sentences of text that end with a question mark."""
    tokens = text.tokens
    found: set[int] = set()
    for i, token in enumerate(tokens):
        last = i + 1 == len(tokens) or tokens[i + 1].sentence != token.sentence
        if last:
            following = text.raw[token.end : tokens[i + 1].start if i + 1 < len(tokens) else len(text.raw)]
            if "?" in following:
                found.add(token.sentence)
    return found


def _only_thanks(rules: Rules, texts: list[_Text]) -> bool:
    """Tell whether the message only thanks: short, no question, no request, no problem stated.

    The words around a thanks ("je regarde ça lundi", a signature the parser left) do not make a
    request; a question mark, a negation ("ça ne marche pas") or a request word ("pourriez-vous",
    "merci de m'envoyer") do, however short the message.
    """
    vocabulary = rules.vocabulary
    if any("?" in text.raw for text in texts):
        return False
    for text in texts:
        # Every thanks match covers its words ("merci, c'est bon, j'ai pu me connecter"), not just
        # the first of each rule that the reasons show.
        covered = {i for rule in rules.of_kind("thanks") for match in _accepted(rule, text, rules) for i in match}
        others = [t.word for i, t in enumerate(text.tokens) if i not in covered]
        if any(w in vocabulary.negations or w in vocabulary.negation_particles for w in others):
            return False
        if any(w in vocabulary.requests for w in others) or _please(text):
            return False
        if _substantial(others, vocabulary) > rules.settings.thanks_other_words:
            return False
    return True


def _please(text: _Text) -> bool:
    """Tell whether a "merci de" asks for something ("merci de m'envoyer") rather than thanks for it
    ("merci de votre aide"): a request goes on with a verb or a pronoun, a thanks with a noun."""
    tokens = text.tokens
    for i, token in enumerate(tokens[:-2]):
        if token.word == "merci" and tokens[i + 1].word in ("de", "d") and tokens[i + 1].clause == token.clause:
            following = tokens[i + 2].word
            if following not in ("votre", "vos", "ton", "ta", "tes", "ce", "cette", "ces", "l", "la", "le", "les"):
                return True
    return False


def _substantial(found: list[str], vocabulary: Vocabulary) -> int:
    return sum(1 for w in found if w not in vocabulary.ignored and w not in vocabulary.filler)


# -- matching ------------------------------------------------------------------------------------


def _index(where: str, raw: str, rules: Rules) -> _Text:
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
    substantial = _substantial([token.word for token in tokens], vocabulary)
    return _Text(where, raw, tokens, tuple(content_before), tuple(barriers_before), positions, substantial)


def _first_hit(rule: Rule, texts: list[_Text], rules: Rules) -> _Hit | None:
    """Return the rule's first acceptable match, in the text first, then the subject."""
    for text in texts:
        for match in _accepted(rule, text, rules):
            return _Hit(rule, Reason(rule.name, text.quote(match), text.where, rule.weight), match, text)
    return None


def _accepted(rule: Rule, text: _Text, rules: Rules) -> Iterator[Match]:
    """Yield the rule's matches in text that count: not negated, alone if the rule says so."""
    for pattern, anchors in zip(rule.patterns, rule.anchors):
        if anchors.isdisjoint(text.positions):
            continue  # the usual case, checked before building any generator
        for match in _matches(pattern, text, rule.gap):
            if _why_rejected(rule, text, match, rules) is None:
                yield match


def _rejected(rule: Rule, text: _Text, rules: Rules) -> Iterator[tuple[Match, str]]:
    """Yield the rule's matches in text that did not count, with the reason (for explanations)."""
    for pattern, anchors in zip(rule.patterns, rule.anchors):
        if anchors.isdisjoint(text.positions):
            continue
        for match in _matches(pattern, text, rule.gap):
            why = _why_rejected(rule, text, match, rules)
            if why is not None:
                yield match, why


def _why_rejected(rule: Rule, text: _Text, match: Match, rules: Rules) -> str | None:
    """Return why a match does not count (negation, a cited title, a longer message), or None."""
    if rule.kind == "profile":
        # The account is named whatever the verb denies ("je n'ai pas oublié mon identifiant
        # académique"); only a negation of the clue itself ("pas de NUMEN") takes it away.
        if rule.negatable and _negated(text, match[0], rules, window=1):
            return "négation"
    elif rule.negatable and (_negated(text, match[0], rules) or _negated_inside(text, match, rules)):
        return "négation"
    if rule.kind == "escalate" and _in_title(text, match, rules):
        return "titre cité (nom du parcours, d'un bouton)"
    if rule.only and _says_more(text, match, rules):
        return "le message dit autre chose"  # "only": the message must say (nearly) nothing else
    return None


def _in_title(text: _Text, match: Match, rules: Rules) -> bool:
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


def _says_more(text: _Text, match: Match, rules: Rules) -> bool:
    """Tell whether the text has more than max_other_words substantial words outside the match."""
    # The whole text's count, counted once, less the match's own: one match costs its length,
    # not the text's (keyword floods once made this quadratic).
    inside = sum(1 for i in set(match) if text.is_substantial(i, rules.vocabulary))
    return text.substantial - inside > rules.settings.max_other_words


def _matches(pattern: CompiledPattern, text: _Text, gap: int) -> Iterator[Match]:
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


def _phrase_from(phrase: Phrase, first: int, text: _Text) -> Match | None:
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


def _negated(text: _Text, start: int, rules: Rules, window: int | None = None) -> bool:
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


def _negated_inside(text: _Text, match: Match, rules: Rules) -> bool:
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
