"""The rules file: validation with file and line, compilation, and the text normalisation it relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from responder.judge.classify import classify
from responder.config import ProfilesConfig
from responder.errors import ConfigError
from responder.model import Action, Address, ParsedMessage, Topic
from responder.judge.words import fold, tokenize, typo_budget, words
from responder.judge.rules_file import load_rules

VALID = """\
[settings]
gap = 2

[words]
ignored = ["le", "la", "de", "mon", "je", "j", "ai", "n", "ne"]
negations = ["pas"]

[terms]
password = ["mot de passe", "mdp"]

[[topic]]
name = "mdp_oublie"
topic = "forgotten_password"
patterns = [
    "oubli* {password}",
]

[[escalate]]
name = "absence"
patterns = ["absent*"]

[[thanks]]
name = "merci"
patterns = ["merci"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_rules(path, ProfilesConfig())
    return str(caught.value)


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    numbers = [n for n, line in enumerate(text.splitlines(), start=1) if needle in line]
    return numbers[occurrence - 1]


def parsed(text: str) -> ParsedMessage:
    return ParsedMessage(
        message_id=None, in_reply_to=(), references=(), subject="", date=None,
        from_addresses=(Address("", "a@gmail.com"),), return_path="a@gmail.com", recipients=(),
        headers=(), content_type="text/plain", report_type=None, attachment_types=(),
        text=text, new_text=text, classifier_text=text,
    )


def test_a_custom_rules_file_replaces_the_packaged_one(tmp_path):
    rules = load_rules(write(tmp_path, VALID), ProfilesConfig())
    assert [rule.name for rule in rules.rules] == ["topic.forgotten_password.mdp_oublie", "escalate.absence", "thanks.merci"]
    assert classify(parsed("J'ai oublié mon mdp"), rules).topics == (Topic.FORGOTTEN_PASSWORD,)
    assert classify(parsed("Je n'ai pas oublié mon mdp"), rules).topics == ()
    assert classify(parsed("merci"), rules).action is Action.IGNORE


def test_the_packaged_rules_load_and_cover_every_topic_and_kind():
    rules = load_rules(None, ProfilesConfig())
    assert rules.source.endswith("rules.toml")
    covered = {target for rule in rules.of_kind("topic") for target in rule.targets}
    assert covered == {topic.value for topic in Topic}
    assert all(rules.of_kind(kind) for kind in ("topic", "profile", "escalate", "thanks"))


@pytest.mark.parametrize(
    ("change", "needle", "message"),
    [
        (('topic = "forgotten_password"', 'topic = "mot_de_passe"'), 'topic = "mot_de_passe"', "topic 'mot_de_passe' inconnu"),
        (('"oubli* {password}",', '"",'), '"",', "ne peut rien reconnaître"),
        (('"oubli* {password}",', '"le de la",'), '"le de la",', "ne peut rien reconnaître après normalisation"),
        (('"oubli* {password}",', '"?!",'), '"?!",', "ne peut rien reconnaître"),
        (('"oubli* {password}",', '"oubli* {motdepasse}",'), "{motdepasse}", "terme 'motdepasse' inconnu"),
        (('"oubli* {password}",', '"oubli* {password",'), "{password\"", "mal écrit"),
        (('"oubli* {password}",', '"ou* {password}",'), '"ou*', "radical «ou*» trop court"),
        (('"oubli* {password}",', '"oubli* {password}",\n    "Oubli*  {password}",'), "Oubli*  {password}", "motif «Oubli*  {password}» en double"),
        (('patterns = ["absent*"]', 'patterns = []'), "patterns = []", "aucun motif"),
        (('patterns = ["absent*"]', 'motifs = ["absent*"]'), "motifs =", "clé 'motifs' inconnue"),
        (("gap = 2", "gap = -1"), "gap = -1", "nombre positif"),
        (("gap = 2", "ecart = 2"), "ecart = 2", "réglage 'ecart' inconnu"),
        (('name = "merci"', 'name = "merci"\nweight = "lourd"'), 'weight = "lourd"', "weight"),
        (('password = ["mot de passe", "mdp"]', 'password = ["mot de passe", "mdp", "mdp"]'), "password =", "en double"),
        (('password = ["mot de passe", "mdp"]', 'password = ["de", "mdp"]'), "password =", "ne peut rien reconnaître"),
        (('name = "merci"', 'name = "Merci !"'), 'name = "Merci !"', "name"),
    ],
)
def test_a_broken_rule_is_refused_with_the_file_and_its_line(tmp_path, change, needle, message):
    text = VALID.replace(*change)
    assert text != VALID
    error = error_of(tmp_path, text)
    assert error.startswith(f"{tmp_path / 'rules.toml'}:{line_of(text, needle)}: "), error
    assert message in error


def test_a_duplicate_rule_name_points_at_the_second_one(tmp_path):
    text = VALID + '\n[[thanks]]\nname = "merci"\npatterns = ["thanks"]\n'
    error = error_of(tmp_path, text)
    second = line_of(text, 'name = "merci"', occurrence=2)
    assert f"rules.toml:{second}: " in error
    assert f"déjà ligne {line_of(text, '[[thanks]]')}" in error


def test_a_profile_rule_must_name_a_known_profile(tmp_path):
    text = VALID + '\n[[profile]]\nname = "numen"\nprofile = "enseignant"\npatterns = ["numen"]\n'
    error = error_of(tmp_path, text)
    line = line_of(text, 'profile = "enseignant"')
    assert f"rules.toml:{line}: profile 'enseignant' inconnu" in error


def test_an_unknown_section_is_refused(tmp_path):
    text = VALID + "\n[[regle]]\nname = 'x'\n"
    assert f"rules.toml:{line_of(text, '[[regle]]')}: section 'regle' inconnue" in error_of(tmp_path, text)


def test_a_toml_syntax_error_names_its_line(tmp_path):
    text = VALID.replace('name = "absence"', 'name = "absence')
    line = line_of(text, 'name = "absence')
    assert f"rules.toml:{line}: syntaxe TOML invalide" in error_of(tmp_path, text)


def test_a_missing_rules_file_is_a_config_error_naming_it(tmp_path):
    with pytest.raises(ConfigError, match="absent.toml"):
        load_rules(tmp_path / "absent.toml", ProfilesConfig())


def test_rules_are_frozen():
    rules = load_rules(None, ProfilesConfig())
    with pytest.raises(AttributeError):
        rules.settings = None  # type: ignore[misc]


# -- normalisation -------------------------------------------------------------------------------


def test_fold_drops_case_accents_and_ligatures():
    assert fold("RÉINITIALISÉ Œuvre çà") == "reinitialise oeuvre ca"


def test_words_split_on_apostrophes_hyphens_and_keep_magistere_whole():
    assert words("J'ai oublié mon mot-de-passe sur M@gistère") == (
        "j", "ai", "oublie", "mon", "mot", "de", "passe", "sur", "magistere",
    )
    assert words("I can't log in") == ("i", "can", "not", "log", "in")


def test_tokens_keep_their_place_in_the_original_text():
    text = "Bonjour, j'ai OUBLIÉ mon mdp."
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == ["Bonjour", "j", "ai", "OUBLIÉ", "mon", "mdp"]
    assert tokens[0].clause != tokens[1].clause  # the comma ends a clause
    assert len({t.sentence for t in tokenize("Un. Deux")}) == 2


def test_sms_elision_gives_the_word_without_it():
    assert "arrive" in tokenize("jarrive pas")[0].forms
    assert "identifiant" in tokenize("lidentifiant")[0].forms


def test_a_glued_elision_is_guessed_only_when_it_leaves_a_telling_word():
    assert tokenize("Laura")[0].forms == ("laura",)  # "aura" is too short to be telling
    assert tokenize("jarrive")[0].forms == ("jarrive", "arrive")


def test_short_words_tolerate_no_typo_long_ones_more():
    assert [typo_budget(n) for n in (3, 5, 6, 9, 10, 13)] == [0, 0, 1, 1, 2, 2]


def test_a_real_word_is_never_read_as_a_typo_of_another():
    rules = load_rules(None, ProfilesConfig())
    assert "rendre" not in {w.text for w in rules.pattern_words("rentre")}
    assert "rendre" in {w.text for w in rules.pattern_words("rendre")}
    # ...but it still matches its own plural, and an unknown misspelling still gets its typo.
    assert "bouton" in {w.text for w in rules.pattern_words("boutons")}
    assert "identifiant" in {w.text for w in rules.pattern_words("identifaint")}
    # A glued-elision guess compares exactly: "anipulation" is no "annulation".
    assert "annulation" not in {w.text for w in rules.pattern_words("anipulation", exact=True)}


def test_where_keeps_its_accent_and_or_does_not():
    assert words("où est-il")[0] == "où"
    assert words("bleu ou violet")[1] == "ou"
    assert words("ou est la formation")[0] == "où"  # typed without the accent, told by the verb


def test_a_question_mark_inside_guillemets_does_not_end_the_sentence():
    tokens = tokenize("J'ai cliqué sur « Mot de passe oublié ? » sans résultat.")
    assert len({t.sentence for t in tokens}) == 1
    assert [t.word for t in tokens if t.quoted] == ["mot", "de", "passe", "oublie"]


def test_fallback_is_a_topic_rule_flag_only(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text('[[escalate]]\nname = "x"\nfallback = true\npatterns = ["frais"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"rules.toml:3: clé 'fallback' inconnue"):
        load_rules(path, ProfilesConfig())
