"""Signed Message-IDs: how our own mail is recognised when it comes back.

Our replies carry `<rsp-{token}-{mac}@{domain}>` where mac is an HMAC of the token under a key only
this installation knows. Trainees write from our domain too (ac-grenoble.fr), so the domain alone
proves nothing; the signature does (see shared/notes/autoreply-safety.md, G10). Render signs,
guard verifies; both import this module and nothing else of responder.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

_OURS = re.compile(r"^<?rsp-([A-Za-z0-9.]+)-([0-9a-f]{16})@([^>]+)>?$")


def _mac(token: str, key: bytes) -> str:
    return hmac.new(key, token.encode("ascii"), hashlib.sha256).hexdigest()[:16]


def new_token() -> str:
    """Return a fresh random token for a Message-ID."""
    return secrets.token_hex(8)


def sign_message_id(token: str, key: bytes, domain: str) -> str:
    """Return our Message-ID for `token`, angle brackets included."""
    return f"<rsp-{token}-{_mac(token, key)}@{domain}>"


def is_signed_by_us(message_id: str, key: bytes) -> bool:
    """Tell whether a Message-ID is one we generated (valid signature, whatever the domain)."""
    match = _OURS.match(message_id.strip())
    if not match:
        return False
    return hmac.compare_digest(match.group(2), _mac(match.group(1), key))
