"""Step 4: say what a trainee's message is about, from their own words and their domain.

`classify(parsed, rules)` reads only `parsed.classifier_text` (quotes and signature already cut)
and the subject when it is the trainee's own (a "Re:" subject is the invitation's, full of the very
words the rules look for), matches the compiled rules of rules.py word by word (matching.py: typos,
stems, proximity, negation scope), and returns the profile, the topics in guide order, the action and the
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
from dataclasses import dataclass

from responder.config import ProfilesConfig
from responder.model import Action, Classification, ParsedMessage, Profile, Reason, Topic, in_guide_order
from responder.judge.matching import (
    IndexedText,
    Match,
    accepted_matches,
    count_substantial,
    index_text,
    rejected_matches,
)
from responder.judge.rules import Rule, Rules
from responder.judge.rules_file import load_rules

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


@dataclass(frozen=True)
class _Hit:
    """A rule that fired: its reason, and where (to know which words it covers)."""

    rule: Rule
    reason: Reason
    match: Match
    text: IndexedText


def profile_from_domain(domain: str, profiles: ProfilesConfig) -> Profile | None:
    """Return the profile whose domain list holds domain, exactly or as a parent; else None."""
    return _domain_profile(domain, profiles.academic, profiles.university)


def sender_domain_profile(parsed: ParsedMessage, rules: Rules) -> Profile | None:
    """The profile the sender's domain gives under these rules' domain lists, if any."""
    domain = parsed.sender.domain if parsed.sender else ""
    return _domain_profile(domain, rules.academic_domains, rules.university_domains)


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


def _texts(parsed: ParsedMessage, rules: Rules) -> list[IndexedText]:
    texts = [index_text("text", parsed.classifier_text, rules)]
    if parsed.subject.strip() and not _REPLY_PREFIX.match(parsed.subject):
        texts.append(index_text("subject", parsed.subject, rules))
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
        for match, why in rejected_matches(rule, text, rules)
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


def _decide(parsed: ParsedMessage, rules: Rules, hits: list[_Hit], texts: list[IndexedText]) -> Classification:
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
    rules: Rules, hits: list[_Hit], texts: list[IndexedText], topics: tuple[Topic, ...]
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


def _open_question(rules: Rules, texts: list[IndexedText]) -> Reason | None:
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
            for match in accepted_matches(rule, text, rules)
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


def _question_sentences(text: IndexedText) -> set[int]:
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


def _only_thanks(rules: Rules, texts: list[IndexedText]) -> bool:
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
        covered = {i for rule in rules.of_kind("thanks") for match in accepted_matches(rule, text, rules) for i in match}
        others = [t.word for i, t in enumerate(text.tokens) if i not in covered]
        if any(w in vocabulary.negations or w in vocabulary.negation_particles for w in others):
            return False
        if any(w in vocabulary.requests for w in others) or _please(text):
            return False
        if count_substantial(others, vocabulary) > rules.settings.thanks_other_words:
            return False
    return True


def _please(text: IndexedText) -> bool:
    """Tell whether a "merci de" asks for something ("merci de m'envoyer") rather than thanks for it
    ("merci de votre aide"): a request goes on with a verb or a pronoun, a thanks with a noun."""
    tokens = text.tokens
    for i, token in enumerate(tokens[:-2]):
        if token.word == "merci" and tokens[i + 1].word in ("de", "d") and tokens[i + 1].clause == token.clause:
            following = tokens[i + 2].word
            if following not in ("votre", "vos", "ton", "ta", "tes", "ce", "cette", "ces", "l", "la", "le", "les"):
                return True
    return False



def _first_hit(rule: Rule, texts: list[IndexedText], rules: Rules) -> _Hit | None:
    """Return the rule's first acceptable match, in the text first, then the subject."""
    for text in texts:
        for match in accepted_matches(rule, text, rules):
            return _Hit(rule, Reason(rule.name, text.quote(match), text.where, rule.weight), match, text)
    return None
