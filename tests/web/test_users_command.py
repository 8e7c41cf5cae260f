"""`responder users` beside the review page: accounts added, listed, disabled and enabled,
passwords reset from the command line (the sessions end), refusals in one French line, and
Ctrl-D at the password prompt through a real terminal (pty).
"""

from __future__ import annotations

import io
import os
import pty
import select
import sys
import time
from pathlib import Path

import pytest
from flask import Flask

from responder.cli import main
from responder.config import Config
from responder.web import create_app
from tests.paths import ROOT
from tests.web.review_support import login
from tests.web.accounts_support import (  # noqa: F401  (app, clock, make_app: fixtures)
    NEW_PASSWORD,
    app,
    browser,
    clock,
    logged_in,
    make_app,
    run_cli,
    try_login,
)
from tests.web_support import MANAGER, PASSWORD


# --- the users commands -------------------------------------------------------------------------

def test_users_password_resets_from_the_cli_and_ends_the_sessions(
    app: Flask, config: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    assert run_cli(config, monkeypatch, NEW_PASSWORD + "\n", "password", MANAGER, "--password-stdin") == 0
    assert f"mot de passe changé : {MANAGER}" in capsys.readouterr().out
    assert not logged_in(manager)
    assert try_login(browser(app, "192.0.2.30"), MANAGER, PASSWORD) == 401
    assert try_login(browser(app, "192.0.2.31"), MANAGER, NEW_PASSWORD) == 302


def test_users_disable_then_enable_from_the_cli(
    app: Flask, config: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    assert run_cli(config, monkeypatch, "", "disable", MANAGER) == 0
    assert not logged_in(manager)
    assert try_login(manager) == 401
    assert run_cli(config, monkeypatch, "", "enable", MANAGER) == 0
    assert f"compte réactivé : {MANAGER}" in capsys.readouterr().out
    assert try_login(browser(app, "192.0.2.30")) == 302


@pytest.mark.parametrize(("stdin", "args", "message"), [
    ("", ("password", MANAGER, "--password-stdin"), "aucun mot de passe sur l'entrée standard"),
    ("\n", ("password", MANAGER, "--password-stdin"), "mot de passe vide"),
    ("court\n", ("password", MANAGER, "--password-stdin"), "mot de passe trop court"),
    ("", ("add", "nouveau@ac-grenoble.fr", "--password-stdin"), "aucun mot de passe sur l'entrée standard"),
    (NEW_PASSWORD + "\n", ("password", "personne@ac-grenoble.fr", "--password-stdin"), "aucun compte"),
    ("", ("enable", "personne@ac-grenoble.fr"), "aucun compte"),
])
def test_users_commands_refuse_in_one_french_line_and_change_nothing(
    app: Flask, config: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    stdin: str, args: tuple[str, ...], message: str,
) -> None:
    assert run_cli(config, monkeypatch, stdin, *args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("erreur : ") and message in err[0]
    assert try_login(browser(app)) == 302
    assert "nouveau@ac-grenoble.fr" not in [a.email for a in app.extensions["responder"].accounts.all()]


def test_ctrl_d_at_the_password_prompt_is_one_french_line_and_exit_2(app: Flask, config: Config) -> None:
    """A real terminal: getpass reads /dev/tty, and Ctrl-D there used to end in a traceback."""
    pid, terminal = pty.fork()
    if pid == 0:  # the child: `responder users password` at a terminal
        try:
            os.chdir(ROOT)
            os.execv(sys.executable, [sys.executable, "-m", "responder", "--config", str(config.path),
                                      "users", "password", MANAGER])
        finally:
            os._exit(127)  # never go on running the tests in the child
    output, deadline, sent = b"", time.monotonic() + 60, False
    while time.monotonic() < deadline:
        ready, _, _ = select.select([terminal], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
        if not sent and b"Nouveau mot de passe : " in output:
            os.write(terminal, b"\x04")  # Ctrl-D
            sent = True
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    text = output.decode("utf-8", "replace")
    assert sent, text
    assert os.waitstatus_to_exitcode(status) == 2, text
    assert "erreur : saisie du mot de passe interrompue : rien n'a changé" in text
    assert "Traceback" not in text and "EOFError" not in text
    assert try_login(browser(app)) == 302



def test_users_cli_adds_lists_and_disables(config: Config, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(config.path)
    monkeypatch.setattr("sys.stdin", io.StringIO("un-secret-assez-long\n"))
    assert main(["--config", str(path), "users", "add", "Chef@AC-Grenoble.fr", "--admin", "--password-stdin"]) == 0
    assert main(["--config", str(path), "users", "list"]) == 0
    listing = capsys.readouterr().out
    assert "compte créé : chef@ac-grenoble.fr (administrateur)" in listing
    assert "gestionnaire" in listing and "manager" not in listing  # the roles in French
    app = create_app(config, sleep=lambda _: None)
    chef = app.test_client()
    login(chef, "chef@ac-grenoble.fr", "un-secret-assez-long")
    assert chef.get("/comptes/").status_code == 200
    assert main(["--config", str(path), "users", "disable", "chef@ac-grenoble.fr"]) == 0
    assert chef.get("/").status_code == 302
    monkeypatch.setattr("sys.stdin", io.StringIO("court\n"))
    assert main(["--config", str(path), "users", "add", "x@ac-grenoble.fr", "--password-stdin"]) == 2
