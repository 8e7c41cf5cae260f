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
    r"|(?P<clause>[,;:()\[\]«»\"]|\s[-–—]\s)"
)
# "M@gistère": an "@" standing for an "a" after a single leading letter. Replaced by a character
# of the same length so token offsets stay valid in the original text.
_AT_AS_A = re.compile(r"(?i)\b([a-z])@(?=[a-z]{3})")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "’": "'", "‘": "'"})
# French elision glued to the next word in SMS style: "jarrive", "lidentifiant", "nai".
_ELISION = re.compile(r"^(?:qu|[jlmntsdc])(?=[aeiouyh])")


def fold(text: str) -> str:
    """Return text lower-cased, without accents or ligatures ("Réinitialisé" -> "reinitialise")."""
    text = text.casefold().translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True)
class Token:
    """One word of a text.

    forms: the folded word, plus the word without a glued elision ("jarrive" -> "arrive").
    start, end: the word's place in the original text, to quote it as typed.
    sentence: index of the sentence the word is in (proximity stays inside one).
    clause: index of the clause (negation scope stays inside one).
    """

    forms: tuple[str, ...]
    start: int
    end: int
    sentence: int
    clause: int

    @property
    def word(self) -> str:
        """The folded word."""
        return self.forms[0]


def tokenize(text: str) -> tuple[Token, ...]:
    """Split text into folded words with their offsets, sentence and clause numbers."""
    text = _AT_AS_A.sub(lambda found: found.group(1) + "a", text)
    tokens: list[Token] = []
    sentence = clause = 0
    for found in _TOKEN.finditer(text):
        if found.group("sentence"):
            sentence, clause = sentence + 1, clause + 1
            continue
        if found.group("clause"):
            clause += 1
            continue
        word = fold(found.group("word"))
        tokens.append(Token(_forms(word), found.start(), found.end("word"), sentence, clause))
        if found.group("nt") and word.endswith("n"):
            # "can't" -> "can" "not": one spelling for the pattern and for the message.
            tokens.append(Token(("not",), found.start(), found.end("nt"), sentence, clause))
    return tuple(tokens)


def words(text: str) -> tuple[str, ...]:
    """Return the folded words of text, as tokenize() splits them."""
    return tuple(token.word for token in tokenize(text))


def _forms(word: str) -> tuple[str, ...]:
    if len(word) >= 4 and _ELISION.match(word):
        return (word, _ELISION.sub("", word))
    return (word,)


def typo_budget(length: int) -> int:
    """Return how many typos a pattern word of this length tolerates (short words: none)."""
    if length >= 9:
        return 2
    if length >= 5:
        return 1
    return 0


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
