"""Sessions, passwords and login limits of the review page (issue 9): what a copied cookie, a
forgotten password, a guessing attacker or an odd URL can and cannot do. Flask's test client over
a case log the real pipeline wrote; the CLI through main(); Ctrl-D through a real terminal (pty).
"""

from __future__ import annotations

import dataclasses
import html
import io
import os
import pty
import re
import select
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from responder.cli import main
from responder.config import Config, load_config
from responder.web import create_app
from tests.web_support import ADMIN, MANAGER, PASSWORD, build_case_log, write_config

ROOT = Path(__file__).resolve().parents[1]
NEW_PASSWORD = "un-tout-nouveau-secret-7"
COOKIE = "responder_session"


class Clock:
    """The app's clock, moved by hand: sessions and login limits expire without waiting."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(scope="module")
def template_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("caselog")
    build_case_log(folder)
    return folder


@pytest.fixture
def config(template_log: Path, tmp_path: Path) -> Config:
    folder = tmp_path / "log"
    shutil.copytree(template_log, folder)
    write_config(folder, 2525)
    return load_config(folder / "config.toml")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_app(config: Config, clock: Clock) -> Callable[..., Flask]:
    def make(trusted_proxies: int = 0) -> Flask:
        web = dataclasses.replace(config.web, trusted_proxies=trusted_proxies)
        pauses: list[float] = []
        app = create_app(dataclasses.replace(config, web=web), clock=clock, sleep=pauses.append)
        app.config["TESTING"] = True
        app.extensions["pauses"] = pauses
        return app

    return make


@pytest.fixture
def app(make_app: Callable[..., Flask]) -> Flask:
    return make_app()


def browser(app: Flask, address: str = "192.0.2.10", forwarded: str | None = None) -> FlaskClient:
    """A client seen from `address` (the connection), optionally sending X-Forwarded-For."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    if forwarded is not None:
        client.environ_base["HTTP_X_FORWARDED_FOR"] = forwarded
    return client


def token(client: FlaskClient, path: str = "/login") -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).get_data(as_text=True))
    assert found, f"no CSRF field on {path}"
    return found.group(1)


def try_login(client: FlaskClient, email: str = MANAGER, password: str = PASSWORD) -> int:
    response = client.post("/login", data={"email": email, "password": password, "csrf_token": token(client)})
    return response.status_code


def logged_in(client: FlaskClient) -> bool:
    response = client.get("/")
    assert response.status_code in (200, 302)
    return response.status_code == 200


def copy_of(client: FlaskClient, app: Flask) -> FlaskClient:
    """Another browser holding a copy of this one's cookie (stolen, or a shared computer's)."""
    cookie = client.get_cookie(COOKIE)
    assert cookie is not None
    other = app.test_client()
    other.set_cookie(COOKIE, cookie.value)
    return other


def change_password(client: FlaskClient, current: str, new: str, again: str | None = None) -> tuple[int, str]:
    response = client.post("/mot-de-passe", data={
        "current": current, "new": new, "again": new if again is None else again,
        "csrf_token": token(client, "/mot-de-passe"),
    }, follow_redirects=True)
    return response.status_code, html.unescape(response.get_data(as_text=True))


def db(config: Config) -> sqlite3.Connection:
    return sqlite3.connect(config.database.url.removeprefix("sqlite:///"))


# --- server-side sessions -----------------------------------------------------------------------

def test_a_cookie_copied_before_logout_is_refused_after_it(app: Flask) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    thief = copy_of(manager, app)
    assert logged_in(thief)  # the copy works while the session lives...
    manager.post("/logout", data={"csrf_token": token(manager, "/")})
    assert not logged_in(thief)  # ...and not a second after logging out
    assert not logged_in(manager)


def test_a_copy_of_the_database_opens_no_session(app: Flask, config: Config) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    with db(config) as connection:
        [(stored,)] = connection.execute("select token_hash from web_sessions").fetchall()
    assert len(stored) == 64  # a sha256, not the token
    intruder = app.test_client()
    with intruder.session_transaction() as cookie:  # a cookie signed with the right key, even
        cookie["sid"] = stored
    assert not logged_in(intruder)


def test_a_cookie_planted_before_login_is_not_logged_in_by_the_victim(app: Flask) -> None:
    victim = browser(app)
    victim.get("/login")
    planted = copy_of(victim, app)  # the attacker kept the cookie it handed the victim
    assert try_login(victim) == 302 and logged_in(victim)
    assert not logged_in(planted)


def test_logging_in_again_in_the_same_browser_ends_its_previous_session(app: Flask) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    before = copy_of(manager, app)
    assert try_login(manager, ADMIN) == 302
    assert not logged_in(before) and logged_in(manager)


def test_a_session_ends_after_two_idle_hours(app: Flask, clock: Clock) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    clock.advance(hours=1, minutes=55)
    assert logged_in(manager)
    clock.advance(hours=2, minutes=1)
    assert not logged_in(manager)


def test_a_session_ends_twelve_hours_after_login_even_when_used(app: Flask, clock: Clock) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    for _ in range(6):
        clock.advance(hours=1, minutes=55)
        assert logged_in(manager)
    clock.advance(hours=1, minutes=0)
    assert not logged_in(manager)


def test_the_accounts_page_counts_open_sessions(app: Flask) -> None:
    admin, first, second = browser(app), browser(app), browser(app, "192.0.2.11")
    assert try_login(admin, ADMIN) == 302 and try_login(first) == 302 and try_login(second) == 302
    page = admin.get("/comptes/").get_data(as_text=True)
    row = re.search(rf"<td>{re.escape(MANAGER)}</td>.*?</tr>", page, re.S)
    assert row and "<td>2</td>" in row.group(0)


# --- changing and resetting passwords -----------------------------------------------------------

def test_the_header_links_to_the_password_page(app: Flask) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    page = manager.get("/").get_data(as_text=True)
    assert '<a href="/mot-de-passe">Mon mot de passe</a>' in page
    assert "Changer mon mot de passe" in manager.get("/mot-de-passe").get_data(as_text=True)


def test_changing_ones_password_ends_every_other_session_and_keeps_this_browser(app: Flask) -> None:
    here, laptop = browser(app), browser(app, "192.0.2.20")
    assert try_login(here) == 302 and try_login(laptop) == 302
    copied = copy_of(here, app)
    status, page = change_password(here, PASSWORD, NEW_PASSWORD)
    assert status == 200 and "Mot de passe changé" in page and "sont fermées" in page
    assert logged_in(here)
    assert not logged_in(laptop) and not logged_in(copied)  # even this browser's old cookie
    assert try_login(browser(app, "192.0.2.30"), MANAGER, PASSWORD) == 401
    assert try_login(browser(app, "192.0.2.31"), MANAGER, NEW_PASSWORD) == 302


@pytest.mark.parametrize(("current", "new", "again", "message"), [
    ("pas-le-bon-mot-de-passe", NEW_PASSWORD, NEW_PASSWORD, "Mot de passe actuel incorrect."),
    (PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x", "Les deux saisies du nouveau mot de passe diffèrent."),
    (PASSWORD, "court", "court", "trop court (au moins 10 caractères)"),
    (PASSWORD, PASSWORD, PASSWORD, "identique à l'actuel"),
])
def test_a_refused_password_change_says_why_and_changes_nothing(
    app: Flask, current: str, new: str, again: str, message: str
) -> None:
    manager, laptop = browser(app), browser(app, "192.0.2.20")
    assert try_login(manager) == 302 and try_login(laptop) == 302
    status, page = change_password(manager, current, new, again)
    assert status in (400, 401) and message in page
    assert logged_in(manager) and logged_in(laptop)
    assert try_login(browser(app, "192.0.2.30"), MANAGER, PASSWORD) == 302


def test_a_password_change_without_the_csrf_token_is_refused(app: Flask) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    response = manager.post("/mot-de-passe", data={"current": PASSWORD, "new": NEW_PASSWORD, "again": NEW_PASSWORD})
    assert response.status_code == 400
    assert try_login(browser(app, "192.0.2.30"), MANAGER, PASSWORD) == 302


def test_guessing_the_current_password_from_a_borrowed_session_is_stopped(app: Flask) -> None:
    borrowed = browser(app)
    assert try_login(borrowed) == 302
    for _ in range(5):
        assert change_password(borrowed, "devine-encore-123", NEW_PASSWORD)[0] == 401
    status, page = change_password(borrowed, PASSWORD, NEW_PASSWORD)  # right, but too late
    assert status == 429 and "Trop d'essais" in page
    assert try_login(browser(app, "192.0.2.30"), MANAGER, PASSWORD) == 302


def test_an_admin_resets_a_forgotten_password_and_the_sessions_end(app: Flask) -> None:
    admin, manager = browser(app), browser(app, "192.0.2.20")
    assert try_login(admin, ADMIN) == 302 and try_login(manager) == 302
    page = admin.post("/comptes/mot-de-passe", data={"email": MANAGER, "password": NEW_PASSWORD,
                                                    "csrf_token": token(admin, "/comptes/")},
                      follow_redirects=True).get_data(as_text=True)
    assert f"Nouveau mot de passe enregistré pour {MANAGER}" in page
    assert not logged_in(manager)
    assert try_login(browser(app, "192.0.2.30"), MANAGER, PASSWORD) == 401
    assert try_login(browser(app, "192.0.2.31"), MANAGER, NEW_PASSWORD) == 302


def test_an_admin_cannot_reset_their_own_password_without_the_current_one(app: Flask) -> None:
    admin = browser(app)
    assert try_login(admin, ADMIN) == 302
    page = admin.post("/comptes/mot-de-passe", data={"email": ADMIN, "password": NEW_PASSWORD,
                                                    "csrf_token": token(admin, "/comptes/")},
                      follow_redirects=True).get_data(as_text=True)
    assert "Mon mot de passe" in page and logged_in(admin)
    assert try_login(browser(app, "192.0.2.30"), ADMIN, PASSWORD) == 302


def test_disabling_an_account_ends_its_sessions_for_good(app: Flask) -> None:
    admin, manager = browser(app), browser(app, "192.0.2.20")
    assert try_login(admin, ADMIN) == 302 and try_login(manager) == 302
    kept = copy_of(manager, app)
    tok = token(admin, "/comptes/")
    admin.post("/comptes/etat", data={"email": MANAGER, "active": "0", "csrf_token": tok})
    admin.post("/comptes/etat", data={"email": MANAGER, "active": "1", "csrf_token": tok})
    # Enabled again: the account logs in anew, but no session from before comes back to life.
    assert not logged_in(manager) and not logged_in(kept)
    assert try_login(manager) == 302 and logged_in(manager)


# --- the users commands -------------------------------------------------------------------------

def run_cli(config: Config, monkeypatch: pytest.MonkeyPatch, stdin: str, *args: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--config", str(config.path), "users", *args])


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


# --- login limits -------------------------------------------------------------------------------

def fail(client: FlaskClient, email: str = MANAGER, times: int = 1) -> None:
    for _ in range(times):
        assert try_login(client, email, "mauvais-secret-xyz") == 401


def test_failures_on_one_account_from_one_address_do_not_slow_another_account_elsewhere(app: Flask) -> None:
    fail(browser(app, "192.0.2.66"), MANAGER, times=4)
    pauses = app.extensions["pauses"]
    assert pauses[-1] > 0
    del pauses[:]
    assert try_login(browser(app, "198.51.100.7"), ADMIN) == 302
    assert pauses == [0]


def test_five_failures_stop_that_address_for_that_account_but_never_its_owner_elsewhere(
    app: Flask, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    attacker = browser(app, "192.0.2.66")
    fail(attacker, times=5)
    response = attacker.post("/login", data={"email": MANAGER, "password": PASSWORD, "csrf_token": token(attacker)})
    assert response.status_code == 429  # even the right password: the answer tells nothing
    assert "Trop d'essais infructueux" in html.unescape(response.get_data(as_text=True))
    assert not logged_in(attacker)
    assert "connexion bloquée" in caplog.text and "192.0.2.66" in caplog.text
    assert try_login(attacker, ADMIN) == 302  # that address may still log in to another account
    owner = browser(app, "198.51.100.7")
    assert try_login(owner) == 302  # the owner, from their own computer, is at most slowed
    assert app.extensions["pauses"][-1] <= 2.0
    clock.advance(minutes=16)
    assert try_login(attacker) == 302  # and the address is free again after a quarter of an hour


def test_an_address_trying_many_accounts_is_stopped(app: Flask) -> None:
    scanner = browser(app, "192.0.2.66")
    for index in range(30):
        fail(scanner, f"essai{index // 4}@ac-grenoble.fr")
    assert try_login(scanner, ADMIN) == 429
    assert try_login(browser(app, "198.51.100.7"), ADMIN) == 302


def test_failed_logins_are_remembered_across_a_restart(make_app: Callable[..., Flask]) -> None:
    fail(browser(make_app(), "192.0.2.66"), times=5)
    restarted = make_app()
    assert try_login(browser(restarted, "192.0.2.66")) == 429


def test_x_forwarded_for_is_ignored_without_trusted_proxies(make_app: Callable[..., Flask]) -> None:
    """Anyone can send the header: trusting it would let an attacker pick a new address per try."""
    app = make_app(trusted_proxies=0)
    fail(browser(app, "10.0.0.1", forwarded="203.0.113.5"), times=5)
    assert try_login(browser(app, "10.0.0.1", forwarded="203.0.113.99")) == 429


def test_x_forwarded_for_names_the_client_behind_one_trusted_proxy(
    make_app: Callable[..., Flask], caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(trusted_proxies=1)
    fail(browser(app, "10.0.0.1", forwarded="203.0.113.5"), times=5)
    assert "203.0.113.5" in caplog.text
    assert try_login(browser(app, "10.0.0.1", forwarded="203.0.113.5")) == 429
    # A colleague behind the same proxy is another client.
    assert try_login(browser(app, "10.0.0.1", forwarded="198.51.100.7")) == 302


def test_trusted_proxies_cannot_be_negative(config: Config, tmp_path: Path) -> None:
    path = Path(config.path)
    path.write_text(path.read_text(encoding="utf-8") + "trusted_proxies = -1\n", encoding="utf-8")
    assert main(["--config", str(path), "users", "list"]) == 2


# --- nothing cached, nothing failing ------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/cas/1", "/apercu", "/export/cas.csv", "/export/corpus.zip", "/comptes/",
                                  "/mot-de-passe"])
def test_no_page_or_export_behind_the_login_may_be_cached(app: Flask, path: str) -> None:
    admin = browser(app)
    assert try_login(admin, ADMIN) == 302
    response = admin.get(path)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store" and response.headers["Pragma"] == "no-cache"


@pytest.mark.parametrize(("path", "status"), [
    ("/?_method=POST", 200),
    ("/?_external=1&_anchor=x&_scheme=javascript", 200),
    ("/cas/99999999999999999999", 404),
    ("/cas/9223372036854775808", 404),
    ("/cas/9223372036854775807", 404),
    ("/cas/0", 404),
    ("/cas/-1", 404),
    ("/?page=-5", 200),
    ("/?page=99999999999999999999999", 200),
    ("/?page=" + "9" * 5000, 200),
])
def test_odd_urls_answer_a_page_or_404_never_an_error(app: Flask, path: str, status: int) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    response = manager.get(path)
    assert response.status_code == status
    if status == 200:
        assert "Demandes des stagiaires" in response.get_data(as_text=True)


ODD_IDS = ["0", "1", "99999999999999999999", "9223372036854775808", "-1", "1.5", "%00", "abc"]
ODD_QUERIES = [
    "", "_method=POST", "_method=DELETE&_external=1", "_anchor=x&_scheme=javascript&_external=1",
    "page=-1", "page=1e9", "page=99999999999999999999999", "page=" + "9" * 5000, "status=%00&action=%FF",
    "since=0000-00-00&until=9999-99-99", "since=99999-01-01&until=0001-01-01", "q=%FF%FE%00" + "x" * 3000,
    "profile=../../etc&topic=x&topic=y", "status=new&status=resolved", "next=//evil.example.org",
]
ODD_FORM = {"email": "\x00", "password": "", "current": "", "new": "x", "again": "y", "note": "\x00" * 3,
            "profile": "x", "topics": "x", "action": "x", "active": "2", "comment": "é" * 3000, "role": "root"}


def test_no_route_answers_500_to_odd_ids_query_strings_or_forms(app: Flask) -> None:
    admin = browser(app)
    assert try_login(admin, ADMIN) == 302
    tok = token(admin, "/")
    failures = []
    rules = [r for r in app.url_map.iter_rules() if r.endpoint not in ("static", "auth.logout")]
    assert len(rules) >= 15
    for rule in rules:
        ids = ODD_IDS if rule.arguments else [""]
        for odd in ids:
            path = re.sub(r"<[^>]+>", odd, rule.rule)
            if "GET" in (rule.methods or ()):
                for query in ODD_QUERIES:
                    response = admin.get(f"{path}?{query}")
                    if response.status_code >= 500:
                        failures.append(f"GET {path}?{query[:40]} -> {response.status_code}")
            if "POST" in (rule.methods or ()):
                response = admin.post(path, data={**ODD_FORM, "csrf_token": tok})
                if response.status_code >= 500:
                    failures.append(f"POST {path} -> {response.status_code}")
    assert failures == []
    assert logged_in(admin)  # and nothing odd logged the admin out or broke the session
