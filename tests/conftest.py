"""Shared fixtures: a real Dovecot (tests/dovecot.py) and real aiosmtpd servers (tests/smtp.py)."""

from tests.dovecot import dovecot_server, dovecot_tls_server, imap_account  # noqa: F401
from tests.smtp import (  # noqa: F401
    self_signed_cert,
    smtp_auth_server,
    smtp_server,
    smtp_starttls_server,
    smtps_server,
)
