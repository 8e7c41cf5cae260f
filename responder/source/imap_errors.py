"""IMAP errors in an admin's words: what failed, and whether trying again can help.

Used by the imap*.py modules of this package only. imaplib and imapclient word their errors in
English and sometimes as a Python bytes literal (`b'[AUTHENTICATIONFAILED] Authentication
failed.'`); every message of responder is one French line naming what to check.
`CONNECTION_ERRORS` are the exceptions that mean the connection is gone.
"""

from __future__ import annotations

import ast
import imaplib
import re
import socket
import ssl

from responder.errors import os_error_text

# socket.timeout, ConnectionError and ssl.SSLError are all OSError; imaplib reports a closed
# connection ("socket error: EOF") or a server BYE as IMAP4.abort.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (OSError, imaplib.IMAP4.abort)

_BYTES_REPR = re.compile(r"""^b(['"])(.*)\1$""", re.S)


def permanent_reason(error: BaseException) -> str:
    """Why no retry can succeed (with what to check), or "" for an error worth retrying."""
    if isinstance(error, socket.gaierror):
        return "nom inconnu (DNS) : vérifiez [imap] host"
    if isinstance(error, ConnectionRefusedError):
        return "connexion refusée, rien n'écoute sur ce port : vérifiez [imap] host et port"
    if isinstance(error, ssl.SSLError) and "WRONG_VERSION_NUMBER" in str(error).upper():
        return ('le serveur ne parle pas TLS dès la connexion sur ce port : essayez '
                'security = "starttls" (port 143) ou le port TLS du serveur (993)')
    return ""


def error_text(error: BaseException | None) -> str:
    """Return an exception as one readable line (imaplib puts bytes in its messages)."""
    if error is None:
        return "erreur inconnue"
    if isinstance(error, TimeoutError):
        return "délai dépassé"
    if isinstance(error, OSError):
        return os_error_text(error) if error.errno else (str(error) or type(error).__name__)
    parts = [
        part.decode("utf-8", "replace") if isinstance(part, bytes) else _unrepr(str(part))
        for part in error.args
    ]
    return " ".join(parts) or type(error).__name__


def _unrepr(text: str) -> str:
    """The server's own words inside a Python bytes literal ("b'[AUTHENTICATIONFAILED] ...'")."""
    found = _BYTES_REPR.match(text.strip())
    if found is None:
        return text
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError):
        return found.group(2)
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
