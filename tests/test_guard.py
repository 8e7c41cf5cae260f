"""The guard: which messages never get an automatic reply, and where a reply goes.

Every case of shared/notes/autoreply-safety.md §6 that concerns the guard is built as .eml bytes
from the note's base message B plus the case's changes, parsed with parse_message, then screened.
No-reply cases assert the exact set of reason codes; reply cases assert that nothing stops the
reply and where it goes. Cases about the reply's own headers (subject prefix, References,
truncation) belong to render and only check here that the guard lets them through.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr
from pathlib import Path
from typing import Any

import pytest

from responder.config import ResponderConfig
from responder.judge.guard import (
    GuardSettings,
    Screening,
    check_history,
    decide,
    reply_handle,
    screen,
    sender_key,
)
from responder.model import Action, Address, Classification, Profile, SenderHistory, SentReply, Stop, Topic
from responder.parse import parse_message
from responder.message_ids import sign_message_id

KEY = b"test-signing-key"
OUR_DOMAIN = "formation-magistere.ac-grenoble.fr"
SETTINGS = GuardSettings(
    own_addresses=("formation-magistere@ac-grenoble.fr", "magistere@ac-grenoble.fr"),
    signing_key=KEY,
)
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))
OURS_17 = sign_message_id("17", KEY, OUR_DOMAIN)
OURS_22 = sign_message_id("22", KEY, OUR_DOMAIN)
REST = 'Invitation : parcours "Enseigner avec le numerique"'  # "…" of the note's subjects
MARIE = Address("Marie Durand", "marie.durand@ac-grenoble.fr")
ESCALATING = {"not_addressed", "dup_handle", "rate_cap", "bad_destination", "hard_bounced",
              "virus_suspect"}
REAL_MAIL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real-mail"

BASE_HEADERS = (
    ("Return-Path", "<marie.durand@ac-grenoble.fr>"),
    ("Delivered-To", "formation-magistere@ac-grenoble.fr"),
    ("From", "Marie Durand <marie.durand@ac-grenoble.fr>"),
    ("To", "formation-magistere@ac-grenoble.fr"),
    ("Subject", f"Re: {REST}"),
    ("Date", "Tue, 01 Dec 2026 09:12:00 +0100"),
    ("Message-ID", "<{id}.k3x9@ac-grenoble.fr>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain; charset=utf-8"),
    ("Content-Transfer-Encoding", "8bit"),
)
BASE_BODY = (
    "Bonjour, je n'arrive pas à me connecter à M@gistère avec mon identifiant académique. "
    "Marie Durand\n"
)
_ADDRESS_HEADERS = {"from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to"}


def _encode(name: str, value: str) -> str:
    """Write a header value as RFC 2047 encoded-words when it is not ASCII."""
    if value.isascii():
        return value
    if name.lower() in _ADDRESS_HEADERS:  # "Name <addr>, ..." (no comma inside names here)
        mailboxes = [re.fullmatch(r"\s*(.*?)\s*<([^>]+)>\s*", item) for item in value.split(",")]
        return ", ".join(formataddr((m[1], m[2]), charset="utf-8") for m in mailboxes if m)
    return Header(value, "utf-8").encode(linesep="\r\n")


def build_eml(case_id: str, *, replace: dict[str, str | None] | None = None,
              add: tuple[tuple[str, str], ...] = (), body: str | None = None) -> bytes:
    """Return B's bytes with headers replaced (None removes), headers added, another body."""
    headers = [(n, v.replace("{id}", case_id)) for n, v in BASE_HEADERS]
    for name, value in (replace or {}).items():
        at = next((i for i, (n, _) in enumerate(headers) if n.lower() == name.lower()), None)
        if at is not None:
            del headers[at]
        if value is not None:
            headers.insert(at if at is not None else 7, (name, value))
    mime_at = next(i for i, (n, _) in enumerate(headers) if n == "MIME-Version")
    headers[mime_at:mime_at] = list(add)
    lines = [f"{name}: {_encode(name, value)}" for name, value in headers]
    text = "\r\n".join(lines) + "\r\n\r\n" + (BASE_BODY if body is None else body)
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def run_screen(raw: bytes, received_at: datetime | None = None) -> Screening:
    return screen(parse_message(raw), SETTINGS, NOW, received_at)


def codes(stops: tuple[Stop, ...]) -> set[str]:
    return {stop.code for stop in stops}


# --- message bodies of the multipart cases --------------------------------------------------

DSN_FAILED = """--b
Content-Type: text/plain; charset=utf-8

This is the mail system at host smtp.ac-grenoble.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<paul.nom@ac-grenoble.fr>: host mx.ac-grenoble.fr said: 550 5.1.1 User unknown

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.ac-grenoble.fr

Final-Recipient: rfc822; paul.nom@ac-grenoble.fr
Action: failed
Status: 5.1.1

--b
Content-Type: message/rfc822

From: Formation M@gistere <formation-magistere@ac-grenoble.fr>
To: paul.nom@ac-grenoble.fr
Subject: Re: Invitation
Message-ID: {ours}
Auto-Submitted: auto-replied

Bonjour,
--b--
""".replace("{ours}", OURS_17)
N02_HEADERS: dict[str, str | None] = {
    "Return-Path": "<>",
    "From": "Mail Delivery System <MAILER-DAEMON@smtp.ac-grenoble.fr>",
    "Subject": "Undelivered Mail Returned to Sender",
    "Content-Type": 'multipart/report; report-type=delivery-status; boundary="b"',
    "Content-Transfer-Encoding": None,
}
DSN_DELAYED = """--b
Content-Type: text/plain; charset=utf-8

Delivery incomplete

There was a temporary problem delivering your message to paul.nom@ac-grenoble.fr.
Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; paul.nom@ac-grenoble.fr
Action: delayed
Status: 4.4.1

--b--
"""
MDN = """--m
Content-Type: text/plain; charset=utf-8

Votre message a été lu le mardi 1 décembre 2026 09:12.

--m
Content-Type: message/disposition-notification

Reporting-UA: outlook.ac-grenoble.fr; Microsoft Outlook 16.0
Final-Recipient: rfc822; marie.durand@ac-grenoble.fr
Original-Message-ID: <inv-42@formation-magistere.ac-grenoble.fr>
Disposition: manual-action/MDN-sent-manually; displayed

--m--
"""
EXE_ATTACHED = """--x
Content-Type: text/plain; charset=utf-8

Voici mes identifiants.

--x
Content-Type: application/x-msdownload; name="identifiants.exe"
Content-Transfer-Encoding: base64

TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAA=
--x--
"""
MULTIPART = {"Content-Transfer-Encoding": None}


Headers = dict[str, str | None]
Added = tuple[tuple[str, str], ...]


def no_reply(case_id: str, expected: set[str], *, replace: Headers | None = None, add: Added = (),
             body: str | None = None) -> Any:
    """One §6.1 case: its bytes and the exact set of reason codes expected."""
    raw = build_eml(case_id, replace=replace, add=add, body=body)
    return pytest.param(raw, expected, id=case_id)


# --- §6.1: no automatic reply -------------------------------------------------------------

NO_REPLY_CASES = [
    no_reply("N01", {"null_sender"}, replace={"Return-Path": "<>"}),
    no_reply("N02", {"null_sender", "bounce", "auto_submitted", "system_sender"},
             replace=N02_HEADERS, add=(("Auto-Submitted", "auto-replied"),), body=DSN_FAILED),
    no_reply("N03", {"bounce", "auto_submitted", "system_sender"},
             replace={**N02_HEADERS, "Return-Path": None},
             add=(("Auto-Submitted", "auto-replied"),), body=DSN_FAILED),
    no_reply("N04", {"null_sender", "bounce_delay", "system_sender"}, body=DSN_DELAYED, replace={
        "Return-Path": "<>", "From": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Subject": "Delivery Status Notification (Delay)", "Content-Transfer-Encoding": None,
        "Content-Type": 'multipart/report; report-type=delivery-status; boundary="b"'}),
    no_reply("N05", {"null_sender", "bounce", "system_sender"}, replace={
        "Return-Path": "<MAILER-DAEMON>",
        "From": "MAILER-DAEMON@relay.example.net (Mail Delivery System)",
        "Subject": "Undelivered Mail Returned to Sender"}),
    no_reply("N06", {"mdn"}, body=MDN, replace={
        **MULTIPART, "Subject": f"Lu : {REST}",
        "Content-Type": 'multipart/report; report-type=disposition-notification; boundary="m"'}),
    # Not in the note: an abuse (ARF) report is a machine's too; any multipart/report is.
    no_reply("N06b", {"bounce"}, body=MDN.replace("disposition-notification", "feedback-report"),
             replace={**MULTIPART,
                      "Content-Type": 'multipart/report; report-type=feedback-report; boundary="m"'}),
    no_reply("N07", {"auto_submitted"}, add=(("Auto-Submitted", "auto-replied"),)),
    no_reply("N08", {"auto_submitted"}, add=(("Auto-Submitted", "auto-generated"),), replace={
        "Return-Path": "<notifications@magistere.education.fr>",
        "From": "M@gistère <notifications@magistere.education.fr>"}),
    no_reply("N09", {"auto_submitted"}, add=(("Auto-Submitted", "auto-notified"),)),
    no_reply("N10", {"auto_submitted"},
             add=(("Auto-Submitted", "auto-replied (zimbra; vacation)"),),
             replace={"Subject": f"Re: {REST}"}, body="Je suis absente jusqu'au 4 janvier.\n"),
    no_reply("N11", {"auto_submitted"}, add=(("AUTO-SUBMITTED", "  Auto-Replied; x-reason=test"),)),
    no_reply("N12", {"auto_submitted"},
             add=(("Auto-Submitted", "no"), ("Auto-Submitted", "auto-generated"))),
    no_reply("N13", {"suppress_header", "suspected_oof"},
             replace={"Subject": f"Réponse automatique : {REST}"},
             add=(("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", "marie.durand@ac-grenoble.fr"),
                  ("Thread-Topic", "Invitation"))),
    no_reply("N14", {"suppress_header"}, add=(("X-Auto-Response-Suppress", "DR, OOF,\tRN"),)),
    no_reply("N15", {"suppress_header"}, add=(("X-Auto-Response-Suppress", "AutoReply"),)),
    no_reply("N16", {"precedence"}, add=(("Precedence", "bulk"),)),
    no_reply("N16b", {"precedence"}, add=(("Precedence", " Bulk"),)),
    no_reply("N17", {"precedence", "not_addressed", "system_sender"},
             replace={"To": "formateurs@listes.ac-grenoble.fr",
                  "Return-Path": "<formateurs-bounces@listes.ac-grenoble.fr>"},
             add=(("Precedence", "list"), ("X-BeenThere", "formateurs@listes.ac-grenoble.fr"),
                  ("X-Mailman-Version", "2.1.39"))),
    no_reply("N18", {"precedence"}, add=(("Precedence", "junk"),)),
    no_reply("N19", {"precedence", "auto_marker"},
             replace={"From": "Support <support@helpdesk.example.org>",
                  "Return-Path": "<support@helpdesk.example.org>"},
             add=(("Precedence", "auto_reply"), ("X-Autoreply", "yes"))),
    no_reply("N20", {"list", "not_addressed", "system_sender"},
             replace={"To": "enseignants@listes.ac-grenoble.fr",
                  "Return-Path": "<enseignants-owner@listes.ac-grenoble.fr>"},
             add=(("List-Id", "<enseignants.listes.ac-grenoble.fr>"),
                  ("List-Unsubscribe",
                   "<mailto:sympa@listes.ac-grenoble.fr?subject=unsubscribe%20enseignants>"))),
    no_reply("N21", {"list"}, add=(("List-Unsubscribe", "<https://news.example.fr/u/123>"),
                                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))),
    no_reply("N22a", {"list"}, add=(("List-Help", "<mailto:a@l.fr>"),)),
    no_reply("N22b", {"list"}, add=(("List-Subscribe", "<mailto:a@l.fr>"),)),
    no_reply("N22c", {"list"}, add=(("List-Post", "<mailto:a@l.fr>"),)),
    no_reply("N22d", {"list"}, add=(("List-Owner", "<mailto:a@l.fr>"),)),
    no_reply("N22e", {"list"}, add=(("List-Archive", "<https://l.fr/arc>"),)),
    no_reply("N23", {"system_sender"}, replace={"Return-Path": "<noreply@magistere.education.fr>",
                                            "From": "noreply@magistere.education.fr"}),
    no_reply("N24", {"system_sender"},
             replace={"Return-Path": "<owner-formateurs@listes.ac-grenoble.fr>"}),
    no_reply("N25", {"system_sender"},
             replace={"Return-Path": "<formateurs-request@listes.ac-grenoble.fr>"}),
    no_reply("N26a", {"system_sender"}, replace={"Return-Path": "<MAILER-DAEMON@mx.example.fr>"}),
    no_reply("N26b", {"system_sender"}, replace={"Return-Path": "<LISTSERV@listes.example.fr>"}),
    no_reply("N26c", {"system_sender"}, replace={"Return-Path": "<Majordomo@example.fr>"}),
    no_reply("N27a", {"system_sender"}, replace={"Return-Path": "<ne-pas-repondre@ac-grenoble.fr>",
                                             "From": "ne-pas-repondre@ac-grenoble.fr"}),
    no_reply("N27b", {"system_sender"}, replace={"Return-Path": "<do-not-reply@example.fr>",
                                             "From": "do-not-reply@example.fr"}),
    no_reply("N27c", {"system_sender"},
             replace={"Return-Path": "<notifs+donotreply@groups.example.com>",
                  "From": "notifs+donotreply@groups.example.com"}),
    no_reply("N28", {"own_address"},
             replace={"Return-Path": "<formation-magistere@ac-grenoble.fr>",
                  "From": "Formation M@gistère <formation-magistere@ac-grenoble.fr>"}),
    no_reply("N29", {"own_address"}, replace={"Return-Path": "<Magistere@AC-Grenoble.fr>",
                                          "From": "magistere@ac-grenoble.fr"}),
    no_reply("N30", {"own_loop", "own_address", "auto_submitted"},
             replace={"From": "formation-magistere@ac-grenoble.fr", "Message-ID": OURS_17},
             add=(("Auto-Submitted", "auto-replied"),
                  ("X-Loop", "formation-magistere@ac-grenoble.fr"))),
    no_reply("N30b", {"own_loop"}, replace={"Message-ID": OURS_17}),
    no_reply("N31", {"own_loop"}, add=(("X-Loop", "formation-magistere@ac-grenoble.fr"),)),
    # Not in the note: another system's loop marker (Zammad notifications carry "X-Loop: yes").
    no_reply("N31b", {"auto_marker"}, add=(("X-Loop", "yes"),)),
    no_reply("N32", {"not_addressed"}, replace={"To": "tous-stagiaires-2026@ac-grenoble.fr"}),
    no_reply("N33", {"not_addressed"}, replace={"To": "undisclosed-recipients:;"}),
    no_reply("N34", {"spam"}, add=(("X-Spam-Flag", "YES"),
                                   ("X-Spam-Status", "Yes, score=9.1 required=5.0"))),
    # Found in review: rspamd's verdict header, a headerless "Absent(e) :" out-of-office, and
    # Outlook's plain-text read receipt.
    no_reply("N34b", {"spam"}, add=(("X-Spam", "Yes"),)),
    no_reply("N41b", {"suspected_oof"}, replace={"Subject": f"Absent(e) : {REST}"},
             body="Je suis absente jusqu'au 5 janvier.\n"),
    no_reply("N06c", {"mdn"}, replace={"Subject": f"Lu : {REST}"},
             body="Votre message\n  À : formation-magistere@ac-grenoble.fr\na été lu le 02/12/2026 10:14.\n"),
    no_reply("N35", {"virus_suspect"}, body=EXE_ATTACHED,
             replace={**MULTIPART, "Content-Type": 'multipart/mixed; boundary="x"'}),
    no_reply("N40", {"auto_subject_after_own_reply"}, body="Cette adresse n'est pas surveillée.\n",
             replace={"Return-Path": "<service-client@transporteur.example.com>",
                  "From": "service-client@transporteur.example.com",
                  "Subject": f"Automated Response: Re: {REST}"},
             add=(("In-Reply-To", OURS_22),)),
    no_reply("N41", {"suspected_oof"}, body="Je serai absente jusqu'au 5 janvier.\n",
             replace={"Subject": f"Absent du bureau : {REST}"}),
    no_reply("N42", {"stale_backlog"}, replace={"Date": "Sat, 01 Aug 2026 10:00:00 +0200"}),
    no_reply("N43a", {"auto_marker"}, add=(("X-Autoreply", "yes"),)),
    no_reply("N43b", {"auto_marker"}, add=(("X-Autorespond", "On vacation"),)),
    no_reply("N43c", {"auto_marker"}, add=(("X-Autogenerated", "Reply"),)),
    no_reply("N43d", {"auto_marker"}, add=(("X-AutoReply-From", "m@x.fr"),)),
    no_reply("N43e", {"auto_marker"}, add=(("X-Mail-Autoreply", "yes"),)),
    no_reply("N43f", {"auto_marker"}, add=(("Delivered-To", "Autoresponder"),)),
    no_reply("N43g", {"auto_marker"}, add=(("X-FC-Machinegenerated", "true"),)),
    # The issue classes X-Precedence with Precedence (the note's table said auto_marker).
    no_reply("N43h", {"precedence"}, add=(("X-Precedence", "bulk"),)),
    no_reply("N44", {"bad_destination"}, replace={
        "Return-Path": None, "From": "marie.durand@ac-grenoble.fr, paul.nom@ac-grenoble.fr"}),
    no_reply("N45", {"bad_destination"},
             replace={"Return-Path": None, "From": "Marie Durand <marie.durand>"}),
    no_reply("N46", {"precedence"},
             add=(("Precedence", "bulk"), ("X-Zammad-Send-Auto-Response", "true"))),
]


@pytest.mark.parametrize(("raw", "expected"), NO_REPLY_CASES)
def test_no_automatic_reply(raw: bytes, expected: set[str]) -> None:
    screening = run_screen(raw)
    assert codes(screening.stops) == expected
    for stop in screening.stops:
        wanted = Action.ESCALATE if stop.code in ESCALATING else Action.IGNORE
        assert stop.effect is wanted, stop.code
        assert stop.detail, stop.code  # the review page must show what was seen
    decision = decide(Classification(Profile.ACADEMIC, (Topic.LOGIN,), Action.REPLY),
                      screening.stops, screening)
    assert not decision.send_reply
    assert decision.action is (Action.ESCALATE if expected <= ESCALATING else Action.IGNORE)


# --- §6.2: the guard lets these through -----------------------------------------------------


def reply(case_id: str, reply_to: Address, notes: tuple[str, ...] = (), *,
          replace: Headers | None = None, add: Added = (), body: str | None = None) -> Any:
    """One §6.2 case: its bytes, where the reply must go and the notes expected."""
    raw = build_eml(case_id, replace=replace, add=add, body=body)
    return pytest.param(raw, reply_to, notes, id=case_id)


LONG_SUBJECT = "Re: " + " ".join(["Probleme de connexion a la plateforme"] * 16)
REPLY_CASES = [
    reply("R01", MARIE),
    # R02/R02b/R03/R24/R25/R26: the subject of the reply is render's; here, no stop.
    reply("R02", MARIE, replace={"Subject": f"RE: {REST}"}),
    reply("R02b", MARIE, replace={"Subject": f"RE : {REST}"}),
    reply("R03", MARIE, replace={"Subject": "Problème de connexion"}),
    reply("R04", MARIE, add=(("Auto-Submitted", "no"),)),
    reply("R05", MARIE, add=(("X-Auto-Response-Suppress", "DR, RN"),)),
    reply("R06", MARIE, add=(("Importance", "High"), ("X-Priority", "1"),
                             ("Thread-Index", "AdsKq1zWc3nB9tQkR2y0mXfLwA=="),
                             ("X-MS-Has-Attach", ""))),
    reply("R07", MARIE, replace={"To": "Paul Formateur <paul.formateur@ac-grenoble.fr>"},
          add=(("Cc", "formation-magistere@ac-grenoble.fr"),)),
    reply("R08", MARIE,
          replace={"To": "Formation M@gistère <Formation-Magistere@AC-GRENOBLE.FR>"}),
    reply("R09", MARIE, replace={"To": "magistere@ac-grenoble.fr"}),
    reply("R10", Address("Claire Secrétariat", "claire.sec@ac-grenoble.fr"),
          replace={"Return-Path": "<claire.sec@ac-grenoble.fr>",
                   "To": "paul.formateur@ac-grenoble.fr"},
          add=(("Resent-From", "Claire Secrétariat <claire.sec@ac-grenoble.fr>"),
               ("Resent-To", "formation-magistere@ac-grenoble.fr"))),
    reply("R11", MARIE, add=(("Reply-To", "Liste collège <liste-college@ac-grenoble.fr>"),)),
    reply("R12", Address("Jean Martin", "jean.martin@univ-grenoble-alpes.fr"),
          replace={"Return-Path": "<jean.martin@univ-grenoble-alpes.fr>",
               "From": "Jean Martin <jean.martin@univ-grenoble-alpes.fr>"},
          add=(("Sender", "Jean Martin <jean.martin@univ-grenoble-alpes.fr>"),)),
    reply("R13", Address("", "SRS0=x1Yz=QK=gmail.com=marie.d@relais.univ-grenoble-alpes.fr"),
          replace={"Return-Path": "<SRS0=x1Yz=QK=gmail.com=marie.d@relais.univ-grenoble-alpes.fr>",
               "From": "Marie D <marie.d@gmail.com>"}),
    reply("R14", MARIE, ("no_return_path_from_fallback",), replace={"Return-Path": None}),
    reply("R15", MARIE, replace={"Message-ID": None}),
    reply("R16", MARIE, add=(("In-Reply-To", "<inv-42@formation-magistere.ac-grenoble.fr>"),
                             ("References", "<inv-42@formation-magistere.ac-grenoble.fr>"))),
    reply("R17", MARIE, add=(("Received", "from pc by mx.ac-grenoble.fr; "
                                          "Tue, 01 Dec 2026 09:12:01 +0100"),)),
    reply("R18", Address("", "marie.root@ac-grenoble.fr"),
          replace={"Return-Path": "<marie.root@ac-grenoble.fr>",
                   "From": "marie.root@ac-grenoble.fr"}),
    reply("R18b", Address("", "j.owner@univ-grenoble-alpes.fr"),
          replace={"Return-Path": "<j.owner@univ-grenoble-alpes.fr>",
               "From": "j.owner@univ-grenoble-alpes.fr"}),
    reply("R19", MARIE, replace={"Subject": f"Re: {REST}"}, add=(("In-Reply-To", OURS_17),),
          body="Merci. Et où trouver le parcours ?\n"),
    reply("R22", Address("", "marie.durand+magistere@gmail.com"),
          replace={"Return-Path": "<marie.durand+magistere@gmail.com>",
               "From": "marie.durand+magistere@gmail.com"}),
    reply("R23", MARIE, replace={"Subject": "Je n'ai pas reçu la réponse automatique"}),
    reply("R24", MARIE, replace={
        "Subject": "=?UTF-8?Q?Probl=C3=A8me_de_connexion_=C3=A0_M@gist=C3=A8re?="}),
    reply("R25", MARIE, replace={"Subject": LONG_SUBJECT.replace(" Probleme", "\r\n Probleme")}),
    reply("R26", MARIE, replace={"Subject": None}),
    reply("R27", MARIE, add=(("Precedence", "first-class"),)),
    reply("R28", MARIE, replace={"To": "formation-magistere@ac-grenoble.fr, "
                                   "paul.formateur@ac-grenoble.fr"},
          add=(("Cc", "direction@ac-grenoble.fr"),)),
]


@pytest.mark.parametrize(("raw", "reply_to", "notes"), REPLY_CASES)
def test_guard_lets_the_reply_through(raw: bytes, reply_to: Address,
                                      notes: tuple[str, ...]) -> None:
    screening = run_screen(raw)
    assert screening.stops == ()
    assert screening.reply_to == reply_to
    assert screening.notes == notes
    decision = decide(Classification(Profile.ACADEMIC, (Topic.LOGIN,), Action.REPLY),
                      screening.stops, screening)
    assert decision.send_reply and decision.action is Action.REPLY
    assert decision.reply_to == reply_to and decision.notes == notes


def test_r25_long_folded_subject_is_read_whole() -> None:
    parsed = parse_message(build_eml("R25", replace={
        "Subject": LONG_SUBJECT.replace(" Probleme", "\r\n Probleme")}))
    assert len(parsed.subject) > 600 and "\r" not in parsed.subject


def test_r17_forged_signature_on_our_domain_is_not_our_mail() -> None:
    forged = "<rsp-17-0123456789abcdef@formation-magistere.ac-grenoble.fr>"
    assert forged != OURS_17
    assert run_screen(build_eml("R17", replace={"Message-ID": forged})).stops == ()


def test_r22_history_key_drops_the_tag_but_the_reply_keeps_it() -> None:
    raw = build_eml("R22", replace={"Return-Path": "<Marie.Durand+magistere@Gmail.com>",
                                "From": "Marie.Durand+magistere@Gmail.com"})
    reply_to = run_screen(raw).reply_to
    assert reply_to is not None and reply_to.addr == "Marie.Durand+magistere@Gmail.com"
    assert sender_key(reply_to.addr) == "marie.durand@gmail.com"


@pytest.mark.parametrize(("address", "key"), [
    ("marie.durand@ac-grenoble.fr", "marie.durand@ac-grenoble.fr"),
    ("Marie.Durand@AC-Grenoble.FR", "marie.durand@ac-grenoble.fr"),
    ("marie.durand+magistere+x@gmail.com", "marie.durand@gmail.com"),
    ("+tag@example.fr", "+tag@example.fr"),  # nothing before "+": keep it rather than empty
])
def test_sender_key(address: str, key: str) -> None:
    assert sender_key(address) == key


# --- the date: backlog (N42) --------------------------------------------------------------


def test_internal_date_wins_over_an_old_date_header() -> None:
    raw = build_eml("N42", replace={"Date": "Sat, 01 Aug 2026 10:00:00 +0200"})
    assert run_screen(raw, received_at=NOW - timedelta(minutes=5)).stops == ()


def test_old_internal_date_is_backlog_even_with_a_fresh_date_header() -> None:
    stops = run_screen(build_eml("N42b"), received_at=NOW - timedelta(days=31)).stops
    assert codes(stops) == {"stale_backlog"}


def test_mail_within_max_age_and_mail_without_date_are_answered() -> None:
    recent = build_eml("N42c", replace={"Date": "Mon, 02 Nov 2026 11:00:00 +0100"})
    assert run_screen(recent).stops == ()
    assert run_screen(build_eml("N42d", replace={"Date": None})).stops == ()


# --- stateful cases: history ---------------------------------------------------------------

HANDLE = reply_handle(Profile.ACADEMIC, (Topic.LOGIN,), escalated=False)


def history_of(*replies: tuple[timedelta, str], bounced: timedelta | None = None) -> SenderHistory:
    return SenderHistory(
        replies=tuple(SentReply(NOW - ago, handle) for ago, handle in replies),
        hard_bounced_at=None if bounced is None else NOW - bounced,
    )


HISTORY_CASES = [
    pytest.param(history_of((timedelta(hours=2), HANDLE)), {"dup_handle"}, id="N36"),
    pytest.param(history_of((timedelta(hours=20), "academic:forgotten_username"),
                            (timedelta(hours=10), "academic:forgotten_password"),
                            (timedelta(hours=1), "academic:find_course")),
                 {"rate_cap"}, id="N37"),
    pytest.param(history_of(*[(timedelta(days=d, hours=1), f"academic:h{d}") for d in range(1, 6)]),
                 {"rate_cap"}, id="N37-week"),
    pytest.param(history_of(bounced=timedelta(days=3)), {"hard_bounced"}, id="N39"),
    pytest.param(history_of((timedelta(hours=1), "academic:find_course")), set(), id="R20"),
    pytest.param(history_of((timedelta(days=8), HANDLE)), set(), id="R21"),
    pytest.param(history_of((timedelta(days=6, hours=23), HANDLE)), {"dup_handle"},
                 id="same-answer-6d23h"),
    pytest.param(history_of(*[(timedelta(days=d, hours=1), f"academic:h{d}") for d in range(1, 5)]),
                 set(), id="four-in-a-week"),
    pytest.param(history_of((timedelta(days=2), "academic:a"), (timedelta(days=9), "academic:b"),
                            (timedelta(days=10), "academic:c"), (timedelta(days=30), "academic:d"),
                            (timedelta(days=40), "academic:e")), set(), id="old-replies-expire"),
    pytest.param(history_of(bounced=timedelta(days=61)), set(), id="hard-bounce-expires"),
    pytest.param(history_of((timedelta(hours=1), HANDLE), (timedelta(hours=2), "academic:a"),
                            (timedelta(hours=3), "academic:b"), bounced=timedelta(days=1)),
                 {"dup_handle", "rate_cap", "hard_bounced"}, id="all-three"),
]


@pytest.mark.parametrize(("history", "expected"), HISTORY_CASES)
def test_history(history: SenderHistory, expected: set[str]) -> None:
    stops = check_history(HANDLE, history, SETTINGS, NOW)
    assert codes(stops) == expected
    assert len(stops) == len(expected)  # one stop per code, even when both caps are exceeded
    assert all(stop.effect is Action.ESCALATE for stop in stops)


def test_stateful_message_is_escalated_not_answered() -> None:
    """N36 end to end: B again, 2 h after the same answer went out."""
    screening = run_screen(build_eml("N36b"))
    history = check_history(HANDLE, history_of((timedelta(hours=2), HANDLE)), SETTINGS, NOW)
    decision = decide(Classification(Profile.ACADEMIC, (Topic.LOGIN,), Action.REPLY),
                      screening.stops + history, screening)
    assert decision.action is Action.ESCALATE and not decision.send_reply
    assert codes(decision.stops) == {"dup_handle"}


def test_reply_handle_names_the_answer_in_guide_order() -> None:
    topics = (Topic.LOGIN, Topic.FORGOTTEN_PASSWORD)
    assert reply_handle(Profile.ACADEMIC, topics, False) == "academic:forgotten_password+login"
    assert reply_handle(Profile.ACADEMIC, topics, True) == (
        "academic:forgotten_password+login+escalated")
    assert reply_handle(Profile.UNIVERSITY, topics, False) != reply_handle(
        Profile.ACADEMIC, topics, False)
    assert reply_handle(Profile.OTHER, (), True) == "other:none+escalated"


# --- decide(): every combination ---------------------------------------------------------

IGNORE_STOP = Stop("list", Action.IGNORE, "List-Id")
ESCALATE_STOP = Stop("rate_cap", Action.ESCALATE, "4 réponses en 24 h")


@pytest.mark.parametrize(("action", "stops", "reply_to", "expected", "send"), [
    pytest.param(Action.REPLY, (), MARIE, Action.REPLY, True, id="reply"),
    pytest.param(Action.ESCALATE, (), MARIE, Action.ESCALATE, True, id="escalate-still-answers"),
    pytest.param(Action.IGNORE, (), MARIE, Action.IGNORE, False, id="ignore"),
    pytest.param(Action.REPLY, (ESCALATE_STOP,), MARIE, Action.ESCALATE, False,
                 id="escalating-stop"),
    pytest.param(Action.IGNORE, (ESCALATE_STOP,), MARIE, Action.ESCALATE, False,
                 id="escalating-stop-beats-ignore"),
    pytest.param(Action.ESCALATE, (IGNORE_STOP,), MARIE, Action.IGNORE, False, id="ignoring-stop"),
    pytest.param(Action.REPLY, (ESCALATE_STOP, IGNORE_STOP), MARIE, Action.IGNORE, False,
                 id="ignore-beats-escalate"),
    pytest.param(Action.REPLY, (), None, Action.REPLY, False, id="no-destination"),
])
def test_decide(action: Action, stops: tuple[Stop, ...], reply_to: Address | None,
                expected: Action, send: bool) -> None:
    classification = Classification(Profile.ACADEMIC, (Topic.LOGIN,), action)
    screening = Screening(stops=stops, reply_to=reply_to, notes=("no_return_path_from_fallback",))
    decision = decide(classification, stops, screening)
    assert (decision.action, decision.send_reply) == (expected, send)
    assert decision.classification is classification
    assert decision.stops == stops
    assert decision.reply_to == reply_to
    assert decision.notes == ("no_return_path_from_fallback",)


def test_decide_keeps_header_stops_when_given_only_history_stops() -> None:
    screening = Screening(stops=(IGNORE_STOP,), reply_to=MARIE)
    classification = Classification(Profile.ACADEMIC, (), Action.REPLY)
    decision = decide(classification, (ESCALATE_STOP,), screening)
    assert set(decision.stops) == {IGNORE_STOP, ESCALATE_STOP}
    assert decision.action is Action.IGNORE and not decision.send_reply


def test_settings_from_config() -> None:
    responder = ResponderConfig(address="Formation-Magistere@ac-grenoble.fr",
                                aliases=("Magistere@ac-grenoble.fr",), max_age_days=10,
                                same_answer_days=9, max_replies_per_day=2, max_replies_per_week=4)
    settings = GuardSettings.from_config(responder, KEY)
    assert settings.own_addresses == (
        "formation-magistere@ac-grenoble.fr", "magistere@ac-grenoble.fr")
    assert (settings.signing_key, settings.max_age_days, settings.same_answer_days) == (KEY, 10, 9)
    assert (settings.max_replies_per_day, settings.max_replies_per_week) == (2, 4)


# --- real delivery reports and read receipts (shared fixtures) ----------------------------

REAL_REPORTS = [
    ("cpython-test_email/data/msg_05.txt", "bounce"),
    ("cpython-test_email/data/msg_16.txt", "bounce"),
    ("cpython-test_email/data/msg_25.txt", "bounce"),
    ("cpython-test_email/data/msg_43.txt", "bounce"),
    ("mailgun-flanker/messages/bounce/delayed.eml", "bounce"),  # "Action: failed" after 5 days
    ("mailgun-flanker/messages/bounce/gmail-invalid-address.eml", "bounce"),
    ("mailgun-flanker/messages/bounce/mailbox-full.eml", "bounce"),
    ("mailgun-flanker/messages/disposition-notification.eml", "mdn"),
    ("SpamScope-mail-parser/mails/mail_malformed_2", "bounce"),
    ("jhillyerd-enmime/testdata/mail/multipart-wo-boundary.raw", "bounce"),
]


@pytest.mark.parametrize(("name", "code"), REAL_REPORTS, ids=[n for n, _ in REAL_REPORTS])
def test_real_reports_are_never_answered(name: str, code: str) -> None:
    path = REAL_MAIL / "mime" / name
    if not path.exists():
        pytest.skip(f"real-mail fixture absent: {path}")
    screening = run_screen(path.read_bytes(), received_at=NOW)
    assert code in codes(screening.stops)
    decision = decide(Classification(Profile.OTHER, (), Action.REPLY), screening.stops, screening)
    assert decision.action is Action.IGNORE and not decision.send_reply


@pytest.mark.parametrize(("local", "system"), [
    ("MAILER-DAEMON", True), ("postmaster", True), ("noreply-magistere", True),
    ("no-reply", True), ("NePasRepondre", True), ("donotreply", True), ("owner-formateurs", True),
    ("formateurs-request", True), ("formateurs-bounces+marie=ac-grenoble.fr", True),
    ("enseignants-owner", True), ("notifs+donotreply", True),
    # Anchored on the whole local part: people whose names merely contain a robot's word.
    ("marie.root", False), ("j.owner", False), ("owner", False), ("request.formation", False),
    ("postmaster.adjoint", False), ("noreplyer", False), ("claire.requester", False),
])
def test_system_local_parts_are_anchored(local: str, system: bool) -> None:
    raw = build_eml("G7", replace={"Return-Path": f"<{local}@example.fr>"})
    assert ("system_sender" in codes(run_screen(raw).stops)) is system
