"""Login limits of the review page (issue 9): what a guessing attacker can and cannot do, from
one address or many, behind a proxy or not; and failures remembered across a restart.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from flask import Flask
import pytest

from responder.cli import main
from responder.config import Config
from tests.config_factory import write_config
from tests.web.accounts_support import (  # noqa: F401  (app, clock, make_app: fixtures)
    Clock,
    app,
    browser,
    clock,
    fail,
    logged_in,
    make_app,
    try_login,
)
from tests.web.review_support import token
from tests.web_support import ADMIN, MANAGER, PASSWORD


# --- login limits -------------------------------------------------------------------------------

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


def test_trusted_proxies_cannot_be_negative(config: Config) -> None:
    path = write_config(Path(config.path).parent, web={"trusted_proxies": -1})
    assert main(["--config", str(path), "users", "list"]) == 2
