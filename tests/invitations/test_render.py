"""Tests of invitations/render.py: what a trainee reads in an invitation, and the headers that carry it."""

from __future__ import annotations

import html as html_module
import re
import shutil
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from responder.invitations import render as invitation
from responder.config import ResponderConfig
from responder.errors import CampaignError
from responder.invitations.render import (
    DEFAULT_TEMPLATE,
    invitation_message_id,
    invitation_text,
    load_template,
    render_invitation,
)
from responder.model import Invitee, OutgoingMail, Profile, RosterEntry, Training
from tests.config_factory import section
from tests.reply.render_support import LINKS  # every link distinct: a test tells which one was used

RESPONDER: ResponderConfig = section(
    "responder",
    address="formation-magistere@ac-grenoble.fr",
    display_name="Formation M@gistère - EAFC Grenoble",
    envelope_sender="bounces-magistere@ac-grenoble.fr",
)
NOW = datetime(2026, 9, 7, 8, 15, 0, tzinfo=timezone(timedelta(hours=2)))
TRAINING = Training(
    name="Enseigner avec le numérique au cycle 3",
    url="https://magistere.example.fr/ac-grenoble/course/view.php?id=4242&section=1",
    trainer_name="Jean Martin",
    trainer_email="jean.martin@ac-grenoble.fr",
)
CAMPAIGN = "enseigner avec le numérique au cycle 3"
DOMAIN = RESPONDER.message_id_domain

ADDRESSES = {
    Profile.ACADEMIC: "marie.dupont@ac-grenoble.fr",
    Profile.UNIVERSITY: "paul.girard@univ-grenoble-alpes.fr",
    Profile.OTHER: "lea.bernard@gmail.com",
}
# What the guide says to each profile, and only to it.
ONLY = {
    Profile.ACADEMIC: ["NUMEN", LINKS.identifier_recovery, LINKS.password_reset, "« Connexion » bleu",
                       "portail d'authentification de l'académie"],
    Profile.UNIVERSITY: ["attribués par votre établissement", "guichet d'authentification", "SUPIDP",
                         "« Connexion » violet"],
    Profile.OTHER: ["« Connexion directe à M@gistère »", LINKS.manual_account_recovery,
                    "inscription dite « manuelle »"],
}
# What every invitation says, whatever the profile: step 3, the help, the way to ask.
EVERYONE = ["3e étape : rejoindre votre formation", "Tous mes parcours", LINKS.platform,
            LINKS.helpdesk_form, LINKS.eafc_stage_managers, LINKS.eafc_engineers,
            "Répondez simplement à ce message"]


def make_invitee(profile: Profile = Profile.ACADEMIC, first: str = "Marie", last: str = "Dupont",
                 address: str | None = None, campaign: str = CAMPAIGN) -> Invitee:
    address = address or ADDRESSES[profile]
    entry = RosterEntry(line=2, address=address, first_name=first, last_name=last)
    return Invitee(entry, profile, "domain", invitation_message_id(campaign, address, DOMAIN))


def render(invitee: Invitee | None = None, training: Training = TRAINING,
           template: str = DEFAULT_TEMPLATE) -> OutgoingMail:
    return render_invitation(load_template(template), training, invitee or make_invitee(),
                             RESPONDER, LINKS, NOW)


def reparse(mail: OutgoingMail) -> EmailMessage:
    parsed = message_from_bytes(bytes(mail.message), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def bodies(mail: OutgoingMail) -> tuple[str, str]:
    back = reparse(mail)
    plain, rich = back.get_body(("plain",)), back.get_body(("html",))
    assert plain is not None and rich is not None
    return plain.get_content().replace("\r\n", "\n"), rich.get_content().replace("\r\n", "\n")


def html_text(fragment: str) -> str:
    """What the HTML says once tags are dropped and entities are read."""
    return html_module.unescape(re.sub(r"<[^>]+>", "", fragment))


def copy_default(tmp_path: Path) -> Path:
    folder = tmp_path / "mon-modele"
    shutil.copytree(invitation.INVITATIONS_DIR / DEFAULT_TEMPLATE, folder)
    return folder


# --- what each profile reads --------------------------------------------------------------------


@pytest.mark.parametrize("profile", list(Profile))
def test_each_profile_gets_its_own_guide_steps_and_no_other(profile: Profile) -> None:
    text, html = bodies(render(make_invitee(profile)))
    for part in (text, html_text(html)):
        for marker in ONLY[profile] + EVERYONE:
            assert marker in part, f"{profile.value}: {marker!r} missing"
        for other in set(Profile) - {profile}:
            for marker in ONLY[other]:
                assert marker not in part, f"{profile.value}: {marker!r} from {other.value}"


def test_academic_invitation_holds_both_forgotten_cases_in_guide_order() -> None:
    text, _ = bodies(render(make_invitee(Profile.ACADEMIC)))
    first = text.index("Vous ne connaissez pas votre identifiant")
    second = text.index("avec les lettres en majuscules")
    assert text.index("1re étape") < first < second < text.index("2e étape") < text.index("3e étape")
    assert text.index("3e étape") < text.index("Aide : qui contacter")


def test_academic_html_links_are_clickable() -> None:
    _, html = bodies(render(make_invitee(Profile.ACADEMIC)))
    for url in (LINKS.identifier_recovery, LINKS.password_reset, LINKS.platform, TRAINING.url,
                LINKS.helpdesk_form):
        assert f'<a href="{html_module.escape(url)}"' in html


def test_names_the_training_and_gives_its_address_in_both_parts() -> None:
    text, html = bodies(render())
    assert text.splitlines()[0] == "Bonjour Marie Dupont,"
    assert ("Vous êtes inscrit(e) à la formation « Enseigner avec le numérique au cycle 3 » sur la "
            "plateforme M@gistère de l'académie de Grenoble.") in text
    assert f"Adresse de la formation :\n{TRAINING.url}\n" in text
    # Step 3 names the course to look for and its direct address.
    step3 = text[text.index("3e étape"):text.index("Aide : qui contacter")]
    assert "« Enseigner avec le numérique au cycle 3 »" in step3 and TRAINING.url in step3
    assert "« Enseigner avec le numérique au cycle 3 »" in html_text(html)
    assert html.count(f'href="{html_module.escape(TRAINING.url)}"') == 2


def test_trainer_contact_and_sign_off() -> None:
    text, html = bodies(render())
    assert ("- Pour toute question sur le contenu de la formation : "
            "Jean Martin <jean.martin@ac-grenoble.fr>") in text
    assert text.endswith("Bonne formation,\nJean Martin\nFormation M@gistère - EAFC Grenoble\n")
    assert '<a href="mailto:jean.martin@ac-grenoble.fr">jean.martin@ac-grenoble.fr</a>' in html


def test_without_a_trainer_the_invitation_is_signed_by_the_service_alone() -> None:
    training = Training(name=TRAINING.name, url=TRAINING.url)
    mail = render(training=training)
    text, html = bodies(mail)
    assert "contenu de la formation" not in text and "mailto:" not in html
    assert text.endswith("Bonne formation,\nFormation M@gistère - EAFC Grenoble\n")
    back = reparse(mail)
    assert back["From"].addresses[0].display_name == "Formation M@gistère - EAFC Grenoble"


def test_no_template_syntax_survives() -> None:
    for profile in Profile:
        for part in bodies(render(make_invitee(profile))):
            assert "{{" not in part and "{%" not in part and "{#" not in part


def test_html_has_no_image_script_or_style_sheet() -> None:
    _, html = bodies(render())
    for forbidden in ("<img", "<script", "<style", "<link", "background-image", "url("):
        assert forbidden not in html.lower()


# --- headers -------------------------------------------------------------------------------------


def test_headers_parse_back_to_what_an_invitation_needs() -> None:
    invitee = make_invitee()
    mail = render(invitee)
    back = reparse(mail)
    sender = back["From"].addresses[0]
    assert sender.display_name == "Jean Martin via Formation M@gistère - EAFC Grenoble"
    assert sender.addr_spec == RESPONDER.address
    assert len(back.get_all("To") or []) == 1
    assert [str(a) for a in back["To"].addresses] == ["Marie Dupont <marie.dupont@ac-grenoble.fr>"]
    assert [a.addr_spec for a in back["Reply-To"].addresses] == [RESPONDER.address]
    assert back["Subject"] == (
        "Formation « Enseigner avec le numérique au cycle 3 » : votre accès à M@gistère"
    )
    assert parsedate_to_datetime(back["Date"]) == NOW
    assert back["Message-ID"] == invitee.message_id
    assert back["Auto-Submitted"] == "auto-generated"
    assert back["X-Auto-Response-Suppress"] == "OOF, AutoReply"
    for absent in ("Precedence", "List-Unsubscribe", "List-Unsubscribe-Post", "Cc", "Bcc",
                   "In-Reply-To", "References", "X-Loop"):
        assert back[absent] is None, absent
    assert back.get_content_type() == "multipart/alternative"
    parts = [(p.get_content_type(), p.get_content_charset(), p["Content-Transfer-Encoding"])
             for p in back.iter_parts()]
    assert parts == [("text/plain", "utf-8", "quoted-printable"),
                     ("text/html", "utf-8", "quoted-printable")]
    assert mail.envelope_from == "bounces-magistere@ac-grenoble.fr"  # responder.mail_from
    assert mail.envelope_to == ("marie.dupont@ac-grenoble.fr",)
    assert mail.message_id == invitee.message_id


def test_every_line_is_ascii_and_fits_78_characters_but_the_message_id() -> None:
    invitee = make_invitee(first="Françoise", last="de La Tour-Œillet")
    raw = bytes(render(invitee).message)
    assert raw.isascii()
    lines = raw.split(b"\r\n")
    # The id stays whole on its field's line (RFC 5322 allows 998): folded, it reads back with
    # a leading space and a reply's In-Reply-To might not match it.
    assert f"Message-ID: {invitee.message_id}".encode() in lines
    assert max(len(line) for line in lines if not line.startswith(b"Message-ID:")) <= 78


@pytest.mark.parametrize(
    ("first", "last"),
    [("Françoise", "Lœuvre-Çelik"), ("Œdipe", "Hervé"), ("Jean", "Dupont, dit « Jeannot »"),
     ('Anne "Nan"', "O'Brien")],
)
def test_accented_and_punctuated_names_survive_in_to_and_greeting(first: str, last: str) -> None:
    mail = render(make_invitee(first=first, last=last))
    back = reparse(mail)
    recipients = back["To"].addresses
    assert len(recipients) == 1
    assert recipients[0].display_name == f"{first} {last}"
    assert recipients[0].addr_spec == "marie.dupont@ac-grenoble.fr"
    text, html = bodies(mail)
    assert text.splitlines()[0] == f"Bonjour {first} {last},"
    assert f"Bonjour {first} {last}," in html_text(html)


def test_without_a_name_the_greeting_is_plain_bonjour_and_to_is_the_bare_address() -> None:
    mail = render(make_invitee(first="", last=""))
    assert reparse(mail)["To"] == "marie.dupont@ac-grenoble.fr"
    assert bodies(mail)[0].splitlines()[0] == "Bonjour,"


def test_a_name_made_of_markup_is_neither_greeted_nor_put_in_to() -> None:
    mail = render(make_invitee(first="<script>alert(1)</script>", last=""))
    text, html = bodies(mail)
    assert "script" not in text and "<script" not in html
    assert text.splitlines()[0] == "Bonjour,"
    assert reparse(mail)["To"] == "marie.dupont@ac-grenoble.fr"


def test_hostile_training_name_is_escaped_in_html_and_literal_in_text() -> None:
    training = Training(name="Cours <b>& co</b> <script>x</script>", url=TRAINING.url)
    mail = render(training=training)
    text, html = bodies(mail)
    assert "« Cours <b>& co</b> <script>x</script> »" in text
    assert "<b>" not in html and "<script" not in html
    assert "« Cours &lt;b&gt;&amp; co&lt;/b&gt; &lt;script&gt;x&lt;/script&gt; »" in html
    assert reparse(mail)["Subject"] == (
        "Formation « Cours <b>& co</b> <script>x</script> » : votre accès à M@gistère"
    )


@pytest.mark.parametrize(
    "name",
    ["Cours\r\nBcc: evil@example.org", "=?utf-8?q?Cours=0D=0ABcc:_evil@example.org?=",
     "Cours\nX-Injected: yes"],
)
def test_line_breaks_in_the_training_name_cannot_add_a_header(name: str) -> None:
    back = reparse(render(training=Training(name=name, url=TRAINING.url, trainer_name=name)))
    assert back["Bcc"] is None and back["X-Injected"] is None
    assert len(back.get_all("To") or []) == 1
    assert "\n" not in back["Subject"] and back["Subject"].startswith("Formation « Cours")


def test_a_very_long_training_name_gives_a_subject_of_at_most_256_characters() -> None:
    training = Training(name="Parcours hybride " * 30, url=TRAINING.url)
    subject = reparse(render(training=training))["Subject"]
    assert len(subject) <= 256 and subject.endswith("…")


def test_an_address_no_header_can_hold_is_refused_in_french() -> None:
    with pytest.raises(ValueError, match="adresse inutilisable"):
        render(make_invitee(address="marie dupont@ac-grenoble.fr"))


def test_a_training_url_that_is_not_a_web_address_is_refused() -> None:
    with pytest.raises(CampaignError, match="adresse de la formation invalide"):
        render(training=Training(name="Cours", url="javascript:alert(1)"))


def test_invitation_text_is_the_plain_body_as_the_trainee_reads_it() -> None:
    mail = render()
    text = invitation_text(mail)
    assert "\r" not in text
    assert text == bodies(mail)[0]
    assert text.startswith("Bonjour Marie Dupont,\n\nVous êtes inscrit(e) à la formation")


# --- Message-ID ----------------------------------------------------------------------------------


def test_message_id_is_stable_for_a_campaign_and_address_whatever_the_case() -> None:
    first = invitation_message_id(CAMPAIGN, "Marie.Dupont@AC-Grenoble.fr", DOMAIN)
    assert first == invitation_message_id(CAMPAIGN, "marie.dupont@ac-grenoble.fr", DOMAIN)
    assert re.fullmatch(r"<inv\.[0-9a-f]{12}\.[0-9a-f]{16}@formation-magistere\.ac-grenoble\.fr>", first)


def test_message_id_differs_across_campaigns_and_addresses() -> None:
    ids = {
        invitation_message_id(CAMPAIGN, "marie.dupont@ac-grenoble.fr", DOMAIN),
        invitation_message_id("autre formation", "marie.dupont@ac-grenoble.fr", DOMAIN),
        invitation_message_id(CAMPAIGN, "paul.girard@univ-grenoble-alpes.fr", DOMAIN),
    }
    assert len(ids) == 3


# --- templates -----------------------------------------------------------------------------------


def test_default_template_is_found_by_name() -> None:
    template = load_template(DEFAULT_TEMPLATE)
    assert template.name == "default"
    assert template.folder == invitation.INVITATIONS_DIR / "default"
    assert re.fullmatch(r"[0-9a-f]{64}", template.fingerprint)
    assert load_template(DEFAULT_TEMPLATE).fingerprint == template.fingerprint


def test_a_custom_template_folder_given_by_path_is_used(tmp_path: Path) -> None:
    folder = copy_default(tmp_path)
    (folder / "subject.txt").write_text("[{{ training.name }}] Bienvenue\n", encoding="utf-8")
    (folder / "invitation.txt").write_text(
        "Bonjour {{ greeting_name }},\n{% include 'replies/step2_' ~ profile ~ '.txt' %}\n"
        "{{ responder.display_name }}\n", encoding="utf-8")
    template = load_template(str(folder))
    assert template.name == str(folder) and template.folder == folder.resolve()
    mail = render_invitation(template, TRAINING, make_invitee(Profile.UNIVERSITY, "Paul", "Girard"),
                             RESPONDER, LINKS, NOW)
    assert reparse(mail)["Subject"] == "[Enseigner avec le numérique au cycle 3] Bienvenue"
    text = bodies(mail)[0]
    assert text.startswith("Bonjour Paul Girard,\n2e étape")
    assert "SUPIDP" in text and "NUMEN" not in text


def test_an_undefined_variable_in_a_custom_template_names_the_file(tmp_path: Path) -> None:
    folder = copy_default(tmp_path)
    (folder / "invitation.txt").write_text("Bonjour {{ prenom }},\n", encoding="utf-8")
    template = load_template(str(folder))  # compiles: the variable is only missing at rendering
    with pytest.raises(CampaignError) as caught:
        render_invitation(template, TRAINING, make_invitee(), RESPONDER, LINKS, NOW)
    message = str(caught.value)
    assert str(folder.resolve() / "invitation.txt") in message
    assert "prenom" in message and "variable inconnue" in message


def test_a_syntax_error_is_reported_when_the_template_is_loaded(tmp_path: Path) -> None:
    folder = copy_default(tmp_path)
    (folder / "invitation.html").write_text("<p>{% if greeting_name %}Bonjour</p>\n", encoding="utf-8")
    with pytest.raises(CampaignError, match=r"invitation\.html.*ligne 1.*erreur de syntaxe"):
        load_template(str(folder))


def test_an_unknown_template_name_lists_the_available_ones() -> None:
    with pytest.raises(CampaignError) as caught:
        load_template("inexistant")
    message = str(caught.value)
    assert "« inexistant »" in message and "dossier introuvable" in message and "default" in message


def test_a_folder_missing_a_file_says_which(tmp_path: Path) -> None:
    folder = copy_default(tmp_path)
    (folder / "invitation.html").unlink()
    with pytest.raises(CampaignError, match=r"il manque invitation\.html") as caught:
        load_template(str(folder))
    assert "default" in str(caught.value)


def test_fingerprint_changes_when_a_template_file_changes(tmp_path: Path) -> None:
    folder = copy_default(tmp_path)
    before = load_template(str(folder)).fingerprint
    assert before == load_template(DEFAULT_TEMPLATE).fingerprint  # same names, same bytes
    (folder / "invitation.txt").write_text(
        (folder / "invitation.txt").read_text(encoding="utf-8") + "P.S. Apportez un casque.\n",
        encoding="utf-8")
    assert load_template(str(folder)).fingerprint != before


def test_fingerprint_changes_when_a_guide_section_changes(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    guide = tmp_path / "replies"
    shutil.copytree(invitation.GUIDE_DIR, guide)
    monkeypatch.setattr(invitation, "GUIDE_DIR", guide)
    before = load_template(DEFAULT_TEMPLATE).fingerprint
    step1 = guide / "step1_university.txt"
    step1.write_text(step1.read_text(encoding="utf-8").replace("Rapprochez-vous", "Adressez-vous"),
                     encoding="utf-8")
    assert load_template(DEFAULT_TEMPLATE).fingerprint != before
