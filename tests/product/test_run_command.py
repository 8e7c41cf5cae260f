"""`responder run` as a process of its own against real Dovecot, aiosmtpd and SQLite: the loop
that stops on SIGTERM, a wrong password in one line, and the dry run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.database_rows import connect
from tests.config_factory import write_config
from tests.postgres import on_postgres
from tests.dovecot import ImapAccount
from tests.product.end_to_end_support import BATCH
from tests.smtp import SmtpServer


def _config_file(tmp_path: Path, imap_account: ImapAccount, smtp_server: SmtpServer) -> Path:
    return write_config(tmp_path, imap=imap_account.imap_config(poll_interval=1), smtp=smtp_server.smtp_config())


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def test_run_forever_answers_new_mail_and_stops_cleanly_on_sigterm(
    imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    config = _config_file(tmp_path, imap_account, smtp_server)
    process = subprocess.Popen(
        [sys.executable, "-m", "responder", "--config", str(config), "run"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ), cwd=tmp_path,
    )
    try:
        assert on_postgres() or _wait_for(lambda: (tmp_path / "responder.db").exists(), 20)
        time.sleep(1)  # let it reach IDLE
        imap_account.append(BATCH["academic_password_quoted"][0])
        assert _wait_for(lambda: len(smtp_server.messages) == 1, 20), "no reply while running"
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "claire.martin@ac-grenoble.fr | reply academic forgotten_password" in log
    assert "SIGTERM" in log
    assert imap_account.password not in log


def test_wrong_imap_password_is_one_clear_line_and_exit_code_2(
    imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config_file(tmp_path, imap_account, smtp_server)
    monkeypatch.setenv(imap_account.password_env, "not-the-password")
    result = subprocess.run(
        [sys.executable, "-m", "responder", "--config", str(config), "run", "--once"],
        capture_output=True, text=True, env=dict(os.environ), cwd=tmp_path, timeout=60,
    )
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("erreur : ") and f"127.0.0.1:{imap_account.port}" in last
    assert "Traceback" not in result.stderr and "not-the-password" not in result.stderr


def test_a_relay_that_refuses_every_reply_is_said_at_the_end_of_the_run(
    imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    imap_account.append(BATCH["academic_password_quoted"][0])
    smtp_server.script(["550 5.7.1 relais mal configuré"], command="RCPT")
    config = _config_file(tmp_path, imap_account, smtp_server)
    result = subprocess.run(
        [sys.executable, "-m", "responder", "--config", str(config), "run", "--once"],
        capture_output=True, text=True, env=dict(os.environ), cwd=tmp_path, timeout=60,
    )
    assert result.returncode == 0, result.stderr  # the case went to a human: nothing is lost
    assert "1 refusé(s) par le serveur d'envoi" in result.stderr
    assert "attention : 1 réponse(s) refusée(s) par le serveur d'envoi (dernière raison : " in result.stderr
    assert "relais mal configuré" in result.stderr and "vérifiez le relais [smtp]" in result.stderr
    assert smtp_server.messages == []


def test_dry_run_records_the_decision_but_sends_and_flags_nothing(
    imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    imap_account.append(BATCH["academic_password_quoted"][0])
    config = _config_file(tmp_path, imap_account, smtp_server)
    result = subprocess.run(
        [sys.executable, "-m", "responder", "--config", str(config), "run", "--once", "--dry-run"],
        capture_output=True, text=True, env=dict(os.environ), cwd=tmp_path, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "essai à blanc : rien ne sera envoyé ni marqué, mais chaque message lu sera enregistré" in result.stderr
    assert smtp_server.messages == [] and smtp_server.connections == 0
    assert all("$Responder" not in f for f in imap_account.flags().values())
    connection = connect(tmp_path)
    assert connection.execute("select state from replies").fetchall() == [("dry_run",)]
    # A second trial on the same database reads the same message: not counted as answered again.
    again = subprocess.run(
        [sys.executable, "-m", "responder", "--config", str(config), "run", "--once", "--dry-run"],
        capture_output=True, text=True, env=dict(os.environ), cwd=tmp_path, timeout=60,
    )
    assert again.returncode == 0, again.stderr
    assert "fin (essai à blanc) : 0 message(s) = 0 à répondre automatiquement" in again.stderr
    if not on_postgres():  # there the first trial's claim still holds it: not even listed again
        assert "1 déjà traité(s) avant, laissé(s) tel(s) quel(s)" in again.stderr
