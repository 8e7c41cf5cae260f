"""The guard: which messages never get an automatic reply, and where a reply goes.

Every case of shared/notes/autoreply-safety.md §6 that concerns the guard is built as .eml bytes
from the note's base message B plus the case's changes, parsed with parse_message, then screened
(tests/judge/guard_support.py). This file: §6.2, the messages the guard lets through, where the
reply goes and what is noted. Cases about the reply's own headers (subject prefix, References,
truncation) belong to render and only check here that the guard lets them through.
"""

from __future__ import annotations

from typing import Any

import pytest

from responder.judge.guard import decide, sender_key
from responder.model import Action, Address, Classification, Profile, Topic
from responder.parse import parse_message
from tests.judge.guard_support import MARIE, OURS_17, REST, Added, Headers, build_eml, run_screen


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
