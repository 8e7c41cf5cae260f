"""French names of the codes the case log stores (statuses, actions, profiles, topics, reply and
invitation states)."""

from __future__ import annotations

import re
from typing import Any

from responder.store.campaigns import STATE_NAMES

STATUS = {"new": "à traiter", "in_progress": "en cours", "resolved": "résolu", "ignored": "ignoré",
          "answered": "répondu automatiquement"}
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

# How review.py records a correction in the timeline ("profil academic, sujets login, action reply").
_CORRECTION = re.compile(r"^profil (\S+), sujets (.*), action (\S+)$")


def event_detail(kind: str, detail: str) -> str:
    """An event's detail for a person: a correction's codes in French, anything else as written."""
    found = _CORRECTION.match(detail) if kind == "corrected" else None
    if found is None:
        return detail
    profile, topics, action = found.groups()
    named = ", ".join(TOPIC.get(t, t) for t in topics.split() if t != "-") or "aucun"
    return f"profil : {PROFILE.get(profile, profile)} ; sujets : {named} ; action : {ACTION.get(action, action)}"


# Where an invitation of a campaign stands, in the words the trainer's command uses too.
INVITATION_STATE = STATE_NAMES

GLOBALS: dict[str, Any] = {
    "STATUS": STATUS,
    "ACTION": ACTION,
    "PROFILE": PROFILE,
    "TOPIC": TOPIC,
    "REPLY_STATE": REPLY_STATE,
    "event_detail": event_detail,
    "INVITATION_STATE": INVITATION_STATE,
}
