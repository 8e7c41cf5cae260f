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
record anything. Imports only model, errors and its own parts: roster_files.py reads the file,
roster_columns.py understands its header, roster_address.py checks each address cell; this module
turns the rows into entries, problems and duplicates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from responder.errors import RosterError
from responder.invitations.roster_address import INVISIBLE, MISSING, BadCell, check_address, show_cell
from responder.invitations.roster_columns import Columns, Record, cell_of, has_content, read_profile
from responder.invitations.roster_files import read_records
from responder.model import RosterEntry

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


def read_roster(path: Path) -> Roster:
    """Read a CSV or XLSX roster: valid entries, bad rows and duplicates, in file order."""
    description, columns, records = read_records(path)
    return _collect(path, description, columns, records)


def _collect(path: Path, description: str, columns: Columns, records: Iterable[Record]) -> Roster:
    entries: list[RosterEntry] = []
    problems: list[RosterProblem] = []
    duplicates: list[RosterDuplicate] = []
    first_lines: dict[str, int] = {}
    for record in records:
        if record.broken:
            problems.append(RosterProblem(record.line, record.broken))
            continue
        if not has_content(record.cells):
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


def _entry(record: Record, columns: Columns) -> RosterEntry | RosterProblem:
    """Read one row into an entry, or into a problem giving every reason the row is bad."""
    cells = [cell.translate(INVISIBLE).strip() for cell in record.cells]
    first_name = _name(cell_of(cells, columns.first_name))
    last_name = _name(cell_of(cells, columns.last_name) or cell_of(cells, columns.full_name))
    complaints: list[str] = []
    address, profile = "", None
    try:
        address, written_name = check_address(cell_of(cells, columns.address))
        if written_name and not (first_name or last_name):
            last_name = _name(written_name)  # "Jean Dupont <jean@x.fr>": the name came with it
    except BadCell as bad:
        whose = " ".join(part for part in (first_name, last_name) if part)
        complaints.append(f"{bad} pour « {whose} »" if str(bad) == MISSING and whose else str(bad))
    misplaced = _misplaced(cells, columns)
    if misplaced:
        complaints.append(misplaced)
    try:
        if "@" not in cell_of(cells, columns.profile):  # else _misplaced said it
            profile = read_profile(cell_of(cells, columns.profile))
    except BadCell as bad:
        complaints.append(str(bad))
    if complaints and record.end_line > record.line:
        complaints.append(f"cette ligne court jusqu'à la ligne {record.end_line} : "
                          "un guillemet est peut-être mal fermé")
    if complaints:
        return RosterProblem(record.line, " ; ".join(complaints))
    return RosterEntry(record.line, address, first_name, last_name, profile)


def _misplaced(cells: Sequence[str], columns: Columns) -> str:
    """Complain of an address in a cell that never holds one: the separator cut "a@x.fr; b@y.fr"
    unquoted, or the columns are shifted. "" when there is none."""
    others = (columns.first_name, columns.last_name, columns.full_name, columns.profile)
    strays = [cell_of(cells, index) for index in others] + list(cells[len(columns.headers):])
    strays = [text for text in strays if "@" in text]
    if not strays:
        return ""
    written = cell_of(cells, columns.address)
    if "@" not in written:
        shown = ", ".join(f"« {show_cell(text)} »" for text in strays)
        column = show_cell(columns.headers[columns.address])
        return f"adresse hors de la colonne « {column} » ({shown}) : colonnes décalées ?"
    shown = " et ".join(f"« {show_cell(text)} »" for text in [written, *strays])
    return f"deux adresses sur la même ligne ({shown}) : une seule par ligne"


def _name(text: str) -> str:
    """Keep a name as written (accents, case); spaces and line breaks collapsed, stray quotes dropped."""
    return " ".join(text.translate(INVISIBLE).strip('"').split())
