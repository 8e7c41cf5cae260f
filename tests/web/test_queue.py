"""The morning's queue (issue 12): what waits for a person stands out, with its age, in saved
views; automatically answered cases are closed; `cases --queue --json` for outside tools; times
in [web] timezone. Flask's test client over a case log the real pipeline wrote."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from responder.cli import main
from responder.config import Config
from tests.config_factory import write_config
from tests.web.review_support import app, case_ids, client, store, token  # noqa: F401  (fixtures)
from tests.web_support import MANAGER


def listed(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'href="/cas/(\d+)"', page)]


def waiting(config: Config) -> list[int]:
    """The escalated cases nobody closed, by the database's own account."""
    return sorted(set(case_ids(config, action="escalate", status="new"))
                  | set(case_ids(config, action="escalate", status="in_progress")))


def test_the_page_says_how_many_wait_how_many_nobody_took_and_since_when(
    client: FlaskClient, config: Config
) -> None:
    page = client.get("/").get_data(as_text=True)
    count = len(waiting(config))
    assert count > 0
    summary = re.search(r'<p class="queue-summary"[^>]*>(.*?)</p>', page, re.S)
    assert summary
    text = re.sub(r"<[^>]+>", "", summary.group(1))
    assert f"{count} à traiter, dont {count} non attribuée" in text
    assert re.search(r"la plus ancienne depuis (\d+ jours?|moins d(&#39;|')un jour)", text)


def test_the_queue_view_lists_only_what_waits_oldest_first(client: FlaskClient, config: Config) -> None:
    page = client.get("/?view=queue").get_data(as_text=True)
    shown = listed(page)
    assert sorted(shown) == waiting(config)
    assert shown == sorted(shown)  # the demo mails were received oldest first: ids grow with age
    assert 'aria-current="page">À traiter' in page
    ages = [html.unescape(a) for a in re.findall(r'<td [^>]*class="age"[^>]*>([^<]*)</td>', page)]
    assert len(ages) == len(shown)
    assert all(re.fullmatch(r"(\d+|moins d'un) jours?", age) for age in ages)  # how long each has waited


def test_taking_a_case_moves_it_from_unassigned_to_mine(client: FlaskClient, config: Config) -> None:
    first = waiting(config)[0]
    tok = token(client, f"/cas/{first}")
    assert client.post(f"/cas/{first}/prendre", data={"csrf_token": tok}).status_code == 302
    unassigned = listed(client.get("/?view=unassigned").get_data(as_text=True))
    mine = client.get("/?view=mine").get_data(as_text=True)
    assert first not in unassigned and sorted(unassigned) == [c for c in waiting(config) if c != first]
    assert listed(mine) == [first] and MANAGER in mine


def test_cases_queue_json_is_the_contract_for_outside_tools(config: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config.path), "cases", "--queue", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == waiting(config)
    keys = {"id", "thread", "received_at", "sender", "subject", "profile", "topics", "action", "status", "assignee",
            "mailbox"}  # the [[mailbox]] it arrived in ("" for [imap]), issue 13
    assert all(set(r) == keys for r in rows)
    moment = datetime.fromisoformat(rows[0]["received_at"])
    assert moment.utcoffset() is not None  # ISO 8601 with the offset of [web] timezone
    assert moment.utcoffset().total_seconds() in (3600, 7200)  # Europe/Paris, winter or summer
    assert all(r["action"] == "escalate" and r["status"] in ("new", "in_progress") for r in rows)


def test_times_follow_the_web_timezone_not_the_server(config: Config, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_config(Path(config.path).parent, web={"timezone": "America/New_York"})
    assert main(["--config", str(path), "cases", "--json"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    offset = datetime.fromisoformat(first["received_at"]).utcoffset()
    assert offset is not None and offset.total_seconds() in (-18000, -14400)


def test_an_unknown_timezone_names_the_key(config: Config, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_config(Path(config.path).parent, web={"timezone": "Europe/Grenoble"})
    assert main(["--config", str(path), "cases"]) == 2
    err = capsys.readouterr().err
    assert "timezone" in err and "Europe/Grenoble" in err and str(path) in err


def test_search_reads_the_trainees_words_not_the_quoted_invitation(client: FlaskClient, config: Config) -> None:
    # "Enseigner avec le numérique" is in the quoted invitation of a demo mail (and its subject
    # line): found by the subject, never by the quote alone; "rejoignez le parcours" is only quoted.
    assert listed(client.get("/?q=rejoignez+le+parcours").get_data(as_text=True)) == []
    assert listed(client.get("/?q=oubli%C3%A9+mon+mot+de+passe").get_data(as_text=True))


def test_percent_and_underscore_are_letters_in_a_search(client: FlaskClient) -> None:
    everything = listed(client.get("/").get_data(as_text=True))
    assert everything
    assert listed(client.get("/?q=%25").get_data(as_text=True)) == []  # no case holds a "%"
    assert listed(client.get("/?q=_").get_data(as_text=True)) == []


def test_the_message_as_received_downloads_as_eml(client: FlaskClient, config: Config) -> None:
    case_id = case_ids(config, action="reply")[0]
    response = client.get(f"/cas/{case_id}.eml")
    assert response.status_code == 200
    assert response.mimetype == "message/rfc822"
    assert response.headers["Content-Disposition"] == f'attachment; filename="demande-{case_id}.eml"'
    from responder.store.database import open_database
    from responder.store.review import ReviewStore

    detail = ReviewStore(open_database(config.database.url)).detail(case_id)
    assert detail is not None and response.data == detail.raw  # byte for byte
    assert f'href="/cas/{case_id}.eml"' in client.get(f"/cas/{case_id}").get_data(as_text=True)
    assert client.get("/cas/999999.eml").status_code == 404


def test_the_eml_download_needs_a_login(app: Flask, config: Config) -> None:
    case_id = case_ids(config, action="reply")[0]
    response = app.test_client().get(f"/cas/{case_id}.eml")
    assert response.status_code in (302, 401) and b"Return-Path" not in response.data


def test_the_guards_stops_read_in_french_on_the_case_page(client: FlaskClient, config: Config) -> None:
    ignored = case_ids(config, status="ignored")
    pages = [client.get(f"/cas/{case_id}").get_data(as_text=True) for case_id in ignored]
    stops = [p.split("Ce qui a arrêté une réponse (garde-fou, serveur d'envoi)</h3>")[1].split("</ul>")[0] for p in pages if "Ce qui a arrêté une réponse" in p]
    assert stops
    joined = " ".join(stops)
    assert "message automatique (Auto-Submitted)" in joined and "liste de diffusion" in joined
    assert not re.search(r"<li>[a-z]+_[a-z_]+ \(", joined)  # no stop shown by its code alone


def test_search_is_a_full_text_index_folding_accents_and_word_endings(client: FlaskClient, config: Config) -> None:
    accented = listed(client.get("/?q=oubli%C3%A9+mot+passe").get_data(as_text=True))
    assert accented
    # Without the accent, in capitals, a word cut short: the same cases.
    assert listed(client.get("/?q=OUBLIE+mot+pass").get_data(as_text=True)) == accented
    # By the sender's address, and words of FTS5's own syntax are only words.
    sender = store(config).detail(int(accented[0])).summary.sender_address  # type: ignore[union-attr]
    assert accented[0] in listed(client.get(f"/?q={sender}").get_data(as_text=True))
    assert client.get("/?q=mot+OR+NEAR+AND+%22").status_code == 200


def test_the_search_index_follows_the_cases(config: Config) -> None:
    from sqlalchemy import update

    from responder.store.database import open_database
    from responder.store.review_values import CaseFilter
    from responder.store.schema import Case

    sessions = open_database(config.database.url, migrate=False)
    review = store(config)
    first = case_ids(config)[0]
    with sessions.begin() as session:
        session.execute(update(Case).where(Case.id == first).values(new_text="Bonjour, ma clé USB est perdue"))
    assert [c.id for c in review.page(CaseFilter(text="cle usb")).rows] == [first]


def test_cases_pages_with_limit_and_offset(config: Config, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(config.path), "cases", "--json"]) == 0
    every = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert main(["--config", str(config.path), "cases", "--json", "--limit", "4", "--offset", "2"]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == every[2:6]
    assert main(["--config", str(config.path), "cases", "--csv", "--limit", "3"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 4  # the header and three cases
    with pytest.raises(SystemExit) as refused:
        main(["--config", str(config.path), "cases", "--limit", "0"])
    assert refused.value.code == 2 and "doit être positif" in capsys.readouterr().err


def test_an_empty_view_says_what_it_means_not_that_filters_matched_nothing(client: FlaskClient, config: Config) -> None:
    page = client.get("/?view=mine").get_data(as_text=True)  # nobody took anything yet
    assert "Aucune demande à traiter ne vous est attribuée." in page and "ces filtres" not in page
    for case_id in case_ids(config, status="new"):
        client.post(f"/cas/{case_id}/resoudre", data={"csrf_token": token(client, f"/cas/{case_id}")})
    queue = client.get("/?view=queue").get_data(as_text=True)
    assert "Rien à traiter : aucune demande n'attend une personne." in queue
    filtered = client.get("/?view=queue&profile=university").get_data(as_text=True)
    assert "Aucune demande ne correspond à ces filtres." in filtered


def test_a_preview_reloaded_goes_back_to_its_case_instead_of_an_error(client: FlaskClient, config: Config) -> None:
    case_id = case_ids(config, action="escalate")[0]
    response = client.get(f"/cas/{case_id}/apercu")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/cas/{case_id}")


def test_the_history_says_what_the_responder_finally_did(client: FlaskClient, config: Config) -> None:
    # The bounce: the classifier proposed a person, the guard set it aside: the history says "ignoré".
    for case_id in case_ids(config, status="ignored"):
        page = client.get(f"/cas/{case_id}").get_data(as_text=True)
        timeline = page.split('class="timeline">')[1].split("</ol>")[0]
        assert "traité par le répondeur : ignoré" in timeline, case_id


def test_a_robot_s_mail_offers_no_reply_form_but_a_trainee_s_does(client: FlaskClient, config: Config) -> None:
    bounce = [case_id for case_id in case_ids(config, status="ignored")
              if "Mail Delivery" in client.get(f"/cas/{case_id}").get_data(as_text=True)]
    assert bounce
    page = client.get(f"/cas/{bounce[0]}").get_data(as_text=True)
    assert "Pas de réponse possible : ce message vient d'un robot — le garde-fou a relevé : expéditeur vide" in page
    assert 'action="/cas/%d/repondre"' % bounce[0] not in page and "Ce que dit ce message de robot" in page
    trainee = case_ids(config, action="escalate")[0]
    assert 'action="/cas/%d/repondre"' % trainee in client.get(f"/cas/{trainee}").get_data(as_text=True)


def test_the_counters_agree_in_number_and_an_empty_new_counter_raises_no_alarm(client: FlaskClient, config: Config) -> None:
    page = client.get("/").get_data(as_text=True)
    ignored = len(case_ids(config, status="ignored"))
    assert ignored > 1 and f"<strong>{ignored}</strong> ignorées</a>" in page
    for case_id in case_ids(config, status="new"):
        client.post(f"/cas/{case_id}/resoudre", data={"csrf_token": token(client, f"/cas/{case_id}")})
    page = client.get("/").get_data(as_text=True)
    assert 'class="count count-new count-zero"' in page and "<strong>0</strong> nouvelle</a>" in page
