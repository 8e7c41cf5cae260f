"""Explanations of a decision, for a person: the data kept on each case, and its text form.

`explanation_record` turns what parse, classify and guard produced into a plain JSON-able dict (the
form stored on the case and shown by the review page); `format_explanation` writes that dict as
French text for `responder classify --explain`. Imports value types only; decides nothing.
"""

from __future__ import annotations

from typing import Any

from responder.judge.classify import Explanation
from responder.judge.sentences import LABEL_NAMES, Reading
from responder.model import Classification, Decision, ParsedMessage

_WHERE = {"text": "dans le texte", "subject": "dans l'objet", "domain": "dans le domaine"}


def explanation_record(
    parsed: ParsedMessage, explanation: Explanation, decision: Decision, reading: Reading = Reading(())
) -> dict[str, Any]:
    """Return the JSON-able explanation of one decision (`reading`: the clauses, labelled)."""
    classification = decision.classification
    signature_cut = parsed.new_text.strip() != parsed.classifier_text.strip()
    return {
        "new_text": parsed.new_text,
        "classifier_text": parsed.classifier_text,
        "quote_cut": parsed.quote_cut,
        "quote_confident": parsed.quote_confident,
        "signature_removed": signature_cut,
        "subject": parsed.subject,
        "subject_skipped": explanation.subject_skipped,
        "matched": [
            {"rule": r.rule, "matched": r.matched, "where": r.where, "weight": r.weight}
            for r in explanation.matched
        ],
        "discarded": [
            {"rule": d.rule, "matched": d.matched, "where": d.where, "why": d.why} for d in explanation.discarded
        ],
        "scores": [
            {"target": s.target, "score": s.score, "threshold": s.threshold, "reached": s.reached}
            for s in explanation.scores
        ],
        "clauses": [
            {"text": c.text, "label": c.label, "label_name": LABEL_NAMES.get(c.label, c.label),
             "confidence": round(c.confidence, 3)}
            for c in reading.clauses
        ],
        "classification": {
            "profile": classification.profile.value,
            **_profile_source(classification),
            "topics": [t.value for t in classification.topics],
            "action": classification.action.value,
            "reasons": [r.describe() for r in classification.reasons],
        },
        "stops": [{"code": s.code, "effect": s.effect.value, "detail": s.detail} for s in decision.stops],
        "notes": list(decision.notes),
        "decision": {
            "action": decision.action.value,
            "send_reply": decision.send_reply,
            "reply_to": decision.reply_to.addr if decision.reply_to else None,
        },
    }


def _profile_source(classification: Classification) -> dict[str, str]:
    """Where the profile came from: "invitation" (with the training), "domain", "text" or "default"."""
    for reason in classification.reasons:
        if reason.rule == "profile.invitation":
            return {"profile_source": "invitation", "training": reason.matched}
        if reason.rule == "profile.domain":
            return {"profile_source": "domain"}
        if reason.rule.startswith("profile."):
            return {"profile_source": "text"}
    return {"profile_source": "default"}


def _indent(text: str, prefix: str = "    ") -> str:
    lines = text.strip().splitlines() or ["(vide)"]
    return "\n".join(prefix + line for line in lines)


def format_explanation(record: dict[str, Any]) -> str:
    """Write an explanation record as French text for a person."""
    out: list[str] = []
    out.append("Texte du stagiaire retenu (citations retirées) :")
    out.append(_indent(record["new_text"]))
    cut = record["quote_cut"]
    out.append(f"Écarté : citation ({cut})" if cut != "none" else "Écarté : aucune citation trouvée")
    if not record["quote_confident"]:
        out.append("  Attention : découpage incertain, le texte entier a été gardé.")
    if record["signature_removed"]:
        out.append("Écarté pour le classement : salutation, formule de politesse ou signature. Texte lu :")
        out.append(_indent(record["classifier_text"]))
    if record["subject_skipped"]:
        out.append(f"Objet non lu (c'est celui de l'invitation) : {record['subject']}")
    out.append("")
    out.append("Règles reconnues :")
    if not record["matched"]:
        out.append("    aucune")
    for match in record["matched"]:
        where = _WHERE.get(match["where"], match["where"])
        out.append(f"    {match['rule']} (poids {match['weight']:g}) : «{match['matched']}» {where}")
    if record["discarded"]:
        out.append("Correspondances écartées :")
        for item in record["discarded"]:
            where = _WHERE.get(item["where"], item["where"])
            out.append(f"    {item['rule']} : «{item['matched']}» {where} — {item['why']}")
    out.append("")
    out.append("Scores (seuil) :")
    for score in record["scores"]:
        mark = "retenu" if score["reached"] else "-"
        out.append(f"    {score['target']:<30} {score['score']:>5.2f} ({score['threshold']:g})  {mark}")
    out.append("")
    out.append("Phrases lues une à une (étiquette, confiance) :")
    if not record.get("clauses"):
        out.append("    aucune")
    for clause in record.get("clauses", []):
        out.append(f"    « {clause['text']} » : {clause['label_name']} ({clause['confidence']:.0%})")
    out.append("")
    classification = record["classification"]
    topics = ", ".join(classification["topics"]) or "aucun"
    out.append(
        f"Classement : profil {classification['profile']}, sujets {topics}, action {classification['action']}"
    )
    if classification.get("profile_source") == "invitation":
        out.append(
            f"Profil donné par l'invitation de la formation « {classification.get('training', '')} » "
            "(ni le domaine ni le texte ne l'ont décidé)"
        )
    for stop in record["stops"]:
        out.append(f"Garde-fou : {stop['code']} ({stop['effect']}) {stop['detail']}".rstrip())
    for note in record["notes"]:
        out.append(f"Remarque : {note}")
    decision = record["decision"]
    reply = f"réponse automatique à {decision['reply_to']}" if decision["send_reply"] else "pas de réponse automatique"
    out.append(f"Décision : {decision['action']}, {reply}")
    return "\n".join(out)
