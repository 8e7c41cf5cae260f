"""Writing from the case page: a reply in the manager's own words, or the case forwarded to a
colleague with a note.

An orchestrator like sendnow.py: parse the recorded mail, render the mail (reply/personal.py),
put it in the outbox and hand it to the one delivery path (sendnow.send_prepared: claim, send,
record, copy to Sent). The form carries a token fixed when the page was shown: the reply's
Message-ID is made from it, so a second click sends nothing twice (the outbox's unique id).
"""

from __future__ import annotations

import re
from email.utils import parseaddr

from flask import Blueprint, abort, flash, make_response, redirect, request, url_for
from werkzeug.wrappers import Response

from responder.errors import ResponderError
from responder.judge.guard import sender_key
from responder.message_ids import sign_message_id
from responder.model import Address
from responder.parse import parse_message
from responder.reply.personal import render_forward, render_personal_reply
from responder.store.review_values import CaseDetail
from responder.web import WebContext, context
from responder.web.auth import signed_in
from responder.web.followup import wait_until
from responder.web.labels import REPLY_STATE
from responder.web.sendnow import CannotSend, Prepared, reply_address, send_prepared

bp = Blueprint("compose", __name__)

_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


def _case(ctx: WebContext, case_id: int) -> CaseDetail:
    case = ctx.review.detail(case_id)
    if case is None:
        abort(404)
    return case


def _message_id(ctx: WebContext) -> str:
    token = request.form.get("token", "")
    if not _TOKEN.match(token):
        abort(400, description="Formulaire incomplet : rechargez la page.")
    return sign_message_id(token, ctx.recorder.signing_key(), ctx.config.responder.message_id_domain)


def _sent(ctx: WebContext, case: CaseDetail, prepared: Prepared, kind: str) -> Response:
    account, case_id = signed_in(), case.summary.id
    try:
        state = send_prepared(ctx, case_id, account.id, prepared, kind)
    except (CannotSend, ResponderError) as error:
        flash(str(error), "error")
        return redirect(url_for("cases.detail", case_id=case_id))
    if state == "failed":
        # Nothing left: say so in words, keep what the manager wrote, and leave the case as it is.
        from responder.web.cases import case_page

        ctx.review.record_refusal(case_id, account.id, str(prepared.mail.message["Subject"] or ""), ctx.clock())
        flash("Le serveur d'envoi a refusé ce message : il n'est pas parti. Votre texte est remis ci-dessous : "
              "réessayez plus tard, ou prévenez l'administrateur si le refus se répète (la réponse du serveur "
              "est sous « Messages envoyés »).", "error")
        return make_response(case_page(case_id, draft=request.form.get("body") if kind == "reply_sent" else None))
    what = "Réponse" if kind == "reply_sent" else "Transmission"
    flash(f"{what} : {REPLY_STATE.get(state, state)}.", "ok" if state in ("sent", "dry_run") else "error")
    # A mail refused or of unknown fate leaves the case as it is: it is back in the queue.
    then = request.form.get("then", "") if state not in ("failed", "uncertain") else ""
    now = ctx.clock()
    if then == "resolve":
        ctx.review.resolve(case_id, account.id, now)
    elif then == "wait" and (until := wait_until(ctx, request.form.get("until", ""))) is not None:
        ctx.review.wait(case_id, account.id, *until, now)
    elif then == "" and kind == "reply_sent" and state == "sent" and case.summary.status == "new" \
            and not case.summary.assigned_to:
        # Answered and left open: it is the answerer's now, not a new request nobody holds.
        ctx.review.take(case_id, account.id, now)
    return redirect(url_for("cases.detail", case_id=case_id))


@bp.post("/cas/<int:case_id>/repondre")
def reply(case_id: int) -> Response:
    """Send the manager's own reply to the trainee, threaded, signed by the EAFC."""
    ctx = context()
    case = _case(ctx, case_id)
    parsed = parse_message(case.raw)
    try:
        reply_to = reply_address(ctx, parsed, ctx.clock())
        mail = render_personal_reply(parsed, reply_to, request.form.get("body", ""), ctx.config.responder,
                                     _message_id(ctx), ctx.clock(), request.form.get("signer", "")[:120])
    except CannotSend as error:
        flash(str(error), "error")
        return redirect(url_for("cases.detail", case_id=case_id))
    except ValueError as error:
        flash(f"Réponse impossible : {error}.", "error")
        return redirect(url_for("cases.detail", case_id=case_id))
    return _sent(ctx, case, Prepared(mail, mail.text, "personal", sender_key(reply_to.addr)), "reply_sent")


def forward_choices(ctx: WebContext, case: CaseDetail) -> list[str]:
    """Whom the case can be forwarded to: the training's trainer, then [web] forward_to."""
    choices = list(ctx.config.web.forward_to)
    inv = case.invitation
    if inv is not None and _ADDRESS.match(inv.trainer_email.strip()):
        choices.insert(0, f"{inv.trainer_name} (formateur) <{inv.trainer_email.strip()}>")
    return choices


@bp.post("/cas/<int:case_id>/transmettre")
def forward(case_id: int) -> Response:
    """Forward the trainee's message, as received, to a colleague with a note."""
    ctx = context()
    case = _case(ctx, case_id)
    chosen = request.form.get("to", "").strip() or request.form.get("to_other", "").strip()
    name, addr = parseaddr(chosen)
    if not _ADDRESS.match(addr) or (request.form.get("to") and chosen not in forward_choices(ctx, case)):
        flash("Choisissez un destinataire dans la liste ou écrivez une adresse valide.", "error")
        return redirect(url_for("cases.detail", case_id=case_id))
    try:
        mail = render_forward(case.raw, case.summary.subject, Address(name, addr), request.form.get("note", ""),
                              ctx.config.responder, _message_id(ctx), ctx.clock(),
                              request.form.get("signer", "")[:120])
    except ValueError as error:
        flash(f"Transmission impossible : {error}.", "error")
        return redirect(url_for("cases.detail", case_id=case_id))
    return _sent(ctx, case, Prepared(mail, mail.text, "forward", sender_key(addr)), "forwarded")
