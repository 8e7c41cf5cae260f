"""The error family of responder.

Every error an operator can act on is a ResponderError; library exceptions are caught in the
module that talks to the library and re-raised as one of these, with where it happened
(file and key, host and port). The command line prints the message as one line and exits 2.
This module imports nothing from responder.
"""

import errno
import re


class ResponderError(Exception):
    """An error the operator can fix; its message says what and where."""


class ConfigError(ResponderError):
    """The configuration file (or the rules file) is wrong: the message names the file and key."""


class MailboxError(ResponderError):
    """The mailbox cannot be reached or read (host:port, folder)."""


class DeliveryError(ResponderError):
    """The SMTP server cannot be reached or refuses us as a whole (host:port)."""


class DatabaseError(ResponderError):
    """The database cannot be opened or migrated."""


class RosterError(ResponderError):
    """The roster file cannot be read as a whole (missing, no address column): file named."""


class CampaignError(ResponderError):
    """A campaign cannot go on as asked (changed template or URL not confirmed, busy): says why."""


# The operating system's reasons in French: Python words them in English ("No such file or
# directory"), and every message of responder is one French line.
_OS_REASONS = {
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.EACCES: "permission refusée",
    errno.EPERM: "opération non permise",
    errno.ENOSPC: "disque plein",
    errno.EDQUOT: "quota du disque dépassé",
    errno.EROFS: "système de fichiers en lecture seule",
    errno.EISDIR: "c'est un dossier, pas un fichier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EEXIST: "existe déjà",
    errno.EFBIG: "fichier trop gros",
    errno.EIO: "erreur d'entrée-sortie",
    errno.ECONNREFUSED: "connexion refusée",
    errno.ETIMEDOUT: "délai dépassé",
    errno.EHOSTUNREACH: "hôte injoignable",
    errno.ENETUNREACH: "réseau injoignable",
    errno.ECONNRESET: "connexion coupée par le serveur",
    errno.EADDRINUSE: "adresse ou port déjà utilisé",
    errno.EADDRNOTAVAIL: "adresse non disponible sur cette machine",
}


def os_error_text(error: OSError, with_file: bool = False) -> str:
    """Return an OSError as French words ("permission refusée"); with_file: prefixed with the
    file it concerns, for messages that do not name it already."""
    reason = _OS_REASONS.get(error.errno or -1) or error.strerror or type(error).__name__
    return f"{error.filename} : {reason}" if with_file and error.filename else reason


# tomllib's messages (Python 3.11), in French; the place ("at line 3, column 10") is kept.
_TOML_MESSAGES = (
    ("Illegal character", "caractère interdit"),
    ("Invalid value", "valeur invalide (une chaîne doit être entre guillemets)"),
    ("Invalid statement", "ligne incompréhensible"),
    ("Expected '=' after a key in a key/value pair", "« = » attendu après le nom de la clé"),
    ("Expected ']' at the end of a table declaration", "« ] » attendu à la fin du nom de section"),
    ("Expected ']]' at the end of an array declaration", "« ]] » attendu à la fin du nom de section"),
    ("Unclosed array", "liste non fermée (« ] » manquant)"),
    ("Unclosed inline table", "table non fermée (« } » manquant)"),
    ("Unterminated string", "chaîne non fermée (guillemet manquant)"),
    ("Cannot declare", "déclarée deux fois"),
    ("Cannot overwrite a value", "valeur donnée deux fois"),
    ("Cannot mutate immutable namespace", "section déjà définie"),
    ("Cannot redefine namespace", "section déjà définie"),
    ("Duplicate inline table key", "clé donnée deux fois"),
    ("Invalid date or datetime", "date invalide"),
    ("Invalid initial character for a key part", "nom de clé invalide"),
    ("Unescaped '\\' in a string", "« \\ » seul dans une chaîne (écrire « \\\\ »)"),
    ("Invalid hex value", "code hexadécimal invalide"),
    ("Found invalid character", "caractère invalide"),
    ("Expected", "caractère attendu manquant"),
)


def toml_error_text(error: Exception) -> tuple[str, int | None]:
    """Return (French description, line) of a tomllib.TOMLDecodeError."""
    text = str(error)
    place = re.search(r"\(at line (\d+), column (\d+)\)$", text)
    line = int(place.group(1)) if place else None
    reason = next((french for english, french in _TOML_MESSAGES if text.startswith(english)), "syntaxe invalide")
    if place:
        return f"{reason} (ligne {place.group(1)}, colonne {place.group(2)})", line
    if "end of document" in text:
        return f"{reason} (à la fin du fichier)", None
    return reason, None
