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
