"""Who reaches the review page and how: the login, its limits and its cookie, accounts kept to the
admins, the CSRF token on every change, and hostile mail shown inert (Flask's test client over a
case log the real pipeline wrote)."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from responder.config import Config
from responder.web import create_app
from responder.web.users import check_password, hash_password
from tests.web.review_support import app, client, events, hostile_case, login, token  # noqa: F401  (fixtures)
from tests.web_support import ADMIN, MANAGER, PASSWORD


# --- access -----------------------------------------------------------------------------------

PAGES = ["/", "/cas/1", "/apercu", "/export/cas.csv", "/export/corpus.zip", "/comptes/"]
ACTIONS = ["prendre", "note", "resoudre", "rouvrir", "corriger", "apercu", "envoyer"]


@pytest.mark.parametrize("path", PAGES)
def test_anonymous_visitors_are_sent_to_the_login_page(app: Flask, path: str) -> None:
    response = app.test_client().get(path)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")


@pytest.mark.parametrize("action", ACTIONS)
def test_anonymous_posts_change_nothing_and_go_to_login(app: Flask, config: Config, action: str) -> None:
    response = app.test_client().post(f"/cas/1/{action}", data={"note": "x"})
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
    assert events(config, 1) == []


def test_the_login_page_and_the_stylesheet_are_public(app: Flask) -> None:
    anonymous = app.test_client()
    assert anonymous.get("/login").status_code == 200
    with anonymous.get("/static/style.css") as response:
        assert response.status_code == 200 and b"focus-visible" in response.data


@pytest.mark.parametrize("path", PAGES[:-1])
def test_a_manager_reaches_every_page_but_the_accounts(client: FlaskClient, path: str) -> None:
    assert client.get(path).status_code == 200


def test_a_manager_cannot_manage_accounts(client: FlaskClient, config: Config) -> None:
    assert client.get("/comptes/").status_code == 403
    tok = token(client, "/")
    response = client.post("/comptes/", data={"email": "x@ac-grenoble.fr", "password": "p" * 12, "csrf_token": tok})
    assert response.status_code == 403
    assert "x@ac-grenoble.fr" not in [a.email for a in create_app(config).extensions["responder"].accounts.all()]


def test_an_admin_creates_and_disables_an_account_which_then_cannot_log_in(app: Flask) -> None:
    admin = app.test_client()
    login(admin, ADMIN)
    page = admin.get("/comptes/")
    assert page.status_code == 200 and MANAGER in page.get_data(as_text=True)
    tok = token(admin, "/comptes/")
    admin.post("/comptes/", data={"email": "nouveau@ac-grenoble.fr", "password": "assez-long-42", "role": "manager",
                                  "csrf_token": tok})
    newcomer = app.test_client()
    login(newcomer, "nouveau@ac-grenoble.fr", "assez-long-42")
    assert newcomer.get("/").status_code == 200
    admin.post("/comptes/etat", data={"email": "nouveau@ac-grenoble.fr", "active": "0", "csrf_token": tok})
    # The open session stops working at once, and a new login is refused.
    assert newcomer.get("/").status_code == 302
    again = app.test_client()
    response = again.post("/login", data={"email": "nouveau@ac-grenoble.fr", "password": "assez-long-42",
                                          "csrf_token": token(again)})
    assert response.status_code == 401


def test_a_wrong_password_is_refused_logged_without_the_password_and_slowed(
    app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    visitor = app.test_client()
    for _ in range(3):
        response = visitor.post("/login", data={"email": MANAGER, "password": "mauvais-secret-xyz",
                                                "csrf_token": token(visitor)})
        assert response.status_code == 401
        assert "incorrect" in response.get_data(as_text=True)
    assert visitor.get("/").status_code == 302
    assert MANAGER in caplog.text and "mauvais-secret-xyz" not in caplog.text
    pauses = app.extensions["pauses"]
    assert pauses[0] == 0 and pauses[1] < pauses[2] <= 2.0


@pytest.mark.parametrize(
    "target", ["//evil.example.org/", "/\t/evil.example.org", "/\n/evil.example.org", "https://evil.example.org/"]
)
def test_login_never_redirects_to_another_site(app: Flask, target: str) -> None:
    visitor = app.test_client()
    response = visitor.post("/login", data={"email": MANAGER, "password": PASSWORD, "next": target,
                                            "csrf_token": token(visitor)})
    assert response.status_code == 302 and response.headers["Location"] == "/"


def test_the_session_cookie_is_httponly_and_samesite(app: Flask) -> None:
    visitor = app.test_client()
    response = visitor.post("/login", data={"email": MANAGER, "password": PASSWORD, "csrf_token": token(visitor)})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_logout_ends_the_session(client: FlaskClient) -> None:
    client.post("/logout", data={"csrf_token": token(client, "/")})
    assert client.get("/").status_code == 302


def test_passwords_are_stored_as_salted_scrypt() -> None:
    first, second = hash_password("un secret"), hash_password("un secret")
    assert first.startswith("scrypt$16384$8$1$") and first != second
    assert check_password("un secret", first) and not check_password("un autre", first)
    assert not check_password("un secret", "n'importe quoi")


# --- CSRF ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sent", [None, "faux-jeton"])
@pytest.mark.parametrize("action", ["prendre", "note", "resoudre", "corriger"])
def test_a_post_without_the_right_csrf_token_is_refused_and_changes_nothing(
    client: FlaskClient, config: Config, action: str, sent: str | None
) -> None:
    data = {"note": "n", "profile": "other", "action": "reply", "topics": "login"}
    if sent:
        data["csrf_token"] = sent
    assert client.post(f"/cas/1/{action}", data=data).status_code == 400
    assert events(config, 1) == []


def test_a_login_without_csrf_token_is_refused(app: Flask) -> None:
    visitor = app.test_client()
    visitor.get("/login")
    assert visitor.post("/login", data={"email": MANAGER, "password": PASSWORD}).status_code == 400


# --- XSS ----------------------------------------------------------------------------------------

def test_a_hostile_subject_body_and_name_are_shown_inert(client: FlaskClient, config: Config) -> None:
    case_id = hostile_case(config)
    for path in ("/", f"/cas/{case_id}", "/?q=pirate", "/apercu"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>alert" not in page and "<img src=x" not in page, path
    detail = client.get(f"/cas/{case_id}").get_data(as_text=True)
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in detail
    assert "pirate@example.org" in detail


def test_pages_forbid_scripts_by_content_security_policy(client: FlaskClient) -> None:
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy


def test_a_head_request_to_the_login_page_is_not_a_failed_login(app: Flask, caplog: pytest.LogCaptureFixture) -> None:
    assert app.test_client().head("/login").status_code == 200
    assert "connexion refusée" not in caplog.text and app.extensions["pauses"] == []
