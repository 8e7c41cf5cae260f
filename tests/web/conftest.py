"""Fixtures of the review page tests: a case log the real pipeline wrote over the demo mails (once
for the web tests: tests/web_support.py), and each test's own copy of it with its config."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from responder.config import Config, load_config
from tests.config_factory import write_config
from tests.postgres import copy_database
from tests.web_support import build_case_log


@pytest.fixture(scope="package")
def template_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pipeline runs once for the web tests; each test gets its own copy of the folder."""
    folder = tmp_path_factory.mktemp("caselog")
    build_case_log(folder)
    return folder


@pytest.fixture
def config(template_log: Path, tmp_path: Path) -> Config:
    """The copy's config: its own files, the digest mailed to the EAFC, the relay port unused."""
    folder = tmp_path / "log"
    shutil.copytree(template_log, folder)
    copy_database(template_log, folder)
    return load_config(write_config(folder, web={"digest_to": ("eafc@ac-grenoble.fr",)}))
