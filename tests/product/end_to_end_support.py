"""Trainees' mail for the end-to-end tests: messages as their clients write them, and a mixed batch.

`eml()` builds one message (8-bit body in the given charset); BATCH maps a name to a message and
what its reply must hold (None: no reply at all): the questions the guide answers, one for a
human, and the robots and thanks that must never be answered.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from tests.config_factory import US


def eml(
    sender: str,
    body: str,
    subject: str = 'Re: Invitation : parcours "Enseigner avec le numérique"',
    message_id: str | None = None,
    extra: str = "",
    date: datetime | None = None,
    content_type: str = "text/plain; charset=utf-8",
    encoding: str = "utf-8",
    to: str = US,
) -> bytes:
    """A message as a trainee's client would write it (8-bit body in the given charset)."""
    date = date or datetime.now(UTC) - timedelta(minutes=5)
    message_id = message_id or f"<{abs(hash((sender, body, subject)))}@client.example>"
    head = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        f"Date: {format_datetime(date)}\r\nMessage-ID: {message_id}\r\n{extra}"
        f"MIME-Version: 1.0\r\nContent-Type: {content_type}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode("utf-8") + body.replace("\n", "\r\n").encode(encoding)


INVITATION_QUOTE = """
Le 02/03/2026 à 10:15, EAFC Grenoble <formation-magistere@ac-grenoble.fr> a écrit :
> Bonjour,
> Vous êtes inscrit au parcours « Enseigner avec le numérique ». Connectez-vous avec
> votre identifiant et votre mot de passe, puis retrouvez le parcours dans votre liste.
"""

# name -> (message, expected: None for no reply, else words the reply must hold)
BATCH: dict[str, tuple[bytes, list[str] | None]] = {
    "academic_password_quoted": (
        eml("Claire Martin <claire.martin@ac-grenoble.fr>",
            "Bonjour,\nJ'ai oublié mon mot de passe.\nClaire\n" + INVITATION_QUOTE),
        ["NUMEN", "majuscules"],
    ),
    "university_login_latin1": (
        eml("Lucas Bernard <lucas.bernard@univ-grenoble-alpes.fr>",
            "Bonjour, je n'arrive pas à me connecter à M@gistère : quel bouton ?\nLucas",
            content_type="text/plain; charset=iso-8859-1", encoding="iso-8859-1"),
        ["violet", "SUPIDP"],
    ),
    "other_find_course_html_only": (
        eml("Jean Petit <j.petit@orange.fr>",
            "<html><body><p>Bonjour, je suis connecté mais je ne trouve pas le parcours "
            "dans ma liste.</p><p>Jean</p></body></html>",
            subject="parcours introuvable", content_type="text/html; charset=utf-8"),
        ["Tous mes parcours", "Se former"],
    ),
    "gmail_numen_username": (
        eml("Sophie Dumas <sophie.dumas74@gmail.com>",
            "Bonjour, je ne connais pas mon identifiant académique. J'ai mon NUMEN.\nSophie",
            subject="identifiant"),
        ["NUMEN"],
    ),
    "escalate_attestation": (
        eml("Paul Roux <paul.roux@ac-grenoble.fr>",
            "Bonjour, pouvez-vous m'envoyer une attestation de présence pour la formation ?\nPaul",
            subject="attestation"),
        ["transmis"],
    ),
    "thanks_only": (eml("Claire Martin <claire.martin2@ac-grenoble.fr>", "Merci beaucoup !"), None),
    "out_of_office": (
        eml("Marc Lefebvre <marc.lefebvre@ac-grenoble.fr>",
            "Je suis absent jusqu'au 10 mars. Pour un mot de passe oublié, voyez le secrétariat.",
            subject="Réponse automatique : Invitation",
            extra="Auto-Submitted: auto-replied\r\n"),
        None,
    ),
    "bounce": (
        eml("Mail Delivery System <MAILER-DAEMON@smtp.ac-grenoble.fr>",
            "--b\r\nContent-Type: text/plain\r\n\r\nUndelivered.\r\n--b\r\n"
            "Content-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; x@ac-grenoble.fr\r\n"
            "Action: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n",
            subject="Undelivered Mail Returned to Sender",
            extra="Return-Path: <>\r\n",
            content_type='multipart/report; report-type=delivery-status; boundary="b"'),
        None,
    ),
    "mailing_list": (
        eml("Lettre <lettre@listes.ac-grenoble.fr>",
            "Ce mois-ci : changer son mot de passe.",
            subject="Lettre d'information",
            extra="List-Id: <enseignants.listes.ac-grenoble.fr>\r\nPrecedence: list\r\n",
            to="enseignants@listes.ac-grenoble.fr"),
        None,
    ),
}
