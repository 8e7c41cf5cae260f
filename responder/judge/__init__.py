"""The decision on one parsed message: guard and classifier combined, without any I/O.

`judge` is what the pipeline decides for a message and what `evaluate` measures, so the two can
never drift apart: screen the headers, classify the words (with the explanation), read them
clause by clause with the clause model (which may veto an automatic answer, or recognise a
robot no header gave away: judge/sentences.py), doubt the account the answer is for
(judge/accounts.py), check the sender's history when one is given, set aside text whose own
words could not be told from the quote, and decide. When the message answers one of our
invitations, the profile the invitation was written for is known and outranks what the domain or
the words suggest, as long as the invitee writes: someone else answering a forwarded invitation is
judged on their own address and words.
Pure: the clock, the history, the invitation and the models come in as arguments.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from responder.judge.accounts import SHIPPED_PROFILE_MODEL, with_account_doubt
from responder.judge.classify import Discarded, Explanation, Rules, explain, sender_domain_profile
from responder.judge.intents import IntentModel, load_model
from responder.judge.matching import NEGATION
from responder.judge.sentences import Reading, read
from responder.judge.guard import (
    GuardSettings,
    check_history,
    reply_destination,
    decide,
    reply_handle,
    screen,
    sender_key,
)
from responder.model import (
    Action,
    Address,
    Classification,
    Conversation,
    Decision,
    ParsedMessage,
    Profile,
    Reason,
    SenderHistory,
    Stop,
)

# The reason that says the profile came from the invitation the message answers.
INVITATION_PROFILE_RULE = "profile.invitation"


@dataclass(frozen=True)
class AnsweredInvitation:
    """The invitation a message answers, as the campaign journal knows it.

    profile: the profile it was written for (the roster's column, else the invitee's domain).
    address: whom it was sent to. training: the training's name, shown as the reason.
    """

    profile: Profile
    address: str
    training: str


@dataclass(frozen=True)
class Models:
    """The learned models the decision reads: one label per clause, and the account's profile."""

    clauses: IntentModel
    profiles: IntentModel


def shipped_models() -> Models:
    """The models shipped in responder/data (loaded once, then cached)."""
    return Models(load_model(), load_model(SHIPPED_PROFILE_MODEL))


# The files `responder learn` writes in [responder] models_dir.
CLAUSE_MODEL_FILE, PROFILE_MODEL_FILE = "clauses.npz", "profiles.npz"


def installed_models(models_dir: str) -> Models:
    """The models of [responder] models_dir once `responder learn` wrote them there, else the shipped ones."""
    folder = Path(models_dir) if models_dir else None
    if folder is None or not (folder / CLAUSE_MODEL_FILE).exists():
        return shipped_models()
    return Models(load_model(folder / CLAUSE_MODEL_FILE), load_model(folder / PROFILE_MODEL_FILE))


@dataclass(frozen=True)
class Verdict:
    """The decision, the explanation behind it, and the keys the outbox records it under.

    handle: which answer this is (for "the same answer twice"). history_key: the sender key the
    reply history is kept under ("" when no reply can go). reading: the own words clause by
    clause, as the clause model labelled them.
    """

    decision: Decision
    explanation: Explanation
    handle: str
    history_key: str
    reading: Reading = Reading(())


def reply_history_key(parsed: ParsedMessage) -> str:
    """The key the sender's reply history is kept under, known before judging ("" when no reply
    can go): the store loads that history first, so that judging needs nothing else."""
    return history_key(parsed, reply_destination(parsed))


def history_key(parsed: ParsedMessage, reply_to: Address | None) -> str:
    """The key a sender's reply history is kept under ("" when no reply can go).

    A forwarding service rewrites the envelope (SRS) differently for every message, so counting
    on it would never trip the caps: the From address stands for the person then.
    """
    if reply_to is None:
        return ""
    if reply_to.addr.lower().startswith(("srs0=", "srs1=")) and parsed.sender is not None:
        return sender_key(parsed.sender.addr)
    return sender_key(reply_to.addr)


def judge(
    parsed: ParsedMessage,
    rules: Rules,
    settings: GuardSettings,
    now: datetime,
    received_at: datetime | None = None,
    history: SenderHistory | None = None,
    invitation: AnsweredInvitation | None = None,
    models: Models | None = None,
    conversation: Conversation | None = None,
) -> Verdict:
    """Decide what happens to one message; `history` is what was done before for the sender
    the reply would go to (the store reads it under reply_history_key(parsed) beforehand).

    invitation: the invitation the message answers, if any: its profile replaces the
    classifier's (see with_invitation_profile), and a robot's subject counts as one answering
    our own mail. models: the learned models (the shipped ones when None). conversation: the
    one the message continues; when a person follows it, that person answers, not the guide.
    """
    screening = screen(parsed, settings, now, received_at, answers_our_mail=invitation is not None)
    explanation = explain(parsed, rules)
    if invitation is not None:
        explanation = with_invitation_profile(explanation, parsed, invitation)
    models = models or shipped_models()
    reading = read(parsed.classifier_text, models.clauses)
    classification = with_reading(explanation.classification, reading, negated_topics(explanation))
    explanation = dataclasses.replace(explanation, classification=classification)
    domain_profile = sender_domain_profile(parsed, rules)
    classification = with_account_doubt(explanation, parsed.classifier_text, domain_profile, models.profiles)
    explanation = dataclasses.replace(explanation, classification=classification)
    handle = reply_handle(
        classification.profile, classification.topics, classification.action is Action.ESCALATE
    )
    key = history_key(parsed, screening.reply_to)
    stops = screening.stops
    if key and history is not None:
        stops += check_history(handle, history, settings, now)
    if parsed.own_words_cut:
        # Longer than the classifier reads: what it did not read may ask something else.
        stops += (Stop("too_long", Action.ESCALATE, "texte trop long : seul son début a été lu"),)
    if reading.robot:
        stops += (Stop("robot_text", Action.IGNORE, "chaque phrase est un texte d'automate"),)
    elif reading.looks_robotic and classification.action is not Action.IGNORE:
        # Perhaps a robot no header gave away: a person reads it, and no acknowledgement goes.
        stops += (Stop("robot_like", Action.ESCALATE, "ressemble à un message automatique"),)
    if conversation is not None and conversation.followed and classification.action is not Action.IGNORE:
        # A reminder or an answer to a person's mail: for that person, and no second acknowledgement.
        which = f"de la demande n° {conversation.thread}" if conversation.thread else "d'un message reçu juste avant"
        stops += (Stop("conversation", Action.ESCALATE, f"suite {which}, suivie par une personne"),)
    if not parsed.quote_confident:
        # The trainee's own words could not be told from the quoted text: the topics may come
        # from our invitation, so a human reads it rather than the guide answering.
        stops += (Stop("unsure_text", Action.ESCALATE, parsed.quote_cut),)
    return Verdict(decide(classification, stops, screening), explanation, handle, key, reading)


def negated_topics(explanation: Explanation) -> tuple[tuple[str, str], ...]:
    """The (topic, words) pairs the rules set aside as negated ("je n'ai pas oublié mon mot de passe")."""
    pairs = []
    for discarded in explanation.discarded:
        kind, _, rest = discarded.rule.partition(".")
        if kind == "topic" and discarded.why == NEGATION:
            pairs += [(topic, discarded.matched) for topic in rest.partition(".")[0].split("+")]
    return tuple(pairs)


def with_reading(
    classification: Classification, reading: Reading, negated: tuple[tuple[str, str], ...] = ()
) -> Classification:
    """Keep an automatic answer only when the clauses raise no objection to it.

    Otherwise a human answers, starting from the rules' topics: the rules know negation ("je
    n'ai pas oublié mon mot de passe" is no password question), the model does not.
    """
    if classification.action is not Action.REPLY:
        return classification
    objection = reading.objection(classification.topics, negated)
    if objection is None:
        return classification
    reason = Reason("escalate.clauses", objection, "text", 0.0)
    return dataclasses.replace(
        classification, action=Action.ESCALATE, reasons=(*classification.reasons, reason)
    )


def with_invitation_profile(
    explanation: Explanation, parsed: ParsedMessage, invitation: AnsweredInvitation
) -> Explanation:
    """Return the explanation with the invitation's profile, when it is the writer's.

    The invitee's own message takes it whatever the domain says (the trainer's roster may know
    better than a personal address). Someone else (the invitation forwarded to a colleague, who
    answers it from another address) takes it only when neither their domain nor their words
    say anything: a colleague at the university is not an academic because the trainee was.
    """
    sender = parsed.sender.addr.strip().lower() if parsed.sender is not None else ""
    evidence = any(r.rule.startswith("profile.") for r in explanation.classification.reasons)
    if sender == invitation.address.strip().lower() or not evidence:
        return with_known_profile(explanation, invitation.profile, invitation.training)
    passed_over = Discarded(
        INVITATION_PROFILE_RULE, invitation.training, "invitation",
        f"invitation adressée à {invitation.address}, pas à l'expéditeur : son profil n'est pas repris",
    )
    return dataclasses.replace(explanation, discarded=(*explanation.discarded, passed_over))


def with_known_profile(explanation: Explanation, profile: Profile, label: str) -> Explanation:
    """Return the explanation with `profile` as the classification's, the invitation its reason.

    The domain's and the words' profile reasons are dropped from the classification; they stay
    visible, set aside, so a person sees they did not decide.
    """
    classification = explanation.classification
    reasons = tuple(r for r in classification.reasons if not r.rule.startswith("profile."))
    invitation = Reason(INVITATION_PROFILE_RULE, label, "invitation")
    classification = dataclasses.replace(classification, profile=profile, reasons=(invitation, *reasons))
    # The words' profile rules are in `matched`; the domain's verdict only in the reasons.
    overruled = [r for r in explanation.matched if r.rule.startswith("profile.")]
    overruled += [r for r in explanation.classification.reasons if r.rule == "profile.domain"]
    outranked = tuple(
        Discarded(r.rule, r.matched, r.where, "profil donné par l'invitation") for r in overruled
    )
    return dataclasses.replace(
        explanation,
        classification=classification,
        matched=tuple(r for r in explanation.matched if not r.rule.startswith("profile.")),
        discarded=(*explanation.discarded, *outranked),
    )
