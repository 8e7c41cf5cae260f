"""What the admin sees when something around responder is wrong (issue 9): the relay unreachable
or mismatched, a password variable missing, the disk full, the database read-only or newer than
the code, and a --debug log. Real SMTP servers, real SQLite files, the command line as typed.
"""

from __future__ import annotations

import logging
import mailbox
import os
import resource
import signal
import socket
import subprocess
import sys
from datetime import UTC, datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from responder.cli import main
from tests import poison
from tests.database_rows import connect
from tests.config_factory import write_config
from tests.dovecot import ImapAccount
from tests.paths import ROOT
from tests.smtp import SmtpServer

TRAINEES = ("claire.martin", "paul.roux", "lea.fontaine")


def questions() -> list[bytes]:
    return [
        poison.message("", poison.QUESTION, sender=f"{name} <{name}@ac-grenoble.fr>",
                       message_id=f"<q.{name}@client.example>")
        for name in TRAINEES
    ]


def fill(folder: Path, raws: list[bytes]) -> mailbox.Maildir:
    box = mailbox.Maildir(folder / "Maildir", create=True)
    for raw in raws:
        box.add(raw)
    return box


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def replies(folder: Path) -> list[tuple[str, int]]:
    with connect(folder) as db:
        return db.execute("select state, attempts from replies order by id").fetchall()


def flags(box: mailbox.Maildir) -> list[str]:
    return sorted(box.get_message(key).get_flags() for key in box.keys())


def test_an_unreachable_relay_keeps_every_reply_waiting_warns_once_and_exits_3(
        tmp_path: Path, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    box = fill(tmp_path, questions())
    closed = free_port()
    config = write_config(tmp_path, smtp={"port": closed})

    code = main(["--config", str(config), "run", "--once"])

    err = capsys.readouterr().err  # the log goes to stderr too
    assert code == 3
    assert "attention : 3 réponse(s) en attente dans la file d'envoi" in err
    assert "connexion refusée : rien n'écoute sur ce port, vérifiez [smtp] host et port" in err
    warnings = [line for line in err.splitlines() if "WARNING serveur SMTP injoignable" in line]
    assert len(warnings) == 1 and f"127.0.0.1:{closed}" in warnings[0]  # once per outage
    assert replies(tmp_path) == [("pending", 0)] * 3  # the relay's fault is no attempt of theirs
    assert flags(box) == ["", "", ""]  # handled (moved to cur/), not yet answered

    write_config(tmp_path, smtp={"port": smtp_server.port})  # the relay is back
    assert main(["--config", str(config), "run", "--once"]) == 0
    assert sorted(m.rcpt_tos[0] for m in smtp_server.messages) == sorted(f"{n}@ac-grenoble.fr" for n in TRAINEES)
    assert [state for state, _ in replies(tmp_path)] == ["sent"] * 3
    assert flags(box) == ["R", "R", "R"]
    assert main(["--config", str(config), "run", "--once"]) == 0
    assert len(smtp_server.messages) == 3


def test_ssl_against_a_plain_port_stops_at_once_with_the_hint(
        tmp_path: Path, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    box = fill(tmp_path, questions()[:1])
    config = write_config(tmp_path, smtp={"port": smtp_server.port, "security": "ssl", "verify_certificate": False})

    assert main(["--config", str(config), "run", "--once"]) == 2

    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith(f"erreur : échec TLS avec le serveur SMTP 127.0.0.1:{smtp_server.port}")
    assert 'essayez security = "starttls"' in last
    assert smtp_server.connections == 1 and not smtp_server.messages  # one try, not five
    assert replies(tmp_path) == [("pending", 0)]
    assert len(box) == 1


def test_a_missing_password_variable_stops_before_any_connection(
        tmp_path: Path, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RESPONDER_TEST_UNSET_PASSWORD", raising=False)
    box = fill(tmp_path, questions()[:1])
    config = write_config(tmp_path, smtp={"port": smtp_server.port, "username": "relay",
                                          "password_env": "RESPONDER_TEST_UNSET_PASSWORD"})

    assert main(["--config", str(config), "run", "--once"]) == 2

    err = capsys.readouterr().err
    assert err.splitlines()[-1] == ("erreur : smtp.password_env: la variable d'environnement "
                                    "RESPONDER_TEST_UNSET_PASSWORD n'est pas définie (export "
                                    "RESPONDER_TEST_UNSET_PASSWORD=... dans le shell qui lance la commande)")
    assert "INFO" not in err  # checked first, before anything else is opened or logged
    assert smtp_server.connections == 0
    assert not (tmp_path / "responder.db").exists() or replies(tmp_path) == []
    assert [key for key in box.keys()] and not flags(box)[0]


def _responder(config: Path, *args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    """`responder` in a process of its own, with a file size limit when asked (a full disk)."""
    def prepare() -> None:
        if limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "responder", "--config", str(config), *args],
        capture_output=True, text=True, timeout=120, preexec_fn=prepare, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 1 MB tmpfs for the database (a disk that really fills up), or None where mounting is not
    allowed: the test then limits the file size instead (RLIMIT_FSIZE)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                             capture_output=True).returncode == 0
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.sqlite_only  # a disk that fills up under an SQLite file
def test_a_full_disk_stops_the_run_with_one_french_line_and_the_rerun_carries_on(
        tmp_path: Path, smtp_server: SmtpServer, small_disk: Path | None) -> None:
    box = fill(tmp_path, questions()[:1])
    database = small_disk or tmp_path
    config = write_config(tmp_path, smtp={"port": smtp_server.port},
                          database={"url": f"sqlite:///{database / 'responder.db'}"})
    assert _responder(config, "run", "--once").returncode == 0  # one case, the database built
    secret = "phrase-du-stagiaire-7c1e"
    big = poison.message("", f"Bonjour, {secret}, mon mot de passe ?\r\n" + "x" * 600_000,
                         sender="Nora Plein <nora.plein@ac-grenoble.fr>")
    box.add(big)
    limit = None if small_disk else sum(f.stat().st_size for f in tmp_path.glob("responder.db*")) + 64 * 1024
    expected = "disque plein : libérez de la place" if small_disk else "erreur d'entrée-sortie du disque"

    full = _responder(config, "--debug", "run", "--once", limit=limit)

    assert full.returncode != 0 and expected in full.stderr, full.stderr
    assert secret not in full.stderr  # no SQL parameters, even in a --debug traceback
    assert len(smtp_server.messages) == 1  # nothing sent for the message that could not be recorded
    assert sorted(flags(box)) == ["", "R"]  # ... and it is not flagged: it waits in new/

    quiet = _responder(config, "run", "--once", limit=limit)
    last = quiet.stderr.strip().splitlines()[-1]
    assert quiet.returncode == 2 and last.startswith("erreur : base de données sqlite:///") and expected in last
    assert "Traceback" not in quiet.stderr

    if small_disk is not None:
        subprocess.run(["mount", "-o", "remount,size=16m", str(small_disk)], check=True)
    again = _responder(config, "run", "--once")
    assert again.returncode == 0, again.stderr
    assert sorted(m.rcpt_tos[0] for m in smtp_server.messages) == ["claire.martin@ac-grenoble.fr",
                                                                   "nora.plein@ac-grenoble.fr"]
    assert replies(database) == [("sent", 1), ("sent", 1)]


def test_a_read_only_database_stops_the_run_with_one_french_line(
        tmp_path: Path, smtp_server: SmtpServer, small_disk: Path | None) -> None:
    if small_disk is None:
        pytest.skip("mount is not allowed here: no read-only file system to put the database on")
    box = fill(tmp_path, questions()[:1])
    config = write_config(tmp_path, smtp={"port": smtp_server.port},
                          database={"url": f"sqlite:///{small_disk / 'responder.db'}"})
    assert _responder(config, "db", "upgrade").returncode == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)

    result = _responder(config, "run", "--once")

    assert result.returncode == 2, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("erreur : base de données sqlite:///") and "lecture seule" in last, last
    assert "Traceback" not in result.stderr
    assert not smtp_server.messages and len(box) == 1
    assert len(list((tmp_path / "Maildir" / "new").iterdir())) == 1  # left for the next run

    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert _responder(config, "run", "--once").returncode == 0
    assert len(smtp_server.messages) == 1


def test_a_database_from_a_newer_responder_is_named_not_migrated(
        tmp_path: Path, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config(tmp_path, smtp={"port": smtp_server.port})
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    with connect(tmp_path) as db:
        db.execute("update alembic_version set version_num = '0099'")
    capsys.readouterr()

    for command in (["db", "upgrade"], ["run", "--once"], ["cases"]):
        assert main(["--config", str(config), *command]) == 2
        last = capsys.readouterr().err.splitlines()[-1]
        assert last.startswith("erreur : base de données") and "révision du schéma « 0099 » inconnue" in last, command


def test_debug_logs_never_hold_a_message_body(
        imap_account: ImapAccount, smtp_server: SmtpServer, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    secret = "ma-phrase-personnelle-93b2"
    imap_account.append(poison.message("", f"Bonjour, {secret} : j'ai oublié mon mot de passe ?\r\n"))
    config = write_config(tmp_path, imap=imap_account.imap_config(use_idle=False), smtp={"port": smtp_server.port})

    assert main(["--debug", "--config", str(config), "run", "--once"]) == 0

    logged = capsys.readouterr().err
    assert "connecté à" in logged and "claire.martin@ac-grenoble.fr" in logged  # debug did log
    assert secret not in logged and "FETCH" not in logged and imap_account.password not in logged
    assert len(smtp_server.messages) == 1


@pytest.mark.parametrize("smtputf8", [True, False])
def test_an_internationalised_sender_is_answered_or_handed_to_a_human_with_the_reason(
        tmp_path: Path, smtputf8: bool) -> None:
    server = SmtpServer(enable_SMTPUTF8=smtputf8)
    server.start()
    try:
        fill(tmp_path, [poison.raw_utf8_sender()])
        config = write_config(tmp_path, smtp={"port": server.port})
        assert main(["--config", str(config), "run", "--once"]) == 0
    finally:
        server.stop()
    with connect(tmp_path) as db:
        sender, action, stops = db.execute("select sender_address, action, stops from cases").fetchone()
        state, detail = db.execute("select state, last_detail from replies").fetchone()
    assert sender == "andré.müller@exemple-école.fr"
    if smtputf8:
        assert (action, state) == ("reply", "sent")
        assert [m.rcpt_tos for m in server.messages] == [("andré.müller@exemple-école.fr",)]
    else:
        assert (action, state) == ("escalate", "failed") and not server.messages
        assert "SMTPUTF8" in detail and "delivery_failed" in stops


def test_a_message_over_its_cpu_budget_becomes_a_case_for_a_human_and_the_mailbox_moves_on(
        tmp_path: Path, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import responder.pipeline

    # No input costs 10 s any more; a budget of half a millisecond stands for the next one that would.
    monkeypatch.setattr(responder.pipeline, "CPU_BUDGET", 0.0005)
    box = fill(tmp_path, [poison.keyword_flood()])
    config = write_config(tmp_path, smtp={"port": smtp_server.port})

    assert main(["--config", str(config), "run", "--once"]) == 0

    with connect(tmp_path) as db:
        action, error, raw = db.execute("select action, error, raw from cases").fetchone()
    assert action == "escalate" and error.startswith("message trop complexe : analyse arrêtée")
    assert raw == box.get_bytes(box.keys()[0])  # kept whole for the human
    assert flags(box) == [""] and not smtp_server.messages


def test_the_cpu_budget_interrupts_pure_python_work() -> None:
    import time

    from responder.watchdog import Overtime, cpu_budget

    started = time.process_time()
    with pytest.raises(Overtime):
        with cpu_budget(0.2):
            while True:
                sum(range(1000))
    assert 0.15 < time.process_time() - started < 2
    with cpu_budget(5):  # a block within its budget is left alone
        sum(range(1000))


def test_the_forever_loop_says_an_outage_once_and_sends_everything_when_the_relay_is_back(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    import threading
    import time

    from responder.config import load_config
    from responder.service import run_service
    from responder.demo.sink import MaildropSink

    port = free_port()
    config = load_config(write_config(tmp_path, smtp={"port": port}))
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    stop = threading.Event()
    loop = threading.Thread(target=run_service, args=(config, False, stop.is_set), daemon=True)

    def cases_reach(count: int) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with connect(tmp_path) as db:
                    if db.execute("select count(*) from cases").fetchone()[0] >= count:
                        return
            except Exception:  # noqa: BLE001 - the schema may not be there yet
                pass  # the run has not created its tables yet
            time.sleep(0.1)
        raise AssertionError(f"fewer than {count} cases after 20 s")

    with caplog.at_level(logging.INFO):
        loop.start()
        try:
            for count, raw in enumerate(questions(), start=1):  # one pass per message
                box.add(raw)
                cases_reach(count)
            with MaildropSink(tmp_path / "sent", port=port) as sink:
                box.add(poison.message("", poison.QUESTION, sender="Tom <tom.t@ac-grenoble.fr>"))
                cases_reach(4)
                deadline = time.monotonic() + 20
                while len(sink.received) < 4 and time.monotonic() < deadline:
                    time.sleep(0.1)
                received = len(sink.received)
        finally:
            stop.set()
            loop.join(timeout=30)

    messages = [record.getMessage() for record in caplog.records]
    assert sum("serveur SMTP injoignable" in m for m in messages) == 1  # three passes, one warning
    assert sum("serveur SMTP de nouveau joignable" in m for m in messages) == 1
    assert not any(m.endswith(": waiting") for m in messages)  # no line a waiting reply and a pass
    assert received == 4 and replies(tmp_path) == [("sent", 1)] * 4


def test_the_end_of_run_line_adds_up_and_counts_replies_sent_from_the_waiting_list(
        tmp_path: Path, smtp_server: SmtpServer, capsys: pytest.CaptureFixture[str]) -> None:
    import re

    from tests.web_support import fill_maildir

    fill_maildir(tmp_path / "Maildir", datetime.now(UTC))  # questions, a robot, a thank-you, a hostile mail
    down = write_config(tmp_path, smtp={"port": free_port()})  # the relay is down: the replies wait
    assert main(["--config", str(down), "run", "--once"]) == 3
    first = re.search(r"fin : (\d+) message\(s\) = (\d+) répondu\(s\) automatiquement \+ (\d+) pour un humain"
                      r"(?: \(dont \d+ en erreur\))? \+ (\d+) ignoré\(s\) ; (\d+) mail\(s\) envoyé\(s\)",
                      capsys.readouterr().err)
    assert first is not None
    handled, answered, escalated, ignored, sent = map(int, first.groups())
    assert handled == answered + escalated + ignored > 0 and answered > 0 and sent == 0
    config = write_config(tmp_path, smtp={"port": smtp_server.port})
    assert main(["--config", str(config), "run", "--once"]) == 0  # the relay is back: they leave now
    second = capsys.readouterr().err
    waited = len(smtp_server.messages)
    assert waited > 0
    assert f"fin : 0 message(s) = 0 répondu(s) automatiquement + 0 pour un humain + 0 ignoré(s) ; {waited} mail(s) " \
           f"envoyé(s), dont {waited} en attente d'un passage précédent" in second
