"""`responder invite --send` in a real subprocess killed or interrupted mid-run, then run again:
every trainee ends with exactly one invitation (at most one duplicate, same Message-ID, where the
relay had the whole message); and the progress it shows on a terminal and in a log."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from tests.invitations.campaign_support import TRAINEES, TRAINING, received, setup  # noqa: F401  (setup: a fixture)
from tests.paths import ROOT
from tests.smtp import SmtpServer


def _start(config: Path, roster: Path, *options: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "responder", "--config", str(config), "invite", str(roster), *TRAINING,
         "--send", *options],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _run(config: Path, roster: Path, *options: str) -> subprocess.CompletedProcess[str]:
    process = _start(config, roster, *options)
    out, err = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_sigkill_before_the_data_then_rerun_every_trainee_has_exactly_one_invitation(
        setup: tuple[Path, Path], smtp_server: SmtpServer) -> None:
    config, roster = setup
    reached, release = smtp_server.hold("MAIL", skip=2)
    process = _start(config, roster)
    assert reached.wait(30)  # the third invitation is `sending` in the journal, nothing sent yet
    process.kill()
    process.communicate(timeout=10)
    release.set()
    held = TRAINEES[2][2]

    rerun = _run(config, roster)

    assert rerun.returncode == 1, rerun.stderr
    assert f"{held} : incertaine" in rerun.stdout and "--resend-uncertain" in rerun.stdout
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES if row[2] != held})
    final = _run(config, roster, "--resend-uncertain")
    assert final.returncode == 0, final.stderr
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})


def test_sigkill_after_the_final_dot_doubles_at_most_that_invitation_with_the_same_message_id(
        setup: tuple[Path, Path], smtp_server: SmtpServer) -> None:
    config, roster = setup
    reached, release = smtp_server.hold("DATA", skip=2)
    process = _start(config, roster)
    assert reached.wait(30)  # the third invitation's data is in; the relay has not answered
    process.kill()
    process.communicate(timeout=10)
    release.set()
    doubled = TRAINEES[2][2]
    # The relay had the whole message: it may well deliver it (the ambiguous window, RFC 1047).
    assert [m.rcpt_tos for m in smtp_server.unanswered] == [(doubled,)]

    held = _run(config, roster)
    assert held.returncode == 1 and f"{doubled} : incertaine" in held.stdout  # not resent unasked
    final = _run(config, roster, "--resend-uncertain")

    assert final.returncode == 0, final.stderr
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})
    copies = [m for m in smtp_server.unanswered + smtp_server.messages if m.rcpt_tos == (doubled,)]
    assert len(copies) == 2  # at most one duplicate, for that one trainee ...
    assert copies[0].message["Message-ID"] == copies[1].message["Message-ID"]  # ... with the same id


def test_ctrl_c_finishes_the_current_invitation_stops_with_exit_3_and_the_rerun_completes(
        setup: tuple[Path, Path], smtp_server: SmtpServer) -> None:
    config, roster = setup
    reached, release = smtp_server.hold("MAIL", skip=1)
    process = _start(config, roster)
    assert reached.wait(30)
    process.send_signal(signal.SIGINT)
    time.sleep(0.3)
    release.set()
    out, err = process.communicate(timeout=30)

    assert process.returncode == 3, err
    assert "arrêt demandé" in err and "relancez la même commande" in err
    assert received(smtp_server) == Counter({TRAINEES[0][2]: 1, TRAINEES[1][2]: 1})
    assert _run(config, roster).returncode == 0
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})


def test_progress_is_a_bar_on_a_terminal_and_a_line_per_invitation_in_a_log(
        setup: tuple[Path, Path], smtp_server: SmtpServer, tmp_path: Path) -> None:
    import pty

    config, roster = setup
    logged = _run(config, roster, "--limit", "2")
    assert logged.returncode == 4, logged.stderr  # a pilot: the rest of the roster waits
    assert "[1/2] elodie.martin@ac-grenoble.fr (académique) : envoyée (250 OK)" in logged.stderr
    assert "[2/2] jean.dupont@univ-grenoble-alpes.fr (enseignement supérieur) : envoyée" in logged.stderr

    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "160"}
    process = subprocess.Popen(
        [sys.executable, "-m", "responder", "--config", str(config), "invite", str(roster), *TRAINING, "--send"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=follower,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=30) == 0
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert "Invitations" in screen and "3/3" in screen and "envoyée 3" in screen
    assert received(smtp_server) == Counter({row[2]: 1 for row in TRAINEES})
