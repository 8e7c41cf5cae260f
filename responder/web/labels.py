"""French names of the codes the case log stores (statuses, actions, profiles, topics, reply and
invitation states)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from responder.store.campaigns import STATE_NAMES
from responder.store.review_values import CaseSummary

# Feminine: a "demande", the one word the page uses for what a trainee sent.
STATUS = {"new": "nouvelle", "in_progress": "en cours", "waiting": "en attente", "resolved": "résolue",
          "ignored": "ignorée", "answered": "répondue automatiquement"}
ACTION = {"reply": "réponse automatique", "escalate": "à traiter par l'EAFC", "ignore": "ignoré"}
PROFILE = {"academic": "compte académique", "university": "compte universitaire", "other": "autre compte"}
TOPIC = {
    "forgotten_username": "identifiant oublié",
    "forgotten_password": "mot de passe oublié",
    "login": "connexion",
    "find_course": "trouver le parcours",
}
REPLY_STATE = {
    "pending": "en attente d'envoi",
    "sending": "en cours d'envoi",
    "sent": "envoyée",
    "deferred": "différée (nouvel essai prévu)",
    "failed": "refusée",
    "uncertain": "envoi incertain",
    "dry_run": "simulation (non envoyée)",
    "waiting": "en attente : serveur d'envoi injoignable, elle partira au prochain passage",
    "claimed": "déjà en cours d'envoi",
}

# Why the guard (or the outbox) stopped an automatic answer, for a person.
STOP = {
    "auto_marker": "réponse automatique (en-tête)",
    "auto_subject_after_own_reply": "objet de réponse automatique à notre message",
    "auto_submitted": "message automatique (Auto-Submitted)",
    "bad_destination": "adresse de réponse inutilisable",
    "bounce": "avis de non-remise",
    "bounce_delay": "avis de retard de remise",
    "dup_handle": "même réponse déjà envoyée récemment",
    "hard_bounced": "adresse refusée récemment",
    "list": "liste de diffusion",
    "mdn": "accusé de lecture",
    "not_addressed": "message qui ne nous est pas adressé",
    "null_sender": "expéditeur vide (message de robot)",
    "own_address": "envoyé par notre propre adresse",
    "own_loop": "boucle avec nos propres messages",
    "precedence": "envoi en nombre (Precedence)",
    "rate_cap": "trop de réponses à ce correspondant",
    "spam": "marqué comme indésirable",
    "stale_backlog": "message trop ancien",
    "suppress_header": "demande de ne pas répondre automatiquement",
    "suspected_oof": "absence probable (message d'absence)",
    "system_sender": "expéditeur système (robot)",
    "virus_suspect": "pièce jointe suspecte",
    "too_long": "texte trop long",
    "unsure_text": "texte cité mal séparé",
    "robot_text": "texte d'automate",
    "robot_like": "ressemble à un message automatique",
    "delivery_failed": "réponse refusée",
    "delivery_uncertain": "envoi non confirmé",
    "conversation": "suite d'une conversation suivie par une personne",
}

# The roles of the page's accounts.
ROLE = {"admin": "administrateur", "manager": "gestionnaire"}


def topic_names(topics: Iterable[str], none: str = "") -> str:
    """Topics in words, comma-separated ("mot de passe oublié, connexion"); `none` when there are none."""
    return ", ".join(TOPIC.get(t, t) for t in topics) or none


def stop_names(codes: Iterable[str]) -> str:
    """The guard's reasons in words, comma-separated."""
    return ", ".join(STOP.get(code, code) for code in codes)


# How review.py records a correction in the timeline ("profil academic, sujets login, action reply").
_CORRECTION = re.compile(r"^profil (\S+), sujets (.*), action (\S+)$")


def event_detail(kind: str, detail: str) -> str:
    """An event's detail for a person: a correction's codes in French, anything else as written."""
    found = _CORRECTION.match(detail) if kind == "corrected" else None
    if found is None:
        return detail
    profile, topics, action = found.groups()
    named = topic_names((t for t in topics.split() if t != "-"), "aucun")
    return f"profil : {PROFILE.get(profile, profile)} ; sujets : {named} ; action : {ACTION.get(action, action)}"


WHERE = {"text": "texte", "subject": "objet", "domain": "domaine", "invitation": "invitation", "words": "texte"}
_RULE_KINDS = {"escalate": "à transmettre", "thanks": "remerciement", "ignore": "à ignorer"}


def rule_name(rule: str) -> str:
    """A rule of the classifier as a manager reads it: "topic.login.x" -> "sujet connexion (x)"."""
    kind, _, rest = rule.partition(".")
    what, _, name = rest.partition(".")
    if kind == "topic":
        named = " + ".join(TOPIC.get(t, t) for t in what.split("+"))
        return f"sujet « {named} »" + (f" ({name.replace('_', ' ')})" if name else "")
    if kind == "profile":
        if what == "domain":
            return "profil d'après le domaine"
        if what in ("invitation", "model"):
            return "profil d'après l'invitation" if what == "invitation" else "profil d'après le modèle"
        return f"profil « {PROFILE.get(what, what)} »" + (f" ({name.replace('_', ' ')})" if name else "")
    if kind in _RULE_KINDS:
        return f"{_RULE_KINDS[kind]} ({rest.replace('_', ' ')})" if rest else _RULE_KINDS[kind]
    return rule


def target_name(target: str) -> str:
    """A score's target ("topic:login", "escalate") in French."""
    kind, _, what = target.partition(":")
    if kind == "topic":
        return f"sujet « {TOPIC.get(what, what)} »"
    if kind == "profile":
        return f"profil « {PROFILE.get(what, what)} »"
    return _RULE_KINDS.get(kind, target)


def decimal(value: float) -> str:
    """0.5 -> "0,5", 1.0 -> "1": numbers the French way."""
    return f"{value:g}".replace(".", ",")


# Where an invitation of a campaign stands, in the words the trainer's command uses too.
INVITATION_STATE = STATE_NAMES

def last_mail(case: CaseSummary) -> str:
    """What the trainee was last sent, and where it stands: an escalated case's automatic mail
    only says a person will answer, which the list must not show as the answer itself."""
    if not case.reply_state:
        return ""
    if case.reply_by_hand:
        kind = "réponse d'un gestionnaire"
    elif case.action == "escalate":
        kind = "réponse d'attente automatique"
    else:
        kind = "réponse automatique"
    return f"{kind} : {REPLY_STATE.get(case.reply_state, case.reply_state)}"


GLOBALS: dict[str, Any] = {
    "last_mail": last_mail,
    "ROLE": ROLE,
    "STATUS": STATUS,
    "ACTION": ACTION,
    "PROFILE": PROFILE,
    "TOPIC": TOPIC,
    "REPLY_STATE": REPLY_STATE,
    "event_detail": event_detail,
    "STOP": STOP,
    "WHERE": WHERE,
    "rule_name": rule_name,
    "target_name": target_name,
    "decimal": decimal,
    "INVITATION_STATE": INVITATION_STATE,
}
