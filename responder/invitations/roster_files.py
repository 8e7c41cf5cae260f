"""Step "roster", its file: from the bytes on disk to rows of cells under a recognised header.

`read_records(path)` reads a CSV file as French tools export it (separator `;`, `,` or tab, guessed
from the header line; UTF-8, UTF-8 with BOM, Windows-1252, or UTF-16 from Excel's "Texte Unicode")
or the first sheet of an XLSX workbook, and returns how it was read, the columns and the rows below
the header. A broken quote costs its own row, and the lines it swallowed are read again. The one
module that talks to csv and openpyxl: their errors become RosterError naming the file.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from openpyxl import load_workbook

from responder.errors import RosterError, os_error_text
from responder.invitations.roster_address import show_cell
from responder.invitations.roster_columns import (
    HEADER_SEARCH,
    Columns,
    Record,
    describe_reading,
    find_header,
    has_content,
    settle_weak_profile,
)

__all__ = ["read_records"]

_REFUSED = {
    ".xls": "un classeur Excel 97-2003 (.xls)",
    ".xlsb": "un classeur Excel binaire (.xlsb)",
    ".ods": "un classeur OpenDocument (.ods)",
    ".numbers": "un classeur Numbers",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .xls (and .doc) files, whatever their name says
_ZIP_MAGIC = b"PK\x03\x04"  # .xlsx files, even when renamed .csv


def read_records(path: Path) -> tuple[str, Columns, Iterable[Record]]:
    """Read the file's header and rows: how it was read (French), its columns, the rows below the header."""
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
        return _read_xlsx(path, data)
    return _read_csv(path, data)


def _read_xlsx(path: Path, data: bytes) -> tuple[str, Columns, Iterable[Record]]:
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
    records = [Record(number, number, cells) for number, cells in enumerate(rows, start=1)]
    candidates = [record for record in records if has_content(record.cells)][:HEADER_SEARCH]
    if not candidates:
        others = f" ; seule la première des {count} feuilles est lue" if count > 1 else ""
        raise RosterError(f"{path} : la feuille « {title} » est vide{others}")
    header, columns = find_header(path, candidates)
    rows_below = records[header.line:]
    columns = settle_weak_profile(columns, rows_below)
    description = f"XLSX, feuille « {title} »" + (f" (la première sur {count})" if count > 1 else "")
    return describe_reading(description, header, columns), columns, rows_below


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


def _read_csv(path: Path, data: bytes) -> tuple[str, Columns, Iterable[Record]]:
    text, encoding = _decode(path, data)
    lines = list(io.StringIO(text, newline=""))  # split on \r\n, \n or \r, endings kept for csv
    start, forced = 0, ""
    directive = re.fullmatch(r'"?sep=(.)"?\s*', lines[0], re.IGNORECASE) if lines else None
    if directive:  # Excel's own "sep=;" first line
        start, forced = 1, directive[1]
    candidates: list[tuple[Record, str]] = []
    for index in range(start, len(lines)):
        if len(candidates) == HEADER_SEARCH:
            break
        if lines[index].strip():
            delimiter = forced or _delimiter(lines[index])
            record = next(_csv_records(lines, index, delimiter, lambda cells: False))
            if not record.broken:
                candidates.append((record, delimiter))
    if not candidates and not any(line.strip() for line in lines[start:]):
        raise RosterError(f"{path} : le fichier est vide")
    header, columns = find_header(path, [record for record, _ in candidates])
    delimiter = next(delimiter for record, delimiter in candidates if record is header)
    description = f"CSV, séparateur {_DELIMITER_NAMES[delimiter]}, {encoding}"
    records = list(_csv_records(lines, header.end_line, delimiter,
                                lambda cells: _swallows(cells, columns, delimiter)))
    columns = settle_weak_profile(columns, records)
    return describe_reading(description, header, columns), columns, records


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
) -> Iterator[Record]:
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
                    yield Record(first + 1, last + 1, (), _swallowed(lines[first], last + 1))
                    break
                yield Record(first + 1, last + 1, tuple(cells))
            else:
                return
        except csv.Error as error:
            first = start + consumed
            yield Record(first + 1, start + reader.line_num, (), _unreadable(lines[first], error, delimiter))
        start = first + 1


def _swallows(cells: Sequence[str], columns: Columns, delimiter: str) -> bool:
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
