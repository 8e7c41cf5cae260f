"""The review page as its tests drive it: the app over the test's case log (`app`, and `client`
logged in as a manager: import both fixtures by name), the login with its CSRF token, and the case
log read back through the store."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from responder.config import Config
from responder.store.database import open_database
from responder.store.review import ReviewStore
from responder.store.schema import Case, CaseEvent
from responder.web import create_app
from tests.web_support import MANAGER, PASSWORD


@pytest.fixture
def app(config: Config) -> Flask:
    pauses: list[float] = []
    app = create_app(config, sleep=pauses.append)
    app.config["TESTING"] = True
    app.extensions["pauses"] = pauses
    return app


def token(client: FlaskClient, path: str = "/login") -> str:
    page = client.get(path).get_data(as_text=True)
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, f"no CSRF field on {path}"
    return found.group(1)


def login(client: FlaskClient, email: str = MANAGER, password: str = PASSWORD) -> None:
    response = client.post("/login", data={"email": email, "password": password, "csrf_token": token(client)})
    assert response.status_code == 302, response.get_data(as_text=True)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    client = app.test_client()
    login(client)
    return client


def store(config: Config) -> ReviewStore:
    return ReviewStore(open_database(config.database.url, migrate=False))


def case_ids(config: Config, **where: str) -> list[int]:
    with open_database(config.database.url, migrate=False)() as session:
        query = session.query(Case)
        for name, value in where.items():
            query = query.filter(getattr(Case, name) == value)
        return [case.id for case in query.order_by(Case.id)]


def events(config: Config, case_id: int) -> list[CaseEvent]:
    with open_database(config.database.url, migrate=False)() as session:
        return list(session.query(CaseEvent).filter(CaseEvent.case_id == case_id).order_by(CaseEvent.id))


def hostile_case(config: Config) -> int:
    with open_database(config.database.url, migrate=False)() as session:
        return session.query(Case).filter(Case.sender_address == "pirate@example.org").one().id


def store_accounts(config: Config) -> list:  # type: ignore[type-arg]
    from responder.web.users import Accounts

    return Accounts(open_database(config.database.url, migrate=False)).all()
