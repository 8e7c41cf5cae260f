"""The review page in a real browser: Debian's Chromium driven by Playwright against waitress on
127.0.0.1. A stage manager's morning: log in, filter, open a case, resolve it, correct another,
export the list. Screenshots of every step go to test-artifacts/screenshots/ (laptop and tablet).
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from responder.config import Config
from responder.web import create_app
from tests.paths import ROOT
from tests.web_support import MANAGER, PASSWORD, build_case_log

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The real app under waitress on a free port of 127.0.0.1; yields its base URL."""
    import waitress.server

    config: Config = build_case_log(tmp_path)
    app = create_app(config, sleep=lambda _: None)
    wsgi = waitress.server.create_server(app, host="127.0.0.1", port=0, threads=2)
    port = wsgi.effective_port  # type: ignore[union-attr]
    thread = threading.Thread(target=wsgi.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    wsgi.close()
    thread.join(timeout=5)


@pytest.fixture
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium); "
                    "the browser tests never download a browser")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.mark.parametrize(("device", "width", "height"), [("laptop", 1280, 800), ("tablet", 800, 1100)])
def test_a_morning_of_follow_up_in_the_browser(server: str, browser: object, device: str, width: int,
                                               height: int) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True,  # type: ignore[attr-defined]
                                  locale="fr-FR")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)

    def shot(step: str) -> None:
        page.screenshot(path=str(SHOTS / f"{device}-{step}.png"), full_page=True)

    page.goto(server + "/")
    assert page.url.startswith(server + "/login")
    shot("01-login")
    page.get_by_label("Adresse électronique").fill(MANAGER)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(server + "/")
    shot("02-cases")
    assert page.locator("tr.waiting").count() >= 2  # escalations stand out

    # Keyboard: the first Tab reaches the skip link, and focus is visible.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Aller au contenu"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    shot("03-focus")

    page.get_by_label("Action").select_option("escalate")
    page.get_by_role("button", name="Filtrer").click()
    page.wait_for_url("**action=escalate**")
    shot("04-filtered")
    waiting = page.locator("table.cases tbody tr")
    count = waiting.count()
    assert count >= 2 and page.locator("tbody tr.waiting").count() == count

    waiting.first.locator("a").first.click()
    page.wait_for_url("**/cas/**")
    shot("05-case")
    assert page.get_by_role("heading", name="Ce que le stagiaire a écrit").is_visible()
    page.get_by_role("button", name="Prendre en charge").click()
    page.get_by_label("Ajouter une note").fill("Appelé le stagiaire, problème réglé au téléphone.")
    page.get_by_role("button", name="Enregistrer la note").click()
    page.get_by_role("button", name="Marquer résolu").click()
    assert page.get_by_text("Cas marqué résolu.").is_visible()
    assert page.locator(".meta .status").inner_text() == "résolu"
    shot("06-resolved")

    page.goto(server + "/?action=escalate&status=new")
    page.locator("table.cases tbody tr a").first.click()
    page.wait_for_url("**/cas/**")
    page.get_by_label("Profil").select_option("academic")
    page.get_by_label("mot de passe oublié").check()
    page.get_by_label("Action", exact=True).select_option("reply")
    page.get_by_role("button", name="Enregistrer la correction").click()
    assert page.get_by_role("heading", name="Correction de l'EAFC").is_visible()
    shot("07-corrected")

    page.goto(server + "/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Exporter cette liste (CSV)").click()
    data = Path(download_info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert table[0][0] == "n°" and len(table) == 12
    assert "résolu" in [row[8] for row in table[1:]]

    page.get_by_role("link", name="Vue d'ensemble").click()
    page.wait_for_url("**/apercu")
    assert page.locator("svg[role=img]").count() == 2
    shot("08-overview")
    no_overflow = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert no_overflow, "the overview is wider than the screen"
    assert errors == []
    context.close()


def test_changing_ones_password_then_logging_in_with_the_new_one(server: str, browser: object) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="fr-FR")  # type: ignore[attr-defined]
    other = browser.new_context(locale="fr-FR")  # type: ignore[attr-defined]
    page, elsewhere = context.new_page(), other.new_page()
    for tab in (page, elsewhere):  # the same manager, in two browsers
        tab.goto(server + "/login")
        tab.get_by_label("Adresse électronique").fill(MANAGER)
        tab.get_by_label("Mot de passe").fill(PASSWORD)
        tab.get_by_role("button", name="Se connecter").click()
        tab.wait_for_url(server + "/")

    page.get_by_role("link", name="Mon mot de passe").click()
    page.wait_for_url("**/mot-de-passe")
    page.get_by_label("Mot de passe actuel").fill(PASSWORD)
    page.get_by_label("Nouveau mot de passe (10 caractères au moins)").fill("nouveau-secret-du-matin")
    page.get_by_label("Nouveau mot de passe (encore)").fill("nouveau-secret-du-matin")
    page.screenshot(path=str(SHOTS / "laptop-09-password.png"), full_page=True)
    page.get_by_role("button", name="Changer le mot de passe").click()
    page.wait_for_url(server + "/")
    assert page.get_by_text("Mot de passe changé.").is_visible()
    shot = str(SHOTS / "laptop-10-password-changed.png")
    page.screenshot(path=shot, full_page=True)

    elsewhere.reload()  # the other browser's session ended with the change
    assert elsewhere.url.startswith(server + "/login")

    page.get_by_role("button", name="Se déconnecter").click()
    page.wait_for_url("**/login")
    page.get_by_label("Adresse électronique").fill(MANAGER)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    assert page.get_by_text("Adresse ou mot de passe incorrect").is_visible()
    page.get_by_label("Mot de passe").fill("nouveau-secret-du-matin")
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(server + "/")
    assert page.get_by_role("heading", name="Demandes des stagiaires").is_visible()
    context.close()
    other.close()
