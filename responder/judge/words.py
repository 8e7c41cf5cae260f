"""Text normalisation for the classifier: fold, split into words, compare words with typos.

Owns the one way text becomes comparable words, used alike for the rules file's patterns and for
the trainee's message, so a pattern matches exactly what the same words typed by a trainee give.
Folding drops case and accents ("Réinitialiser" -> "reinitialiser"); tokens keep their place in
the original text so a reason can quote the words as the trainee typed them. Pure functions only:
no rules, no decisions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A word, optionally followed by the English contraction "n't" ("can't", "don't"), or a mark that
# ends a sentence (proximity never crosses it) or a clause (negation never crosses it). A single
# newline is neither: mail clients wrap sentences anywhere.
_TOKEN = re.compile(
    r"(?P<word>[^\W_]+)(?P<nt>['’]t\b)?"
    r"|(?P<sentence>[.!?…]+|\n[ \t]*\n)"
    r"|(?P<clause>[,;:()\[\]«»“”\"]|\s[-–—]\s)"
)
# "M@gistère": an "@" standing for an "a" after a single leading letter. Replaced by a character
# of the same length so token offsets stay valid in the original text.
_AT_AS_A = re.compile(r"(?i)\b([a-z])@(?=[a-z]{3})")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "’": "'", "‘": "'"})
# French elision glued to the next word in SMS style: "jarrive", "lidentifiant". Without the
# apostrophe it is only a guess ("manipulation" is no "m'anipulation", "Laura" no "l'aura"), so the
# guess must leave a word long enough to be telling, and the classifier compares it exactly.
_ELISION = re.compile(r"^(?:qu|[jlmntsdc])(?=[aeiouyh])")
_MIN_GLUED = 5
# Guillemets and curly quotes enclose a name (a course title, a button, an error shown): sentence
# marks inside them do not end the trainee's sentence («Mot de passe oublié ?»).
_OPEN_QUOTE, _CLOSE_QUOTE = "«“", "»”"


def fold(text: str) -> str:
    """Return text lower-cased, without accents or ligatures ("Réinitialisé" -> "reinitialise")."""
    text = text.casefold().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class Token:
    """One word of a text.

    forms: the folded word, plus the word without a glued elision ("jarrive" -> "arrive"), a guess
        to compare exactly only.
    start, end: the word's place in the original text, to quote it as typed.
    sentence: index of the sentence the word is in (proximity stays inside one).
    clause: index of the clause (negation scope stays inside one).
    quoted: the word stands between guillemets (« ... »): a title or a label the trainee cites.
    """

    forms: tuple[str, ...]
    start: int
    end: int
    sentence: int
    clause: int
    quoted: bool = False

    @property
    def word(self) -> str:
        """The folded word."""
        return self.forms[0]


def tokenize(text: str) -> tuple[Token, ...]:
    """Split text into folded words with their offsets, sentence and clause numbers."""
    text = _AT_AS_A.sub(lambda found: found.group(1) + "a", text)
    tokens: list[Token] = []
    sentence = clause = 0
    quoted = False
    for found in _TOKEN.finditer(text):
        mark = found.group("sentence")
        if mark:
            if quoted and "\n" not in mark:
                continue  # «Mot de passe oublié ?» is a label inside the sentence
            sentence, clause, quoted = sentence + 1, clause + 1, False
            continue
        mark = found.group("clause")
        if mark:
            quoted = (quoted or mark in _OPEN_QUOTE) and mark not in _CLOSE_QUOTE
            clause += 1
            continue
        word = fold(found.group("word"))
        if word == "ou" and ("ù" in found.group("word").lower() or _where_follows(text, found.end())):
            word = "où"  # the accent tells "where" from the "or" that lists: keep it
        tokens.append(Token(_forms(word), found.start(), found.end("word"), sentence, clause, quoted))
        if found.group("nt") and word.endswith("n"):
            # "can't" -> "can" "not": one spelling for the pattern and for the message.
            tokens.append(Token(("not",), found.start(), found.end("nt"), sentence, clause, quoted))
    return tuple(tokens)


# "ou est la formation": typed without its accent, "où" is still told by the verb after it.
_WHERE_NEXT = re.compile(
    r"\s+(?:est|sont|se\s+trouve|trouver|dois|faut|puis|aller|saisir|taper|cliquer)\b", re.IGNORECASE
)


def _where_follows(text: str, end: int) -> bool:
    return _WHERE_NEXT.match(text, end) is not None


def words(text: str) -> tuple[str, ...]:
    """Return the folded words of text, as tokenize() splits them."""
    return tuple(token.word for token in tokenize(text))


def _forms(word: str) -> tuple[str, ...]:
    if _ELISION.match(word):
        stripped = _ELISION.sub("", word)
        if len(stripped) >= _MIN_GLUED:
            return (word, stripped)
    return (word,)


def typo_budget(length: int) -> int:
    """Return how many typos a pattern word of this length tolerates (short words: none).

    Under six letters a typo mostly lands on another word ("fais" / "frais", "dure" / "durée",
    "marie" / "marre"); the rules list the few short misspellings worth catching instead.
    """
    if length >= 10:
        return 2
    if length >= 6:
        return 1
    return 0


def singular(word: str) -> str:
    """Return word without a plural ending ("boutons" -> "bouton"), for comparing real words."""
    if len(word) > 3 and word[-1] in "sx":
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def word_matches(expected: str, prefix: bool, budget: int, found: str) -> bool:
    """Tell whether a message word is the pattern word, allowing up to budget typos.

    expected: a folded pattern word; prefix: the pattern is a stem ("oubli*") and any ending goes.
    The first letter must be right: a wrong first letter is rarely a typo, and it keeps "cours"
    from matching "jours".
    """
    if found == expected or (prefix and found.startswith(expected)):
        return True
    if not budget or not found or found[0] != expected[0]:
        return False
    if prefix:
        # Compare the stem with the message word's beginning, a letter shorter or longer too.
        return any(
            _distance(expected, found[:size], budget) <= budget
            for size in range(len(expected) - budget, len(expected) + budget + 1)
            if 0 < size <= len(found)
        )
    if abs(len(found) - len(expected)) > budget:
        return False
    return _distance(expected, found, budget) <= budget


def _distance(a: str, b: str, budget: int) -> int:
    """Return the edit distance with transpositions (stops early once over budget)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > budget:
            return budget + 1
        previous2, previous = previous, current
    return previous[-1]
