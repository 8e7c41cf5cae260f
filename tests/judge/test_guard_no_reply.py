"""The guard: which messages never get an automatic reply, and where a reply goes.

Every case of shared/notes/autoreply-safety.md §6 that concerns the guard is built as .eml bytes
from the note's base message B plus the case's changes, parsed with parse_message, then screened
(tests/judge/guard_support.py). This file: §6.1, the messages never answered, each with the exact set of
reason codes, and the real delivery reports and read receipts of the shared fixtures.
"""

from __future__ import annotations

from typing import Any

import pytest

from responder.judge.guard import decide
from responder.model import Action, Classification, Profile, Topic
from tests.judge.guard_support import (
    ESCALATING,
    NOW,
    OURS_17,
    OURS_22,
    REST,
    Added,
    Headers,
    build_eml,
    codes,
    run_screen,
)
from tests.paths import REAL_MAIL
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
