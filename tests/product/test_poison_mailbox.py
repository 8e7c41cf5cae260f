"""Issue 9's acceptance: a poison mailbox on a real Dovecot, every class of poison mixed with
ordinary trainee mail, handled by one `responder run --once` against a real SMTP server.

It must exit 0, answer every ordinary message, and leave each other message as a case: answered
when its question was understood despite its form (a date without zone, a charset label no
codec reads), for a human when it was not, silent for a robot; and every message is flagged, so
the next run has nothing left to do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from responder.cli import main
from responder.parse import parse_message
from tests import poison
from tests.database_rows import connect
from tests.config_factory import write_config
from tests.dovecot import ImapAccount
from tests.smtp import SmtpServer

ORDINARY = {
    "sophie.blanc@ac-grenoble.fr": "Bonjour,\r\nJ'ai oublié mon mot de passe académique.\r\nSophie\r\n",
    "marc.durand@univ-grenoble-alpes.fr": "Bonjour, je n'arrive pas à me connecter à M@gistère.\r\n",
    "julie.petit@orange.fr": "Bonjour, je suis connectée mais je ne trouve pas le parcours.\r\n",
    "nadia.roux@ac-grenoble.fr": "Bonjour, pouvez-vous m'envoyer une attestation de présence ?\r\n",
}
# What becomes of each poison (tests/poison.py), once read as well as it can be.
EXPECTED = {
    "date_minus_zero": "reply", "date_without_zone": "reply", "date_year_9999": "reply",
    "date_year_999": "reply", "raw_utf8_sender": "reply", "raw_latin1_addresses": "reply",
    "unclosed_html_comment": "reply", "nested_comment_header": "reply", "mismatched_end_tags": "reply",
    "charset_with_nul": "reply", "charset_undefined": "reply", "multipart_without_boundary_8bit": "reply",
    "giant_header": "reply", "many_headers": "reply", "many_recipients": "reply", "nul_bytes": "reply",
    "long_token_line": "escalate", "keyword_flood": "escalate", "many_blockquotes": "escalate",
    "deep_multipart": "escalate", "many_parts": "escalate", "rfc2047_garbage": "escalate",
    "mixed_line_ends": "escalate", "html_bomb": "escalate", "truncated_headers": "escalate",
    "empty": "escalate", "binary_noise": "escalate", "huge_text": "escalate",
    "bounce_of_many_recipients": "ignore", "huge_attachment": "reply",
}


def _content(raw: bytes) -> bytes:
    return raw.replace(b"\r", b"").replace(b"\n", b"")


def test_one_run_handles_a_poison_mailbox_and_answers_every_ordinary_message(
        imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    builders = {**poison.POISON, **poison.LARGE}
    assert set(EXPECTED) == set(builders), "every poison class needs its expected outcome here"
    ordinary = [poison.message("", body, sender=f"Stagiaire <{address}>", message_id=f"<ord.{address}>")
                for address, body in ORDINARY.items()]
    raws = {name: build() for name, build in builders.items()}
    for raw in [*ordinary[:2], *raws.values(), *ordinary[2:]]:
        imap_account.deliver(raw)
    config = write_config(tmp_path, imap=imap_account.imap_config(use_idle=False, timeout=30),
                          smtp=smtp_server.smtp_config(timeout=10))

    assert main(["--config", str(config), "run", "--once"]) == 0, capsys.readouterr().err

    answered = {rcpt for message in smtp_server.messages for rcpt in message.rcpt_tos}
    assert set(ORDINARY) <= answered
    with connect(tmp_path) as db:
        rows = db.execute("select message_id, action, error, raw from cases").fetchall()
        acknowledged = db.execute("select count(*) from mailbox_messages where acknowledged").fetchone()[0]
    assert len(rows) == len(raws) + len(ORDINARY) and acknowledged == len(rows)
    by_id = {message_id: (action, error, raw) for message_id, action, error, raw in rows if message_id}
    without_id = sorted(action for message_id, action, _, _ in rows if not message_id)
    for name, raw in raws.items():
        message_id = parse_message(raw).message_id
        if message_id is None:  # empty, noise, a cut header block: counted below
            continue
        action, error, recorded = by_id[message_id]
        assert action == EXPECTED[name], name
        assert not error, f"{name}: {error}"  # read, not merely caught
        # Kept whole for the human who opens it, as Dovecot serves it (IMAP carries no NUL and
        # only CRLF line ends: NUL comes as 0x80, a bare CR or LF as CRLF).
        assert _content(recorded) == _content(raw.replace(b"\x00", b"\x80")), name
    assert without_id == sorted(EXPECTED[name] for name, raw in raws.items() if parse_message(raw).message_id is None)
    flags = imap_account.flags()
    assert len(flags) == len(rows) and all("$Responder" in f for f in flags.values())

    assert main(["--config", str(config), "run", "--once"]) == 0  # nothing left, nothing sent again
    assert {rcpt for message in smtp_server.messages for rcpt in message.rcpt_tos} == answered
