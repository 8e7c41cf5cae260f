"""The command line as users type it: demo, classify, preview, cases, and errors in one line."""

from __future__ import annotations

import contextlib
import email
import io
import json
from email import policy
from pathlib import Path

import pytest

from responder.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEMO_SAMPLES = ROOT / "responder" / "data" / "demo"


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    output = tmp_path_factory.mktemp("demo") / "out"
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["demo", "--output", str(output)]) == 0
    return output, buffer.getvalue()


def test_demo_answers_the_samples_and_prints_the_cases(demo_run: tuple[Path, str]) -> None:
    output, printed = demo_run
    sent = sorted((output / "sent").glob("*.eml"))
    replies = [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in sent]
    recipients = sorted(str(r["To"]) for r in replies)
    assert any("claire.martin@ac-grenoble.fr" in r for r in recipients)
    assert not any("MAILER-DAEMON" in r or "listes.ac-grenoble.fr" in r for r in recipients)
    assert "claire.martin@ac-grenoble.fr" in printed and "forgotten_password" in printed
    assert "0 réponse(s) au second passage" in printed
    # The table has one line per sample message.
    assert sum(1 for line in printed.splitlines() if "@" in line) >= len(list(DEMO_SAMPLES.glob("*.eml")))


def test_a_demo_reply_is_a_complete_automatic_french_mail(demo_run: tuple[Path, str]) -> None:
    output, _ = demo_run
    path = next(p for p in sorted((output / "sent").glob("*.eml")) if "claire.martin" in p.name)
    reply = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert reply["Subject"] == 'Re: Invitation : parcours "Enseigner avec le numérique"'
    assert reply["In-Reply-To"] == "<demo-01.4f2a@ac-grenoble.fr>"
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply.get_content_type() == "multipart/alternative"
    text = reply.get_body(("plain",)).get_content()
    assert "automatique" in text.splitlines()[0] or "automatique" in text[:200]
    assert "NUMEN" in text


def test_classify_json_gives_one_object_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--json", str(DEMO_SAMPLES)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == len(list(DEMO_SAMPLES.glob("*.eml")))
    by_file = {Path(line["file"]).name: line for line in lines}
    first = by_file["01-academic-password.eml"]
    assert set(first) == {"file", "profile", "topics", "action", "reasons"}
    assert (first["profile"], first["topics"], first["action"]) == ("academic", ["forgotten_password"], "reply")
    assert by_file["03-gmail-numen-username.eml"]["profile"] == "academic"


def test_preview_prints_the_reply_for_a_profile_and_topics(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["preview", "university", "login", "find_course"]) == 0
    text = capsys.readouterr().out
    assert "violet" in text and "Tous mes parcours" in text
    assert text.index("violet") < text.index("Tous mes parcours")
    assert "NUMEN" not in text


def test_user_mistakes_are_one_line_and_exit_code_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["preview", "teacher", "login"]) == 2
    assert capsys.readouterr().err.strip() == "erreur : profil inconnu 'teacher' (academic, university ou other)"
    assert main(["--config", str(tmp_path / "nope.toml"), "cases"]) == 2
    assert "introuvable" in capsys.readouterr().err


def test_cases_csv_opens_in_french_excel(demo_run: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output, _ = demo_run
    config = tmp_path / "config.toml"
    config.write_text(
        f'[maildir]\npath = "{output / "Maildir"}"\n[smtp]\nhost = "127.0.0.1"\nport = 25\nsecurity = "none"\n'
        f'[responder]\naddress = "formation-magistere@ac-grenoble.fr"\n'
        f'[database]\nurl = "sqlite:///{output / "responder.db"}"\n',
        encoding="utf-8",
    )
    assert main(["--config", str(config), "cases", "--csv", "--action", "reply"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufeffid;reçu le;expéditeur")
    rows = out.strip().splitlines()[1:]
    assert rows and all(";reply;" in row for row in rows)


def test_a_mistyped_option_is_one_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["cases", "--status", "fini"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("erreur : argument --status: invalid choice: 'fini'") and "\n" not in err


def test_a_database_driver_that_is_not_installed_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[maildir]\npath = "x"\n[smtp]\nhost = "127.0.0.1"\nport = 25\nsecurity = "none"\n'
        '[responder]\naddress = "formation-magistere@ac-grenoble.fr"\n'
        '[database]\nurl = "postgresql+nosuchdriver://u:secret@127.0.0.1/cases"\n',
        encoding="utf-8",
    )
    assert main(["--config", str(config), "db", "upgrade"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("erreur : base de données") and "\n" not in err
    assert "secret" not in err
