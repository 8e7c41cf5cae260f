"""Reading roster files as trainers export them: the encodings, separators and workbooks that
spreadsheets and Moodle really write, and the files that cannot be read, each named with what to do.

Files are written in tmp_path with the bytes Excel, LibreOffice or a Moodle export really produce
(Windows-1252, a UTF-8 BOM, CRLF, `;`), and XLSX workbooks with openpyxl.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from responder.errors import RosterError
from responder.invitations.roster import read_roster
from responder.model import Profile, RosterEntry
from tests.invitations.roster_support import lines_and_messages, write


# --- the exports trainers actually have ---------------------------------------------------------

FRENCH_ROWS = (
    "NOM;Prénom;Courriel\n"
    "Dupont;François;francois.dupont@ac-grenoble.fr\n"
    "Cœur;Ève;eve.coeur@univ-grenoble-alpes.fr\n"
    "Garçon;Œdipe;oedipe.garcon@gmail.com\n"
)
FRENCH_ENTRIES = (
    RosterEntry(2, "francois.dupont@ac-grenoble.fr", "François", "Dupont"),
    RosterEntry(3, "eve.coeur@univ-grenoble-alpes.fr", "Ève", "Cœur"),
    RosterEntry(4, "oedipe.garcon@gmail.com", "Œdipe", "Garçon"),
)


def test_excel_french_csv_in_windows_1252_keeps_accents_cedillas_and_ligatures(tmp_path: Path) -> None:
    path = write(tmp_path, FRENCH_ROWS, encoding="cp1252")
    assert "Œ".encode("cp1252") == b"\x8c"  # the byte mailmerge chokes on

    roster = read_roster(path)

    assert roster.entries == FRENCH_ENTRIES
    assert roster.entries[2].display_name == "Œdipe Garçon"
    assert roster.problems == () and roster.duplicates == ()
    assert roster.description.startswith("CSV, séparateur « ; », Windows-1252")


def test_excel_csv_utf8_with_bom_reads_the_first_header_despite_the_bom(tmp_path: Path) -> None:
    # Without stripping the BOM the first header would be "\ufeffNOM" and no name column found.
    path = write(tmp_path, "\ufeff" + FRENCH_ROWS)

    roster = read_roster(path)

    assert roster.entries == FRENCH_ENTRIES
    assert roster.description.startswith("CSV, séparateur « ; », UTF-8 avec BOM")
    assert "nom « NOM »" in roster.description


@pytest.mark.parametrize(("delimiter", "name"), [(",", "« , »"), ("\t", "tabulation"), (";", "« ; »")])
def test_separator_is_taken_from_the_header_line(tmp_path: Path, delimiter: str, name: str) -> None:
    # Quoted names hold the other separators: only the header line's count outside quotes decides.
    text = (f"E-mail{delimiter}Nom{delimiter}Prénom\n"
            f'jean@ac-grenoble.fr{delimiter}"Dupont, de la Tour; Jr"{delimiter}Jean\n')
    roster = read_roster(write(tmp_path, text, newline="\n"))

    assert roster.entries == (RosterEntry(2, "jean@ac-grenoble.fr", "Jean", "Dupont, de la Tour; Jr"),)
    assert roster.description.startswith(f"CSV, séparateur {name}, UTF-8,")


def test_excel_unicode_text_export_utf16_tab_separated(tmp_path: Path) -> None:
    path = write(tmp_path, "Prénom\tNom\tAdresse e-mail\nÉlodie\tLefèvre\telodie@ac-lyon.fr\n",
                 encoding="utf-16", name="stagiaires.txt")

    roster = read_roster(path)

    assert roster.entries == (RosterEntry(2, "elodie@ac-lyon.fr", "Élodie", "Lefèvre"),)
    assert "tabulation, UTF-16" in roster.description


def test_xlsx_first_sheet_title_row_numbers_and_empty_cells(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Stagiaires"
    sheet.append(["Inscrits — Parcours M@gistère « Évaluer »"])  # a title above the header
    sheet.append([])
    sheet.append([" Prénom", "NOM ", "Adresse de courriel", "Profil", "Téléphone"])
    sheet.append(["Éloïse", "Lœuvre", "Eloise.Loeuvre@AC-Grenoble.fr", "Université", 612345678])
    sheet.append([None, None, None, None, None])
    sheet.append(["Paul", "Martin", None, None, 4.0])
    sheet.append(["Zoé", None, "zoe@x", "", None])
    workbook.create_sheet("Brouillon").append(["email"])
    path = tmp_path / "stagiaires.xlsx"
    workbook.save(path)

    roster = read_roster(path)

    assert roster.entries == (
        RosterEntry(4, "eloise.loeuvre@ac-grenoble.fr", "Éloïse", "Lœuvre", Profile.UNIVERSITY),
    )
    assert lines_and_messages(roster) == [
        (6, "adresse manquante pour « Paul Martin »"),
        (7, "adresse invalide « zoe@x » : le domaine après le @ n'a pas de point"),
    ]
    assert roster.description.startswith(
        "XLSX, feuille « Stagiaires » (la première sur 2), en-tête ligne 3"
    )


def test_xlsx_renamed_csv_is_still_read_as_a_workbook(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Mail", "Nom"])
    workbook.active.append(["a@ac-grenoble.fr", "Durand"])
    workbook.save(tmp_path / "book.xlsx")
    renamed = tmp_path / "stagiaires.csv"
    renamed.write_bytes((tmp_path / "book.xlsx").read_bytes())

    assert read_roster(renamed).entries == (RosterEntry(2, "a@ac-grenoble.fr", "", "Durand"),)


# --- whole-file errors ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["stagiaires.xls", "stagiaires.ods"])
def test_old_excel_and_opendocument_files_are_refused_with_what_to_do(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))

    with pytest.raises(RosterError) as raised:
        read_roster(path)

    assert str(path) in str(raised.value)
    assert "enregistrez-le au format CSV" in str(raised.value) and "XLSX" in str(raised.value)


def test_an_xls_file_named_csv_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))

    with pytest.raises(RosterError, match="Excel 97-2003"):
        read_roster(path)


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \r\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "stagiaires.csv"
    path.write_bytes(content)

    with pytest.raises(RosterError, match="le fichier est vide"):
        read_roster(path)


def test_header_without_any_trainee(tmp_path: Path) -> None:
    with pytest.raises(RosterError, match="aucune ligne de stagiaire"):
        read_roster(write(tmp_path, "Courriel;Nom\n;;\n"))


def test_missing_file_and_damaged_workbook(tmp_path: Path) -> None:
    with pytest.raises(RosterError, match="fichier illisible"):
        read_roster(tmp_path / "absent.csv")
    damaged = tmp_path / "stagiaires.xlsx"
    damaged.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(RosterError, match="classeur illisible"):
        read_roster(damaged)


def test_an_unquoted_comma_in_a_name_shifts_the_columns_and_says_so(tmp_path: Path) -> None:
    text = "Nom,Email\nDupont, Jean,jean@ac-grenoble.fr\nMartin,paul@ac-grenoble.fr\n"

    roster = read_roster(write(tmp_path, text))

    assert [entry.address for entry in roster.entries] == ["paul@ac-grenoble.fr"]
    assert lines_and_messages(roster) == [(2, (
        "adresse invalide « Jean » : il manque le @ ; "
        "adresse hors de la colonne « Email » (« jean@ac-grenoble.fr ») : colonnes décalées ?"
    ))]


def test_excel_sep_directive_and_a_title_above_the_header(tmp_path: Path) -> None:
    text = ("sep=,\nFormation « Évaluer par compétences »\n\n"
            "Prénom,Nom,Courriel\nLéa,Roux,lea@ac-grenoble.fr\n")

    roster = read_roster(write(tmp_path, text))

    assert roster.entries == (RosterEntry(5, "lea@ac-grenoble.fr", "Léa", "Roux"),)
    assert "en-tête ligne 4" in roster.description
