"""Several `responder run` processes on one mailbox and one PostgreSQL database, for the
multi-worker test (test_workers.py) and the throughput benchmark (scripts/bench_workers.py).

`trainee_mails` writes a mailbox of questions as trainees write them: a hundred-odd senders of
three kinds, most writing several times (so the caps per sender and "the same answer twice"
matter), with thanks and robots among them. `start_workers` starts N workers, each logging to a
file of its own (a pipe nobody reads would fill up and stop the worker); `handled` counts what the
database says is done.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from responder.store.database import open_database
from responder.store.schema import MailboxMessage
from tests.product.end_to_end_support import INVITATION_QUOTE, eml

DOMAINS = ("ac-grenoble.fr", "univ-grenoble-alpes.fr", "gmail.com", "ac-lyon.fr", "orange.fr")
QUESTIONS = (
    "Bonjour,\nJ'ai oublié mon mot de passe, comment faire ?\n{name}\n" + INVITATION_QUOTE,
    "Bonjour, je n'arrive pas à me connecter à M@gistère, le site refuse mon identifiant.\n{name}",
    "Bonjour,\nje suis connectée mais je ne trouve pas le parcours dans ma liste.\nMerci, {name}",
    "Bonjour, quel est mon identifiant pour la plateforme ? Je ne l'ai jamais reçu.\n{name}",
    "Merci beaucoup pour l'invitation, à bientôt.\n{name}",
    "Bonjour, pourrais-je avoir le programme détaillé du présentiel de mars ?\n{name}",
    "Bonjour,\nle lien de l'invitation ne marche pas et je ne sais pas où aller.\n{name}",
)


def trainee_mails(count: int, run: str, insistent_every: int = 0) -> list[bytes]:
    """`count` distinct mails (Message-IDs of this `run`), about four per sender; with
    `insistent_every`, one trainee writes every that many mails too (a batch of each worker)."""
    mails = []
    sent = datetime.now(UTC) - timedelta(minutes=10)
    for index in range(count):
        person = index % max(1, count // 4)
        if insistent_every and index % insistent_every == 0 and index < 12 * insistent_every:
            person = count  # nobody else's number
        name = f"Stagiaire{person}"
        address = f"stagiaire{person}@{DOMAINS[person % len(DOMAINS)]}"
        body = QUESTIONS[(index // 3 + person) % len(QUESTIONS)].format(name=name)
        mails.append(eml(f"{name} <{address}>", body, message_id=f"<{run}.{index}@client.example>",
                         subject=f"Re: Invitation au parcours ({index % 7})", date=sent,
                         extra=f"Return-Path: <{address}>\r\n"))
    return mails


def start_workers(config: Path, count: int, folder: Path) -> list[tuple[subprocess.Popen[bytes], Path]]:
    """Start `count` workers (`responder run`, polling forever); returns each with its log file."""
    workers = []
    for number in range(count):
        log = folder / f"worker-{number}.log"
        with log.open("wb") as output:
            process = subprocess.Popen([sys.executable, "-m", "responder", "--config", str(config), "run"],
                                       stdout=output, stderr=subprocess.STDOUT, cwd=folder, env=dict(os.environ))
        workers.append((process, log))
    return workers


def handled(url: str) -> int:
    """How many mailbox messages the workers have recorded and flagged."""
    with open_database(url, migrate=False)() as session:
        return int(session.scalar(select(func.count(MailboxMessage.id)).where(MailboxMessage.acknowledged.is_(True)))
                   or 0)


def wait_for(condition: Callable[[], bool], seconds: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def stop(workers: list[tuple[subprocess.Popen[bytes], Path]]) -> None:
    """SIGTERM the workers still running and wait for them (SIGKILL past 30 s)."""
    for process, _ in workers:
        if process.poll() is None:
            process.terminate()
    for process, _ in workers:
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

