"""Shared fixtures: a real Dovecot (tests/dovecot.py) and real aiosmtpd servers (tests/smtp.py)."""

from tests.dovecot import dovecot_server, dovecot_tls_server, imap_account  # noqa: F401
from tests.smtp import (  # noqa: F401
    self_signed_cert,
    smtp_auth_server,
    smtp_server,
    smtp_starttls_server,
    smtps_server,
)

import logging  # noqa: E402
from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """cli.main() configures the root logger on the test's captured stderr; undo it after the test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(scope="session", autouse=True)
def _postgres_backend() -> Iterator[None]:
    """On RESPONDER_TEST_BACKEND=postgresql, one throwaway cluster holds every test's database."""
    import os

    from tests.postgres import SERVER_ENV, on_postgres, running_postgres

    if not on_postgres():
        yield
        return
    with running_postgres() as url:
        os.environ[SERVER_ENV] = url
        try:
            yield
        finally:
            del os.environ[SERVER_ENV]
            # The last tests' engines, collected quietly now rather than reported at exit.
            import gc
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ResourceWarning)
                gc.collect()


def pytest_configure(config: pytest.Config) -> None:
    from tests.postgres import on_postgres

    if on_postgres():
        # The engines a command opens live as long as its process; a test collects them at its
        # end (tests/postgres.py), and a collection may find a pooled connection still open.
        config.addinivalue_line("filterwarnings", "ignore:.*was deleted while still open:ResourceWarning")


# The folders whose tests keep cases in a database: the PostgreSQL pass runs these only.
DATABASE_FOLDERS = ("store", "web", "product", "invitations", "cli")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from pathlib import Path

    from tests.postgres import on_postgres

    if not on_postgres():
        return
    tests = Path(__file__).parent
    kept = [item for item in items if item.path.relative_to(tests).parts[0] in DATABASE_FOLDERS]
    if len(kept) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept
    skip = pytest.mark.skip(reason="reads or damages the SQLite file itself: runs in the SQLite pass")
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            item.add_marker(skip)
