"""A log too large to read whole: the overview counts in the database and lists the oldest open
requests only, the CSV export streams its rows (issue 13; page times in scripts/bench_pages.py)."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path

import pytest

from responder.web import create_app
from responder.web.overview import OLDEST_SHOWN
from tests.web.review_support import login
from tests.web_support import build_case_log, copy_cases

pytestmark = pytest.mark.sqlite_only  # the log is grown by copying rows in the SQLite file


def _database(tmp_path: Path) -> Path:
    return tmp_path / "responder.db"


def test_the_overview_lists_the_oldest_open_requests_and_counts_them_all(tmp_path: Path) -> None:
    config = build_case_log(tmp_path)
    total = copy_cases(_database(tmp_path), 400)
    with sqlite3.connect(_database(tmp_path)) as db:
        automatic = db.execute("SELECT count(*) FROM cases WHERE action = 'reply'").fetchone()[0]
        waiting = db.execute("SELECT count(*) FROM cases WHERE action = 'escalate' AND status = 'new'").fetchone()[0]
    assert waiting > OLDEST_SHOWN
    client = create_app(config).test_client()
    login(client)
    page = client.get("/apercu").get_data(as_text=True)
    queue = client.get("/?view=queue").get_data(as_text=True)
    assert f"<strong>{total}</strong> demandes reçues" in page  # the whole log, not the weeks shown
    assert f"({automatic})" in page  # answered automatically, over the whole log
    # Each copy is a conversation of its own: the queue holds every open one, and so says the overview.
    assert f'<strong id="open-escalations">{waiting}</strong>' in page
    assert f"{waiting} à traiter" in queue.replace("\u202f", "")
    listed = re.findall(r'<li><a href="/cas/(\d+)">n° \d+ — ', page)
    assert len(listed) == OLDEST_SHOWN
    assert f"Les {OLDEST_SHOWN} plus anciennes sur {waiting}" in page.replace("\u202f", "")


def test_the_csv_export_streams_every_row_with_one_charset(tmp_path: Path) -> None:
    config = build_case_log(tmp_path)
    total = copy_cases(_database(tmp_path), 1_000)
    client = create_app(config).test_client()
    login(client)
    response = client.get("/export/cas.csv")
    assert response.is_streamed  # the download starts before the last case is read
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    table = list(csv.reader(io.StringIO(response.get_data().decode("utf-8-sig"), newline=""), delimiter=";"))
    assert table[0][:2] == ["n°", "reçu le"] and len(table) == total + 1
    assert len({row[0] for row in table[1:]}) == total
