"""The case list, the case page and its follow-up actions (take, note, resolve, reopen, correct, send).

Every action is a POST (CSRF-checked) that goes through responder.review, which records who did
what and when, then redirects back to the case (post/redirect/get). The mail is only ever shown
as text: its HTML is never rendered, and every value is escaped by Jinja's autoescape.
"""

from __future__ import annotations

import email.policy
from datetime import date
from email import message_from_bytes
from email.message import EmailMessage
from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, session, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from responder.errors import ResponderError
from responder.model import Action, Profile, Topic, Training, in_guide_order
from responder.reply.personal import greeting, guide_text
from responder.store.schema import STATUSES
from responder.store.review_list import PAGE_SIZE
from responder.store.review_values import SAVED_VIEWS, CaseDetail, CaseFilter, Event, ReplyView
from responder.message_ids import new_token
from responder.web import WebContext, context
from responder.web.auth import current_account, signed_in
from responder.store.saved_answers import Answer, SavedAnswers
from responder.web.compose import forward_choices
from responder.web.followup import default_wait_day
from responder.web.mailparts import attachments
from responder.web.sendnow import CannotSend, prepare, send_prepared

bp = Blueprint("cases", __name__)

PROFILES = tuple(p.value for p in Profile)
TOPICS = tuple(t.value for t in Topic)
ACTIONS = tuple(a.value for a in Action)
FILTER_FIELDS = ("q", "status", "action", "profile", "topic", "since", "until", "view", "mailbox")


def _day(text: str | None) -> date | None:
    try:
        day = date.fromisoformat(text) if text else None
    except ValueError:
        return None
    # Year 1 or 9999 typed in a date field would overflow the day bounds: no filter then.
    return day if day is None or 1970 <= day.year <= 9998 else None


def case_filter(args: MultiDict[str, str]) -> CaseFilter:
    """Read the list's filters from the query string; unknown values filter nothing."""
    def pick(name: str, allowed: tuple[str, ...]) -> str:
        value = args.get(name, "")
        return value if value in allowed else ""

    return CaseFilter(
        status=pick("status", STATUSES),
        action=pick("action", ACTIONS),
        profile=pick("profile", PROFILES),
        topic=pick("topic", TOPICS),
        since=_day(args.get("since")),
        until=_day(args.get("until")),
        text=args.get("q", "")[:200],
        view=pick("view", SAVED_VIEWS),
        user_id=user.id if (user := current_account()) is not None else None,
        mailbox=pick("mailbox", mailbox_names()) or None,
    )


def mailbox_names() -> tuple[str, ...]:
    """The [[mailbox]] names of the configuration: what the list may be narrowed to."""
    return tuple(mailbox.name for mailbox in context().config.mailboxes)


def _training(case: CaseDetail) -> Training | None:
    """The training a linked case's invitation was about: a reply sent from here names it too."""
    inv = case.invitation
    return Training(inv.training, inv.url, inv.trainer_name, inv.trainer_email) if inv else None


@bp.get("/")
def index() -> str:
    ctx = context()
    wanted = case_filter(request.args)
    try:
        number = int(request.args.get("page", "1"))
    except ValueError:
        number = 1
    page = ctx.review.page(wanted, number, current_app.config.get("CASES_PER_PAGE", PAGE_SIZE))
    # Only the filters go back into the pager and export links: url_for would read a stray
    # "_method" or "_external" in the query string as its own argument (a 500, issue 9).
    query = {k: v for k in FILTER_FIELDS if (v := request.args.get(k, ""))}
    return render_template(
        "web/cases.html", page=page, counts=ctx.review.counts(), wanted=wanted, query=query,
        queue=ctx.review.queue_summary(ctx.clock()), now=ctx.clock(),
        colleagues=[a for a in ctx.accounts.all() if a.active], wait_day=default_wait_day(ctx),
        statuses=STATUSES, actions=ACTIONS, profiles=PROFILES, topics=TOPICS, mailboxes=mailbox_names(),
    )


def shown_reply(reply: ReplyView) -> dict[str, Any]:
    """The reply as the trainee saw it: its headers and plain text part (never its HTML)."""
    message = message_from_bytes(reply.raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    return {
        "view": reply,
        "subject": str(message.get("Subject", "")),
        "to": str(message.get("To", "")),
        "date": getattr(message.get("Date"), "datetime", None),  # shown in the page's time zone
        "message_id": str(message.get("Message-ID", "")),
        "text": text,
    }


@bp.get("/cas/<int:case_id>")
def detail(case_id: int) -> str:
    return case_page(case_id)


def case_page(case_id: int, draft: str | None = None) -> str:
    """The case page; `draft`: the reply form holds this text (a refused reply, given back)."""
    ctx = context()
    case = ctx.review.detail(case_id)
    if case is None:
        abort(404)
    return render_template(
        "web/case.html", case=case, replies=[shown_reply(r) for r in case.replies],
        profiles=PROFILES, topics=TOPICS, actions=ACTIONS, me=current_account(),
        colleagues=[a for a in ctx.accounts.all() if a.active], forward_to=forward_choices(ctx, case),
        draft=draft if draft is not None else draft_reply(ctx, case, _chosen_answer()), token=new_token(),
        wait_day=default_wait_day(ctx),
        saved_answers=SavedAnswers(ctx.sessions).all(),
        attachments=attachments(case.raw), timeline=timeline(case),
        next_case=ctx.review.next_in_queue(case_id, ctx.clock()),
    )


def timeline(case: CaseDetail) -> list[Event]:
    """The case's history in true order, each thing once: received, handled, each automatic reply
    sent, then what people did (a reply sent by hand is its own event)."""
    from responder.web.labels import ACTION, event_detail

    # What the responder finally did (a bounce the guard set aside is "ignoré", a refused reply
    # "à traiter"), not what the classifier first proposed: that is in « Classement ».
    handled = ACTION.get(case.summary.action, case.summary.action)
    lines = [Event(case.summary.received_at, "reçu", "", ""),
             Event(case.created_at, f"traité par le répondeur : {handled}", "", "")]
    automatic = ("réponse d'attente automatique envoyée (une personne doit encore répondre)"
                 if case.classified_action == "escalate" else "réponse automatique envoyée")
    lines += [Event(r.sent_at, automatic, "", "") for r in case.replies if r.sent_at and not r.by_hand]
    people = [Event(e.at, e.kind, e.who, event_detail(e.kind, e.detail)) for e in case.events]
    # Received first, whatever the clocks say; then by time (a stable sort keeps equal times in order).
    return lines[:1] + sorted(lines[1:] + people, key=lambda e: e.at)

def _chosen_answer() -> Answer | None:
    wanted = request.args.get("reponse", "")
    return SavedAnswers(context().sessions).get(int(wanted)) if wanted.isdigit() and len(wanted) < 19 else None


def draft_reply(ctx: WebContext, case: CaseDetail, answer: Answer | None = None) -> str:
    """What the reply written by hand starts from: the greeting, then the saved answer chosen or
    else the guide's sections for the topics found (or corrected), the manager writing the rest."""
    opening = greeting(case.summary.sender_name)
    if answer is not None:
        return f"{opening}\n\n{answer.body}\n"
    chosen = case.correction or {"profile": case.summary.profile, "topics": case.summary.topics}
    topics = tuple(Topic(t) for t in chosen["topics"] if t in TOPICS)
    guide = guide_text(Profile(chosen["profile"]), in_guide_order(topics), ctx.config.links, _training(case))
    return f"{opening}\n\n" + (f"{guide}\n" if guide else "\n")


@bp.get("/cas/<int:case_id>.eml")
def raw_message(case_id: int) -> Response:
    """The message exactly as received, to open in a mail client (attachments included).

    Sent as a download, never shown: the browser must not render the trainee's HTML here.
    """
    case = context().review.detail(case_id)
    if case is None:
        abort(404)
    return Response(case.raw, mimetype="message/rfc822", headers={
        "Content-Disposition": f'attachment; filename="demande-{case_id}.eml"',
        "X-Content-Type-Options": "nosniff",
    })


def _done(case_id: int, ok: bool, message: str) -> Response:
    if not ok:
        abort(404)
    flash(message, "ok")
    return redirect(url_for("cases.detail", case_id=case_id))


@bp.post("/cas/<int:case_id>/note")
def note(case_id: int) -> Response:
    ctx = context()
    text = request.form.get("note", "").strip()
    if not text:
        flash("La note est vide.", "error")
        return redirect(url_for("cases.detail", case_id=case_id))
    return _done(case_id, ctx.review.add_note(case_id, signed_in().id, text[:5000], ctx.clock()), "Note ajoutée.")


@bp.post("/cas/<int:case_id>/resoudre")
def resolve(case_id: int) -> Response:
    ctx = context()
    ok = ctx.review.resolve(case_id, signed_in().id, ctx.clock(), request.form.get("comment", "")[:2000])
    return _done(case_id, ok, "Demande marquée résolue.")


@bp.post("/cas/<int:case_id>/rouvrir")
def reopen(case_id: int) -> Response:
    ctx = context()
    return _done(case_id, ctx.review.reopen(case_id, signed_in().id, ctx.clock()), "Demande rouverte.")


def _chosen() -> tuple[str, list[str], str]:
    profile = request.form.get("profile", "")
    topics = [t for t in request.form.getlist("topics") if t in TOPICS]
    action = request.form.get("action", "")
    if profile not in PROFILES or action not in ACTIONS:
        abort(400, description="Profil ou action inconnus.")
    return profile, topics, action


@bp.post("/cas/<int:case_id>/corriger")
def correct(case_id: int) -> Response:
    ctx = context()
    profile, topics, action = _chosen()
    ok = ctx.review.correct(case_id, signed_in().id, profile, topics, action, ctx.clock())
    return _done(case_id, ok, "Classement corrigé (le classement automatique reste affiché).")


@bp.get("/cas/<int:case_id>/apercu")
def preview_reloaded(case_id: int) -> Response:
    """A preview reloaded or bookmarked: it was the answer to a form, so back to the case."""
    return redirect(url_for("cases.detail", case_id=case_id))


@bp.post("/cas/<int:case_id>/apercu")
def preview(case_id: int) -> str | Response:
    """Show the reply that would go out, with a button to send it."""
    ctx = context()
    case = ctx.review.detail(case_id)
    if case is None:
        abort(404)
    profile, topics, _action = _chosen()
    if not topics:
        flash("Choisissez au moins une partie du guide à envoyer.", "error")
        return redirect(url_for("cases.detail", case_id=case_id))
    try:
        prepared = prepare(ctx, case.raw, profile, topics, ctx.clock(), training=_training(case))
    except CannotSend as error:
        flash(str(error), "error")
        return redirect(url_for("cases.detail", case_id=case_id))
    # What was previewed is what gets sent: the choice is kept in the session, not re-read from the form.
    session["send_now"] = {"case": case_id, "profile": profile, "topics": topics, "token": new_token()}
    return render_template(
        "web/preview.html", case=case, profile=profile, topics=topics, text=prepared.text,
        subject=str(prepared.mail.message["Subject"]), to=str(prepared.mail.message["To"]),
        dry_run=ctx.config.responder.dry_run,
    )


@bp.post("/cas/<int:case_id>/envoyer")
def send(case_id: int) -> Response:
    ctx = context()
    chosen = session.pop("send_now", None)
    if not isinstance(chosen, dict) or chosen.get("case") != case_id:
        flash("Affichez d'abord l'aperçu de la réponse.", "error")
        return redirect(url_for("cases.detail", case_id=case_id))
    case = ctx.review.detail(case_id)
    if case is None:
        abort(404)
    try:
        prepared = prepare(
            ctx, case.raw, chosen["profile"], chosen["topics"], ctx.clock(), chosen.get("token"),
            _training(case),
        )
        state = send_prepared(ctx, case_id, signed_in().id, prepared)
    except (CannotSend, ResponderError) as error:
        flash(str(error), "error")
        return redirect(url_for("cases.detail", case_id=case_id))
    from responder.web.labels import REPLY_STATE

    flash(f"Réponse : {REPLY_STATE.get(state, state)}.", "ok" if state in ("sent", "dry_run") else "error")
    return redirect(url_for("cases.detail", case_id=case_id))
