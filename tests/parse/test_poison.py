"""Poison messages (issue 9): each class that once stopped, stalled or lost a message, by name.

Every message here goes through parse and the decision the pipeline takes (evaluate.judge_file);
the poison-mailbox test (tests/product/test_poison_mailbox.py) runs them all through
`run --once` against a real Dovecot. Speed is measured by scripts/benchmark and scripts/fuzz,
never asserted here.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from responder.judge.classify import load_rules
from responder.config import ProfilesConfig
from responder.judge.evaluate import judge_file
from responder.judge.guard import GuardSettings
from responder.model import Action, ParsedMessage
from responder.parse import parse_message
from tests import poison
from tests.config_factory import section

US = poison.US
RULES = load_rules(None, ProfilesConfig())
SETTINGS = GuardSettings.from_config(section("responder", address=US), b"test-key")


def decide(raw: bytes) -> tuple[ParsedMessage, Action, set[str]]:
    parsed, verdict = judge_file(raw, RULES, SETTINGS)
    return parsed, verdict.decision.action, {stop.code for stop in verdict.decision.stops}


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in _texts(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [text for f in dataclasses.fields(value) for text in _texts(getattr(value, f.name))]
    return []


@pytest.mark.parametrize("name", sorted(poison.POISON))
def test_every_poison_parses_to_text_a_database_can_store_and_an_aware_date(name: str) -> None:
    parsed = parse_message(poison.POISON[name]())
    for text in _texts(parsed):
        text.encode("utf-8")  # a lone surrogate would raise here, as it did in SQLite
        assert "\x00" not in text  # PostgreSQL refuses NUL in text
    assert parsed.date is None or parsed.date.tzinfo is not None
    assert len(parsed.classifier_text) <= 4_000


@pytest.mark.parametrize("name", ["date_minus_zero", "date_without_zone"])
def test_a_date_without_zone_is_read_as_utc_and_noted(name: str) -> None:
    parsed, action, _ = decide(poison.POISON[name]())
    assert parsed.date is not None and parsed.date.utcoffset() is not None
    assert abs((datetime.now(UTC) - parsed.date).total_seconds()) < 3600
    assert "date_no_zone" in parsed.defects
    assert action is Action.REPLY  # an ordinary question, answered


@pytest.mark.parametrize("name", ["date_year_9999", "date_year_999"])
def test_an_impossible_date_is_unknown_and_does_not_make_the_message_stale(name: str) -> None:
    parsed, action, stops = decide(poison.POISON[name]())
    assert parsed.date is None and "date_impossible" in parsed.defects
    assert "stale_backlog" not in stops and action is Action.REPLY


def test_an_internationalised_sender_is_read_whole() -> None:
    parsed, action, _ = decide(poison.raw_utf8_sender())
    assert parsed.sender is not None and parsed.sender.addr == "andré.müller@exemple-école.fr"
    assert parsed.sender.name == "André Müller" and action is Action.REPLY


def test_raw_latin1_bytes_in_addresses_are_decoded_not_left_as_surrogates() -> None:
    parsed = parse_message(poison.raw_latin1_addresses())
    assert parsed.sender is not None and parsed.sender.addr == "jérôme@ac-grenoble.fr"
    assert "élève@ac-grenoble.fr" in parsed.recipients


@pytest.mark.parametrize("name", ["long_token_line", "unclosed_html_comment"])
def test_a_100_kb_line_keeps_the_question_around_it(name: str) -> None:
    parsed, action, _ = decide(poison.POISON[name]())
    assert "mot de passe" in parsed.text or "code" in parsed.text
    assert action in (Action.REPLY, Action.ESCALATE)


def test_nested_comments_in_a_header_are_cut_and_the_keyword_still_read() -> None:
    parsed, action, stops = decide(poison.nested_comment_header())
    assert "header_field_cut" in parsed.defects
    assert "auto_submitted" not in stops  # "Auto-Submitted: no (((...)))" is a human's mail
    assert action is Action.REPLY


def test_a_flood_of_keywords_is_read_in_part_and_handed_to_a_human() -> None:
    parsed, action, stops = decide(poison.keyword_flood())
    assert parsed.own_words_cut and "own_words_cut" in parsed.defects
    assert "too_long" in stops and action is Action.ESCALATE
    assert parsed.classifier_text.startswith("mot de passe oublié")


def test_mismatched_end_tags_and_deep_nesting_keep_the_question() -> None:
    parsed, action, _ = decide(poison.mismatched_end_tags())
    assert "je ne trouve pas mon parcours" in parsed.new_text
    assert action is Action.REPLY


def test_thousands_of_blockquotes_keep_the_question() -> None:
    parsed = parse_message(poison.many_blockquotes())
    assert "mot de passe" in parsed.new_text


def test_a_bounce_naming_ten_thousand_recipients_is_read_up_to_the_bound() -> None:
    parsed, action, stops = decide(poison.bounce_of_many_recipients())
    assert len(parsed.delivery_reports) == 100 and "delivery_reports_cut" in parsed.defects
    assert parsed.delivery_reports[0].recipient == "stagiaire0@ac-grenoble.fr"
    assert action is Action.IGNORE and "bounce" in stops


@pytest.mark.parametrize("name", ["charset_with_nul", "charset_undefined"])
def test_a_charset_label_no_codec_can_read_keeps_the_body(name: str) -> None:
    parsed, action, _ = decide(poison.POISON[name]())
    assert "je n'arrive pas à me connecter" in parsed.text
    assert not any(d.startswith("body_error") for d in parsed.defects)
    assert action is Action.REPLY


def test_a_multipart_without_boundary_holding_8bit_text_keeps_it() -> None:
    parsed = parse_message(poison.multipart_without_boundary_8bit())
    assert "« Numérique »" in parsed.text
    assert not any(d.startswith("body_error") for d in parsed.defects)


@pytest.mark.parametrize(("name", "cut"), [
    ("giant_header", "header_field_cut"),
    ("many_headers", "header_fields_dropped"),
    ("many_recipients", "recipients_cut"),
])
def test_giant_headers_are_cut_and_named_and_the_sender_still_read(name: str, cut: str) -> None:
    parsed, action, _ = decide(poison.POISON[name]())
    assert cut in parsed.defects
    assert parsed.sender is not None and parsed.sender.domain == "ac-grenoble.fr"
    assert US in parsed.recipients and action is Action.REPLY


def test_deep_nesting_is_cut_and_the_headers_still_read() -> None:
    parsed, action, stops = decide(poison.deep_multipart())
    assert "body_cut" in parsed.defects
    assert parsed.sender is not None and parsed.sender.addr == "ana.rouge@ac-grenoble.fr"
    assert "bad_destination" not in stops and action is Action.ESCALATE  # nothing readable: a human


def test_thousands_of_parts_are_cut_and_named() -> None:
    parsed = parse_message(poison.many_parts())
    assert {"body_cut", "parts_cut"} <= set(parsed.defects)
    assert "part 0" in parsed.text


def test_a_30_mb_attachment_is_listed_and_the_question_answered() -> None:
    parsed, action, _ = decide(poison.huge_attachment())
    assert "video/mp4; ecran.mp4" in parsed.attachment_types and "body_cut" in parsed.defects
    assert action is Action.REPLY


def test_an_executable_beyond_the_body_bound_is_still_seen_by_the_guard() -> None:
    filler = "QUJD" * 19 + "\r\n"
    body = (
        "--m\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + poison.QUESTION
        + "--m\r\nContent-Type: image/png; name=a.png\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + filler * (5 * 1024 * 1024 // len(filler))
        + "--m\r\nContent-Type: application/octet-stream; name=\"facture.exe\"\r\n\r\nMZ\r\n--m--\r\n"
    )
    raw = poison.message("", body, content_type='multipart/mixed; boundary="m"')
    parsed, action, stops = decide(raw)
    assert "application/octet-stream; facture.exe" in parsed.attachment_types
    assert "virus_suspect" in stops and action is Action.ESCALATE


def test_a_30_mb_text_is_read_in_part_and_handed_to_a_human() -> None:
    parsed, action, stops = decide(poison.huge_text())
    assert {"body_cut", "text_cut:plain", "own_words_cut"} <= set(parsed.defects)
    assert "too_long" in stops and action is Action.ESCALATE


@pytest.mark.parametrize("name", ["empty", "binary_noise", "truncated_headers", "rfc2047_garbage", "nul_bytes"])
def test_garbage_goes_to_a_human_or_is_answered_never_lost(name: str) -> None:
    parsed, action, _ = decide(poison.POISON[name]())
    assert action in (Action.ESCALATE, Action.REPLY)
    assert parsed.text is not None
