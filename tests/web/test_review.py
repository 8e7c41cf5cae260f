"""The EAFC review page through Flask's test client, over a case log the real pipeline wrote: the
list and its filters, a case and what a manager does with it, the exports, the overview and the
digest, and a database of an older schema upgraded in place."""

from __future__ import annotations

import csv
import io
import re
import shutil
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from responder.cli import main
from responder.config import Config, ProfilesConfig
from responder.judge.classify import load_rules
from responder.judge.evaluate import evaluate, load_labels
from responder.judge.guard import GuardSettings
from responder.store.database import open_database
from responder.store.review import ReviewStore
from responder.store.schema import Case
from responder.web import create_app
from responder.web.digest import compose_digest
from responder.web.overview import overview_numbers
from tests.config_factory import write_config
from tests.smtp import SmtpServer
from tests.web.review_support import (  # noqa: F401  (app, client: fixtures)
    app,
    case_ids,
    client,
    events,
    hostile_case,
    login,
    store,
    store_accounts,
    token,
)
from tests.web_support import MANAGER, with_smtp


# --- list ---------------------------------------------------------------------------------------

def rows(page: str) -> list[str]:
    return re.findall(r'href="/cas/(\d+)"', page)


def test_the_list_is_newest_first_with_counts_per_status(client: FlaskClient, config: Config) -> None:
    page = client.get("/").get_data(as_text=True)
    shown = [int(i) for i in rows(page)]
    assert shown == sorted(shown, reverse=True)  # the samples were received oldest first
    counts = store(config).counts()
    assert sum(counts.values()) == len(case_ids(config)) == 11
    for status, one, several in (("new", "nouvelle", "nouvelles"), ("ignored", "ignorée", "ignorées"),
                                 ("answered", "répondue automatiquement", "répondues automatiquement")):
        assert f"<strong>{counts[status]}</strong> {one if counts[status] < 2 else several}</a>" in page
    # Answered automatically is closed: what waits ("à traiter") is what a person must handle.
    assert set(case_ids(config, action="reply")) == set(case_ids(config, status="answered"))
    assert not set(case_ids(config, status="new")) & set(case_ids(config, action="reply"))


def test_escalated_cases_waiting_for_a_human_stand_out(client: FlaskClient, config: Config) -> None:
    page = client.get("/").get_data(as_text=True)
    waiting = case_ids(config, action="escalate", status="new")
    assert waiting
    assert page.count('<tr class="waiting">') == len(waiting)


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("status=ignored", {"status": "ignored"}),
        ("action=escalate", {"action": "escalate"}),
        ("action=reply", {"action": "reply"}),
        ("profile=university", {"profile": "university"}),
    ],
)
def test_filters_narrow_the_list(client: FlaskClient, config: Config, query: str, where: dict[str, str]) -> None:
    shown = sorted(int(i) for i in rows(client.get(f"/?{query}").get_data(as_text=True)))
    assert shown == case_ids(config, **where) and shown


def test_topic_text_and_date_filters(client: FlaskClient, config: Config) -> None:
    topic = [int(i) for i in rows(client.get("/?topic=forgotten_password").get_data(as_text=True))]
    with open_database(config.database.url, migrate=False)() as session:
        expected = [c.id for c in session.query(Case) if "forgotten_password" in c.topics.split()]
    assert sorted(topic) == sorted(expected) and topic
    assert rows(client.get("/?q=PIRATE").get_data(as_text=True)) == [str(hostile_case(config))]
    assert rows(client.get("/?q=oublié+mon+mot+de+passe").get_data(as_text=True))  # the text is searched too
    tomorrow = (datetime.now() + timedelta(days=2)).date().isoformat()
    assert rows(client.get(f"/?since={tomorrow}").get_data(as_text=True)) == []
    assert len(rows(client.get(f"/?until={tomorrow}").get_data(as_text=True))) == 11


def test_pagination(config: Config) -> None:
    review = store(config)
    from responder.store.review_values import CaseFilter

    first, last = review.page(CaseFilter(), 1, size=4), review.page(CaseFilter(), 3, size=4)
    assert (first.total, first.pages, len(first.rows), len(last.rows)) == (11, 3, 4, 3)
    assert {r.id for r in first.rows}.isdisjoint(r.id for r in last.rows)
    assert review.page(CaseFilter(), 99, size=4).page == 3


def test_the_pager_links_keep_the_filters(app: Flask, client: FlaskClient, config: Config) -> None:
    app.config["CASES_PER_PAGE"] = 2
    ignored = case_ids(config, status="ignored")
    assert len(ignored) > 2
    first = client.get("/?status=ignored").get_data(as_text=True)
    assert len(rows(first)) == 2 and "Page 1 / " in first
    link = re.search(r'href="(/\?[^"]*page=2[^"]*)" rel="next"', first)
    assert link and "status=ignored" in link.group(1)
    second = client.get(link.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert set(rows(second)).isdisjoint(rows(first)) and set(rows(second)) <= {str(i) for i in ignored}


# --- case page and actions --------------------------------------------------------------------

def test_the_case_page_shows_the_mail_the_classification_and_the_reply_as_sent(
    client: FlaskClient, config: Config
) -> None:
    replied = case_ids(config, action="reply")[0]
    page = client.get(f"/cas/{replied}").get_data(as_text=True)
    assert "Ce que le stagiaire a écrit" in page and "Pourquoi ce classement" in page
    assert "Objet</th><td>Re: " in page  # the reply's subject, parsed from its bytes
    assert "envoyée" in page  # its delivery state
    assert "reçu" in page and "traité par le répondeur" in page
    # The clauses as the model read them: each with its label in French and a confidence.
    table = page.split("Phrases lues une à une")[1].split("</table>")[0]
    assert re.search(r"<td>« [^<]+ »</td><td>(mot de passe oublié|identifiant oublié|connexion|"
                     r"trouver le parcours)</td><td>\d+ %</td>", table)


def test_take_note_resolve_reopen_each_write_an_event_with_user_and_time(
    client: FlaskClient, config: Config
) -> None:
    case_id = case_ids(config, action="escalate")[0]
    tok = token(client, f"/cas/{case_id}")
    before = datetime.now(UTC)
    for action, data in (("prendre", {}), ("note", {"note": "Appelée le stagiaire"}), ("resoudre", {}),
                         ("rouvrir", {})):
        response = client.post(f"/cas/{case_id}/{action}", data={"csrf_token": tok, **data})
        assert response.status_code == 302
    recorded = events(config, case_id)
    assert [e.kind for e in recorded] == ["taken", "note", "resolved", "reopened"]
    manager_id = next(a.id for a in store_accounts(config) if a.email == MANAGER)
    assert all(e.user_id == manager_id and e.created_at >= before - timedelta(seconds=1) for e in recorded)
    page = client.get(f"/cas/{case_id}").get_data(as_text=True)
    assert "Appelée le stagiaire" in page and f"pris en charge par {MANAGER}" in page
    assert store(config).detail(case_id).summary.status == "in_progress"  # type: ignore[union-attr]


def test_a_correction_is_kept_beside_the_automatic_classification(client: FlaskClient, config: Config) -> None:
    case_id = case_ids(config, action="escalate")[0]
    detail = store(config).detail(case_id)
    assert detail is not None
    automatic = (detail.summary.profile, detail.summary.topics, detail.summary.action)
    client.post(f"/cas/{case_id}/corriger", data={"csrf_token": token(client, "/"), "profile": "academic",
                                                 "topics": ["forgotten_password", "login"], "action": "reply"})
    after = store(config).detail(case_id)
    assert after is not None and after.correction is not None
    assert (after.summary.profile, after.summary.topics, after.summary.action) == automatic
    assert (after.correction["profile"], after.correction["topics"], after.correction["action"]) == (
        "academic", ("forgotten_password", "login"), "reply")
    assert after.correction["by"] == MANAGER
    assert [e.kind for e in events(config, case_id)] == ["corrected"]
    page = client.get(f"/cas/{case_id}").get_data(as_text=True)
    assert "Correction de l'EAFC" in page
    # The timeline names the correction in French, never in codes.
    timeline = page.split('class="event-detail">')[1].split("</span>")[0]
    assert timeline == ("profil : compte académique ; sujets : mot de passe oublié, connexion ; "
                        "action : réponse automatique")


def preview_reply(config: Config, smtp_server: SmtpServer, topic: str) -> tuple[Flask, FlaskClient, int, str, str]:
    """Log in, preview an academic reply on an escalated case; return app, client, case, token, page."""
    app = create_app(with_smtp(config, smtp_server.port), sleep=lambda _: None)
    client = app.test_client()
    login(client)
    case_id = case_ids(config, action="escalate")[0]
    tok = token(client, f"/cas/{case_id}")
    preview = client.post(f"/cas/{case_id}/apercu", data={"csrf_token": tok, "profile": "academic",
                                                          "topics": [topic], "action": "reply"})
    assert preview.status_code == 200
    return app, client, case_id, tok, preview.get_data(as_text=True)


def test_send_now_previews_then_sends_to_a_real_smtp_server(
    config: Config, smtp_server: SmtpServer
) -> None:
    _, client, case_id, tok, text = preview_reply(config, smtp_server, "forgotten_password")
    assert "Envoyer cette réponse maintenant" in text
    assert smtp_server.messages == []  # the preview sends nothing
    sent = client.post(f"/cas/{case_id}/envoyer", data={"csrf_token": tok})
    assert sent.status_code == 302
    assert len(smtp_server.messages) == 1
    mail = smtp_server.messages[0]
    detail = store(config).detail(case_id)
    assert detail is not None and list(mail.rcpt_tos) == [detail.summary.sender_address]
    from responder.store.cases import Recorder
    from responder.message_ids import is_signed_by_us

    key = Recorder(open_database(config.database.url, migrate=False)).signing_key()
    assert is_signed_by_us(str(mail.message["Message-ID"]).strip(), key)  # our own mail if it comes back
    assert "mot de passe" in mail.message.get_body(("plain",)).get_content()
    assert detail.replies[-1].state == "sent"
    assert [e.kind for e in events(config, case_id)] == ["reply_sent"]
    # Sending again needs a new preview: the confirmation is single-use.
    client.post(f"/cas/{case_id}/envoyer", data={"csrf_token": tok})
    assert len(smtp_server.messages) == 1


def test_a_double_click_or_a_replayed_cookie_sends_the_previewed_reply_once(
    config: Config, smtp_server: SmtpServer
) -> None:
    app, client, case_id, tok, _ = preview_reply(config, smtp_server, "login")
    cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    assert cookie is not None
    first = client.post(f"/cas/{case_id}/envoyer", data={"csrf_token": tok})
    client.set_cookie(cookie.key, cookie.value)  # the second click carries the cookie of the first
    second = client.post(f"/cas/{case_id}/envoyer", data={"csrf_token": tok}, follow_redirects=True)
    assert first.status_code == 302
    assert len(smtp_server.messages) == 1
    assert "déjà été envoyée" in second.get_data(as_text=True)


def test_out_of_range_dates_in_the_filters_filter_nothing_instead_of_failing(client: FlaskClient) -> None:
    for query in ("/?since=0001-01-01", "/?until=9999-12-31"):
        assert client.get(query).status_code == 200


# --- exports ------------------------------------------------------------------------------------

def test_the_csv_export_opens_in_french_excel(client: FlaskClient, config: Config) -> None:
    response = client.get("/export/cas.csv?action=escalate")
    data = response.data
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    header, rows = table[0], table[1:]
    assert header[:4] == ["n°", "reçu le", "reçu le (ISO 8601)", "expéditeur"]
    assert sorted(int(r[0]) for r in rows) == case_ids(config, action="escalate")
    assert "attachment" in response.headers["Content-Disposition"]
    for row in rows:
        cells = dict(zip(header, row))
        # What a person reads, and the same moment for a program (the page's time zone).
        read = datetime.strptime(cells["reçu le"], "%d/%m/%Y %H:%M")
        machine = datetime.fromisoformat(cells["reçu le (ISO 8601)"])
        assert machine.tzinfo is not None and machine.replace(tzinfo=None, second=0) == read
        assert cells["action"] == "à traiter par l'EAFC" and cells["suivi"] == "nouvelle"
    everything = list(csv.reader(io.StringIO(client.get("/export/cas.csv").data.decode("utf-8-sig"), newline=""),
                                 delimiter=";"))
    reasons = {row[0]: dict(zip(header, row))["motifs"] for row in everything[1:]}
    # Why the guard held an answer back, in French: the list's own bounce and mailing list.
    assert any("avis de non-remise" in reason for reason in reasons.values())
    assert any("liste de diffusion" in reason for reason in reasons.values())
    assert not any("_" in reason for reason in reasons.values())  # no code such as null_sender


def test_the_csv_export_gives_the_corrected_classification(client: FlaskClient, config: Config) -> None:
    corrected = case_ids(config, action="escalate")[0]
    client.post(f"/cas/{corrected}/corriger", data={"csrf_token": token(client, "/"), "profile": "other",
                                                     "topics": ["find_course"], "action": "reply"})
    table = list(csv.reader(io.StringIO(client.get("/export/cas.csv").data.decode("utf-8-sig"), newline=""),
                            delimiter=";"))
    header = table[0]
    rows = {int(row[0]): dict(zip(header, row)) for row in table[1:]}
    # The list's words: the corrected profile and topics, what the responder had found beside them.
    assert (rows[corrected]["profil"], rows[corrected]["sujets"]) == ("autre compte", "trouver le parcours")
    assert rows[corrected]["action"] == "à traiter par l'EAFC"  # what was done
    assert rows[corrected]["classement automatique, si corrigé"] == "profil : compte académique ; sujets : aucun"
    assert all(row["classement automatique, si corrigé"] == "" for case_id, row in rows.items() if case_id != corrected)
    # The list and its filters follow the correction too.
    listed = client.get("/?profile=other&topic=find_course").get_data(as_text=True)
    assert f'href="/cas/{corrected}"' in listed and "corrigé par l'EAFC</span>" in listed


def test_the_command_line_csv_is_the_page_export(client: FlaskClient, config: Config,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from responder.cli import main

    for query, argv in (("?action=escalate", ["--action", "escalate"]), ("?view=queue", ["--queue"]),
                        ("?status=answered&since=2000-01-01", ["--status", "answered", "--since", "2000-01-01"])):
        page = client.get("/export/cas.csv" + query).data.decode("utf-8")
        assert main(["--config", str(config.path), "cases", "--csv", *argv]) == 0
        assert capsys.readouterr().out == page and page.count("\r\n") > 1, query


def test_the_corpus_export_is_read_by_evaluate(client: FlaskClient, config: Config, tmp_path: Path) -> None:
    corrected = case_ids(config, action="escalate")[:2]
    tok = token(client, "/")
    for case_id in corrected:
        client.post(f"/cas/{case_id}/corriger", data={"csrf_token": tok, "profile": "other",
                                                     "topics": ["find_course"], "action": "escalate"})
    archive = zipfile.ZipFile(io.BytesIO(client.get("/export/corpus.zip").data))
    archive.extractall(tmp_path / "corpus")
    labels = load_labels(tmp_path / "corpus")
    assert sorted(labels) == sorted(f"case-{i}.eml" for i in corrected)
    assert all(label.topics == ("find_course",) and label.action == "escalate" for label in labels.values())
    items = evaluate(tmp_path / "corpus", load_rules(None, ProfilesConfig()),
                     GuardSettings.from_config(config.responder, b"k"))
    assert len(items) == 2


# --- overview and digest --------------------------------------------------------------------------

def test_overview_numbers() -> None:
    monday = datetime(2026, 11, 23, 9, tzinfo=UTC)
    rows = [
        (monday, "reply", "login", "new", None),
        (monday, "escalate", "", "new", None),
        (monday + timedelta(days=7), "escalate", "login find_course", "resolved", monday + timedelta(days=7, hours=4)),
        (monday + timedelta(days=7), "ignore", "", "ignored", None),
    ]
    numbers = overview_numbers(rows, monday + timedelta(days=10))
    assert numbers.weeks == ["2026-S48", "2026-S49"]
    assert numbers.by_action["2026-S49"] == {"escalate": 1, "ignore": 1}
    assert numbers.by_topic["2026-S49"] == {"login": 1, "find_course": 1}
    assert numbers.automatic_share == 0.25
    assert numbers.open_escalations == 1 and numbers.oldest_open_age == timedelta(days=10)
    assert numbers.median_resolution == timedelta(hours=4)


def test_a_week_without_mail_is_still_a_week_of_the_chart() -> None:
    monday = datetime(2026, 11, 23, 9, tzinfo=UTC)
    rows = [(monday, "reply", "login", "answered", None), (monday + timedelta(weeks=3), "ignore", "", "ignored", None)]
    assert overview_numbers(rows, monday + timedelta(weeks=3)).weeks == ["2026-S48", "2026-S49", "2026-S50", "2026-S51"]
    # Weeks are the page's time zone's: Sunday 23:30 UTC is already Monday in Paris.
    sunday_night = datetime(2026, 11, 29, 23, 30, tzinfo=UTC)
    assert overview_numbers([(sunday_night, "reply", "", "answered", None)], sunday_night).weeks == ["2026-S49"]


def test_the_overview_page_shows_the_numbers_and_an_svg_chart(client: FlaskClient, config: Config) -> None:
    page = client.get("/apercu").get_data(as_text=True)
    waiting = len(case_ids(config, action="escalate", status="new"))
    assert f'<strong id="open-escalations">{waiting}</strong>' in page
    assert page.count("<svg viewBox") == 2 and "<rect" in page
    # Beside each chart, its numbers as a table; patterns besides colours; an axis with graduations.
    assert page.count("Les chiffres de ce graphique") == 2
    assert 'fill="url(#c-action-escalate)"' in page and ">semaine du</text>" in page
    escalated = len(case_ids(config, action="escalate"))
    assert re.search(rf'<th scope="row">semaine du \d\d/\d\d/\d{{4}}</th><td>\d+</td><td>{escalated}</td>', page)


def test_the_overview_counts_the_requests_set_aside_as_still_open(client: FlaskClient, config: Config) -> None:
    waiting = case_ids(config, action="escalate", status="new")
    for case_id in waiting:
        client.post(f"/cas/{case_id}/attente", data={"csrf_token": token(client, f"/cas/{case_id}"),
                                                     "until": "2099-01-15"})
    page = client.get("/apercu").get_data(as_text=True)
    assert '<strong id="open-escalations">0</strong>' in page
    assert f">{len(waiting)} en attente</a> jusqu'à une date" in page
    assert "Aucune : tout est traité." not in page and "reviendr" in page


def test_the_digest_lists_open_escalations_and_nothing_when_none(config: Config) -> None:
    review = store(config)
    now = datetime.now(UTC)
    mail = compose_digest(review.open_escalations(), config, now)
    assert mail is not None and mail.envelope_to == ("eafc@ac-grenoble.fr",)
    body = mail.message.get_content()
    for case in review.open_escalations():
        assert f"http://127.0.0.1:8080/cas/{case.id}" in body
    assert compose_digest([], config, now) is None


def test_the_digest_command_mails_the_managers(config: Config, smtp_server: SmtpServer, tmp_path: Path) -> None:
    folder = Path(config.path).parent
    path = write_config(folder, smtp={"port": smtp_server.port}, web={"digest_to": ("eafc@ac-grenoble.fr",)})
    assert main(["--config", str(path), "digest"]) == 0
    assert len(smtp_server.messages) == 1
    assert "à traiter" in str(smtp_server.messages[0].message["Subject"])
    review = store(config)
    for case in review.open_escalations():
        review.resolve(case.id, 1, datetime.now(UTC))
    assert main(["--config", str(path), "digest"]) == 0
    assert len(smtp_server.messages) == 1  # nothing open: no mail


# --- migration --------------------------------------------------------------------------------

@pytest.mark.sqlite_only
def test_migration_0003_upgrades_a_0002_database_with_cases_in_place(template_log: Path, tmp_path: Path) -> None:
    from alembic import command

    from responder.store.database import _alembic_config

    # The backup API, not a file copy: what still sits in the template's WAL file comes along.
    with sqlite3.connect(template_log / "responder.db") as source, sqlite3.connect(tmp_path / "old.db") as copy:
        source.backup(copy)
    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.downgrade(_alembic_config(url), "0002")
    with sqlite3.connect(tmp_path / "old.db") as db:
        before = db.execute("select id, subject, status, action from cases order by id").fetchall()
        assert "users" not in {r[0] for r in db.execute("select name from sqlite_master")}
        assert ("new", "reply") in {(r[2], r[3]) for r in before}  # answered, yet "new" before 0006
    review = ReviewStore(open_database(url))  # upgrades to head
    # Migration 0006 closes what was answered automatically; nothing else changes.
    expected = [(i, subject, "answered" if (status, action) == ("new", "reply") else status, action)
                for i, subject, status, action in before]
    with sqlite3.connect(tmp_path / "old.db") as db:
        assert db.execute("select id, subject, status, action from cases order by id").fetchall() == expected
    detail = review.detail(before[0][0])
    assert detail is not None and detail.correction is None and detail.assigned_to_id is None
    assert detail.events == []
