"""The IMAP side of the mailbox step: read new messages from one folder and mark them handled.

`ImapSource` owns one imapclient connection: TLS (direct or STARTTLS) and login, the server-side
prefilter `UID SEARCH NOT KEYWORD <keyword>`, batched `FETCH BODY.PEEK[]` (so `\\Seen` stays for
the human who reads the mailbox too), flags and moves after handling (done by imap_folders.py),
the copy in the Sent folder, and waiting for mail (IDLE, imap_idle.py). A dropped connection is
reopened with exponential backoff; whatever was being handled is simply fetched again next pass,
because the database decides what is handled, not the mailbox. Every library error leaves this
module as a MailboxError naming host:port (imap_errors.py words them).
It never parses a message and never logs a body or the password.
"""

from __future__ import annotations

import imaplib
import logging
import ssl
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from responder.config import ImapConfig
from responder.errors import MailboxError
from responder.model import Listing, Outcome, RawMessage
from responder.source.imap_errors import CONNECTION_ERRORS
from responder.source.imap_errors import error_text as _text
from responder.source.imap_errors import permanent_reason
from responder.source.imap_folders import ImapFolders
from responder.source.imap_idle import IDLE_MAX, arrived_since, idle_until

log = logging.getLogger(__name__)

T = TypeVar("T")

SEEN = b"\\Seen"
BACKOFF_FIRST = 1.0
BACKOFF_CAP = 60.0
DEFAULT_ATTEMPTS = 5  # 1 + 2 + 4 + 8 s of waiting at most before giving up on one call
POLL_STEP = 0.5


class ImapSource:
    """Messages of one IMAP folder (config.folder), through one reconnecting connection.

    connect: returns a connected, not yet authenticated IMAPClient (the seam for fault
        injection); by default one is opened as config.security says.
    sleep: waits between reconnection attempts (tests pass a recorder that does not wait).
    max_attempts: connection attempts per call before giving up with a MailboxError.
    """

    def __init__(
        self,
        config: ImapConfig,
        connect: Callable[[], IMAPClient] | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        max_attempts: int = DEFAULT_ATTEMPTS,
    ) -> None:
        self.config = config
        # Host, user and folder: two mailboxes sharing a database are apart, even when their
        # folders have the same name and UIDVALIDITY. Before, only the folder was recorded.
        self.name = f"imap://{config.username}@{config.host}:{config.port}/{config.folder}"
        self.former_names: tuple[str, ...] = (f"imap:{config.folder}",)
        self.batch_size = max(1, config.batch_size)
        self.poll_interval = float(config.poll_interval)
        self._address = f"{config.host}:{config.port}"
        self._connect = connect or self._open_connection
        self._sleep = sleep
        self._max_attempts = max(1, max_attempts)
        self._client: IMAPClient | None = None
        self._uidvalidity: int | None = None
        self._uidnext: int | None = None  # the folder's UIDNEXT just before the last search
        self._selected_uidnext: int | None = None
        self._keywords_allowed = True
        self._folders = ImapFolders(config, self._address)
        if config.security != "none" and not config.verify_certificate:
            log.warning("certificat de %s non vérifié (verify_certificate = false)", self._address)

    # -- the Source interface ------------------------------------------------------------------

    def new_messages(self) -> Listing:
        """List the folder's messages without our keyword, oldest first."""
        uidvalidity, uids = self._run("la recherche des nouveaux messages", self._search)
        log.debug("%s : %d sans mot-clé", self.name, len(uids))
        return Listing(uidvalidity, tuple(str(uid) for uid in uids))

    def fetch(self, listing: Listing, uids: Sequence[str]) -> list[RawMessage]:
        """Return these messages (one FETCH); [] when the folder was recreated since the listing."""
        numbers = [int(uid) for uid in uids]
        messages = self._run(
            "la lecture des messages", lambda client: self._fetch(client, numbers, listing.uidvalidity)
        )
        if messages is None:
            # The folder was recreated behind our back: its UIDs now name other messages.
            log.warning("UIDVALIDITY de %s a changé : nouvelle recherche au prochain passage", self.name)
            return []
        return messages

    def acknowledge(self, handled: Sequence[tuple[RawMessage, Outcome]]) -> None:
        """Mark handled messages in one STORE per flag, then move the settled ones by folder."""
        if handled:
            self._run("le marquage des messages", lambda client: self._acknowledge(client, handled))

    def save_sent(self, message: bytes) -> None:
        """Append a sent reply to config.sent_folder, marked \\Seen (no-op when not configured)."""
        folder = self.config.sent_folder
        if not folder:
            return

        def append(client: IMAPClient) -> None:
            self._folders.ensure_folder(client, folder)
            # A drop after the server stored the message makes the retry store it twice: a
            # duplicate in Sent is better than a missing copy.
            client.append(folder, message, flags=[SEEN])

        self._run(f"l'enregistrement dans « {folder} »", append)

    def wait_for_mail(self, timeout: float, should_stop: Callable[[], bool]) -> None:
        """Return when new mail arrives (IDLE), after `timeout` seconds, or once should_stop() is true."""
        deadline = time.monotonic() + timeout
        if self.config.use_idle and not should_stop():
            client = self._run("la connexion", lambda client: client)
            if client.has_capability("IDLE"):
                try:
                    if arrived_since(client, self.config.folder, self._uidnext):
                        return
                    idle_until(client, min(deadline, time.monotonic() + IDLE_MAX), should_stop)
                    return
                except CONNECTION_ERRORS as error:
                    # Wait out the rest without IDLE; the next fetch reconnects (with backoff).
                    self._drop()
                    log.warning("connexion à %s perdue pendant l'attente : %s", self._address, error)
                except imaplib.IMAP4.error as error:
                    raise MailboxError(
                        f"attente (IDLE) refusée par {self._address} : {_text(error)}"
                    ) from error
        while not should_stop():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            time.sleep(min(POLL_STEP, remaining))

    def close(self) -> None:
        """Log out (or just close the socket when the server is gone)."""
        if self._client is not None:
            try:
                self._client.logout()
            except Exception:  # the connection is being thrown away whatever happened
                self._drop()
            self._client = None

    # -- connection ----------------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if not self.config.verify_certificate:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    def _open_connection(self) -> IMAPClient:
        config = self.config
        if config.security == "ssl":
            context = self._ssl_context()
            return IMAPClient(
                config.host, config.port, ssl=True, ssl_context=context, timeout=config.timeout
            )
        return IMAPClient(config.host, config.port, ssl=False, timeout=config.timeout)

    def _login(self) -> IMAPClient:
        client = self._connect()
        try:
            if self.config.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise MailboxError(
                        f"{self._address} ne propose pas STARTTLS : connexion abandonnée pour ne pas "
                        "envoyer le mot de passe en clair"
                    )
                client.starttls(self._ssl_context())
            client.login(self.config.username, self.config.password())
        except LoginError as error:
            _shutdown(client)
            raise MailboxError(
                f"identifiants refusés par {self._address} pour {self.config.username} : vérifiez "
                f"imap.username et le mot de passe de la variable {self.config.password_env} "
                f"(le serveur dit : {_text(error)})"
            ) from None
        except BaseException:
            _shutdown(client)
            raise
        client.normalise_times = False  # keep INTERNALDATE's time zone
        self._client = client
        try:
            self._select(client)
        except BaseException:
            self._drop()
            raise
        log.info(
            "connecté à %s (%s) en tant que %s, dossier %s",
            self._address, self.config.security, self.config.username, self.config.folder,
        )
        return client

    def _drop(self) -> None:
        if self._client is not None:
            _shutdown(self._client)
        self._client = None

    def _run(self, what: str, operation: Callable[[IMAPClient], T]) -> T:
        """Run operation on a live connection, reconnecting with exponential backoff when it drops."""
        delay = BACKOFF_FIRST
        last: BaseException | None = None
        for attempt in range(1, self._max_attempts + 1):
            try:
                client = self._client if self._client is not None else self._login()
                return operation(client)
            except ssl.SSLCertVerificationError as error:
                self._drop()  # retrying cannot make a certificate valid
                raise MailboxError(f"certificat refusé pour {self._address} : {error}") from error
            except CONNECTION_ERRORS as error:
                self._drop()
                permanent = permanent_reason(error)
                if permanent:
                    # A wrong name, port or security mode: retrying only delays the message.
                    raise MailboxError(f"connexion impossible à {self._address} : {permanent}") from error
                last = error
                log.warning(
                    "connexion à %s perdue ou impossible pendant %s (%s), tentative %d/%d",
                    self._address, what, _text(error), attempt, self._max_attempts,
                )
                if attempt < self._max_attempts:
                    self._sleep(delay)
                    delay = min(delay * 2, BACKOFF_CAP)
            except imaplib.IMAP4.error as error:
                raise MailboxError(f"{self._address} a refusé {what} : {_text(error)}") from error
        raise MailboxError(
            f"connexion impossible à {self._address} : {_text(last)} "
            f"({self._max_attempts} tentatives, pendant {what})"
        ) from last

    # -- operations (each runs on a logged-in connection with the folder selected) -------------

    def _select(self, client: IMAPClient) -> int:
        folder = self.config.folder
        try:
            info = client.select_folder(folder)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as error:
            raise MailboxError(
                f"dossier « {folder} » inaccessible sur {self._address} : {_text(error)}"
            ) from error
        self._uidvalidity = int(info[b"UIDVALIDITY"])
        self._selected_uidnext = int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None
        permanent = info.get(b"PERMANENTFLAGS", ())
        allowed = b"\\*" in permanent or self.config.keyword.encode() in permanent
        if not allowed and self._keywords_allowed:
            log.warning(
                "%s n'accepte pas le mot-clé %s : seule la base de données dira ce qui est traité",
                self._address, self.config.keyword,
            )
        self._keywords_allowed = allowed
        return self._uidvalidity

    def _search(self, client: IMAPClient) -> tuple[int, list[int]]:
        # Select again: it refreshes UIDVALIDITY and the server's view of the folder.
        uidvalidity = self._select(client)
        # Taken before the search, so mail arriving during it counts as new (at worst one
        # extra pass) rather than being missed until the next poll.
        self._uidnext = self._selected_uidnext
        uids = client.search(["NOT", "KEYWORD", self.config.keyword])
        return uidvalidity, sorted(int(uid) for uid in uids)

    def _fetch(
        self, client: IMAPClient, uids: list[int], uidvalidity: int
    ) -> list[RawMessage] | None:
        if self._uidvalidity != uidvalidity:  # reconnected to a recreated folder
            return None
        response = client.fetch(uids, ["BODY.PEEK[]", "INTERNALDATE"])
        messages = []
        for uid in uids:
            data = response.get(uid)
            if data is None or data.get(b"BODY[]") is None:
                continue  # expunged between the search and the fetch
            messages.append(
                RawMessage(
                    source=self.name,
                    uidvalidity=uidvalidity,
                    uid=str(uid),
                    raw=bytes(data[b"BODY[]"]),
                    internal_date=_as_datetime(data.get(b"INTERNALDATE")),
                )
            )
        return messages

    def _acknowledge(self, client: IMAPClient, handled: Sequence[tuple[RawMessage, Outcome]]) -> None:
        ours = [(int(raw.uid), outcome) for raw, outcome in handled if raw.uidvalidity == self._uidvalidity]
        if len(ours) < len(handled):
            # Their UIDs would now point at other messages: better leave them than mark strangers.
            log.warning("%s : UIDVALIDITY %s changée, %d message(s) laissé(s) tels quels",
                        self.name, self._uidvalidity, len(handled) - len(ours))
        self._folders.mark(client, ours, self._keywords_allowed)


def _shutdown(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception as error:  # closing a socket that is already broken
        log.debug("fermeture de la connexion : %s", error)


def _as_datetime(value: Any) -> datetime | None:
    return value if isinstance(value, datetime) else None
