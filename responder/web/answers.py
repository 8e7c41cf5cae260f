"""The team's saved answers ("réponses types"): listed, written and edited by any manager, and
offered on the case page as the start of a reply (the page is reloaded with the answer in the
draft: the page runs no script)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from responder.errors import ResponderError
from responder.store.saved_answers import SavedAnswers
from responder.web import context
from responder.web.auth import signed_in

bp = Blueprint("answers", __name__, url_prefix="/reponses-types")


def saved_answers() -> SavedAnswers:
    return SavedAnswers(context().sessions)


@bp.get("/")
def index() -> str:
    editing = None
    if (wanted := request.args.get("modifier", "")).isdigit() and len(wanted) < 19:
        editing = saved_answers().get(int(wanted))
    return render_template("web/answers.html", answers=saved_answers().all(), editing=editing)


@bp.post("/")
def save() -> Response:
    account = signed_in()
    raw_id = request.form.get("id", "")
    answer_id = int(raw_id) if raw_id.isdigit() and len(raw_id) < 19 else None
    try:
        saved_answers().save(answer_id, request.form.get("title", ""), request.form.get("body", ""), account.id,
                             context().clock())
    except ResponderError as error:
        flash(f"Réponse type non enregistrée : {error}.", "error")
        return redirect(url_for("answers.index", modifier=answer_id) if answer_id else url_for("answers.index"))
    flash("Réponse type enregistrée.", "ok")
    return redirect(url_for("answers.index"))


@bp.post("/<int:answer_id>/supprimer")
def delete(answer_id: int) -> Response:
    if not saved_answers().delete(answer_id):
        abort(404)
    flash("Réponse type supprimée.", "ok")
    return redirect(url_for("answers.index"))
