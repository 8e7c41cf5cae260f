"""What the invitation linking tests share: five trainees invited through a real relay (the
`campaign` fixture), their answers as Gmail, Outlook and a bare webmail write them, and ways to
read the cases and invitations back."""

from __future__ import annotations

import mailbox
import re
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from responder.cli import main
from responder.config import Config, load_config
from responder.service import run_service
from tests.database_rows import connect, Database, Row
from tests.config_factory import US, write_config
from tests.smtp import SmtpServer

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
    config_path = write_config(tmp_path, smtp={"port": smtp_server.port})
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


def compose(sender: str, subject: str, in_reply_to: str | None, **extra: str) -> EmailMessage:
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
    message = compose(sender, "Re: " + str(invite["Subject"]), str(invite["Message-ID"]))
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
    message = compose(sender, "RE: " + str(invite["Subject"]), str(invite["Message-ID"]),
                    Thread_Topic=str(invite["Subject"]), Thread_Index="AQHZxYzAbCdEfGhIjKlMnOpQrStUvW==")
    message.set_content(f"{words}\n\n{header_block}\n{invitation_text(invite)}", charset="utf-8")
    return message.as_bytes()


def pasted_reply(invite: EmailMessage, sender: str, words: str) -> bytes:
    """A webmail that appends the invitation under the words with no marker at all: only the
    invitation's own text, known from the journal, tells it from what the trainee typed."""
    message = compose(sender, "Re: " + str(invite["Subject"]), str(invite["Message-ID"]))
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


def db(config: Config) -> Database:
    return connect(config.database.url)


def case_of(config: Config, sender: str) -> Row:
    [row] = db(config).execute(
        "select c.*, r.state as reply_state from cases c left join replies r on r.case_id = c.id"
        " where c.sender_address = ?", (sender,)).fetchall()
    return row


def invitation_row(config: Config, address: str) -> Row:
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


def message_id_of(config: Config, sender: str) -> str:
    return str(db(config).execute("select message_id from cases where sender_address = ?", (sender,)).fetchone()[0])


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
