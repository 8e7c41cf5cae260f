"""The configuration: the minimal file works, the example documents every key, mistakes are named."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from responder import config as config_module
from responder.config import load_config, parse_config
from responder.errors import ConfigError
from tests.paths import ROOT

MINIMAL = """\
[imap]
host = "127.0.0.1"
port = 1143
security = "none"          # "ssl" | "starttls" | "none"
username = "formation@example.org"
password_env = "RESPONDER_IMAP_PASSWORD"
folder = "INBOX"

[smtp]
host = "127.0.0.1"
port = 1025
security = "none"          # "ssl" | "starttls" | "none"
username = ""              # empty: no AUTH
password_env = "RESPONDER_SMTP_PASSWORD"

[responder]
address = "formation-magistere@ac-grenoble.fr"

[database]
url = "sqlite:///responder.db"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_contract_file_loads_with_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    assert config.imap is not None and config.imap.port == 1143
    assert config.imap.keyword == "$Responder"
    assert config.responder.max_replies_per_day == 3
    assert config.responder.mail_from == "formation-magistere@ac-grenoble.fr"
    assert "ac-grenoble.fr" in config.profiles.academic
    assert config.links.platform == "https://magistere.education.fr/ac-grenoble/"


def test_example_file_loads_and_documents_every_key(tmp_path: Path) -> None:
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    # A plain copy names no real server: it is refused, naming every key to set at once (issue 14).
    with pytest.raises(ConfigError) as refused:
        load_config(ROOT / "config.example.toml")
    lines = str(refused.value).splitlines()
    assert lines[0].startswith("4 valeurs d'exemple à remplacer")
    for key, value in (("imap.host", "imap.A-REMPLACER.invalid"), ("imap.username", "A-REMPLACER"),
                       ("smtp.host", "smtp.A-REMPLACER.invalid"), ("responder.address", "A-REMPLACER@ac-grenoble.fr")):
        assert any(re.search(rf"config.example.toml:\d+: {key}: valeur d'exemple '{value}' à remplacer", line)
                   for line in lines[1:]), (key, lines)
    filled = text.replace("imap.A-REMPLACER.invalid", "imap.ac-grenoble.fr").replace(
        "smtp.A-REMPLACER.invalid", "smtp.ac-grenoble.fr").replace("A-REMPLACER", "formation-magistere")
    load_config(write(tmp_path, filled))
    for section, cls in config_module._SECTIONS.items():
        assert re.search(rf"^#?\s*\[{section}\]", text, re.M), f"[{section}] missing from the example"
        for field in dataclasses.fields(cls):
            assert re.search(rf"^#?\s*{field.name}\s*=", text, re.M), f"{section}.{field.name} undocumented"


def test_unknown_key_names_file_line_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace('folder = "INBOX"', 'folder = "INBOX"\nfolders = "x"'))
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value).startswith(f"{path}:8: imap.folders: clé inconnue")


def test_wrong_type_names_the_key(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL.replace("port = 1143", 'port = "1143"'))
    with pytest.raises(ConfigError, match=r"config.toml:3: imap.port: doit être un nombre entier"):
        load_config(path)


def test_unknown_section_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\[smpt\]: section inconnue"):
        load_config(write(tmp_path, MINIMAL + '\n[smpt]\nhost = "x"\n'))


def test_cleartext_to_a_remote_server_is_refused(tmp_path: Path) -> None:
    text = MINIMAL.replace('host = "127.0.0.1"\nport = 1025', 'host = "smtp.example.org"\nport = 1025')
    with pytest.raises(ConfigError, match=r"smtp.security"):
        load_config(write(tmp_path, text))


def test_invalid_address_and_domain_are_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"responder.address: adresse invalide"):
        parse_config(MINIMAL.replace("formation-magistere@ac-grenoble.fr", "formation"))
    with pytest.raises(ConfigError, match=r"profiles.academic: domaine invalide"):
        parse_config(MINIMAL + '\n[profiles]\nacademic = ["ac grenoble"]\n')


def test_password_comes_from_the_named_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    assert config.imap is not None
    monkeypatch.delenv("RESPONDER_IMAP_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="RESPONDER_IMAP_PASSWORD n'est pas définie"):
        config.imap.password()
    monkeypatch.setenv("RESPONDER_IMAP_PASSWORD", "")  # set but empty: said so, not sent to be refused
    with pytest.raises(ConfigError, match="RESPONDER_IMAP_PASSWORD est vide"):
        config.imap.password()
    monkeypatch.setenv("RESPONDER_IMAP_PASSWORD", "s3cret")
    assert config.imap.password() == "s3cret"
    assert "s3cret" not in repr(config)


def test_missing_file_and_bad_toml_are_clear(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="introuvable"):
        load_config(tmp_path / "absent.toml")
    with pytest.raises(ConfigError, match="TOML invalide"):
        load_config(write(tmp_path, "[imap\nhost = 1"))


def test_invite_pacing_is_read_and_its_mistakes_are_named(tmp_path: Path) -> None:
    config = parse_config(MINIMAL + "\n[invite]\nper_minute = 20\nretry_delays = [30, 120]\n")
    assert (config.invite.per_minute, config.invite.per_hour) == (20, 1500)
    assert config.invite.retry_delays == (30, 120)
    with pytest.raises(ConfigError, match=r"invite.retry_delays: doit être une liste de nombres entiers"):
        parse_config(MINIMAL + '\n[invite]\nretry_delays = ["60"]\n')
    with pytest.raises(ConfigError, match=r"invite.per_hour: doit être positif"):
        parse_config(MINIMAL + "\n[invite]\nper_hour = 0\n")


def test_invite_connection_retry_waits_are_read_and_cannot_be_negative() -> None:
    assert parse_config(MINIMAL).invite.connect_retry_delays == (5, 30, 120)
    assert parse_config(MINIMAL + "\n[invite]\nconnect_retry_delays = []\n").invite.connect_retry_delays == ()
    with pytest.raises(ConfigError, match=r"invite.connect_retry_delays: ne peut pas être négatif"):
        parse_config(MINIMAL + "\n[invite]\nconnect_retry_delays = [5, -1]\n")


def test_the_worker_lease_and_the_retention_are_read_and_their_mistakes_are_named() -> None:
    assert parse_config(MINIMAL).database.worker_lease_seconds == 900
    assert parse_config(MINIMAL + "worker_lease_seconds = 60\n").database.worker_lease_seconds == 60
    with pytest.raises(ConfigError, match=r"database.worker_lease_seconds: doit être un nombre de secondes"):
        parse_config(MINIMAL + "worker_lease_seconds = 0\n")
    with pytest.raises(ConfigError, match=r"retention.keep_cases_days: doit être au moins keep_messages_days"):
        parse_config(MINIMAL + "\n[retention]\nkeep_messages_days = 90\nkeep_cases_days = 30\n")


def test_mailboxes_take_the_shared_sections_and_change_what_they_name() -> None:
    from responder.config import each_mailbox

    text = MINIMAL + '''
[[mailbox]]
name = "grenoble"

[[mailbox]]
name = "lyon"
host = "imap.ac-lyon.fr"
security = "ssl"
port = 993
username = "formation@ac-lyon.fr"
password_env = "RESPONDER_LYON_IMAP_PASSWORD"
address = "formation@ac-lyon.fr"
[mailbox.links]
password_reset = "https://id.ac-lyon.fr/"
'''
    grenoble, lyon = each_mailbox(parse_config(text))
    assert (grenoble.mailbox, grenoble.imap.host, grenoble.responder.address) == (
        "grenoble", "127.0.0.1", "formation-magistere@ac-grenoble.fr")
    assert (lyon.imap.host, lyon.imap.username, lyon.imap.password_env) == (
        "imap.ac-lyon.fr", "formation@ac-lyon.fr", "RESPONDER_LYON_IMAP_PASSWORD")
    assert lyon.responder.address == "formation@ac-lyon.fr" and lyon.links.password_reset == "https://id.ac-lyon.fr/"
    assert lyon.links.platform == grenoble.links.platform and lyon.smtp == grenoble.smtp  # shared
    assert [m.mailbox for m in each_mailbox(parse_config(text), "lyon")] == ["lyon"]
    with pytest.raises(ConfigError, match=r"--mailbox paris : aucune boîte de ce nom \(boîtes : grenoble, lyon\)"):
        each_mailbox(parse_config(text), "paris")


@pytest.mark.parametrize(("table", "message"), [
    ('name = "Grenoble Ville"', r"name : obligatoire, en minuscules"),
    ('name = "lyon"\nsmtp_host = "x"', r"clé inconnue « smtp_host »"),
    ('name = "lyon"\nport = "993"', r"doit être un nombre entier"),
    ('name = "lyon"\naddress = "pas une adresse"', r"responder.address: adresse invalide.*boîte \[\[mailbox\]\] « lyon »"),
    ('name = "lyon"\n[mailbox.links]\nforum = "https://x"', r"links : clé inconnue « forum »"),
])
def test_a_wrong_mailbox_is_named(table: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(MINIMAL + "\n[[mailbox]]\n" + table + "\n")
    with pytest.raises(ConfigError, match="« lyon » est déjà le nom d'une autre boîte"):
        parse_config(MINIMAL + '\n[[mailbox]]\nname = "lyon"\n\n[[mailbox]]\nname = "lyon"\n')
