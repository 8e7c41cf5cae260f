"""What the `responder invite` tests share: a training and five trainees, their roster as Excel
writes it, and the command as the trainer types it.

The config is the tests' (tests/config_factory.py) with the relay on a test SMTP server: the
dry run writes under the test's folder and quiet hours never change a test's budget.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from responder.cli import main
from tests.config_factory import write_config
from tests.smtp import SmtpServer

URL = "https://magistere.education.fr/ac-grenoble/course/view.php?id=4242"
TRAINING = ["--training", "Devenir formateur EAFC", "--url", URL, "--trainer", "Marie Curie",
            "--trainer-email", "marie.curie@ac-grenoble.fr"]
TRAINEES = [
    ("Élodie", "Martin", "elodie.martin@ac-grenoble.fr"),
    ("Jean", "Dupont", "jean.dupont@univ-grenoble-alpes.fr"),
    ("Françoise", "Lœuvre", "francoise.loeuvre@gmail.com"),
    ("Paul", "Bernard", "paul.bernard@ac-grenoble.fr.example.com"),  # lookalike: not academic
    ("Inès", "Petit", "ines.petit@etu.univ-grenoble-alpes.fr"),
]


def write_roster(path: Path, rows: list[tuple[str, str, str]], encoding: str = "cp1252",
                 extra: list[str] | None = None) -> Path:
    lines = ["Prénom;Nom;Courriel "] + [";".join(row) for row in rows] + (extra or [])
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


@pytest.fixture
def setup(tmp_path: Path, smtp_server: SmtpServer) -> tuple[Path, Path]:
    return write_config(tmp_path, smtp={"port": smtp_server.port}), write_roster(tmp_path / "stagiaires.csv", TRAINEES)


def invite(config: Path, roster: Path, *options: str) -> int:
    return main(["--config", str(config), "invite", str(roster), *TRAINING, *options])


def received(server: SmtpServer) -> Counter[str]:
    return Counter(m.rcpt_tos[0] for m in server.messages)
