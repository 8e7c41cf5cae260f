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
from tests.config_factory import write_config
from tests.paths import DEMO as DEMO_SAMPLES


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


def test_run_from_another_folder_says_where_it_looked_and_how_to_name_the_file(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RESPONDER_CONFIG", raising=False)
    assert main(["invite", "stagiaires.csv", "--training", "T", "--url", "https://example.org/"]) == 2
    err = capsys.readouterr().err
    assert f"introuvable dans {tmp_path}" in err and "--config FICHIER" in err and err.count("\n") == 1
    assert "l'administrateur le crée à partir de config.example.toml" in err


def test_a_bad_trainer_address_is_said_in_french(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    config = write_config(tmp_path)
    assert main(["--config", str(config), "invite", str(tmp_path / "x.csv"), "--training", "T",
                 "--url", "https://example.org/", "--trainer-email", "marie.curie.ac-grenoble.fr"]) == 2
    err = capsys.readouterr().err
    assert "--trainer-email : adresse invalide « marie.curie.ac-grenoble.fr » : il manque le @" in err
    assert "An email" not in err


def test_cases_csv_opens_in_french_excel(demo_run: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output, _ = demo_run
    config = write_config(tmp_path, maildir={"path": str(output / "Maildir")},
                          database={"url": f"sqlite:///{output / 'responder.db'}"})  # the demo's case log
    assert main(["--config", str(config), "cases", "--csv", "--action", "reply"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufeffn°;reçu le;reçu le (ISO 8601);expéditeur")
    rows = out.strip().splitlines()[1:]
    assert rows and all(";réponse automatique;" in row for row in rows)


def test_cases_table_speaks_the_review_pages_words(demo_run: tuple[Path, str], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    output, _ = demo_run
    config = write_config(tmp_path, maildir={"path": str(output / "Maildir")},
                          database={"url": f"sqlite:///{output / 'responder.db'}"})
    assert main(["--config", str(config), "cases"]) == 0
    out = capsys.readouterr().out
    assert "compte académique" in out and "mot de passe oublié" in out and "réponse automatique" in out
    assert "avis de non-remise" in out and "liste de diffusion" in out
    for code in ("academic", "forgotten_password", "escalate", "null_sender"):
        assert code not in out, code


def test_a_mistyped_option_is_one_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["cases", "--status", "fini"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("erreur : argument --status : choix invalide : 'fini' (possibles : 'new'") and "\n" not in err


@pytest.mark.parametrize(("argv", "expected"), [
    (["invite"], "erreur : arguments obligatoires manquants : LISTE, --training, --url (voir responder invite --help)"),
    (["run", "--twice"], "erreur : arguments non reconnus : --twice (voir responder --help)"),
    (["web", "--port", "99999"], "erreur : argument --port : port hors limites : 99999 (de 1 à 65535) (voir responder web --help)"),
    (["web", "--port", "http"], "erreur : argument --port : numéro de port attendu : 'http' (voir responder web --help)"),
    (["frobnicate"], "erreur : argument COMMANDE : choix invalide : 'frobnicate'"),
    (["cases", "--since"], "erreur : argument --since : une valeur est attendue (voir responder cases --help)"),
])
def test_argparse_speaks_french_in_one_line(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and err.startswith(expected) and err.count("\n") == 1


def test_help_is_french_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation : responder run") and "afficher cette aide et quitter" in out
    assert "usage" not in out and "show this help" not in out


def test_a_broken_config_file_names_the_line_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[smtp]\nhost = "127.0.0.1"\nport = 25\nsecurity = none\n', encoding="utf-8")
    assert main(["--config", str(config), "run", "--once"]) == 2
    err = capsys.readouterr().err
    assert err == (f"erreur : {config}:4: TOML invalide : valeur invalide (une chaîne doit être entre "
                   "guillemets) (ligne 4, colonne 12)\n")
    config.write_bytes(b'[smtp]\nhost = "\xe9"\n')
    assert main(["--config", str(config), "run", "--once"]) == 2
    assert capsys.readouterr().err == f"erreur : {config}: illisible : le fichier n'est pas en UTF-8\n"


def test_a_web_port_in_use_is_one_french_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    config = write_config(tmp_path)
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        assert main(["--config", str(config), "web", "--port", str(port)]) == 2
    last = capsys.readouterr().err.splitlines()[-1]
    assert last == (f"erreur : page de suivi : impossible d'écouter sur 127.0.0.1:{port} : adresse ou port "
                    "déjà utilisé : un autre programme (ou un autre « responder web ») l'utilise ; choisissez --port")


def test_classify_prints_the_decision_run_takes_guard_included(
        demo_run: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    output, _ = demo_run
    assert main(["classify", "--json", str(DEMO_SAMPLES)]) == 0
    by_file = {Path(line["file"]).name: line for line in map(json.loads, capsys.readouterr().out.splitlines())}
    with sqlite3.connect(output / "responder.db") as db:
        recorded = dict(db.execute("select message_id, action from cases"))
    for name, line in by_file.items():
        raw = (DEMO_SAMPLES / name).read_bytes()
        message_id = email.message_from_bytes(raw, policy=policy.default)["Message-ID"]
        assert line["action"] == recorded[message_id], name
    # The out-of-office is ignored by both, whatever its words ask (it was "escalate" here once).
    assert by_file["07-out-of-office.eml"]["action"] == "ignore"
    assert by_file["07-out-of-office.eml"]["topics"] == []
    assert any(reason.startswith("guard.auto_submitted") for reason in by_file["07-out-of-office.eml"]["reasons"])

    assert main(["classify", str(DEMO_SAMPLES / "07-out-of-office.eml")]) == 0
    assert capsys.readouterr().out.splitlines()[-1].split()[-1] == "ignore"
    assert main(["classify", "--explain", str(DEMO_SAMPLES / "07-out-of-office.eml")]) == 0
    assert "Décision : ignore, pas de réponse automatique" in capsys.readouterr().out


def test_explain_shows_the_unsure_text_stop_that_run_applies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Nothing typed above a forwarded invitation: the own words cannot be told from the quote.
    raw = (
        "From: Claire <claire.martin@ac-grenoble.fr>\r\nTo: formation-magistere@ac-grenoble.fr\r\n"
        "Subject: TR: Invitation\r\nMessage-ID: <fw.1@client.example>\r\n\r\n"
        "-----Message d'origine-----\r\nDe : EAFC <formation-magistere@ac-grenoble.fr>\r\n"
        "Envoyé : lundi 2 mars 2026 10:15\r\nObjet : Invitation\r\n\r\n"
        "Connectez-vous avec votre identifiant et votre mot de passe.\r\n"
    ).encode()
    path = tmp_path / "forward.eml"
    path.write_bytes(raw)
    assert main(["classify", "--json", str(path)]) == 0
    line = json.loads(capsys.readouterr().out)
    assert line["action"] == "escalate" and line["topics"] == []
    assert main(["classify", "--explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Garde-fou : unsure_text (escalate)" in out and "Décision : escalate" in out


def test_a_database_driver_that_is_not_installed_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path, database={"url": "postgresql+nosuchdriver://u:secret@127.0.0.1/cases"})
    assert main(["--config", str(config), "db", "upgrade"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("erreur : base de données") and "\n" not in err
    assert "secret" not in err


def test_classify_says_when_there_is_nothing_to_classify_or_a_file_is_no_mail(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "vide"
    for sub in ("cur", "new", "tmp"):
        (empty / sub).mkdir(parents=True)
    assert main(["classify", "--json", str(empty)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and f"aucun message à classer dans {empty}" in err
    note = tmp_path / "notes.txt"
    note.write_text("liste des courses : pain, lait\n", encoding="utf-8")
    mail = sorted(DEMO_SAMPLES.glob("*.eml"))[0]
    assert main(["classify", "--json", str(note), str(mail)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2  # classified all the same: the decision is still « escalate »
    assert f"attention : {note} ne ressemble pas à un message" in err and str(mail) not in err
    assert "INFO" not in err and "rules loaded" not in err  # quiet by default (issue 14)
