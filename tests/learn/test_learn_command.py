"""`responder learn`: a manager's corrections become examples, the new models are judged on a
held-out folder and kept only when they are no worse (issue 11). Real pipeline, real SQLite."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from responder.cli import main
from responder.config import Config
from responder.judge.evaluate import measure
from responder.learn.corrections import no_worse
from responder.store.database import open_database
from responder.store.review import ReviewStore
from responder.store.review_values import CaseFilter
from tests.config_factory import config_text
from tests.paths import DEMO
from tests.web_support import build_case_log

HELDOUT_LABELS = """
["01-academic-password.eml"]
profile = "academic"
topics = ["forgotten_password"]
action = "reply"

["05-escalate-attestation.eml"]
profile = "academic"
topics = []
action = "escalate"
"""


def heldout(tmp_path: Path) -> Path:
    folder = tmp_path / "heldout"
    folder.mkdir()
    for name in ("01-academic-password.eml", "05-escalate-attestation.eml"):
        shutil.copy(DEMO / name, folder / name)
    (folder / "labels.toml").write_text(HELDOUT_LABELS, encoding="utf-8")
    return folder


def with_models_dir(config: Config, folder: Path, models: Path) -> Path:
    changed = dataclasses.replace(config, responder=dataclasses.replace(config.responder, models_dir=str(models)))
    path = folder / "config.toml"
    path.write_text(config_text(changed), encoding="utf-8")
    return path


def correct_the_first_escalation(config: Config) -> None:
    review = ReviewStore(open_database(config.database.url))
    escalated = [r.id for r in review.page(CaseFilter(action="escalate"), 1, size=50).rows]
    assert escalated
    assert review.correct(escalated[0], 1, "academic", [], "escalate", datetime.now(UTC))


def test_learn_needs_a_models_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = build_case_log(tmp_path)
    assert main(["--config", str(config.path), "learn", "--heldout", str(heldout(tmp_path))]) == 2
    assert "[responder] models_dir est vide" in capsys.readouterr().err


def test_learn_judges_the_new_models_and_installs_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = build_case_log(tmp_path)
    correct_the_first_escalation(config)
    models = tmp_path / "models"
    path = with_models_dir(config, tmp_path, models)
    folder = heldout(tmp_path)
    assert main(["--config", str(path), "learn", "--heldout", str(folder), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 correction(s) de la page de suivi" in out and "1 message(s) étiquetés" in out
    assert "modèles actuels" in out and "nouveaux modèles" in out and "--dry-run : rien n'est changé" in out
    assert not models.exists()
    assert main(["--config", str(path), "learn", "--heldout", str(folder)]) == 0
    assert "nouveaux modèles écrits dans" in capsys.readouterr().out
    assert (models / "clauses.npz").is_file() and (models / "profiles.npz").is_file()
    # The installation now decides with them, and still answers the password question.
    assert main(["--config", str(path), "classify", "--json", str(DEMO / "01-academic-password.eml")]) == 0
    assert '"action": "reply"' in capsys.readouterr().out


def test_new_models_with_more_wrong_answers_or_a_worse_action_are_refused() -> None:
    from responder.judge.evaluate import Item, Label, Prediction

    label = Label("academic", ("forgotten_password",), "escalate", "")
    right = measure([Item("a", label, Prediction("academic", ("forgotten_password",), "escalate", ()))])
    wrong = measure([Item("a", label, Prediction("academic", ("forgotten_password",), "reply", ()))])
    assert no_worse(right, right) and no_worse(wrong, right)
    assert not no_worse(right, wrong)
