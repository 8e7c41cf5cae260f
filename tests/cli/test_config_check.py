"""`responder config check` against a real Dovecot and a real aiosmtpd with AUTH (issue 14): it
says what works and what does not, one line each, and sends, flags and records nothing."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from responder.cli import main
from tests.config_factory import write_config
from tests.dovecot import ImapAccount
from tests.postgres import on_postgres
from tests.product.end_to_end_support import BATCH
from tests.smtp import SmtpServer


def test_a_working_configuration_is_said_to_work_and_nothing_is_sent_or_flagged(
        imap_account: ImapAccount, smtp_auth_server: SmtpServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    imap_account.append(BATCH["academic_password_quoted"][0])
    config = write_config(tmp_path, imap=imap_account.imap_config(), smtp=smtp_auth_server.smtp_config())
    assert main(["--config", str(config), "config", "check"]) == 0
    captured = capsys.readouterr()
    out = captured.out
    assert f"configuration lue et vérifiée : {config}" in out
    assert (f"OK     boîte : IMAP 127.0.0.1:{imap_account.port} (none), {imap_account.username}, dossier INBOX : "
            "connecté, 1 message(s) à traiter") in out
    assert f"OK     relais SMTP 127.0.0.1:{smtp_auth_server.port} : connecté (none, authentifié en tant que" in out
    assert "OK     base de données" in out and "rien n'a été envoyé, marqué ni enregistré" in out
    assert smtp_auth_server.messages == [] and smtp_auth_server.auth_attempts  # logged in, sent nothing
    assert "INFO" not in captured.err  # only the report, no log lines mixed in
    assert all("$Responder" not in flags for flags in imap_account.flags().values())
    if not on_postgres():
        assert not (tmp_path / "responder.db").exists() and "créé au premier démarrage" in out
        assert f"(fichier {(tmp_path / 'responder.db').resolve()})" in out  # where a relative path leads


def test_what_does_not_work_is_named_and_the_rest_still_checked(
        imap_account: ImapAccount, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(imap_account.password_env, "pas-le-bon-mot-de-passe")
    with socket.socket() as probe:  # a port nothing listens on: the relay is down
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    config = write_config(tmp_path, imap=imap_account.imap_config(), smtp={"port": closed})
    assert main(["--config", str(config), "config", "check"]) == 2
    out = capsys.readouterr().out
    assert f"ÉCHEC  boîte : IMAP 127.0.0.1:{imap_account.port}" in out and "identifiants refusés" in out
    assert f"vérifiez imap.username et le mot de passe de la variable {imap_account.password_env}" in out
    assert f"ÉCHEC  relais SMTP 127.0.0.1:{closed} : serveur SMTP 127.0.0.1:{closed} injoignable" in out
    assert "rien n'écoute sur ce port" in out
    assert "OK     base de données" in out
    assert "pas-le-bon-mot-de-passe" not in out


def test_a_relay_port_that_is_another_kind_of_server_is_said_so(
        imap_account: ImapAccount, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The admin typed the IMAP port in [smtp]: Dovecot greets, and it is not an SMTP greeting.
    config = write_config(tmp_path, imap=imap_account.imap_config(), smtp={"port": imap_account.port})
    assert main(["--config", str(config), "config", "check"]) == 2
    out = capsys.readouterr().out
    assert f"ÉCHEC  relais SMTP 127.0.0.1:{imap_account.port}" in out
    assert "ce port ne parle pas SMTP (il répond « " in out and "vérifiez [smtp] port" in out
    assert "(-1, b'" not in out
