"""Sessions and passwords of the review page (issue 9): what a copied cookie, a forgotten password
or an odd URL can and cannot do. Flask's test client over a case log the real pipeline wrote
(the users commands: test_users_command.py; the login limits: test_login_limits.py).
"""

from __future__ import annotations

import re

import pytest
from flask import Flask

from responder.config import Config
from tests.web.accounts_support import (  # noqa: F401  (app, clock, make_app: fixtures)
    NEW_PASSWORD,
    Clock,
    app,
    browser,
    change_password,
    clock,
    copy_of,
    db,
    logged_in,
    make_app,
    try_login,
)
from tests.web.review_support import token
from tests.web_support import ADMIN, MANAGER, PASSWORD


# --- server-side sessions -----------------------------------------------------------------------

def test_a_cookie_copied_before_logout_is_refused_after_it(app: Flask) -> None:
    manager = browser(app)
    assert try_login(manager) == 302
    thief = copy_of(manager, app)
    assert logged_in(thief)  # the copy works while the session lives...
    manager.post("/logout", data={"csrf_token": token(manager, "/")})
    assert not logged_in(thief)  # ...and not a second after logging out
    assert not logged_in(manager)


@pytest.mark.sqlite_only
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
