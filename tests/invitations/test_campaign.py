"""`responder invite` and `responder campaigns` as a trainer runs them: a roster file, a config
file, a real aiosmtpd relay, a real SQLite journal; what the trainer reads when something outside
the roster is wrong. The kill and Ctrl-C scenarios are in test_campaign_interrupted.py."""

from __future__ import annotations

import csv
import io
import os
import re
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from responder.cli import main
from tests.config_factory import write_config
from tests.invitations.campaign_support import (  # noqa: F401  (setup: a fixture)
    TRAINEES,
    TRAINING,
    URL,
    invite,
    received,
    setup,
    write_roster,
)
from tests.smtp import SmtpServer


# --- dry run ------------------------------------------------------------------------------------


def test_the_dry_run_writes_every_invitation_and_sends_nothing(
        setup: tuple[Path, Path], smtp_server: SmtpServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup

    assert invite(config, roster) == 0

    out = capsys.readouterr().out
    assert smtp_server.connections == 0
    assert "5 invitation(s)" in out and "Windows-1252" in out
    assert "académique                 1" in out  # the lookalike domain is not academic
    assert "autre (compte M@gistère)   2" in out
    assert "enseignement supérieur     2" in out
    assert "Essai à blanc : rien n'a été envoyé" in out
    assert "Subject:" in out and "Devenir formateur EAFC" in out and URL in out
    files = sorted((tmp_path / "invitations").rglob("*.eml"))
    assert len(files) == 5
    for file in files:
        message = message_from_bytes(file.read_bytes(), policy=policy.default)
        for header in ("Message-ID", "Date", "Reply-To", "Auto-Submitted", "X-Auto-Response-Suppress", "To", "From"):
            assert message[header], f"{file.name}: {header} missing"
        assert message.get_body(("plain",)) is not None and message.get_body(("html",)) is not None
    names = {str(message_from_bytes(f.read_bytes(), policy=policy.default)["To"]) for f in files}
    assert any("Françoise Lœuvre" in name for name in names)
    assert not (tmp_path / "responder.db").exists()  # a dry run leaves no journal behind


def test_bad_rows_are_all_reported_with_their_line_and_nothing_is_sent(
        tmp_path: Path, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path, smtp={"port": smtp_server.port})
    roster = write_roster(tmp_path / "liste.csv", TRAINEES[:2], extra=[
        "Sans;Adresse;",
        "Mauvaise;Adresse;jean.dupont@",
        "Deux;Adresses;\"a@ac-grenoble.fr, b@ac-grenoble.fr\"",
        "Même;Personne;ELODIE.MARTIN@ac-grenoble.fr ",
    ])

    assert invite(config, roster, "--send") == 2

    captured = capsys.readouterr()
    assert smtp_server.connections == 0
    for line in (4, 5, 6):
        assert f"ligne {line} :" in captured.out
    assert "ligne 7 : elodie.martin@ac-grenoble.fr déjà en ligne 2" in captured.out
    assert "rien n'a été envoyé" in captured.err and "--skip-invalid" in captured.err

    assert invite(config, roster, "--send", "--skip-invalid") == 0
    assert received(smtp_server) == Counter({"elodie.martin@ac-grenoble.fr": 1, "jean.dupont@univ-grenoble-alpes.fr": 1})


# --- sending and resuming -----------------------------------------------------------------------


def test_send_then_rerun_with_rows_reordered_and_a_newcomer_sends_only_the_newcomer(
        setup: tuple[Path, Path], smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup
    assert invite(config, roster, "--send") == 0
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})
    connections = smtp_server.connections

    assert invite(config, roster, "--send") == 0  # nothing left: not even a connection
    assert smtp_server.connections == connections

    newcomer = ("Zoé", "Roux", "zoe.roux@ac-grenoble.fr")
    write_roster(roster, [newcomer, *reversed(TRAINEES)])
    assert invite(config, roster, "--send") == 0
    assert received(smtp_server) == Counter({row[2]: 1 for row in [*TRAINEES, newcomer]})

    capsys.readouterr()
    assert main(["--config", str(config), "campaigns"]) == 0
    listing = capsys.readouterr().out
    assert "devenir formateur eafc" in listing and " 6 " in listing


def test_a_pilot_with_limit_then_the_rest(setup: tuple[Path, Path], smtp_server: SmtpServer,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup

    assert invite(config, roster, "--send", "--limit", "1") == 4  # a pilot: the rest waits
    assert list(received(smtp_server)) == [TRAINEES[0][2]]
    out = capsys.readouterr().out
    assert re.search(r"au-delà de --limit\s+4\b", out)
    assert "Envoi pilote réussi : 4 invitation(s) attendent ; relancez la même commande sans --limit" in out

    write_roster(roster, TRAINEES[:4])  # the trainer took someone off the list meanwhile
    assert invite(config, roster, "--send") == 0
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES[:4]})
    assert re.search(r"absentes de cette liste\s+1\b", capsys.readouterr().out)


def test_a_failed_pilot_never_moves_on_to_a_trainee_and_retry_failed_sends_it_again(
        setup: tuple[Path, Path], smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup
    pilot = TRAINEES[0][2]  # the trainer's own address, first as the README says
    smtp_server.reply_to(pilot, ["550 5.7.1 relay misconfigured"])
    assert invite(config, roster, "--send", "--limit", "1") == 1
    captured = capsys.readouterr()
    assert "1 refusée(s)" in captured.err and "--retry-failed" in captured.err

    # The same pilot again, the cause not yet fixed on the trainer's side: nobody else gets it.
    assert invite(config, roster, "--send", "--limit", "1") == 2
    err = capsys.readouterr().err
    assert f"l'envoi pilote précédent n'est pas parti : {pilot} refusée" in err and "--retry-failed" in err
    assert received(smtp_server) == Counter()

    assert invite(config, roster, "--send", "--limit", "1", "--retry-failed") == 4  # the relay is fixed
    assert list(received(smtp_server)) == [pilot]
    capsys.readouterr()
    assert invite(config, roster) == 0  # a dry run now: no more pilot advice, it would reach a trainee
    assert "conseil : d'abord --send --limit 1" not in capsys.readouterr().out
    assert invite(config, roster, "--send") == 0
    assert f"Tout est parti : les {len(TRAINEES)} invitation(s) de cette liste sont envoyées" in capsys.readouterr().out
    assert invite(config, roster, "--send") == 0
    assert "Rien de nouveau à envoyer : toutes les invitations de cette liste sont déjà envoyées." in \
        capsys.readouterr().out
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})


def test_a_refused_address_is_sent_again_only_with_retry_failed(
        setup: tuple[Path, Path], smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup
    unknown = TRAINEES[2][2]
    smtp_server.reply_to(unknown, ["550 5.1.1 user unknown"])
    assert invite(config, roster, "--send") == 1
    capsys.readouterr()

    assert invite(config, roster, "--send") == 1  # a rerun does not knock on the same door
    out = capsys.readouterr().out
    assert "Rien de nouveau à envoyer" in out and re.search(r"refusée\s+1\b", out)
    assert received(smtp_server)[unknown] == 0

    assert invite(config, roster, "--send", "--retry-failed") == 0  # the mailbox was created since
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})


def test_a_dry_run_without_a_trainer_says_the_invitation_names_none(
        setup: tuple[Path, Path], smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup
    assert main(["--config", str(config), "invite", str(roster), *TRAINING[:4]]) == 0
    assert "sans --trainer-email, l'invitation ne nomme aucun formateur" in capsys.readouterr().out
    assert invite(config, roster) == 0  # with the trainer: not said
    assert "sans --trainer-email" not in capsys.readouterr().out


@pytest.mark.sqlite_only  # a relative SQLite path: the point is where the file lands
def test_a_relative_journal_is_the_config_s_neighbour_wherever_the_trainer_runs(
        tmp_path: Path, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path, smtp={"port": smtp_server.port}, database={"url": "sqlite:///journal.db"})
    roster = write_roster(tmp_path / "stagiaires.csv", TRAINEES)
    elsewhere = tmp_path / "autre"
    elsewhere.mkdir()
    monkeypatch.chdir(tmp_path)
    assert invite(config, roster, "--send", "--limit", "1") == 4
    monkeypatch.chdir(elsewhere)  # the same command from another folder, --config naming the file
    assert invite(config, roster, "--send") == 0
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})  # the pilot not sent twice
    assert (tmp_path / "journal.db").exists() and not (elsewhere / "journal.db").exists()


def test_pilot_options_without_send_say_they_do_nothing(
        setup: tuple[Path, Path], smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup
    assert invite(config, roster, "--limit", "1") == 0
    assert "attention : --limit ne compte qu'avec --send" in capsys.readouterr().err
    assert smtp_server.connections == 0


def test_a_changed_url_is_shown_and_refused_unless_accepted(
        setup: tuple[Path, Path], smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup
    assert invite(config, roster, "--send", "--limit", "2") == 4  # a pilot of two
    capsys.readouterr()
    other_url = URL.replace("4242", "4343")
    changed = [*TRAINING[:3], other_url, *TRAINING[4:]]

    code = main(["--config", str(config), "invite", str(roster), *changed, "--send"])

    assert code == 2
    err = capsys.readouterr().err
    assert URL in err and other_url in err and "--accept-changes" in err
    assert len(smtp_server.messages) == 2
    assert main(["--config", str(config), "invite", str(roster), *changed, "--send", "--accept-changes"]) == 0
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})
    assert other_url in str(smtp_server.messages[-1].message.get_body(("plain",)).get_content())


def test_a_refused_recipient_exits_1_and_the_failures_export_opens_in_excel(
        setup: tuple[Path, Path], smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup
    smtp_server.reply_to(TRAINEES[2][2], ["550 5.1.1 User unknown"])

    assert invite(config, roster, "--send") == 1
    assert "--failures 1" in capsys.readouterr().err

    assert main(["--config", str(config), "campaigns", "--failures", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:4] == ["adresse", "nom", "profil", "état"]
    assert rows[1][0] == TRAINEES[2][2] and rows[1][4] == "550" and "User unknown" in rows[1][5]
    assert len(rows) == 2


def test_a_quota_reply_stops_with_exit_3_and_says_how_to_resume(
        setup: tuple[Path, Path], smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup
    smtp_server.script(["250 OK", "250 OK", "550 5.4.5 Daily sending quota exceeded"], command="MAIL")

    assert invite(config, roster, "--send") == 3

    err = capsys.readouterr().err
    assert "quota" in err and "relancez la même commande" in err
    assert invite(config, roster, "--send") == 0
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})


# --- what the trainer reads when something outside the roster is wrong ----------------------------


def _journal(tmp_path: Path) -> dict[str, tuple[str, int]]:
    from tests.database_rows import connect

    with connect(tmp_path) as db:
        return {a: (s, n) for a, s, n in db.execute("select address, state, attempts from invitations")}


def test_a_relay_that_is_down_stops_with_exit_3_leaves_everyone_pending_and_the_rerun_sends_all(
        tmp_path: Path, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    no_waits = {"connect_retry_delays": [0], "retry_delays": []}
    config = write_config(tmp_path, smtp={"port": closed}, invite=no_waits)
    roster = write_roster(tmp_path / "stagiaires.csv", TRAINEES)

    assert invite(config, roster, "--send") == 3

    err = capsys.readouterr().err
    assert "serveur SMTP injoignable" in err and "relancez la même commande" in err
    assert "Traceback" not in err
    assert set(_journal(tmp_path).values()) == {("pending", 0)}
    write_config(tmp_path, smtp={"port": smtp_server.port}, invite=no_waits)  # the relay is back
    assert invite(config, roster, "--send") == 0
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})


@pytest.mark.sqlite_only  # an exclusive SQLite lock held by another program
def test_a_locked_database_is_one_french_line_and_the_rerun_completes(
        setup: tuple[Path, Path], smtp_server: SmtpServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    config, roster = setup
    assert invite(config, roster, "--send", "--limit", "1") == 4  # a pilot: the rest waits
    capsys.readouterr()
    locker = sqlite3.connect(tmp_path / "responder.db", isolation_level=None)
    locker.execute("begin exclusive")  # another program writing for longer than the busy timeout
    try:
        code = invite(config, roster, "--send")
    finally:
        locker.rollback()
        locker.close()

    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("erreur : base de données ") and err.count("\n") == 1
    assert "base verrouillée par un autre programme" in err and "relancez la même commande" in err
    assert invite(config, roster, "--send") == 0
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})


def test_an_output_folder_that_cannot_be_written_is_one_french_line(
        setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup
    (tmp_path / "un-fichier").write_text("pas un dossier")

    assert invite(config, roster, "--output", str(tmp_path / "un-fichier" / "eml")) == 2

    err = capsys.readouterr().err
    assert err.startswith("erreur : ") and "impossible d'y écrire" in err and "--output" in err


def test_the_dry_run_names_a_changed_setting_in_french(
        setup: tuple[Path, Path], smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config, roster = setup
    assert invite(config, roster, "--send", "--limit", "1") == 4  # a pilot: the rest waits
    capsys.readouterr()
    other_url = URL.replace("4242", "4343")

    assert main(["--config", str(config), "invite", str(roster), *TRAINING[:3], other_url, *TRAINING[4:]]) == 0

    out = capsys.readouterr().out
    assert f"ATTENTION : réglages changés depuis le premier envoi : url : {URL} → {other_url}" in out


def test_invite_help_reads_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["invite", "--help"])

    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation : responder invite")
    assert "afficher cette aide et quitter" in out and "\narguments:\n" in out
    for english in ("usage:", "positional arguments", "show this help"):
        assert english not in out


def test_a_password_variable_not_set_stops_before_anything_and_leaves_no_invitation_uncertain(
        tmp_path: Path, smtp_auth_server: SmtpServer, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The trainer opened a new terminal and forgot to export the password: nothing went out, so
    nobody may be left `sending` (then `uncertain`, held until --resend-uncertain)."""
    from tests.smtp import PASSWORD_ENV

    config = write_config(tmp_path, smtp=smtp_auth_server.smtp_config())  # username and password_env
    roster = write_roster(tmp_path / "stagiaires.csv", TRAINEES)
    password = os.environ[PASSWORD_ENV]
    monkeypatch.delenv(PASSWORD_ENV)

    assert invite(config, roster, "--send") == 3

    err = capsys.readouterr().err
    assert PASSWORD_ENV in err and "relancez la même commande" in err
    assert set(_journal(tmp_path).values()) == {("pending", 0)}
    monkeypatch.setenv(PASSWORD_ENV, password)
    assert invite(config, roster, "--send") == 0
    assert received(smtp_auth_server) == Counter({row[2]: 1 for row in TRAINEES})
