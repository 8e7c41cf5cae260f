"""Reading a roster's columns and rows: every good row read, every bad row named with its line,
duplicates and profiles (the files themselves: test_roster_files.py).

Files are written in tmp_path with the bytes Excel, LibreOffice or a Moodle export really produce
(Windows-1252, a UTF-8 BOM, CRLF, `;`), and XLSX workbooks with openpyxl.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from responder.errors import RosterError
from responder.invitations.roster import RosterDuplicate, read_roster
from responder.model import Profile, RosterEntry
from tests.invitations.roster_support import lines_and_messages, write


# --- headers --------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", [
    "Courriel ", " E-mail", "EMAIL", "Mail", "Adresse électronique", "adresse e-mail",
    "Adresse de courriel", "Email address", "Mél", "  Adresse   mail  ",
])
def test_address_header_aliases_with_stray_spaces_and_case(tmp_path: Path, header: str) -> None:
    text = f"{header};Prénom ; NOM\ntrainee@ac-grenoble.fr;Anaïs;Béranger\n"

    roster = read_roster(write(tmp_path, text))

    assert roster.entries == (RosterEntry(2, "trainee@ac-grenoble.fr", "Anaïs", "Béranger"),)


def test_mail_column_wins_over_a_postal_address_column(tmp_path: Path) -> None:
    text = "Nom;Adresse;Courriel\nDupont;3 rue des Alpes, Grenoble;jean@ac-grenoble.fr\n"

    roster = read_roster(write(tmp_path, text))

    assert [entry.address for entry in roster.entries] == ["jean@ac-grenoble.fr"]
    assert "adresse « Courriel »" in roster.description


def test_full_name_column_and_unknown_columns(tmp_path: Path) -> None:
    text = ("N° ;Stagiaire;Établissement;Courriel académique\n"
            "1;Jean  Dupont;Lycée Champollion;jean@ac-grenoble.fr\n")

    roster = read_roster(write(tmp_path, text))

    assert roster.entries == (RosterEntry(2, "jean@ac-grenoble.fr", "", "Jean Dupont"),)
    assert "adresse « Courriel académique », nom complet « Stagiaire »" in roster.description


def test_missing_address_column_names_the_file_and_the_headers_found(tmp_path: Path) -> None:
    path = write(tmp_path, "Nom;Prénom;Établissement\nDupont;Jean;Lycée Stendhal\n")

    with pytest.raises(RosterError) as raised:
        read_roster(path)

    message = str(raised.value)
    assert str(path) in message
    assert "aucune colonne d'adresse" in message
    assert "« Nom », « Prénom », « Établissement »" in message


def test_a_roster_without_header_line_says_to_add_one(tmp_path: Path) -> None:
    with pytest.raises(RosterError, match="ajoutez au-dessus une ligne d'en-tête"):
        read_roster(write(tmp_path, "jean@ac-grenoble.fr;Dupont;Jean\n"))


# --- bad rows -------------------------------------------------------------------------------------


def test_every_bad_row_is_reported_with_the_line_where_it_starts(tmp_path: Path) -> None:
    text = (
        "Nom;Prénom;E-mail;Profil\n"                                   # 1
        '"Dupont\nde la Tour";Jean;jean@ac-grenoble.fr;\n'             # 2-3: a real two-line cell
        "Martin;Luc;;\n"                                               # 4
        "Petit;Zoé;not-an-address;\n"                                  # 5
        "Durand;Léa;lea@ac-grenoble.fr; lea.durand@gmail.com;\n"       # 6: split by the separator
        'Roux;Théo;"theo@ac-lyon.fr, theo@gmail.com";\n'               # 7
        "Noël;Inès;ines@ac-grenoble.fr;prof\n"                         # 8
        "Lefèvre;Hélène;hélène.lefèvre@ac-grenoble.fr;\n"              # 9
        "Bon;Paul;paul@ac-grenoble.fr;académique\n"                    # 10
        "Blanc;Marc;marc@ac-grenoble;\n"                               # 11
        "Vert;Anne;anne.vert@ac-grenoble.fr.;\n"                       # 12
        ";;;\n"                                                        # 13: blank: skipped silently
        '"Faure;Julie;julie@ac-grenoble.fr;\n'                         # 14: quote never closed
        "Simon;Yves;yves@ac-grenoble.fr;\n"                            # 15: read despite line 14
    )
    roster = read_roster(write(tmp_path, text))

    assert [(entry.line, entry.address, entry.last_name) for entry in roster.entries] == [
        (2, "jean@ac-grenoble.fr", "Dupont de la Tour"),
        (10, "paul@ac-grenoble.fr", "Bon"),
        (15, "yves@ac-grenoble.fr", "Simon"),
    ]
    problems = lines_and_messages(roster)
    assert [line for line, _ in problems] == [4, 5, 6, 7, 8, 9, 11, 12, 14]
    messages = dict(problems)
    assert messages[4] == "adresse manquante pour « Luc Martin »"
    assert messages[5] == "adresse invalide « not-an-address » : il manque le @"
    assert messages[6] == ("deux adresses sur la même ligne (« lea@ac-grenoble.fr » et "
                           "« lea.durand@gmail.com ») : une seule par ligne")
    assert messages[7] == ("deux adresses dans la même case « theo@ac-lyon.fr, theo@gmail.com » : "
                           "une seule par ligne")
    assert messages[8].startswith("profil inconnu « prof » : valeurs acceptées : académique")
    assert messages[9].startswith("adresse invalide « hélène.lefèvre@ac-grenoble.fr » : "
                                  "caractères non acceptés avant le @ (è, é)")
    assert messages[11] == "adresse invalide « marc@ac-grenoble » : le domaine après le @ n'a pas de point"
    assert messages[12] == "adresse invalide « anne.vert@ac-grenoble.fr. » : un point à la fin"
    assert messages[14].startswith("guillemet ouvert jamais refermé")
    assert "« \"Faure;Julie;julie@ac-grenoble.fr; »" in messages[14]


@pytest.mark.parametrize("cell", [
    "a@ac-grenoble.fr; b@ac-grenoble.fr",
    "a@ac-grenoble.fr, b@ac-grenoble.fr",
    "a@ac-grenoble.fr b@ac-grenoble.fr",
    "a@ac-grenoble.fr/b@ac-grenoble.fr",
    "a@ac-grenoble.fr\nb@ac-grenoble.fr",
])
def test_two_addresses_in_one_cell(tmp_path: Path, cell: str) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Courriel", "Nom"])
    workbook.active.append([cell, "Dupont"])
    workbook.save(tmp_path / "s.xlsx")

    roster = read_roster(tmp_path / "s.xlsx")

    assert roster.entries == ()
    [problem] = roster.problems
    assert problem.line == 2
    assert problem.message.startswith("deux adresses dans la même case « a@ac-grenoble.fr")
    assert problem.message.endswith(" : une seule par ligne")


def test_a_quote_closed_rows_later_does_not_hide_the_rows_it_swallowed(tmp_path: Path) -> None:
    text = (
        "email;nom\n"
        'anne@ac-grenoble.fr;"Dupont\n'           # 2: the quote opens...
        'bruno@ac-grenoble.fr;Martin"\n'          # 3: ...and closes here: csv sees one row
        "chloe@ac-grenoble.fr;Durand\n"           # 4
    )
    roster = read_roster(write(tmp_path, text))

    assert [(entry.line, entry.address, entry.last_name) for entry in roster.entries] == [
        (3, "bruno@ac-grenoble.fr", "Martin"),
        (4, "chloe@ac-grenoble.fr", "Durand"),
    ]
    [(line, message)] = lines_and_messages(roster)
    assert line == 2
    assert message.startswith("guillemet non fermé : la ligne « anne@ac-grenoble.fr;\"Dupont »")


def test_a_misplaced_quote_costs_only_its_own_row(tmp_path: Path) -> None:
    text = 'Courriel,Nom\n"anne@ac-grenoble.fr"x,Dupont\nbruno@ac-grenoble.fr,Martin\n'

    roster = read_roster(write(tmp_path, text))

    assert [entry.address for entry in roster.entries] == ["bruno@ac-grenoble.fr"]
    [(line, message)] = lines_and_messages(roster)
    assert line == 2
    assert message.startswith("guillemet mal placé : après un guillemet fermant, il faut « , »")


def test_short_rows_are_blank_and_extra_cells_are_ignored(tmp_path: Path) -> None:
    text = ("Prénom;Nom;Courriel;Profil\n"
            "Jean;Dupont;jean@ac-grenoble.fr\n"          # no Profil cell at all
            "Anne;Roux;anne@ac-grenoble.fr;;note;;\n")   # cells beyond the header

    roster = read_roster(write(tmp_path, text))

    assert roster.entries == (
        RosterEntry(2, "jean@ac-grenoble.fr", "Jean", "Dupont"),
        RosterEntry(3, "anne@ac-grenoble.fr", "Anne", "Roux"),
    )
    assert roster.problems == ()


def test_name_and_address_written_together_in_the_address_cell(tmp_path: Path) -> None:
    text = ('Courriel;Nom\n"""Jean Dupont"" <Jean.Dupont@AC-Grenoble.fr>";\n'
            "Anne Roux <anne@ac-grenoble.fr>;Roux-Martin\nmailto:zoe@ac-grenoble.fr;\n")

    roster = read_roster(write(tmp_path, text))

    assert roster.entries == (
        RosterEntry(2, "jean.dupont@ac-grenoble.fr", "", "Jean Dupont"),
        RosterEntry(3, "anne@ac-grenoble.fr", "", "Roux-Martin"),  # the column's name wins
        RosterEntry(4, "zoe@ac-grenoble.fr"),
    )


def test_addresses_are_lowercased_and_international_domains_idna_encoded(tmp_path: Path) -> None:
    text = "email\n  Marie.Curie@Exemple.FR \u200b\nfrançois@école.fr\njean@école.fr\n"

    roster = read_roster(write(tmp_path, text))

    assert [entry.address for entry in roster.entries] == ["marie.curie@exemple.fr", "jean@xn--cole-9oa.fr"]
    assert roster.problems[0].line == 3 and "(ç)" in roster.problems[0].message


# --- duplicates and profiles ---------------------------------------------------------------------


def test_the_same_address_twice_is_kept_once_and_reported_once(tmp_path: Path) -> None:
    text = "Courriel;Nom\nA@X.fr;Premier\nb@x.fr;Autre\n a@x.fr ;Second\n"

    roster = read_roster(write(tmp_path, text))

    assert roster.entries == (RosterEntry(2, "a@x.fr", "", "Premier"), RosterEntry(3, "b@x.fr", "", "Autre"))
    assert roster.duplicates == (RosterDuplicate(line=4, first_line=2, address="a@x.fr"),)
    assert roster.problems == ()


@pytest.mark.parametrize(("value", "profile"), [
    ("Académique", Profile.ACADEMIC), ("ACAD", Profile.ACADEMIC), ("enseignant", Profile.ACADEMIC),
    ("Personnel académique", Profile.ACADEMIC), ("Université", Profile.UNIVERSITY),
    ("enseignement supérieur", Profile.UNIVERSITY), ("ESR", Profile.UNIVERSITY),
    ("universitaire", Profile.UNIVERSITY), ("Autre", Profile.OTHER), ("invité", Profile.OTHER),
    ("Compte manuel", Profile.OTHER), ("externe", Profile.OTHER), ("", None), ("  ", None),
])
def test_profile_column_accepts_french_values_whatever_the_domain(
    tmp_path: Path, value: str, profile: Profile | None
) -> None:
    # An academic domain with any profile: the column is what the trainer says, kept as is (the
    # orchestrator lets it override the domain).
    text = f"Courriel;Type de compte\nmarie@ac-grenoble.fr;{value}\n"

    roster = read_roster(write(tmp_path, text, encoding="cp1252"))

    assert roster.entries == (RosterEntry(2, "marie@ac-grenoble.fr", profile=profile),)


def test_unknown_profile_lists_the_accepted_values(tmp_path: Path) -> None:
    roster = read_roster(write(tmp_path, "Courriel;Profil\nmarie@ac-grenoble.fr;Stagiaire ENS\n"))

    assert roster.entries == ()
    [(line, message)] = lines_and_messages(roster)
    assert line == 2
    assert message.startswith("profil inconnu « Stagiaire ENS » : valeurs acceptées : ")
    for accepted in ("académique", "universitaire", "autre", "vide"):
        assert accepted in message


def test_the_status_column_of_a_magistere_participants_export_is_not_read_as_profiles(
    tmp_path: Path,
) -> None:
    # M@gistère (Moodle) "Participants" downloaded as CSV: "Statut" is the enrolment, "Actif".
    text = ('Prénom,Nom,"Adresse de courriel",Rôles,Groupes,"Dernier accès au cours",Statut\n'
            'Jean,Dupont,jean.dupont@ac-grenoble.fr,Participant,"Aucun groupe","2 jours",Actif\n'
            "Ève,Cœur,eve.coeur@univ-grenoble-alpes.fr,Participant,\"Aucun groupe\",Jamais,Actif\n")

    roster = read_roster(write(tmp_path, text, newline="\n"))

    assert roster.problems == ()
    assert roster.entries == (
        RosterEntry(2, "jean.dupont@ac-grenoble.fr", "Jean", "Dupont"),
        RosterEntry(3, "eve.coeur@univ-grenoble-alpes.fr", "Ève", "Cœur"),
    )
    assert "colonne « Statut » ignorée : ses valeurs (« Actif »…) ne sont pas des profils" in roster.description


def test_a_status_column_holding_profiles_is_read_and_its_typo_reported(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    for row in (["Courriel", "Statut"], ["marie@gmail.com", "Universitaire"], ["paul@gmail.com", "universitair"]):
        workbook.active.append(row)
    workbook.save(tmp_path / "stagiaires.xlsx")

    roster = read_roster(tmp_path / "stagiaires.xlsx")

    assert roster.entries == (RosterEntry(2, "marie@gmail.com", profile=Profile.UNIVERSITY),)
    assert [line for line, _ in lines_and_messages(roster)] == [3]
    assert "profil « Statut »" in roster.description
