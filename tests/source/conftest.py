"""Fixtures of the mailbox tests: a cuttable relay in front of the test Dovecot, and the backoff
waits recorded instead of slept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.dovecot import ImapAccount
from tests.source.mailbox_support import CuttableProxy, Delays


@pytest.fixture
def proxy(imap_account: ImapAccount) -> Iterator[CuttableProxy]:
    relay = CuttableProxy(imap_account.port)
    yield relay
    relay.close()


@pytest.fixture
def delays() -> Delays:
    return Delays()
