"""French names of the codes the case log stores (statuses, actions, profiles, topics, reply and
invitation states)."""

from __future__ import annotations

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

# Where an invitation of a campaign stands, in the words the trainer's command uses too.
INVITATION_STATE = STATE_NAMES

GLOBALS: dict[str, Any] = {
    "STATUS": STATUS,
    "ACTION": ACTION,
    "PROFILE": PROFILE,
    "TOPIC": TOPIC,
    "REPLY_STATE": REPLY_STATE,
    "INVITATION_STATE": INVITATION_STATE,
}
