"""Which account the trainee uses: a second opinion on the profile, and when to doubt it (issue 11).

The guide's steps depend on the account (academic, higher education, other). The rules take the
profile from the sender's domain, else from clear words; the writers' messages show both failing:
an ac-grenoble.fr sender enrolled with her UGA student account, a gmail sender who is an AESH of
the académie, retired staff writing from the académie. Two checks stop an automatic answer that
may give the wrong steps (the message then goes to a human, who sees why):

- the domain says one account and the trainee's own words clearly another: the words' profile is
  kept for the human (they were right 23 times in 36 over training/train, too few to answer on);
- the profile model (the clause model's pipeline on the whole own words, plus a token for the
  domain's kind) gives another profile at >= 0.6: leaving one writer out, that caught 46 of the
  96 automatic answers with a wrong profile, for 8 right ones stopped.

When neither the domain nor the words gave the rules anything (the default, "other"), the model's
profile at >= 0.8 is taken instead (a gmail sender who writes as an AESH of the académie): it was
right 9 times in 9 leaving one writer out.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from responder.judge.classify import Explanation
from responder.judge.intents import IntentModel, load_model, normalised
from responder.model import Action, Classification, Profile, Reason

SHIPPED_PROFILE_MODEL = Path(__file__).resolve().parent.parent / "data" / "profiles" / "model.npz"
# The model reads this much of the own words (a long story's account is said early).
READ_CHARACTERS = 3000
# Repeated so that the domain's kind weighs like a few words, not like one n-gram among hundreds.
DOMAIN_TOKEN_REPEAT = 3
# The model's other profile at this confidence stops an automatic answer (0.7: 34 caught for 3
# lost; 0.5: 53 for 11).
DOUBT_CONFIDENCE = 0.6
# Where the rules found no clue at all, the model's profile at this confidence is taken.
ADOPT_CONFIDENCE = 0.8
PROFILE_NAMES = {"academic": "compte académique", "university": "compte de l'enseignement supérieur",
                 "other": "autre compte"}


def account_document(words: str, domain_profile: Profile | None) -> str:
    """What the profile model reads: the domain's kind as a token, then the own words."""
    kind = domain_profile.value if domain_profile is not None else "unknown"
    return " ".join([f"zzdomain{kind}"] * DOMAIN_TOKEN_REPEAT) + " " + normalised(words[:READ_CHARACTERS])


def stated_profile(explanation: Explanation) -> Profile | None:
    """The profile the own words clearly claim (the rules' profile score), whatever the domain said."""
    scores = {s.target: s for s in explanation.scores}
    academic, university = scores.get("profile:academic"), scores.get("profile:university")
    if academic is None or university is None:
        return None
    if academic.reached and academic.score > university.score:
        return Profile.ACADEMIC
    if university.reached and university.score > academic.score:
        return Profile.UNIVERSITY
    return None


def with_account_doubt(
    explanation: Explanation, words: str, domain_profile: Profile | None, model: IntentModel | None = None
) -> Classification:
    """The classification, escalated when the account it answers for is in doubt.

    A profile given by the invitation (the trainer's roster) is not doubted.
    """
    classification = explanation.classification
    if classification.action is not Action.REPLY or any(r.rule == "profile.invitation" for r in classification.reasons):
        return classification
    stated = stated_profile(explanation)
    if domain_profile is not None and stated is not None and stated is not domain_profile:
        detail = (f"le domaine indique un {PROFILE_NAMES[domain_profile.value]}, le message un "
                  f"{PROFILE_NAMES[stated.value]}")
        return _escalated(dataclasses.replace(classification, profile=stated), detail)
    model = model or load_model(SHIPPED_PROFILE_MODEL)
    row = model.probabilities(account_document(words, domain_profile))
    best = int(row.argmax())
    guessed = model.classes[best]
    confidence = float(row[best])
    clueless = not any(r.rule.startswith("profile.") for r in classification.reasons)
    if guessed != classification.profile.value and clueless and confidence >= ADOPT_CONFIDENCE:
        reason = Reason("profile.model", f"{PROFILE_NAMES.get(guessed, guessed)} ({confidence:.0%})", "text", 0.0)
        return dataclasses.replace(classification, profile=Profile(guessed), reasons=(reason, *classification.reasons))
    if guessed != classification.profile.value and confidence >= DOUBT_CONFIDENCE:
        detail = (f"le message fait plutôt penser à un {PROFILE_NAMES.get(guessed, guessed)} "
                  f"({confidence:.0%})")
        return _escalated(classification, detail)
    return classification


def _escalated(classification: Classification, detail: str) -> Classification:
    reason = Reason("escalate.profile", detail, "text", 0.0)
    return dataclasses.replace(classification, action=Action.ESCALATE, reasons=(*classification.reasons, reason))
