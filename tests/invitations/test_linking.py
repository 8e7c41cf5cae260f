"""A trainee's message that answers an invitation, as the trainer and the EAFC live it.

The invitations go out the real way (`responder invite --send` to an aiosmtpd relay, journal in
SQLite); the trainees' answers are real .eml files laid in a Maildir, written as Gmail and Outlook
write them (their words on top, the invitation quoted below); `run --once` handles them and
answers through the same relay; the review page is read through Flask's test client
(tests/invitations/linking_support.py). Robots and delivery reports answering an invitation are
in test_linking_reports.py.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from responder.config import Config
from responder.judge.explanation import format_explanation
from responder.model import Profile, Topic
from responder.reply.render import render_body
from responder.store.database import open_database
from responder.store.schema import ROLE_MANAGER
from responder.web import create_app
from responder.web.users import Accounts
from tests.invitations.linking_support import (  # noqa: F401  (campaign: a fixture)
    ELODIE,
    FIND_COURSE,
    FRANCOISE,
    INES,
    JEAN,
    LOGIN,
    MANAGER,
    PASSWORD,
    PAUL,
    TRAINER,
    TRAINER_EMAIL,
    TRAINING,
    URL,
    campaign,
    case_of,
    db,
    deliver,
    dsn,
    gmail_reply,
    compose,
    invitation,
    invitation_row,
    invitation_text,
    message_id_of,
    outlook_reply,
    pasted_reply,
    plain,
    replies_to,
)
from tests.smtp import SmtpServer


# --- a trainee's question ------------------------------------------------------------------------


def test_a_trainees_reply_is_linked_and_answered_for_the_profile_of_her_invitation(
        campaign: Config, smtp_server: SmtpServer) -> None:
    invite = invitation(smtp_server, FRANCOISE)

    deliver(campaign, gmail_reply(invite, f"Françoise Lœuvre <{FRANCOISE}>", LOGIN))

    case = case_of(campaign, FRANCOISE)
    linked = invitation_row(campaign, FRANCOISE)
    assert (case["campaign_id"], case["invitation_id"]) == (linked["campaign_id"], linked["id"])
    assert case["profile"] == "university"  # gmail.com alone would have said "other"
    assert case["topics"] == "login" and case["action"] == "reply" and case["reply_state"] == "sent"
    assert "mot de passe" not in case["new_text"] and "a écrit" not in case["new_text"]
    [reply] = replies_to(smtp_server, FRANCOISE)
    text = plain(reply)
    assert f"Votre formation « {TRAINING} » : {URL}" in text.split("Voici")[0]  # near the top
    assert "SUPIDP" in text and "violet" in text  # the university way in, not the academic one
    assert "NUMEN" not in text
    html_part = reply.get_body(("html",))
    assert html_part is not None and f'<a href="{URL}">' in str(html_part.get_content())
    assert reply["In-Reply-To"] == str(message_id_of(campaign, FRANCOISE))

    reasons = db(campaign).execute("select reasons, explanation from cases where id = ?", (case["id"],)).fetchone()
    assert '"rule": "profile.invitation"' in reasons["reasons"] and TRAINING in reasons["reasons"]
    assert '"profile.domain"' not in reasons["reasons"]
    assert '"profile_source": "invitation"' in reasons["explanation"]


@pytest.mark.parametrize("client", [gmail_reply, outlook_reply, pasted_reply], ids=["gmail", "outlook", "pasted"])
def test_the_quoted_invitation_adds_no_topic_and_a_course_question_gets_the_trainer(
        campaign: Config, smtp_server: SmtpServer, client: object) -> None:
    invite = invitation(smtp_server, PAUL)
    assert "mot de passe" in invitation_text(invite) and "identifiant" in invitation_text(invite)
    words = FIND_COURSE.replace("Françoise", "Paul").replace("connectée", "connecté")

    deliver(campaign, client(invite, f"Paul Bernard <{PAUL}>", words))  # type: ignore[operator]

    case = case_of(campaign, PAUL)
    assert case["invitation_id"] == invitation_row(campaign, PAUL)["id"]
    assert case["topics"] == Topic.FIND_COURSE.value  # nothing from the invitation below his words
    assert case["action"] == "reply" and case["profile"] == "other"
    assert "mot de passe" not in case["new_text"]
    [reply] = replies_to(smtp_server, PAUL)
    text = plain(reply)
    assert f"Votre formation « {TRAINING} » : {URL}" in text
    assert "Tous mes parcours" in text  # the guide's step 3
    assert f"écrivez à votre formateur, {TRAINER} ({TRAINER_EMAIL})" in text
    assert "2e étape" not in text and "1re étape" not in text


def test_a_login_question_does_not_send_the_trainee_to_the_trainer(
        campaign: Config, smtp_server: SmtpServer) -> None:
    invite = invitation(smtp_server, FRANCOISE)
    deliver(campaign, outlook_reply(invite, f"Françoise Lœuvre <{FRANCOISE}>", LOGIN))
    [reply] = replies_to(smtp_server, FRANCOISE)
    text = plain(reply)
    assert TRAINING in text and TRAINER_EMAIL not in text  # the guide answers a login question


@pytest.mark.parametrize("sender, profile", [
    ("Luc Martin <luc.martin@univ-grenoble-alpes.fr>", "university"),  # his domain says who he is
    ("Jean Dupont <jean.dupont.perso@gmail.com>", "academic"),  # nothing says: the invitation does
], ids=["colleague-at-the-university", "from-a-personal-address"])
def test_someone_else_answering_an_invitation_keeps_the_profile_of_his_own_domain(
        campaign: Config, smtp_server: SmtpServer, sender: str, profile: str) -> None:
    """Jean's invitation forwarded to a colleague, who answers it: the academic steps of Jean's
    invitation are not the colleague's, unless nothing about the writer says otherwise."""
    invite = invitation(smtp_server, JEAN)
    address = sender.split("<")[1].rstrip(">")

    deliver(campaign, gmail_reply(invite, sender, LOGIN.replace("Françoise", "Luc")))

    case = case_of(campaign, address)
    assert case["invitation_id"] == invitation_row(campaign, JEAN)["id"]  # still about that training
    assert case["profile"] == profile
    [reply] = replies_to(smtp_server, address)
    assert f"Votre formation « {TRAINING} »" in plain(reply)
    record = json.loads(case["explanation"])
    if profile == "university":
        assert ("SUPIDP" in plain(reply)) and "NUMEN" not in plain(reply)
        assert record["classification"]["profile_source"] == "domain"
        text = format_explanation(record)
        assert f"profile.invitation : «{TRAINING}» invitation — invitation adressée à {JEAN}" in text
    else:
        assert record["classification"]["profile_source"] == "invitation"


def test_the_invitee_keeps_the_invitations_profile_and_the_domain_is_shown_overruled(
        campaign: Config, smtp_server: SmtpServer) -> None:
    """Inès's domain says university and so does her invitation; the explanation says the
    domain did not decide, whatever case her client writes her address in."""
    deliver(campaign, gmail_reply(invitation(smtp_server, INES), "Inès <Ines.Petit@ETU.univ-grenoble-alpes.fr>",
                                  LOGIN))

    [row] = db(campaign).execute("select * from cases").fetchall()
    record = json.loads(row["explanation"])
    assert record["classification"]["profile_source"] == "invitation"
    assert {"rule": "profile.domain", "matched": "etu.univ-grenoble-alpes.fr", "where": "domain",
            "why": "profil donné par l'invitation"} in record["discarded"]


def _mangled(invite: EmailMessage, sender: str, in_reply_to: str) -> bytes:
    message = compose(sender, "Re: " + str(invite["Subject"]), None)
    message.set_content(LOGIN, charset="utf-8")
    head, _, body = message.as_bytes().partition(b"\r\n\r\n")
    return head + b"\r\n" + in_reply_to.encode("ascii") + b"\r\n\r\n" + body


@pytest.mark.parametrize("field", [
    "In-Reply-To: {bare}",  # the brackets dropped
    "In-Reply-To: {upper}",  # upper-cased
    "References: <older@client.example>\r\n <{left}@\r\n {right}>",  # folded inside the id
    "In-Reply-To: < {bare} >",  # spaces inside the brackets
], ids=["no-brackets", "upper-case", "folded-inside", "spaces-inside"])
def test_a_reply_whose_client_rewrote_the_invitations_id_is_still_linked(
        campaign: Config, smtp_server: SmtpServer, field: str) -> None:
    invite = invitation(smtp_server, FRANCOISE)
    bare = str(invite["Message-ID"]).strip("<>")
    left, _, right = bare.partition("@")
    header = field.format(bare=bare, upper=f"<{bare.upper()}>", left=left, right=right)

    deliver(campaign, _mangled(invite, f"Françoise Lœuvre <{FRANCOISE}>", header))

    case = case_of(campaign, FRANCOISE)
    assert case["invitation_id"] == invitation_row(campaign, FRANCOISE)["id"]
    assert case["profile"] == "university"
    [reply] = replies_to(smtp_server, FRANCOISE)
    assert f"Votre formation « {TRAINING} »" in plain(reply)


# --- everything else is as before -----------------------------------------------------------------


def test_a_message_answering_no_invitation_is_handled_exactly_as_before(
        campaign: Config, smtp_server: SmtpServer) -> None:
    message = compose(f"Françoise Lœuvre <{FRANCOISE}>", "connexion", "<something-else@client.example>")
    message.set_content(LOGIN, charset="utf-8")

    deliver(campaign, message.as_bytes())

    case = case_of(campaign, FRANCOISE)
    assert case["campaign_id"] is None and case["invitation_id"] is None
    assert case["profile"] == "other"  # the domain decides, as for anyone
    [reply] = replies_to(smtp_server, FRANCOISE)
    expected, _ = render_body(Profile.OTHER, (Topic.LOGIN,), False, campaign.responder, campaign.links,
                              "Françoise Lœuvre")
    assert plain(reply) == expected
    assert TRAINING not in plain(reply)


# --- the review page --------------------------------------------------------------------------------


def test_the_review_page_shows_the_training_of_a_linked_case(
        campaign: Config, smtp_server: SmtpServer) -> None:
    deliver(campaign,
            gmail_reply(invitation(smtp_server, FRANCOISE), f"Françoise Lœuvre <{FRANCOISE}>", LOGIN),
            dsn(ELODIE, None))
    Accounts(open_database(campaign.database.url)).add(MANAGER, PASSWORD, ROLE_MANAGER, datetime.now(UTC))
    app = create_app(campaign)
    app.config["TESTING"] = True
    client = app.test_client()
    login = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', login)
    assert token is not None
    assert client.post("/login", data={"email": MANAGER, "password": PASSWORD,
                                       "csrf_token": token.group(1)}).status_code == 302

    listing = client.get("/").get_data(as_text=True)
    assert f"Formation : {TRAINING}" in listing

    page = client.get(f"/cas/{case_of(campaign, FRANCOISE)['id']}").get_data(as_text=True)
    assert '<th scope="row">Formation</th><td><strong>Devenir formateur EAFC</strong>' in page
    assert f'<a href="{URL}" target="_blank" rel="noopener noreferrer">' in page
    assert f"{TRAINER} &lt;{TRAINER_EMAIL}&gt;" in page
    assert f"envoyée ({FRANCOISE})" in page
    assert "(donné par l'invitation)" in page

    # A reply chosen on the page for a linked case names the training too.
    fresh = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert fresh is not None
    preview = client.post(f"/cas/{case_of(campaign, FRANCOISE)['id']}/apercu", data={
        "profile": "university", "topics": ["find_course"], "action": "reply", "csrf_token": fresh.group(1)})
    assert f"Votre formation « {TRAINING} » : {URL}" in preview.get_data(as_text=True)

    bounce_id = db(campaign).execute("select id from cases where invitation_id is not null and sender_address "
                                     "like 'MAILER-DAEMON%'").fetchone()[0]
    bounce = client.get(f"/cas/{bounce_id}").get_data(as_text=True)
    assert "refusée" in bounce and "en échec" not in bounce and "rapport de non-remise 5.1.1" in bounce

    unlinked = db(campaign).execute("select count(*) from cases where invitation_id is null").fetchone()[0]
    assert unlinked == 0
