"""A trainee's message that answers an invitation, as the trainer and the EAFC live it.

The invitations go out the real way (`responder invite --send` to an aiosmtpd relay, journal in
SQLite); the trainees' answers are real .eml files laid in a Maildir, written as Gmail and Outlook
write them (their words on top, the invitation quoted below); `run --once` handles them and
answers through the same relay; the review page is read through Flask's test client.
"""

from __future__ import annotations

import json
import mailbox
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from responder.cli import main
from responder.config import Config, load_config
from responder.store.database import open_database
from responder.judge.explanation import format_explanation
from responder.model import Profile, Topic
from responder.store.schema import ROLE_MANAGER
from responder.parse import parse_message
from responder.reply.render import render_body
from responder.service import run_service
from responder.web import create_app
from responder.web.users import Accounts
from tests.smtp import SmtpServer
from tests.test_invite_cli import write_config

US = "formation-magistere@ac-grenoble.fr"
TRAINING = "Devenir formateur EAFC"
URL = "https://magistere.education.fr/ac-grenoble/course/view.php?id=4242"
TRAINER, TRAINER_EMAIL = "Marie Curie", "marie.curie@ac-grenoble.fr"
MANAGER, PASSWORD = "gestion@ac-grenoble.fr", "mot-de-passe-de-test-42"

FRANCOISE = "francoise.loeuvre@gmail.com"  # the roster says "université": the domain would say other
PAUL = "paul.bernard@orange.fr"
JEAN = "jean.dupont@ac-grenoble.fr"
ELODIE = "elodie.martin@ac-grenoble.fr"
INES = "ines.petit@etu.univ-grenoble-alpes.fr"
ROSTER = [
    ("Françoise", "Lœuvre", FRANCOISE, "université"),
    ("Paul", "Bernard", PAUL, ""),
    ("Jean", "Dupont", JEAN, ""),
    ("Élodie", "Martin", ELODIE, ""),
    ("Inès", "Petit", INES, ""),
]

FIND_COURSE = "Bonjour,\nJe suis bien connectée mais je ne trouve pas le parcours dans ma liste.\nFrançoise"
LOGIN = "Bonjour,\nJe n'arrive pas à me connecter : sur quel bouton dois-je cliquer ?\nMerci, Françoise"


@pytest.fixture
def campaign(tmp_path: Path, smtp_server: SmtpServer) -> Config:
    """Five trainees invited through the relay; returns the config `run` uses, with an empty Maildir."""
    config_path = write_config(tmp_path, smtp_server)
    roster = tmp_path / "stagiaires.csv"
    lines = ["Prénom;Nom;Courriel;Profil", *(";".join(row) for row in ROSTER)]
    roster.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    mailbox.Maildir(tmp_path / "Maildir", create=True).close()
    code = main(["--config", str(config_path), "invite", str(roster), "--training", TRAINING, "--url", URL,
                 "--trainer", TRAINER, "--trainer-email", TRAINER_EMAIL, "--send"])
    assert code == 0
    assert sorted(m.rcpt_tos[0] for m in smtp_server.messages) == sorted(row[2] for row in ROSTER)
    return load_config(config_path)


# --- what trainees' mail clients write ------------------------------------------------------------


def invitation(server: SmtpServer, address: str) -> EmailMessage:
    [found] = [m.message for m in server.messages if m.rcpt_tos == (address,)]
    return found


def invitation_text(invite: EmailMessage) -> str:
    part = invite.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def _head(sender: str, subject: str, in_reply_to: str | None, **extra: str) -> EmailMessage:
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = US  # the invitation's Reply-To
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC) - timedelta(minutes=3))
    message["Message-ID"] = make_msgid(domain="client.example")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    for name, value in extra.items():
        message[name.replace("_", "-")] = value
    return message


def gmail_reply(invite: EmailMessage, sender: str, words: str) -> bytes:
    """Gmail: the words on top, "Le … a écrit :" and the invitation quoted with "> " (text and HTML)."""
    attribution = f"Le lun. 30 nov. 2026 à 09:00, {invite['From']} a écrit :"
    quoted = "\n".join(("> " + line).rstrip() for line in invitation_text(invite).splitlines())
    message = _head(sender, "Re: " + str(invite["Subject"]), str(invite["Message-ID"]))
    message.set_content(f"{words}\n\n{attribution}\n\n{quoted}\n", charset="utf-8")
    invite_html = invite.get_body(("html",))
    assert invite_html is not None
    inner = re.search(r"<body[^>]*>(.*)</body>", str(invite_html.get_content()), re.S)
    assert inner is not None
    html = (
        '<div dir="ltr">' + "".join(f"<div>{line}</div>" for line in words.splitlines()) + "</div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        f"{attribution.replace('<', '&lt;').replace('>', '&gt;')}<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        f'rgb(204,204,204);padding-left:1ex">{inner.group(1)}</blockquote></div>'
    )
    message.add_alternative(html, subtype="html", charset="utf-8")
    return message.as_bytes()


def outlook_reply(invite: EmailMessage, sender: str, words: str) -> bytes:
    """Outlook: the words on top, then the invitation pasted unquoted under a "De : / Envoyé :" block."""
    header_block = (
        "________________________________\n"
        f"De : {invite['From']}\n"
        "Envoyé : lundi 30 novembre 2026 09:00\n"
        f"À : {invite['To']}\n"
        f"Objet : {invite['Subject']}\n"
    )
    message = _head(sender, "RE: " + str(invite["Subject"]), str(invite["Message-ID"]),
                    Thread_Topic=str(invite["Subject"]), Thread_Index="AQHZxYzAbCdEfGhIjKlMnOpQrStUvW==")
    message.set_content(f"{words}\n\n{header_block}\n{invitation_text(invite)}", charset="utf-8")
    return message.as_bytes()


def pasted_reply(invite: EmailMessage, sender: str, words: str) -> bytes:
    """A webmail that appends the invitation under the words with no marker at all: only the
    invitation's own text, known from the journal, tells it from what the trainee typed."""
    message = _head(sender, "Re: " + str(invite["Subject"]), str(invite["Message-ID"]))
    message.set_content(f"{words}\n\n{invitation_text(invite)}", charset="utf-8")
    return message.as_bytes()


def deliver(config: Config, *raws: bytes) -> None:
    """Lay the messages in the Maildir, as the MTA does, and run the responder once."""
    assert config.maildir is not None
    box = mailbox.Maildir(config.maildir.path, create=False)
    for raw in raws:
        box.add(raw)
    box.close()
    run_service(config, once=True)


def db(config: Config) -> sqlite3.Connection:
    connection = sqlite3.connect(config.database.url.removeprefix("sqlite:///"))
    connection.row_factory = sqlite3.Row
    return connection


def case_of(config: Config, sender: str) -> sqlite3.Row:
    [row] = db(config).execute(
        "select c.*, r.state as reply_state from cases c left join replies r on r.case_id = c.id"
        " where c.sender_address = ?", (sender,)).fetchall()
    return row


def invitation_row(config: Config, address: str) -> sqlite3.Row:
    [row] = db(config).execute("select * from invitations where address = ?", (address,)).fetchall()
    return row


def replies_to(server: SmtpServer, address: str) -> list[EmailMessage]:
    """What the relay received for `address` after its invitation: the automatic replies."""
    found = [m.message for m in server.messages if m.rcpt_tos == (address,)]
    return [m for m in found if not str(m["Message-ID"]).startswith("<inv.")]


def plain(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


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


def message_id_of(config: Config, sender: str) -> str:
    return str(db(config).execute("select message_id from cases where sender_address = ?", (sender,)).fetchone()[0])


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
    message = _head(sender, "Re: " + str(invite["Subject"]), None)
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


# --- robots answering the invitation ------------------------------------------------------------


OUT_OF_OFFICE = ("Je suis absent jusqu'au 4 décembre, sans accès à ma messagerie. Pour une question "
                 "sur un mot de passe ou un identifiant, écrivez au secrétariat.\nJean Dupont")


def gmail_vacation(invite: EmailMessage) -> bytes:
    """Gmail's vacation responder: Auto-Submitted: auto-replied, the subject "Re: …"."""
    message = _head(f"Jean Dupont <{JEAN}>", "Re: " + str(invite["Subject"]), str(invite["Message-ID"]),
                    Auto_Submitted="auto-replied")
    message.set_content(OUT_OF_OFFICE, charset="utf-8")
    return message.as_bytes()


def exchange_oof(invite: EmailMessage) -> bytes:
    """Exchange's "Réponse automatique :" as it arrives: no Auto-Submitted, Exchange's own headers."""
    message = _head(
        f"Jean Dupont <{JEAN}>", "Réponse automatique : " + str(invite["Subject"]), str(invite["Message-ID"]),
        Thread_Topic=str(invite["Subject"]),
        Thread_Index="AQHZxYzAbCdEfGhIjKlMnOpQrStUvW==",
        X_MS_Has_Attach="",
        X_MS_TNEF_Correlator="",
        X_Auto_Response_Suppress="All",
        X_MS_Exchange_Inbox_Rules_Loop=JEAN,
        X_MS_Exchange_Generated_Message_Source="Mailbox Rules Agent",
    )
    message.set_content(OUT_OF_OFFICE, charset="utf-8")
    return message.as_bytes()


@pytest.mark.parametrize("robot, stop", [(gmail_vacation, "auto_submitted"), (exchange_oof, "suppress_header")],
                         ids=["gmail-vacation", "exchange-oof"])
def test_an_out_of_office_answer_to_an_invitation_is_linked_and_not_answered(
        campaign: Config, smtp_server: SmtpServer, robot: object, stop: str) -> None:
    invite = invitation(smtp_server, JEAN)

    deliver(campaign, robot(invite))  # type: ignore[operator]

    case = case_of(campaign, JEAN)
    assert case["invitation_id"] == invitation_row(campaign, JEAN)["id"]
    assert case["action"] == "ignore" and case["reply_state"] is None
    assert f'"code": "{stop}"' in case["stops"]
    assert replies_to(smtp_server, JEAN) == []
    assert invitation_row(campaign, JEAN)["state"] == "sent"  # an absence is not a failure


def test_an_automated_response_to_an_invitation_is_not_answered(
        campaign: Config, smtp_server: SmtpServer) -> None:
    """A helpdesk robot ignoring RFC 3834 and X-Auto-Response-Suppress: no robot header, only its
    subject, as for a robot answering one of our replies (freescout#3670)."""
    invite = invitation(smtp_server, JEAN)
    message = _head(f"Jean Dupont <{JEAN}>", "Automated Response: " + str(invite["Subject"]),
                    str(invite["Message-ID"]))
    message.set_content(OUT_OF_OFFICE, charset="utf-8")

    deliver(campaign, message.as_bytes())

    case = case_of(campaign, JEAN)
    assert case["invitation_id"] == invitation_row(campaign, JEAN)["id"]
    assert case["action"] == "ignore" and case["reply_state"] is None
    assert '"code": "auto_subject_after_own_reply"' in case["stops"]
    assert replies_to(smtp_server, JEAN) == []


# --- delivery reports -----------------------------------------------------------------------------


def dsn(recipient: str, returned_headers: str | None, status: str = "5.1.1", action: str = "failed") -> bytes:
    """A Postfix delivery report: text, message/delivery-status, and the original's headers only."""
    now = format_datetime(datetime.now(UTC) - timedelta(minutes=1))
    parts = [
        "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host smtp.ac-grenoble.fr.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more "
        "recipients.\r\n",
        "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; smtp.ac-grenoble.fr\r\nArrival-Date: " + now + "\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nOriginal-Recipient: rfc822;{recipient}\r\n"
        f"Action: {action}\r\nStatus: {status}\r\nRemote-MTA: dns; gmail-smtp-in.l.google.com\r\n"
        f"Diagnostic-Code: smtp; 550-{status} The email account that you tried to reach does not exist.\r\n",
    ]
    if returned_headers is not None:
        parts.append("Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                     + returned_headers)
    body = "".join(f"--BOUNDARY\r\n{part}\r\n" for part in parts) + "--BOUNDARY--\r\n"
    head = (
        "Return-Path: <>\r\n"
        "From: MAILER-DAEMON@smtp.ac-grenoble.fr (Mail Delivery System)\r\n"
        f"To: {US}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {now}\r\n"
        f"Message-ID: {make_msgid(domain='smtp.ac-grenoble.fr')}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"\r\n\r\n'
    )
    return (head + body).encode("ascii")


def headers_of(raw: bytes) -> str:
    """The header block of a message as the relay got it (what a DSN returns)."""
    head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].decode("ascii")
    return head.replace("\n", "\r\n") + "\r\n"


def test_parse_reads_the_message_id_of_the_original_a_report_returns(smtp_server: SmtpServer) -> None:
    headers = ("Return-Path: <formation-magistere@ac-grenoble.fr>\r\nFrom: a@ac-grenoble.fr\r\n"
               "Subject: x\r\nMessage-ID:\r\n <inv.0123456789ab.0123456789abcdef@ac-grenoble.fr>\r\n")
    parsed = parse_message(dsn(ELODIE, headers))
    assert parsed.reported_message_ids == ("<inv.0123456789ab.0123456789abcdef@ac-grenoble.fr>",)
    assert [r.recipient for r in parsed.delivery_reports] == [ELODIE]

    original = EmailMessage()
    original["Message-ID"] = "<whole-original@ac-grenoble.fr>"
    original.set_content("bonjour")
    report = EmailMessage()
    report["From"] = "MAILER-DAEMON@smtp.example"
    report.set_content("Undelivered.")
    report.add_attachment(original)  # message/rfc822: the whole original returned
    report.replace_header("Content-Type", str(report["Content-Type"]).replace(
        "multipart/mixed", "multipart/report; report-type=delivery-status"))
    assert parse_message(report.as_bytes()).reported_message_ids == ("<whole-original@ac-grenoble.fr>",)
    assert parse_message(b"From: a@b.fr\r\nSubject: x\r\n\r\nhello").reported_message_ids == ()


@pytest.mark.parametrize("returns_headers", [True, False], ids=["headers-returned", "nothing-returned"])
def test_a_bounced_invitation_is_marked_failed_and_the_report_is_not_answered(
        campaign: Config, smtp_server: SmtpServer, returns_headers: bool) -> None:
    [sent] = [m for m in smtp_server.messages if m.rcpt_tos == (ELODIE,)]

    deliver(campaign, dsn(ELODIE, headers_of(sent.raw) if returns_headers else None))

    bounced = invitation_row(campaign, ELODIE)
    assert bounced["state"] == "failed" and "5.1.1" in bounced["last_detail"]
    report = db(campaign).execute("select * from cases where sender_address like 'MAILER-DAEMON%'").fetchone()
    assert report["invitation_id"] == bounced["id"] and report["action"] == "ignore"
    assert replies_to(smtp_server, ELODIE) == [] and len(smtp_server.messages) == len(ROSTER)
    states = dict(db(campaign).execute("select address, state from invitations").fetchall())
    assert [a for a, state in states.items() if state != "sent"] == [ELODIE]


def test_a_delay_report_or_a_bounce_of_another_mail_leaves_the_invitation_sent(
        campaign: Config, smtp_server: SmtpServer) -> None:
    [sent] = [m for m in smtp_server.messages if m.rcpt_tos == (INES,)]
    delayed = dsn(INES, headers_of(sent.raw), status="4.4.1", action="delayed")
    # Our later mail to Inès (not the invitation) refused: the invitation itself had arrived.
    other = headers_of(sent.raw).replace(str(sent.message["Message-ID"]), "<another-mail@ac-grenoble.fr>")

    deliver(campaign, delayed, dsn(INES, other))

    assert invitation_row(campaign, INES)["state"] == "sent"
    assert replies_to(smtp_server, INES) == []


# --- everything else is as before -----------------------------------------------------------------


def test_a_message_answering_no_invitation_is_handled_exactly_as_before(
        campaign: Config, smtp_server: SmtpServer) -> None:
    message = _head(f"Françoise Lœuvre <{FRANCOISE}>", "connexion", "<something-else@client.example>")
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
    assert "en échec" in bounce and "rapport de non-remise 5.1.1" in bounce

    unlinked = db(campaign).execute("select count(*) from cases where invitation_id is null").fetchone()[0]
    assert unlinked == 0
