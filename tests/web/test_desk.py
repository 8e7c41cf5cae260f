"""The morning desk on the case page: a reply in the manager's own words at a real SMTP server,
forwarding, taking over with a warning, assigning, waiting until a date, bulk actions,
attachments, and the timeline in true order."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import update

from responder.config import Config
from responder.store.accounts import Accounts
from responder.store.database import open_database
from responder.store.review_values import CaseFilter
from responder.store.schema import ROLE_MANAGER, Case
from responder.web import create_app
from tests.smtp import SmtpServer, smtp_server  # noqa: F401 - the fixture
from tests.web.review_support import app, case_ids, client, events, login, store, token  # noqa: F401
from tests.web_support import ADMIN, MANAGER, PASSWORD, with_smtp

COLLEAGUE = "collegue@ac-grenoble.fr"


def desk(config: Config, smtp_server: SmtpServer, now: datetime | None = None,
         email: str = MANAGER) -> tuple[Flask, FlaskClient]:
    clock = (lambda: now) if now is not None else (lambda: datetime.now(UTC))
    app = create_app(with_smtp(config, smtp_server.port), sleep=lambda _: None, clock=clock)
    client = app.test_client()
    login(client, email)
    return app, client


def form(client: FlaskClient, case_id: int) -> dict[str, str]:
    """The CSRF token and the send token of the case page, as the browser would post them."""
    page = client.get(f"/cas/{case_id}").get_data(as_text=True)
    found = re.search(r'name="token" value="([^"]+)"', page)
    assert found
    return {"csrf_token": token(client, f"/cas/{case_id}"), "token": found.group(1)}


def escalated(config: Config) -> int:
    return case_ids(config, action="escalate")[0]


def test_a_reply_in_free_text_goes_out_as_a_person_s_mail_in_the_thread(
        config: Config, smtp_server: SmtpServer) -> None:
    _, client = desk(config, smtp_server)
    case_id = escalated(config)
    page = client.get(f"/cas/{case_id}").get_data(as_text=True)
    assert "Répondre au stagiaire" in page and "Bonjour" in page  # the draft starts with a greeting
    fields = form(client, case_id) | {
        "body": "Bonjour,\n\nVotre attestation vous sera envoyée par la DAFPIC la semaine prochaine.",
        "signer": "Marie Curie", "then": "resolve"}
    client.post(f"/cas/{case_id}/repondre", data=fields)
    [mail] = smtp_server.messages
    message = mail.message
    detail = store(config).detail(case_id)
    assert detail is not None
    assert list(mail.rcpt_tos) == [detail.summary.sender_address]
    # A person's mail: none of the automatic markers, no automatic notice, signed by the EAFC.
    for name in ("Auto-Submitted", "Precedence", "X-Auto-Response-Suppress"):
        assert message[name] is None, name
    text = message.get_body(("plain",)).get_content()
    assert "réponse automatique" not in text
    assert "DAFPIC" in text and text.count(config.responder.display_name) == 1
    # The signature after "-- " (with its space), the signer then the service, each once.
    assert text.replace("\r\n", "\n").endswith(f"\n-- \nMarie Curie\n{config.responder.display_name}\n")
    # In the trainee's thread.
    assert message["In-Reply-To"] == detail.message_id
    assert str(message["Subject"]).startswith("Re: ")
    # Recorded, the case resolved; a second click sends nothing more.
    assert detail.summary.status == "resolved"
    assert [e.kind for e in events(config, case_id)] == ["reply_sent", "resolved"]
    again = client.post(f"/cas/{case_id}/repondre", data=fields, follow_redirects=True)
    assert len(smtp_server.messages) == 1
    assert "déjà été envoyée" in again.get_data(as_text=True)


def test_an_empty_reply_is_refused_and_nothing_is_sent(config: Config, smtp_server: SmtpServer) -> None:
    _, client = desk(config, smtp_server)
    case_id = escalated(config)
    page = client.post(f"/cas/{case_id}/repondre", data=form(client, case_id) | {"body": "  "},
                       follow_redirects=True).get_data(as_text=True)
    assert "le message est vide" in page and smtp_server.messages == []


def test_forwarding_sends_the_trainee_s_message_attached_with_the_note(
        config: Config, smtp_server: SmtpServer) -> None:
    _, client = desk(config, smtp_server)
    case_id = escalated(config)
    client.post(f"/cas/{case_id}/transmettre", data=form(client, case_id) | {
        "to_other": "assistance@ac-grenoble.fr", "note": "Peux-tu regarder son compte ?"})
    [mail] = smtp_server.messages
    assert list(mail.rcpt_tos) == ["assistance@ac-grenoble.fr"]
    assert str(mail.message["Subject"]).startswith("TR: ")
    attached = [part for part in mail.message.iter_attachments() if part.get_content_type() == "message/rfc822"]
    detail = store(config).detail(case_id)
    assert detail is not None and len(attached) == 1
    assert detail.message_id in attached[0].as_string()
    assert [e.kind for e in events(config, case_id)] == ["forwarded"]
    assert detail.summary.status == "new"  # forwarding alone closes nothing


def test_taking_a_colleague_s_case_needs_a_confirmation(config: Config, smtp_server: SmtpServer) -> None:
    Accounts(open_database(config.database.url, migrate=False)).add(COLLEAGUE, PASSWORD, ROLE_MANAGER,
                                                                     datetime.now(UTC))
    case_id = escalated(config)
    _, colleague = desk(config, smtp_server, email=COLLEAGUE)
    colleague.post(f"/cas/{case_id}/prendre", data={"csrf_token": token(colleague, f"/cas/{case_id}")})
    _, me = desk(config, smtp_server)
    page = me.get(f"/cas/{case_id}").get_data(as_text=True)
    assert f"Suivie par {COLLEAGUE}" in page
    refused = me.post(f"/cas/{case_id}/prendre", data={"csrf_token": token(me, f"/cas/{case_id}")},
                      follow_redirects=True).get_data(as_text=True)
    assert "Je reprends cette demande" in refused
    assert store(config).detail(case_id).summary.assigned_to == COLLEAGUE  # type: ignore[union-attr]
    me.post(f"/cas/{case_id}/prendre", data={"csrf_token": token(me, f"/cas/{case_id}"), "confirm": "1"})
    assert store(config).detail(case_id).summary.assigned_to == MANAGER  # type: ignore[union-attr]


def test_assigning_to_a_colleague_puts_it_in_their_queue(config: Config, smtp_server: SmtpServer) -> None:
    colleague = Accounts(open_database(config.database.url, migrate=False)).add(
        COLLEAGUE, PASSWORD, ROLE_MANAGER, datetime.now(UTC))
    _, client = desk(config, smtp_server)
    case_id = escalated(config)
    client.post(f"/cas/{case_id}/attribuer", data={"csrf_token": token(client, f"/cas/{case_id}"),
                                                   "assignee": str(colleague.id)})
    mine = store(config).page(CaseFilter(view="mine", user_id=colleague.id)).rows
    assert [c.id for c in mine] == [case_id] and mine[0].status == "in_progress"
    assert [(e.kind, e.detail) for e in events(config, case_id)] == [("assigned", COLLEAGUE)]


def test_a_waiting_case_leaves_the_queue_and_comes_back_on_its_day(config: Config, smtp_server: SmtpServer) -> None:
    now = datetime(2027, 3, 10, 9, 0, tzinfo=UTC)
    _, client = desk(config, smtp_server, now)
    case_id = escalated(config)
    past = client.post(f"/cas/{case_id}/attente", data={"csrf_token": token(client, f"/cas/{case_id}"),
                                                        "until": "2027-03-01"}, follow_redirects=True)
    assert "date à venir" in past.get_data(as_text=True)
    client.post(f"/cas/{case_id}/attente", data={"csrf_token": token(client, f"/cas/{case_id}"),
                                                 "until": "2027-03-15", "comment": "attend la réponse du formateur"})
    review = store(config)
    queued = review.page(CaseFilter(view="queue")).rows
    assert case_id not in [c.id for c in queued]
    exported = client.get("/export/cas.csv?view=waiting").data.decode("utf-8-sig").splitlines()
    header = exported[0].split(";")
    [row] = [line.split(";") for line in exported[1:]]
    assert row[header.index("en attente jusqu'au")] == "15/03/2027"  # the day it comes back, in the CSV too
    assert review.detail(case_id).summary.status == "waiting"  # type: ignore[union-attr]
    # On the 15th in Paris (the 14th, 23:00 UTC), it is back in the queue, still "en attente".
    back = datetime(2027, 3, 14, 23, 0, tzinfo=UTC)
    assert review.queue_summary(back).waiting == review.queue_summary(now).waiting + 1
    page = client.get(f"/cas/{case_id}").get_data(as_text=True)
    assert "jusqu&#39;au 15/03/2027 : attend la réponse du formateur" in page


def test_bulk_actions_change_every_ticked_case(config: Config, smtp_server: SmtpServer) -> None:
    _, client = desk(config, smtp_server)
    ids = case_ids(config, action="escalate")[:2]
    assert len(ids) == 2
    client.post("/cas/lot", data={"csrf_token": token(client, "/"), "ids": [str(i) for i in ids],
                                  "bulk_action": "resolve"})
    review = store(config)
    assert [review.detail(i).summary.status for i in ids] == ["resolved", "resolved"]  # type: ignore[union-attr]
    nothing = client.post("/cas/lot", data={"csrf_token": token(client, "/"), "bulk_action": "resolve"},
                          follow_redirects=True)
    assert "Cochez au moins une demande" in nothing.get_data(as_text=True)


def test_the_list_offers_the_bulk_form(client: FlaskClient) -> None:
    page = client.get("/?view=queue").get_data(as_text=True)
    assert 'name="ids"' in page and 'name="bulk_action"' in page


def test_the_timeline_is_in_true_order_and_a_manual_send_shows_once(
        config: Config, smtp_server: SmtpServer) -> None:
    _, client = desk(config, smtp_server)
    case_id = escalated(config)
    client.post(f"/cas/{case_id}/repondre", data=form(client, case_id) | {"body": "Bonjour, c'est fait.",
                                                                          "then": ""})
    page = client.get(f"/cas/{case_id}").get_data(as_text=True)
    timeline = page.split('class="timeline">')[1].split("</ol>")[0]
    labels = re.findall(r"<strong>([^<]+)</strong>", timeline)
    # Answered and left open: the answerer takes it, after the reply.
    assert labels[0] == "reçu" and labels[-2:] == ["réponse écrite à la main, remise au serveur d&#39;envoi",
                                                    "pris en charge"]
    assert labels.count("réponse écrite à la main, remise au serveur d&#39;envoi") == 1


ATTACHED = (
    b"From: Lise Petit <lise.petit@ac-grenoble.fr>\r\nTo: formation-magistere@ac-grenoble.fr\r\n"
    b"Subject: capture\r\nMessage-ID: <att-1@ac-grenoble.fr>\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
    b"Voici ce que je vois.\r\n--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; "
    b'filename="=?utf-8?q?capture_d=27=C3=A9cran.png?="\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    b"iVBORw0KGgo=\r\n--b\r\nContent-Type: text/html\r\nContent-Disposition: attachment; filename=\"x.html\"\r\n\r\n"
    b"<script>alert(1)</script>\r\n--b--\r\n"
)


def test_attachments_are_listed_and_downloaded_never_rendered(config: Config, client: FlaskClient) -> None:
    sessions = open_database(config.database.url, migrate=False)
    case_id = escalated(config)
    with sessions.begin() as session:
        session.execute(update(Case).where(Case.id == case_id).values(raw=ATTACHED))
    page = client.get(f"/cas/{case_id}").get_data(as_text=True)
    assert "capture d_écran.png" in page and "x.html" in page
    links = re.findall(r'href="(/cas/\d+/piece/\d+)"', page)
    assert len(links) == 2
    image, html = (client.get(link) for link in links)
    assert image.data == b"\x89PNG\r\n\x1a\n"
    for response in (image, html):
        assert response.mimetype == "application/octet-stream"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Content-Disposition"].startswith("attachment;")
    assert client.get(f"/cas/{case_id}/piece/99").status_code == 404


@pytest.mark.parametrize("view", ["queue", "mine", "unassigned", "waiting"])
def test_every_saved_view_opens(client: FlaskClient, view: str) -> None:
    assert client.get(f"/?view={view}").status_code == 200


def test_an_admin_sees_the_same_desk(config: Config, smtp_server: SmtpServer) -> None:
    _, client = desk(config, smtp_server, email=ADMIN)
    assert "Répondre au stagiaire" in client.get(f"/cas/{escalated(config)}").get_data(as_text=True)


def test_colleagues_are_offered_for_assignment(config: Config, client: FlaskClient) -> None:
    page = client.get(f"/cas/{escalated(config)}").get_data(as_text=True)
    assert f">{ADMIN}</option>" in page and f">{MANAGER}</option>" in page


def test_the_case_page_leads_to_the_next_case_of_the_queue_with_a_shortcut(config: Config, client: FlaskClient) -> None:
    queue = [c.id for c in store(config).page(CaseFilter(view="queue")).rows]
    assert len(queue) >= 2
    page = client.get(f"/cas/{queue[0]}").get_data(as_text=True)
    found = re.search(r'<a href="/cas/(\d+)" accesskey="n"', page)
    assert found and int(found.group(1)) == queue[1]
    assert 'accesskey="p"' in page and 'accesskey="r"' in page
    last = client.get(f"/cas/{queue[-1]}").get_data(as_text=True)
    assert f'<a href="/cas/{queue[0]}" accesskey="n"' in last  # back to the start of the queue


def test_saved_answers_are_written_once_and_start_a_reply(config: Config, smtp_server: SmtpServer) -> None:
    _, client = desk(config, smtp_server)
    answers = client.get("/reponses-types/").get_data(as_text=True)
    assert "Aucune réponse type" in answers
    client.post("/reponses-types/", data={"csrf_token": token(client, "/reponses-types/"), "title": "Frais",
                                          "body": "Les frais de déplacement sont remboursés par la DAFPIC."})
    duplicate = client.post("/reponses-types/", data={"csrf_token": token(client, "/reponses-types/"),
                                                      "title": " Frais ", "body": "autre"}, follow_redirects=True)
    assert "s&#39;appelle déjà « Frais »" in duplicate.get_data(as_text=True)
    case_id = escalated(config)
    page = client.get(f"/cas/{case_id}").get_data(as_text=True)
    link = re.search(r'href="(/cas/\d+\?reponse=(\d+))#h-write">Frais</a>', page)
    assert link
    drafted = client.get(link.group(1)).get_data(as_text=True)
    body = drafted.split('name="body"')[1].split("</textarea>")[0]
    assert "remboursés par la DAFPIC" in body and "Bonjour" in body
    # Edited by a colleague, the next reply starts from the new text.
    client.post("/reponses-types/", data={"csrf_token": token(client, "/reponses-types/"), "id": link.group(2),
                                          "title": "Frais", "body": "Les frais sont remboursés sur état de frais."})
    assert "sur état de frais" in client.get(link.group(1)).get_data(as_text=True)
    client.post(f"/reponses-types/{link.group(2)}/supprimer", data={"csrf_token": token(client, "/reponses-types/")})
    assert "Aucune réponse type" in client.get("/reponses-types/").get_data(as_text=True)


def test_a_colleague_can_be_told_by_mail_of_an_assignment(config: Config, smtp_server: SmtpServer) -> None:
    colleague = Accounts(open_database(config.database.url, migrate=False)).add(
        COLLEAGUE, PASSWORD, ROLE_MANAGER, datetime.now(UTC))
    _, client = desk(config, smtp_server)
    case_id = escalated(config)
    client.post(f"/cas/{case_id}/attribuer", data={"csrf_token": token(client, f"/cas/{case_id}"),
                                                   "assignee": str(colleague.id), "notify": "1"})
    [notice] = smtp_server.messages
    assert list(notice.rcpt_tos) == [COLLEAGUE]
    assert f"/cas/{case_id}" in notice.message.get_content() and MANAGER in str(notice.message["Subject"])


def test_a_reply_the_relay_refuses_leaves_the_case_in_the_queue(config: Config, smtp_server: SmtpServer) -> None:
    _, client = desk(config, smtp_server)
    case_id = escalated(config)
    smtp_server.script(["550 5.1.1 no such user"], command="RCPT")
    response = client.post(f"/cas/{case_id}/repondre", data=form(client, case_id) | {
        "body": "Bonjour, voici la réponse.", "then": "resolve"}, follow_redirects=True)
    assert response.mimetype == "text/html"  # the page itself, shown again
    page = response.get_data(as_text=True)
    detail = store(config).detail(case_id)
    assert detail is not None and detail.replies[-1].state == "failed"
    assert detail.summary.status == "new" and "refusée" in page
    # Said in words, the text given back to send again, and the history tells the refusal.
    assert "Le serveur d&#39;envoi a refusé ce message : il n&#39;est pas parti" in page
    body = page.split('id="w-body"')[1].split("</textarea>")[0]
    assert "Bonjour, voici la réponse." in body
    timeline = page.split('class="timeline">')[1].split("</ol>")[0]
    assert "réponse refusée par le serveur d&#39;envoi" in timeline
    # The page after it is a fresh form: sending again works once the relay accepts.
    again = client.post(f"/cas/{case_id}/repondre", data=form(client, case_id) | {
        "body": "Bonjour, voici la réponse.", "then": ""}, follow_redirects=True).get_data(as_text=True)
    assert "Réponse : envoyée." in again
    assert [r.state for r in store(config).detail(case_id).replies if r.by_hand] == ["failed", "sent"]  # type: ignore[union-attr]


def test_a_sent_reply_shows_its_date_as_the_page_does(config: Config, smtp_server: SmtpServer) -> None:
    _, client = desk(config, smtp_server)
    case_id = escalated(config)
    page = client.post(f"/cas/{case_id}/repondre", data=form(client, case_id) | {
        "body": "Bonjour, c'est fait.", "then": ""}, follow_redirects=True).get_data(as_text=True)
    date_cell = page.split('<th scope="row">Date</th><td>')[1].split("</td>")[0]
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", date_cell), date_cell


def test_answering_and_leaving_it_open_takes_the_case(config: Config, smtp_server: SmtpServer) -> None:
    _, client = desk(config, smtp_server)
    case_id = escalated(config)
    client.post(f"/cas/{case_id}/repondre", data=form(client, case_id) | {"body": "Bonjour, je regarde.", "then": ""})
    summary = store(config).detail(case_id).summary  # type: ignore[union-attr]
    assert (summary.status, summary.assigned_to) == ("in_progress", MANAGER)  # no longer "nouvelle", nobody's
