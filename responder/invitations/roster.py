"""Step "roster": read the list of trainees a trainer exports from a spreadsheet, and say what is wrong.

`read_roster(path)` reads a CSV file as French tools export it (separator `;`, `,` or tab, guessed
from the header line; UTF-8, UTF-8 with BOM, Windows-1252, or UTF-16 from Excel's "Texte Unicode")
or the first sheet of an XLSX workbook, finds the address, name and profile columns under their
many French and English headers, and returns every valid row as a RosterEntry (address stripped,
lower-cased, domain in its IDNA form), every bad row as a RosterProblem (the line where the row
starts, a French message quoting the cell) and every repeated address as a RosterDuplicate.
Nothing is dropped silently: a broken quote costs its own row, and the lines it swallowed are read
again. The header is the first of the top rows to name an address column, so a title above it
is skipped (and the description says on which line the header was found). RosterError only when
the file as a whole is unusable (missing, empty, .xls/.ods, no address column). It does not
settle a profile from the domain (the invite orchestrator asks the classifier), render, send or
record anything. Imports only model and errors.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

from openpyxl import load_workbook

from responder.errors import RosterError, os_error_text
from responder.model import Profile, RosterEntry
from responder.invitations.roster_address import INVISIBLE, MISSING, BadCell, check_address, show_cell

__all__ = ["Roster", "RosterDuplicate", "RosterProblem", "read_roster"]


@dataclass(frozen=True)
class RosterProblem:
    """One bad row, reported before anything is sent.

    line: where the row starts in the file (the header is line 1); for XLSX, the sheet's row number.
    message: French, quoting the cell, e.g. "adresse invalide « jean.dupont@ » : rien après le @".
    """

    line: int
    message: str


@dataclass(frozen=True)
class RosterDuplicate:
    """The same address again (case and spaces ignored): invited once, from `first_line`."""

    line: int
    first_line: int
    address: str


@dataclass(frozen=True)
class Roster:
    """A roster as read: valid rows in file order (duplicates removed), and what was wrong.

    description: how the file was read, for the trainer to check, e.g.
        "CSV, séparateur « ; », Windows-1252, colonnes : adresse « Courriel », nom « NOM »".
    """

    path: Path
    entries: tuple[RosterEntry, ...]
    problems: tuple[RosterProblem, ...]
    duplicates: tuple[RosterDuplicate, ...]
    description: str


# --- headers and values -------------------------------------------------------------------------


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

_HEADER_SEARCH = 10  # a title and a blank line above the header are common in exported sheets


@dataclass(frozen=True)
class _Columns:
    """Where each field is in a row (None: no such column), and the header row as written."""

    headers: tuple[str, ...]
    address: int
    first_name: int | None
    last_name: int | None
    full_name: int | None
    profile: int | None
    profile_weak: bool = False  # the profile column is a "Statut": see _settle_weak_profile
    ignored: str = ""  # why a column that looked like the profile's is not read as one

    def describe(self) -> str:
        named = (("adresse", self.address), ("prénom", self.first_name), ("nom", self.last_name),
                 ("nom complet", self.full_name), ("profil", self.profile))
        return "colonnes : " + ", ".join(
            f"{role} « {show_cell(self.headers[index])} »" for role, index in named if index is not None
        ) + (f" ; {self.ignored}" if self.ignored else "")


def _columns(headers: Sequence[str], loose: bool) -> _Columns | None:
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
    return _Columns(tuple(headers), address, first_name, last_name, full_name, profile, weak)


def _settle_weak_profile(columns: _Columns, records: Sequence[_Record]) -> _Columns:
    """Keep a "Statut" column as the profile only if one of its values is a profile.

    Every row of M@gistère's participants export says "Actif" there: read as profiles, the whole
    roster would be refused. A real profile column with a typo in one row keeps being read (the
    typo is reported), since its other values are profiles.
    """
    if columns.profile is None or not columns.profile_weak:
        return columns
    values = [_cell(record.cells, columns.profile).translate(INVISIBLE).strip()
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
class _Record:
    """One row as the file holds it: the lines it spans (1-based), its cells, or why it is unreadable."""

    line: int
    end_line: int
    cells: tuple[str, ...]
    broken: str = ""


def _find_header(path: Path, candidates: Sequence[_Record]) -> tuple[_Record, _Columns]:
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


# --- files ----------------------------------------------------------------------------------------

_REFUSED = {
    ".xls": "un classeur Excel 97-2003 (.xls)",
    ".xlsb": "un classeur Excel binaire (.xlsb)",
    ".ods": "un classeur OpenDocument (.ods)",
    ".numbers": "un classeur Numbers",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls (and .doc) files, whatever their name says
_ZIP_MAGIC = b"PK\x03\x04"  # .xlsx files, even when renamed .csv


def read_roster(path: Path) -> Roster:
    """Read a CSV or XLSX roster: valid entries, bad rows and duplicates, in file order."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RosterError(f"{path} : fichier illisible ({os_error_text(error)})") from error
    suffix = path.suffix.lower()
    if suffix in _REFUSED or data.startswith(_OLE_MAGIC):
        kind = _REFUSED.get(suffix, "un classeur Excel 97-2003")
        raise RosterError(
            f"{path} : {kind} ne peut pas être lu ; ouvrez-le et enregistrez-le au format CSV "
            "(« CSV UTF-8 ») ou XLSX"
        )
    if not data:
        raise RosterError(f"{path} : le fichier est vide")
    if suffix in (".xlsx", ".xlsm") or data.startswith(_ZIP_MAGIC):
        description, columns, records = _read_xlsx(path, data)
    else:
        description, columns, records = _read_csv(path, data)
    return _collect(path, description, columns, records)


def _read_xlsx(path: Path, data: bytes) -> tuple[str, _Columns, Iterable[_Record]]:
    # openpyxl has no error family of its own: a damaged workbook surfaces as BadZipFile, KeyError,
    # an XML ParseError... This is the one place that talks to it, so every failure is translated.
    try:
        # Warnings such as "extension is not supported" are about formatting we never read; in
        # read-only mode the sheet is parsed while iterating, so they are silenced for the whole read.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # From bytes, not the path: openpyxl refuses a workbook whose name does not end in .xlsx.
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheets = workbook.worksheets
                sheet = sheets[0]
                sheet.reset_dimensions()  # some writers store a wrong size, which read-only mode trusts
                rows = [tuple(_cell_text(value) for value in values)
                        for values in sheet.iter_rows(values_only=True)]
                title, count = str(sheet.title), len(sheets)
            finally:
                workbook.close()
    except Exception as error:  # noqa: BLE001 - see above
        raise RosterError(
            f"{path} : classeur illisible ({type(error).__name__}: {error}) ; "
            "enregistrez-le de nouveau au format XLSX ou CSV"
        ) from error
    records = [_Record(number, number, cells) for number, cells in enumerate(rows, start=1)]
    candidates = [record for record in records if _filled(record.cells)][:_HEADER_SEARCH]
    if not candidates:
        others = f" ; seule la première des {count} feuilles est lue" if count > 1 else ""
        raise RosterError(f"{path} : la feuille « {title} » est vide{others}")
    header, columns = _find_header(path, candidates)
    rows_below = records[header.line:]
    columns = _settle_weak_profile(columns, rows_below)
    description = f"XLSX, feuille « {title} »" + (f" (la première sur {count})" if count > 1 else "")
    return _describe(description, header, columns), columns, rows_below


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number typed in a cell: 12, not 12.0
    return str(value)


_DELIMITERS = (";", "\t", ",")  # order breaks ties: ";" is French Excel's separator
_ONE_COLUMN = "\x1f"  # no separator in the header: a character no cell holds, so no cell is split
_DELIMITER_NAMES = {
    ";": "« ; »", ",": "« , »", "\t": "tabulation", _ONE_COLUMN: "aucun (une seule colonne)",
}


def _read_csv(path: Path, data: bytes) -> tuple[str, _Columns, Iterable[_Record]]:
    text, encoding = _decode(path, data)
    lines = list(io.StringIO(text, newline=""))  # split on \r\n, \n or \r, endings kept for csv
    start, forced = 0, ""
    directive = re.fullmatch(r'"?sep=(.)"?\s*', lines[0], re.IGNORECASE) if lines else None
    if directive:  # Excel's own "sep=;" first line
        start, forced = 1, directive[1]
    candidates: list[tuple[_Record, str]] = []
    for index in range(start, len(lines)):
        if len(candidates) == _HEADER_SEARCH:
            break
        if lines[index].strip():
            delimiter = forced or _delimiter(lines[index])
            record = next(_csv_records(lines, index, delimiter, lambda cells: False))
            if not record.broken:
                candidates.append((record, delimiter))
    if not candidates and not any(line.strip() for line in lines[start:]):
        raise RosterError(f"{path} : le fichier est vide")
    header, columns = _find_header(path, [record for record, _ in candidates])
    delimiter = next(delimiter for record, delimiter in candidates if record is header)
    description = f"CSV, séparateur {_DELIMITER_NAMES[delimiter]}, {encoding}"
    records = list(_csv_records(lines, header.end_line, delimiter,
                                lambda cells: _swallows(cells, columns, delimiter)))
    columns = _settle_weak_profile(columns, records)
    return _describe(description, header, columns), columns, records


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """Return the text and its encoding: UTF-16 by its BOM, else UTF-8 if it decodes, else Windows-1252."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16"), "UTF-16"
        try:
            return data.decode("utf-8-sig"), "UTF-8 avec BOM" if data.startswith(codecs.BOM_UTF8) else "UTF-8"
        except UnicodeDecodeError:
            return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as error:
        raise RosterError(
            f"{path} : encodage inconnu (octet illisible en position {error.start}) ; "
            "enregistrez-le au format « CSV UTF-8 »"
        ) from error


def _delimiter(line: str) -> str:
    """Guess the separator from the header line: the most frequent of ; tab , outside quotes."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else _ONE_COLUMN


def _csv_records(
    lines: Sequence[str], start: int, delimiter: str, swallows: Callable[[Sequence[str]], bool]
) -> Iterator[_Record]:
    """Yield every record from lines[start:] with the lines it spans.

    csv's line_num is the line where a record *ends*, so a record starts one line after the end of
    the previous one. A record that cannot be read (csv.Error in strict mode), or that `swallows`
    judges to have run over the rows below it, is yielded broken, and reading starts again on the
    line after its first: the rows an unclosed quote swallowed are read, not lost.
    """
    while start < len(lines):
        reader = csv.reader(islice(lines, start, None), delimiter=delimiter, strict=True)
        consumed, first = 0, start
        try:
            for cells in reader:
                first, last = start + consumed, start + reader.line_num - 1
                consumed = reader.line_num
                if last > first and swallows(cells):
                    yield _Record(first + 1, last + 1, (), _swallowed(lines[first], last + 1))
                    break
                yield _Record(first + 1, last + 1, tuple(cells))
            else:
                return
        except csv.Error as error:
            first = start + consumed
            yield _Record(first + 1, start + reader.line_num, (), _unreadable(lines[first], error, delimiter))
        start = first + 1


def _swallows(cells: Sequence[str], columns: _Columns, delimiter: str) -> bool:
    """Tell an unclosed quote from a real multi-line cell: a later line holds a separator or an address."""
    for index, cell in enumerate(cells):
        parts = re.split(r"\r\n|\r|\n", cell, maxsplit=1)
        if len(parts) == 2 and (delimiter in parts[1] or (index != columns.address and "@" in parts[1])):
            return True
    return False


def _swallowed(line: str, end_line: int) -> str:
    return (f"guillemet non fermé : la ligne « {show_cell(line)} » avale la suite jusqu'à la ligne "
            f"{end_line} (les lignes suivantes sont lues à part) ; fermez ou retirez le guillemet")


def _unreadable(line: str, error: csv.Error, delimiter: str) -> str:
    reason = str(error)
    if "unexpected end of data" in reason:
        what = "guillemet ouvert jamais refermé : la case avalait tout le reste du fichier (relu à part)"
    elif "expected after" in reason:
        separator = "le séparateur" if delimiter == _ONE_COLUMN else f"« {delimiter} »"
        what = (f"guillemet mal placé : après un guillemet fermant, il faut {separator} "
                "ou la fin de la ligne")
    elif "field limit" in reason:
        what = "case démesurée : un guillemet n'est sans doute pas fermé"
    else:
        what = f"ligne illisible ({reason})"
    return f"{what} ; ligne « {show_cell(line)} »"


def _describe(kind: str, header: _Record, columns: _Columns) -> str:
    where = f", en-tête ligne {header.line}" if header.line != 1 else ""
    return f"{kind}{where}, {columns.describe()}"


# --- rows -----------------------------------------------------------------------------------------


def _collect(path: Path, description: str, columns: _Columns, records: Iterable[_Record]) -> Roster:
    entries: list[RosterEntry] = []
    problems: list[RosterProblem] = []
    duplicates: list[RosterDuplicate] = []
    first_lines: dict[str, int] = {}
    for record in records:
        if record.broken:
            problems.append(RosterProblem(record.line, record.broken))
            continue
        if not _filled(record.cells):
            continue  # a blank row, or Excel's trailing ";;;": nothing was meant there
        entry = _entry(record, columns)
        if isinstance(entry, RosterProblem):
            problems.append(entry)
        elif entry.address in first_lines:
            duplicates.append(RosterDuplicate(entry.line, first_lines[entry.address], entry.address))
        else:
            first_lines[entry.address] = entry.line
            entries.append(entry)
    if not (entries or problems or duplicates):
        raise RosterError(f"{path} : aucune ligne de stagiaire sous l'en-tête ({description})")
    return Roster(path, tuple(entries), tuple(problems), tuple(duplicates), description)


def _filled(cells: Sequence[str]) -> bool:
    return any(cell.strip() for cell in cells)


def _entry(record: _Record, columns: _Columns) -> RosterEntry | RosterProblem:
    """Read one row into an entry, or into a problem giving every reason the row is bad."""
    cells = [cell.translate(INVISIBLE).strip() for cell in record.cells]
    first_name = _name(_cell(cells, columns.first_name))
    last_name = _name(_cell(cells, columns.last_name) or _cell(cells, columns.full_name))
    complaints: list[str] = []
    address, profile = "", None
    try:
        address, written_name = check_address(_cell(cells, columns.address))
        if written_name and not (first_name or last_name):
            last_name = _name(written_name)  # "Jean Dupont <jean@x.fr>": the name came with it
    except BadCell as bad:
        whose = " ".join(part for part in (first_name, last_name) if part)
        complaints.append(f"{bad} pour « {whose} »" if str(bad) == MISSING and whose else str(bad))
    misplaced = _misplaced(cells, columns)
    if misplaced:
        complaints.append(misplaced)
    try:
        if "@" not in _cell(cells, columns.profile):  # else _misplaced said it
            profile = _profile(_cell(cells, columns.profile))
    except BadCell as bad:
        complaints.append(str(bad))
    if complaints and record.end_line > record.line:
        complaints.append(f"cette ligne court jusqu'à la ligne {record.end_line} : "
                          "un guillemet est peut-être mal fermé")
    if complaints:
        return RosterProblem(record.line, " ; ".join(complaints))
    return RosterEntry(record.line, address, first_name, last_name, profile)


def _cell(cells: Sequence[str], index: int | None) -> str:
    """The cell of a column; "" when the row has no such column or stops short of it."""
    return cells[index] if index is not None and index < len(cells) else ""


def _misplaced(cells: Sequence[str], columns: _Columns) -> str:
    """Complain of an address in a cell that never holds one: the separator cut "a@x.fr; b@y.fr"
    unquoted, or the columns are shifted. "" when there is none."""
    others = (columns.first_name, columns.last_name, columns.full_name, columns.profile)
    strays = [_cell(cells, index) for index in others] + list(cells[len(columns.headers):])
    strays = [text for text in strays if "@" in text]
    if not strays:
        return ""
    written = _cell(cells, columns.address)
    if "@" not in written:
        shown = ", ".join(f"« {show_cell(text)} »" for text in strays)
        column = show_cell(columns.headers[columns.address])
        return f"adresse hors de la colonne « {column} » ({shown}) : colonnes décalées ?"
    shown = " et ".join(f"« {show_cell(text)} »" for text in [written, *strays])
    return f"deux adresses sur la même ligne ({shown}) : une seule par ligne"


def _profile(text: str) -> Profile | None:
    if not text:
        return None  # the domain of the address will decide
    profile = _PROFILES.get(_key(text))
    if profile is None:
        raise BadCell(f"profil inconnu « {show_cell(text)} » : valeurs acceptées : {_PROFILE_HELP}")
    return profile


def _name(text: str) -> str:
    """Keep a name as written (accents, case); spaces and line breaks collapsed, stray quotes dropped."""
    return " ".join(text.translate(INVISIBLE).strip('"').split())
