"""Step "roster", its header: which column holds what, and which words name a profile.

A trainer's export names its columns in many French and English ways ("Courriel", "Adresse
e-mail", "Nom d'usage"...) and may put a title above them; `find_header` picks the first of the top
rows to name an address column and maps it to the fields (`Columns`). A "Statut" column is read as
profiles only when one of its values is one (`settle_weak_profile`). `read_profile` reads a
profile cell. Knows nothing of file formats (roster_files.py) or of what a row becomes (roster.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from responder.errors import RosterError
from responder.invitations.roster_address import INVISIBLE, BadCell, show_cell
from responder.model import Profile

__all__ = [
    "HEADER_SEARCH",
    "Columns",
    "Record",
    "cell_of",
    "describe_reading",
    "find_header",
    "has_content",
    "read_profile",
    "settle_weak_profile",
]


def _key(text: str) -> str:
    """Fold a header or a value: no accents, case, spaces or punctuation ("Adresse e-mail " -> "adresseemail")."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if char.isalnum()).casefold()


def _keys(*aliases: str) -> frozenset[str]:
    return frozenset(_key(alias) for alias in aliases)


# "Adresse" alone may be a postal address: a column named for mail wins over it.
_ADDRESS = _keys(
    "email", "e-mail", "mail", "courriel", "mél", "adresse mail", "adresse e-mail", "adresse email",
    "adresse électronique", "adresse de messagerie", "adresse courriel", "adresse de courriel",
    "adresse mél", "email address", "e-mail address", "courrier électronique", "messagerie",
)
_ADDRESS_WEAK = _keys("adresse", "address")
# Last resort, when no header is an alias: a header with one of these words ("Courriel académique").
_ADDRESS_WORDS = frozenset({"email", "emails", "mail", "mails", "courriel", "courriels", "mel"})
_LAST_NAME = _keys(
    "nom", "nom de famille", "nom d'usage", "nom usuel", "name", "last name", "lastname", "surname",
    "family name",
)
_FIRST_NAME = _keys("prénom", "first name", "firstname", "given name", "prénom usuel")
_FULL_NAME = _keys(
    "nom complet", "full name", "stagiaire", "nom et prénom", "nom prénom", "prénom nom", "participant",
    "identité",
)
_PROFILE = _keys("profil", "profile", "type de compte", "type de profil")
# "Statut" may be a profile column, or a platform's own (M@gistère's participants export: "Actif"):
# it is read as profiles only when one of its values is one.
_PROFILE_WEAK = _keys("statut")

_PROFILES: dict[str, Profile] = {
    **dict.fromkeys(_keys(
        "academic", "académique", "acad", "académie", "enseignant", "personnel académique",
        "éducation nationale",
    ), Profile.ACADEMIC),
    **dict.fromkeys(_keys(
        "university", "universitaire", "université", "supérieur", "enseignement supérieur", "esr",
        "sup", "univ",
    ), Profile.UNIVERSITY),
    **dict.fromkeys(_keys(
        "other", "autre", "invité", "guest", "manuel", "manuelle", "externe", "compte manuel",
    ), Profile.OTHER),
}
_PROFILE_HELP = (
    "académique (ou enseignant, acad), universitaire (ou université, supérieur, ESR), "
    "autre (ou invité, externe, manuel), ou vide pour laisser le domaine de l'adresse décider"
)

HEADER_SEARCH = 10  # a title and a blank line above the header are common in exported sheets


@dataclass(frozen=True)
class Columns:
    """Where each field is in a row (None: no such column), and the header row as written."""

    headers: tuple[str, ...]
    address: int
    first_name: int | None
    last_name: int | None
    full_name: int | None
    profile: int | None
    profile_weak: bool = False  # the profile column is a "Statut": see settle_weak_profile
    ignored: str = ""  # why a column that looked like the profile's is not read as one

    def describe(self) -> str:
        named = (("adresse", self.address), ("prénom", self.first_name), ("nom", self.last_name),
                 ("nom complet", self.full_name), ("profil", self.profile))
        return "colonnes : " + ", ".join(
            f"{role} « {show_cell(self.headers[index])} »" for role, index in named if index is not None
        ) + (f" ; {self.ignored}" if self.ignored else "")


def _columns(headers: Sequence[str], loose: bool) -> Columns | None:
    """Map the header row to the fields, or None when it has no address column."""
    keys = [_key(header) for header in headers]

    def first(aliases: frozenset[str]) -> int | None:
        return next((index for index, key in enumerate(keys) if key in aliases), None)

    address = first(_ADDRESS)
    if address is None:
        address = first(_ADDRESS_WEAK)
    if address is None and loose:
        address = next((index for index, header in enumerate(headers)  # "@": a data row, not a header
                        if "@" not in header and _ADDRESS_WORDS & set(_words(header))), None)
    if address is None:
        return None
    first_name, last_name = first(_FIRST_NAME), first(_LAST_NAME)
    full_name = first(_FULL_NAME) if first_name is None and last_name is None else None
    profile = first(_PROFILE)
    weak = profile is None and first(_PROFILE_WEAK) is not None
    if weak:
        profile = first(_PROFILE_WEAK)
    return Columns(tuple(headers), address, first_name, last_name, full_name, profile, weak)


def settle_weak_profile(columns: Columns, records: Sequence[Record]) -> Columns:
    """Keep a "Statut" column as the profile only if one of its values is a profile.

    Every row of M@gistère's participants export says "Actif" there: read as profiles, the whole
    roster would be refused. A real profile column with a typo in one row keeps being read (the
    typo is reported), since its other values are profiles.
    """
    if columns.profile is None or not columns.profile_weak:
        return columns
    values = [cell_of(record.cells, columns.profile).translate(INVISIBLE).strip()
              for record in records if not record.broken]
    values = [value for value in values if value and "@" not in value]
    if not values or any(_key(value) in _PROFILES for value in values):
        return columns
    header = show_cell(columns.headers[columns.profile])
    return replace(columns, profile=None, profile_weak=False, ignored=(
        f"colonne « {header} » ignorée : ses valeurs (« {show_cell(values[0])} »…) ne sont pas des profils, "
        "le domaine de chaque adresse décide"
    ))


def _words(text: str) -> list[str]:
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.findall(r"[^\W_]+", folded.casefold())


@dataclass(frozen=True)
class Record:
    """One row as the file holds it: the lines it spans (1-based), its cells, or why it is unreadable."""

    line: int
    end_line: int
    cells: tuple[str, ...]
    broken: str = ""


def find_header(path: Path, candidates: Sequence[Record]) -> tuple[Record, Columns]:
    """Return the first candidate row naming an address column: exact aliases first, then words."""
    for loose in (False, True):
        for record in candidates:
            columns = _columns(record.cells, loose)
            if columns is not None:
                return record, columns
    if not candidates:
        raise RosterError(f"{path} : aucune ligne lisible")
    first = candidates[0]
    found = ", ".join(f"« {show_cell(cell)} »" for cell in first.cells if cell.strip()) or "aucune"
    hint = ""
    if any("@" in cell for cell in first.cells):
        hint = (f" ; la ligne {first.line} contient déjà une adresse : ajoutez au-dessus une ligne "
                "d'en-tête (par exemple « email;nom;prénom »)")
    raise RosterError(
        f"{path} : aucune colonne d'adresse (email, courriel, mail, adresse…) ; "
        f"colonnes trouvées ligne {first.line} : {found}{hint}"
    )


def cell_of(cells: Sequence[str], index: int | None) -> str:
    """The cell of a column; "" when the row has no such column or stops short of it."""
    return cells[index] if index is not None and index < len(cells) else ""


def has_content(cells: Sequence[str]) -> bool:
    """Whether a row holds anything (not a blank row, nor Excel's trailing ";;;")."""
    return any(cell.strip() for cell in cells)


def describe_reading(kind: str, header: Record, columns: Columns) -> str:
    """How the file was read, for the trainer to check: its kind, the header's line, the columns."""
    where = f", en-tête ligne {header.line}" if header.line != 1 else ""
    return f"{kind}{where}, {columns.describe()}"


def read_profile(text: str) -> Profile | None:
    """The profile a cell names, None when it is empty; BadCell listing the accepted words otherwise."""
    if not text:
        return None  # the domain of the address will decide
    profile = _PROFILES.get(_key(text))
    if profile is None:
        raise BadCell(f"profil inconnu « {show_cell(text)} » : valeurs acceptées : {_PROFILE_HELP}")
    return profile
