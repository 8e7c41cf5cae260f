"""The review page in a real browser: Debian's Chromium driven by Playwright against waitress on
127.0.0.1. A stage manager's whole morning at 1280 and 390 px: log in, the queue, open the oldest,
answer in free text (at a real aiosmtpd), assign, mark waiting, the trainee's reply reopens it (the
real pipeline over a Maildir), resolve, export; axe-core checks every step. Screenshots of every
step go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import contextlib
import csv
import io
import mailbox
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from responder.config import Config, load_config
from responder.service import run_service
from responder.store.accounts import Accounts
from responder.store.database import open_database
from responder.store.schema import ROLE_MANAGER
from responder.web import create_app
from tests.config_factory import US, write_config
from tests.paths import ROOT
from tests.smtp import SmtpServer
from tests.web_support import MANAGER, PASSWORD, build_case_log, with_smtp

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "screenshots"
AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
COLLEAGUE = "collegue@ac-grenoble.fr"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextlib.contextmanager
def serving(app: Any) -> Iterator[str]:
    """The app under waitress on a free port of 127.0.0.1, in a thread; yields its base URL."""
    import waitress.server

    wsgi = waitress.server.create_server(app, host="127.0.0.1", port=0, threads=2)
    closing = threading.Event()

    def run() -> None:
        try:
            wsgi.run()
        except OSError:
            if not closing.is_set():  # closing the sockets under select() is how waitress stops
                raise

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{wsgi.effective_port}"  # type: ignore[union-attr]
    finally:
        closing.set()
        wsgi.close()
        thread.join(timeout=5)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The real app over the demo's case log."""
    config: Config = build_case_log(tmp_path)
    with serving(create_app(config, sleep=lambda _: None)) as url:
        yield url


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


@dataclass
class Desk:
    """The review page served over a real case log, with what a morning needs around it."""

    url: str
    config: Config
    folder: Path
    smtp: SmtpServer


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    """The real app under waitress on 127.0.0.1, sending to a real aiosmtpd; a colleague's account."""
    smtp = SmtpServer()
    smtp.start()
    config = with_smtp(build_case_log(tmp_path), smtp.port)
    Accounts(open_database(config.database.url)).add(COLLEAGUE, PASSWORD, ROLE_MANAGER, datetime.now(UTC))
    try:
        with serving(create_app(config, sleep=lambda _: None)) as url:
            yield Desk(url, config, tmp_path, smtp)
    finally:
        smtp.stop()


def trainee_replies(desk: Desk, answered: str, sender: str, subject: str) -> None:
    """The trainee answers our mail: the message lands in the mailbox and the responder runs once."""
    box = mailbox.Maildir(desk.folder / "Maildir")
    box.add((
        f"From: {sender}\r\nTo: {US}\r\nSubject: Re: {subject}\r\nDate: {format_datetime(datetime.now(UTC))}\r\n"
        f"Message-ID: <relance-1@ac-grenoble.fr>\r\nIn-Reply-To: {answered}\r\nReferences: {answered}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Merci, mais je n'ai toujours rien reçu. Pouvez-vous vérifier ?\r\n"
    ).encode("utf-8"))
    run_service(load_config(write_config(desk.folder, smtp={"port": desk.smtp.port})), once=True)


def serious_violations(page: Any) -> list[str]:
    """What axe-core (from the npm registry, run in the page) finds serious or critical."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: ./scripts/test installs axe-core from the npm registry")
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async () => (await axe.run(document)).violations"
                          ".filter(v => ['serious', 'critical'].includes(v.impact))"
                          ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))")
    return list(found)


@pytest.mark.parametrize(("device", "width", "height"), [("laptop", 1280, 800), ("phone", 390, 844)])
def test_a_whole_morning_at_the_desk(desk: Desk, browser: Any, device: str, width: int, height: int) -> None:
    from playwright.sync_api import expect

    SHOTS.mkdir(parents=True, exist_ok=True)
    # bypass_csp: axe is injected by the test; the page itself still runs no script at all.
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True,
                                  locale="fr-FR", bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    audits: dict[str, list[str]] = {}

    def shot(step: str, audit: bool = True) -> None:
        page.screenshot(path=str(SHOTS / f"{device}-{step}.png"), full_page=True)
        if audit:
            audits[step] = serious_violations(page)
        fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        assert fits, f"{step}: the page is wider than the screen"

    page.goto(desk.url + "/")
    assert page.url.startswith(desk.url + "/login")
    shot("01-login")
    page.get_by_label("Adresse électronique").fill(MANAGER)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(desk.url + "/")
    summary = page.locator(".queue-summary").inner_text()
    assert "à traiter" in summary and "non attribuée" in summary
    shot("02-list")

    # Keyboard: the skip links come first, the second leads to the queue, focus is visible.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Aller au contenu"
    page.keyboard.press("Tab")
    assert "file des demandes" in page.evaluate("document.activeElement.textContent")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    page.wait_for_url("**view=queue**")
    shot("03-queue")
    rows = page.locator("table.cases tbody tr")
    assert rows.count() >= 2 and page.locator("tbody tr.waiting").count() == rows.count()

    # The oldest first: answer it in free text, leave it open.
    rows.first.locator("td a").first.click()
    page.wait_for_url("**/cas/**")
    case_url = page.url
    subject = page.locator("h1").inner_text().split(" : ", 1)[1]
    sender = page.locator(".meta").inner_text().split("<")[1].split(">")[0]
    if device == "phone":  # the follow-up comes before the long reading on a small screen
        assert page.get_by_role("heading", name="Suivi").bounding_box()["y"] < height
    shot("04-case")
    body = page.get_by_label("Message", exact=True)
    assert body.input_value().startswith("Bonjour")
    body.fill("Bonjour,\n\nJe transmets votre demande d'attestation au formateur et reviens vers vous.")
    page.get_by_label("Signé (votre nom, facultatif)").fill("Marie Curie")
    page.get_by_label("la laisser ouverte").check()
    page.get_by_role("button", name="Envoyer la réponse").click()
    expect(page.get_by_text("Réponse : envoyée.")).to_be_visible()
    [ours] = desk.smtp.messages
    assert ours.message["Auto-Submitted"] is None and ours.message["In-Reply-To"]
    shot("05-answered")

    # Give it to a colleague, then set it aside until next week.
    page.get_by_label("Attribuer à").select_option(label=COLLEAGUE)
    page.get_by_role("button", name="Attribuer", exact=True).click()
    expect(page.get_by_text(f"Demande attribuée à {COLLEAGUE}.")).to_be_visible()
    page.get_by_role("button", name="Mettre en attente").click()
    expect(page.get_by_text("elle reviendra alors dans la file")).to_be_visible()
    expect(page.locator(".meta .status")).to_have_text("en attente")
    shot("06-waiting")

    # The trainee answers our mail: the conversation is back in the queue, with the colleague.
    trainee_replies(desk, str(ours.message["Message-ID"]), sender, subject)
    page.goto(desk.url + "/?view=queue")
    reminder = page.locator("table.cases tbody tr", has_text=COLLEAGUE)
    assert reminder.count() == 1
    reminder.locator("td a").first.click()
    page.wait_for_url("**/cas/**")
    assert page.url != case_url
    conversation = page.locator(".conversation li")
    assert conversation.count() == 2
    assert "toujours rien reçu" in conversation.nth(1).inner_text()
    assert "Je transmets votre demande" not in conversation.nth(0).inner_text()  # our mail is named, not copied
    shot("07-reopened")
    assert len(desk.smtp.messages) == 1  # no second acknowledgement

    # Resolve: the whole conversation closes.
    page.locator("#h-actions").scroll_into_view_if_needed()
    page.get_by_label("Je reprends cette demande").check()
    page.get_by_role("button", name="Prendre en charge").click()
    page.get_by_role("button", name="Marquer résolue").click()
    expect(page.get_by_text("Demande marquée résolue.")).to_be_visible()
    page.goto(case_url)
    expect(page.locator(".meta .status")).to_have_text("résolue")
    shot("08-resolved")

    page.goto(desk.url + "/")
    page.get_by_text("Filtres et recherche").click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Exporter cette liste (CSV)").click()
    table = list(csv.reader(io.StringIO(Path(download_info.value.path()).read_bytes().decode("utf-8-sig"),
                                        newline=""), delimiter=";"))
    assert table[0][0] == "n°" and len(table) == 13  # the eleven demo cases and the reminder
    page.get_by_role("link", name="Vue d'ensemble").click()
    page.wait_for_url("**/apercu")
    shot("09-overview")
    page.get_by_role("link", name="Réponses types").click()
    page.get_by_label("Titre").fill("Frais de déplacement")
    page.get_by_label("Texte (sans la formule de politesse").fill("Les frais sont remboursés par la DAFPIC.")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("Réponse type enregistrée.")).to_be_visible()
    shot("10-saved-answers")
    assert errors == []
    assert {step: found for step, found in audits.items() if found} == {}
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
