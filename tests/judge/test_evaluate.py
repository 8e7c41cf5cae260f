"""`responder evaluate`, `classify --explain` and `rules check`, as a user runs them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from responder.cli import main
from tests.paths import DEMO, ROOT

LABELS = """
["01-academic-password.eml"]
profile = "academic"
topics = ["forgotten_password"]
action = "reply"
why = "mot de passe oublié, adresse académique"

["05-escalate-attestation.eml"]
profile = "academic"
topics = []
action = "escalate"
why = "attestation et frais : pas dans le guide"

["07-out-of-office.eml"]
profile = "academic"
topics = []
action = "ignore"
why = "réponse automatique d'absence"

["09-list.eml"]
profile = "academic"
topics = []
action = "ignore"
why = "liste de diffusion"
"""


def corpus(tmp_path: Path, labels: str = LABELS) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("01-academic-password.eml", "05-escalate-attestation.eml", "07-out-of-office.eml", "09-list.eml"):
        shutil.copy(DEMO / name, folder / name)
    (folder / "labels.toml").write_text(labels, encoding="utf-8")
    return folder


def test_evaluate_prints_the_figures_of_a_correct_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(corpus(tmp_path)), "--min-action", "97", "--max-wrong-answers", "1"]) == 0
    out = capsys.readouterr().out
    assert "messages : 4" in out
    assert "action   : 100.0 %" in out and "sujets   : 100.0 %" in out
    assert "réponses automatiques fausses : 0" in out
    assert "fichiers mal classés : 0" in out


def test_a_wrong_automatic_answer_is_counted_listed_and_fails_the_threshold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Label the password question as needing a human: answering it automatically is then wrong.
    labels = LABELS.replace(
        'topics = ["forgotten_password"]\naction = "reply"', 'topics = ["forgotten_password"]\naction = "escalate"'
    )
    assert main(["evaluate", str(corpus(tmp_path, labels)), "--max-wrong-answers", "1"]) == 1
    captured = capsys.readouterr()
    assert "réponses automatiques fausses : 1 ( 25.0 %)" in captured.out
    assert "- 01-academic-password.eml  [RÉPONSE FAUSSE]" in captured.out
    assert "action : attendu escalate, obtenu reply" in captured.out
    assert "raison : topic.forgotten_password" in captured.out
    assert "SOUS LES SEUILS" in captured.err
    # The confusion table has the escalate row with one message answered automatically.
    # Confusion row "escalate": columns reply, escalate, ignore.
    assert ["escalate", "1", "1", "0"] in [line.split() for line in captured.out.splitlines()]


def test_a_coverage_under_the_floor_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Label the attestation question as one the guide answers: it is not answered, coverage 50 %.
    labels = LABELS.replace('topics = []\naction = "escalate"', 'topics = ["forgotten_password"]\naction = "reply"')
    assert main(["evaluate", str(corpus(tmp_path, labels)), "--min-coverage", "60"]) == 1
    captured = capsys.readouterr()
    assert "couverture :  50.0 %  (1 des 2 messages" in captured.out
    assert "couverture 50.0 % < 60 %" in captured.err


def test_bad_labels_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = corpus(tmp_path, LABELS.replace('action = "ignore"', 'action = "ignorer"', 1))
    assert main(["evaluate", str(folder)]) == 2
    assert "['07-out-of-office.eml'] : action 'ignorer' inconnue" in capsys.readouterr().err
    (folder / "extra.eml").write_bytes((DEMO / "06-thanks.eml").read_bytes())
    (folder / "labels.toml").write_text(LABELS, encoding="utf-8")
    assert main(["evaluate", str(folder)]) == 2
    assert "fichier sans étiquette : extra.eml" in capsys.readouterr().err


def test_labelled_clauses_are_read_and_a_wrong_clause_label_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_clauses = LABELS.replace(
        'why = "mot de passe oublié, adresse académique"',
        'why = "mot de passe oublié, adresse académique"\n'
        'clauses = [{ text = "Bonjour", label = "greeting" }, { text = "j\'ai oublié", label = "forgotten_password" }]',
    )
    assert main(["evaluate", str(corpus(tmp_path, with_clauses))]) == 0
    # The clause model's calibration on those labelled clauses: one row, two clauses, both right.
    out = capsys.readouterr().out
    assert "étalonnage du modèle des phrases (2 phrases étiquetées)" in out
    rows = [line.split() for line in out.split("étalonnage")[1].splitlines()[2:]]
    assert sum(int(row[2]) for row in rows) == 2 and rows[-1][-2] == "100.0"
    wrong = with_clauses.replace('label = "greeting"', 'label = "salutation"')
    (tmp_path / "again").mkdir()
    assert main(["evaluate", str(corpus(tmp_path / "again", wrong))]) == 2
    assert "['01-academic-password.eml'] : étiquette de clause 'salutation' inconnue" in capsys.readouterr().err


def test_explain_shows_the_text_read_the_rules_the_discarded_and_the_decision(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--explain", str(DEMO / "01-academic-password.eml")]) == 0
    out = capsys.readouterr().out
    read = out.split("Écarté")[0]
    assert "J'ai oublié mon mot de passe" in read
    assert "Connectez-vous avec votre identifiant" not in read  # the quoted invitation is not read
    assert "Écarté : citation (" in out
    assert "topic.forgotten_password" in out and "«oublié mon mot de passe»" in out
    assert "Objet non lu (c'est celui de l'invitation)" in out
    assert "topic:forgotten_password" in out and "retenu" in out
    assert "Décision : reply, réponse automatique à claire.martin@ac-grenoble.fr" in out
    # Each clause of the own words, with the model's label and confidence.
    clauses = out.split("Phrases lues une à une (étiquette, confiance) :")[1].split("Classement")[0]
    assert "mot de passe oublié (" in clauses and "%)" in clauses


def test_explain_shows_a_negation_that_was_set_aside(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    message = tmp_path / "m.eml"
    message.write_bytes(
        "From: a@ac-grenoble.fr\r\nTo: formation-magistere@ac-grenoble.fr\r\nSubject: aide\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Je n'ai pas oublié mon mot de passe mais je ne trouve pas le parcours.\r\n".encode()
    )
    assert main(["classify", "--explain", str(message)]) == 0
    out = capsys.readouterr().out
    assert "— négation" in out
    assert "sujets find_course," in out


def test_rules_check_accepts_the_bundled_rules_and_names_the_line_of_a_mistake(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "check"]) == 0
    assert "règles valides" in capsys.readouterr().out
    broken = tmp_path / "rules.toml"
    text = (ROOT / "responder" / "data" / "rules.toml").read_text(encoding="utf-8")
    addition = '\n[[topic]]\nname = "nouvelle"\ntopic = "mot_de_passe"\npatterns = ["mdp"]\n'
    broken.write_text(text.rstrip("\n") + "\n" + addition, encoding="utf-8")
    topic_line = len(text.rstrip("\n").splitlines()) + 4  # the line of `topic = "mot_de_passe"`
    assert main(["rules", "check", str(broken)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"erreur : {broken}:{topic_line}:") and "mot_de_passe" in err


def test_rules_check_lists_every_problem_of_the_file_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "rules.toml"
    broken.write_text(
        '[[topic]]\nname = "a"\ntopic = "mot_de_passe"\npatterns = ["mot de passe"]\n\n'  # unknown topic, line 3
        '[[topic]]\nname = "b"\ntopic = "login"\npatterns = []\n\n'                      # no pattern, line 9
        '[[topic]]\nname = "c"\ntopic = "login"\npatterns = ["connecter"]\n\n'
        '[[topic]]\nname = "c"\ntopic = "login"\npatterns = ["identifier"]\n',          # same name, line 17
        encoding="utf-8")
    assert main(["rules", "check", str(broken)]) == 2
    err = capsys.readouterr().err
    assert f"3 problèmes dans {broken}" in err
    for line, words in ((3, "mot_de_passe"), (9, "aucun motif"), (17, "en double")):
        assert any(f"{broken}:{line}:" in row and words in row for row in err.splitlines()), (line, err)


def test_rules_check_lists_the_problems_of_settings_words_and_terms_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "rules.toml"
    broken.write_text(
        '[settings]\nthreshold = -1\nfrobnicate = 2\n\n'                                # lines 2 and 3
        '[words]\nignored = "de"\n\n'                                                    # not a list, line 6
        '[terms]\nmdp = []\npasse = ["mot de passe"]\n\n'                                # empty term, line 9
        '[colours]\nred = 1\n\n'                                                         # unknown section, line 12
        '[[topic]]\nname = "a"\ntopic = "login"\npatterns = ["{mdp} oublie"]\n\n'        # cites the empty term: not reported twice
        '[[topic]]\nname = "b"\ntopic = "login"\npatterns = ["{inconnu}"]\n',           # unknown term, line 23
        encoding="utf-8")
    assert main(["rules", "check", str(broken)]) == 2
    err = capsys.readouterr().err
    expected = ((2, "threshold"), (3, "frobnicate"), (6, "ignored"), (9, "mdp"), (12, "colours"), (23, "inconnu"))
    assert f"{len(expected)} problèmes dans {broken}" in err, err
    for line, words in expected:
        assert any(f"{broken}:{line}:" in row and words in row for row in err.splitlines()), (line, err)
