"""The greeting of a reply says the trainee's name as a French reader would, or no name at all
(issue 14): a directory's "DURAND Isabelle" is greeted "Bonjour Isabelle Durand,"."""

from __future__ import annotations

import pytest

from responder.model import Profile, Topic
from responder.reply.greeting import spoken_name
from responder.reply.personal import greeting
from responder.reply.render import render_body
from tests.reply.test_render_body import LINKS, RESPONDER


@pytest.mark.parametrize(("written", "said"), [
    ("DURAND Isabelle", "Isabelle Durand"),
    ("Isabelle DURAND", "Isabelle Durand"),
    ("Durand, Isabelle", "Isabelle Durand"),
    ("Jean-Pierre LE GALL-DUPONT", "Jean-Pierre Le Gall-Dupont"),
    ("D'ALEMBERT Jeanne", "Jeanne D'Alembert"),
    ("Isabelle Durand", "Isabelle Durand"),  # as the trainee writes it
    ("isabelle", "isabelle"),
    ("ISABELLE DURAND", ""),  # which is the first name? no name rather than a wrong one
    ("DURAND", ""),
    ("Secrétariat EPLE 2", ""),  # not a person's name
    ("M. Durand", ""),
    ("", ""),
])
def test_the_spoken_name(written: str, said: str) -> None:
    assert spoken_name(written) == said


def test_both_the_automatic_reply_and_the_managers_draft_greet_that_way() -> None:
    text, html = render_body(Profile.ACADEMIC, (Topic.FORGOTTEN_PASSWORD,), False, RESPONDER, LINKS, "DURAND Isabelle")
    assert "Bonjour Isabelle Durand," in text and "Bonjour Isabelle Durand," in html and "DURAND" not in text
    text, _ = render_body(Profile.ACADEMIC, (Topic.FORGOTTEN_PASSWORD,), False, RESPONDER, LINKS, "DURAND ISABELLE")
    assert "Bonjour," in text.splitlines() and "ISABELLE" not in text and "DURAND" not in text
    assert greeting("DURAND Isabelle") == "Bonjour Isabelle Durand,"
    assert greeting("ISABELLE DURAND") == "Bonjour,"
