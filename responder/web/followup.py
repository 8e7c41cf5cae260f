"""Who follows a case and when: take it (after a warning when a colleague has it), give it to a
colleague, set it aside until a date, and the same for several cases of the list at once.

Every action is a POST (CSRF-checked) through the review store, which records who did what and
when and moves the other open cases of the conversation with it; then back to where it came from.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, abort, flash, redirect, request, url_for
from werkzeug.wrappers import Response

from responder.web import WebContext, context
from responder.web.auth import signed_in
from responder.web.digest import compose_assignment_notice, send_staff_mail

bp = Blueprint("followup", __name__)

DEFAULT_WAIT = timedelta(days=7)
MAX_BULK = 200  # cases one bulk action may change


def wait_until(ctx: WebContext, day_text: str) -> tuple[datetime, str] | None:
    """The start of the chosen day in the page's time zone, and the day as a person writes it;
    None for no date, a date in the past or a year nobody means."""
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        return None
    zone = ZoneInfo(ctx.config.web.timezone)
    if day <= ctx.clock().astimezone(zone).date() or day.year > 2100:
        return None
    return datetime.combine(day, time(), zone), day.strftime("%d/%m/%Y")


def default_wait_day(ctx: WebContext) -> str:
    """The date the waiting form proposes: a week from today."""
    return (ctx.clock().astimezone(ZoneInfo(ctx.config.web.timezone)).date() + DEFAULT_WAIT).isoformat()


def _back(case_id: int) -> Response:
    return redirect(url_for("cases.detail", case_id=case_id))


@bp.post("/cas/<int:case_id>/prendre")
def take(case_id: int) -> Response:
    """Take the case; a colleague's case only once the manager confirmed they take it over."""
    ctx = context()
    case = ctx.review.detail(case_id)
    if case is None:
        abort(404)
    me = signed_in().id
    holder = case.summary.assigned_to
    if case.assigned_to_id not in (None, me) and request.form.get("confirm") != "1":
        flash(f"Cette demande est suivie par {holder} : cochez « Je reprends cette demande » pour la reprendre.",
              "error")
        return _back(case_id)
    ctx.review.take(case_id, me, ctx.clock())
    flash(f"Demande reprise à {holder}." if holder and case.assigned_to_id != me else "Demande prise en charge.",
          "ok")
    return _back(case_id)


@bp.post("/cas/<int:case_id>/attribuer")
def assign(case_id: int) -> Response:
    ctx = context()
    colleague = _colleague(ctx, request.form.get("assignee", ""))
    if colleague is None:
        flash("Choisissez un collègue dans la liste.", "error")
        return _back(case_id)
    if not ctx.review.assign(case_id, signed_in().id, colleague[0], colleague[1], ctx.clock()):
        abort(404)
    flash(f"Demande attribuée à {colleague[1]}.", "ok")
    if request.form.get("notify") == "1":
        _notify(ctx, case_id, colleague[1])
    return _back(case_id)


def _notify(ctx: WebContext, case_id: int, colleague: str) -> None:
    """Tell the colleague by mail; the assignment stands whether the mail goes or not."""
    case, me = ctx.review.detail(case_id), signed_in()
    if case is None:
        return
    problem = send_staff_mail(ctx.config, compose_assignment_notice(case.summary, colleague, me.email, ctx.config,
                                                                    ctx.clock()))
    if problem:
        flash(f"{colleague} n'a pas pu être prévenu par courriel : {problem}", "error")
    else:
        flash(f"{colleague} a été prévenu par courriel.", "ok")


@bp.post("/cas/<int:case_id>/attente")
def wait(case_id: int) -> Response:
    ctx = context()
    until = wait_until(ctx, request.form.get("until", ""))
    if until is None:
        flash("Choisissez une date à venir pour le retour de la demande.", "error")
        return _back(case_id)
    if not ctx.review.wait(case_id, signed_in().id, *until, ctx.clock(), request.form.get("comment", "")[:2000]):
        abort(404)
    flash(f"Demande en attente jusqu'au {until[1]} : elle reviendra alors dans la file.", "ok")
    return _back(case_id)


def _colleague(ctx: WebContext, value: str) -> tuple[int, str] | None:
    try:
        account = ctx.accounts.get(int(value))
    except ValueError:
        return None
    return (account.id, account.email) if account is not None and account.active else None


@bp.post("/cas/lot")
def bulk() -> Response:
    """One action on the cases ticked in the list: resolve, take, assign to a colleague, set aside."""
    ctx = context()
    ids = sorted({int(v) for v in request.form.getlist("ids") if v.isdigit() and len(v) < 19})[:MAX_BULK]
    back = redirect(request.form.get("back", "") if request.form.get("back", "").startswith("/?") else url_for("cases.index"))
    what, me, now = request.form.get("bulk_action", ""), signed_in().id, ctx.clock()
    if not ids:
        flash("Cochez au moins une demande.", "error")
        return back
    if what == "resolve":
        done = [i for i in ids if ctx.review.resolve(i, me, now)]
    elif what == "take":
        done = [i for i in ids if ctx.review.take(i, me, now)]
    elif what == "assign" and (colleague := _colleague(ctx, request.form.get("assignee", ""))) is not None:
        done = [i for i in ids if ctx.review.assign(i, me, colleague[0], colleague[1], now)]
    elif what == "wait" and (until := wait_until(ctx, request.form.get("until", ""))) is not None:
        done = [i for i in ids if ctx.review.wait(i, me, *until, now)]
    else:
        flash("Choisissez l'action (et le collègue ou la date qu'elle demande).", "error")
        return back
    flash(f"{len(done)} demande(s) mise(s) à jour.", "ok")
    return back
