"""Cut a trainee's own words into sentences and clauses, the units the classifier labels (issue 11).

An automatic answer may go out only when every clause that asks something or states a problem
is one the guide answers, so the cut decides what "every" means: too coarse and a second
question hides inside the first ("j'ai oublié mon mot de passe et je ne trouve pas le
parcours"), too fine and "identifiant et mot de passe" falls in two.

- Sentences end at . ! ? … (a run of them), at a line break, and at a blank line. A line that a
  mail client wrapped (a long line without final punctuation, the next one going on in lower
  case) is joined to the next. SMS-style text without punctuation is cut at its line breaks only.
- Within a sentence, a clause starts at ";" and at a conjunction that opens a new statement:
  "mais", "et" or "puis" followed by a subject ("et je", "et j'", "mais il"...), "par contre",
  "en revanche", "par ailleurs", "d'autre part", "de plus", "sinon", "aussi," and their English
  counterparts ("but", "and I", "also,"). "ni ... ni", "et/ou" and a list of nouns stay whole.

Each clause keeps its offsets in the text, for the explanation. One pass over the text with
regular expressions that never backtrack past a line: linear on any input. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# At most this many clauses are returned: past it, the rest of the text is one last clause
# (a keyword flood must not cost a label per word, and such a text escalates anyway).
MAX_CLAUSES = 200

# Each pattern starts only at the first character of a run (the lookbehinds) and never gives
# back what it took (possessive quantifiers): tried at every position of a long run of dots or
# spaces, a plain "+" made the cut quadratic (20,000 spaces: 32 s).
_SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++(?=\s|$)|\n")
# A conjunction that opens a new statement: a subject after "et/mais/puis", or a connective.
# Possessives are left out: "mon identifiant et mon mot de passe" is one thing asked.
_SUBJECTS = r"(?:je|j['’]|il|elle|on|nous|vous|ils|elles|ça|ca|cela|c['’]est|i|i['’]m|it|we|they)"
_CLAUSE_START = re.compile(
    rf"""(?ix)
    (?<!\s)\s*+;\s*+
    | (?<![\s,]),?\s++(?=(?:et|mais|puis|sinon|and|but|or)\s+{_SUBJECTS}\b)
    | (?<![\s,]),?\s++(?=(?:mais|but|however)\b[,\s])
    | (?<![\s,]),?\s++(?=(?:par\s+contre|en\s+revanche|par\s+ailleurs|d['’]autre\s+part|de\s+plus|en\s+plus|également|aussi|also|moreover|besides)\b,?)
    """
)
# A greeting that opens a sentence ("Bonjour, je suis...", "Madame, Monsieur,") is a clause of its own.
_GREETING = re.compile(
    r"(?i)(?:bonjour|bonsoir|salut|coucou|hello|hi|dear\s+[^,!\n]{0,40}|madame,\s*monsieur|madame|"
    r"monsieur|chers?\s+coll[eè]gues?|ch[eè]re?s?\s+[^,!\n]{0,40})\s*[,!]"
)
_WRAPPED_LINE = 60  # a line at least this long, without final punctuation, was wrapped by a client


@dataclass(frozen=True)
class Clause:
    """One clause of the text: its words as written and where they stand."""

    text: str
    start: int
    end: int
    sentence: int  # index of the sentence it belongs to


def sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of the sentences of `text`, blank ones left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for found in _SENTENCE_END.finditer(text):
        end = found.end() if found.group() != "\n" else found.start()
        if found.group() == "\n" and _wrapped(text, start, found.start()):
            continue  # the client wrapped this line: the sentence goes on below
        _keep(text, start, end, spans)
        start = found.end()
    _keep(text, start, len(text), spans)
    return spans


def clauses(text: str) -> list[Clause]:
    """Return the clauses of `text` in order, each stripped of the spaces around it."""
    found: list[Clause] = []
    for index, (start, end) in enumerate(sentences(text)):
        cut = start
        greeting = _GREETING.match(text, start, end)
        if greeting is not None and greeting.end() < end:
            _add(text, start, greeting.end(), index, found)
            cut = greeting.end()
        for boundary in _CLAUSE_START.finditer(text, start, end):
            if boundary.start() > cut:
                _add(text, cut, boundary.start(), index, found)
            cut = boundary.end()
        _add(text, cut, end, index, found)
        if len(found) >= MAX_CLAUSES:
            last = found[MAX_CLAUSES - 1]
            rest = text[last.start:].rstrip()
            found[MAX_CLAUSES - 1] = Clause(rest, last.start, last.start + len(rest), last.sentence)
            return found[:MAX_CLAUSES]
    return found


def _wrapped(text: str, start: int, newline: int) -> bool:
    """Tell whether the line ending at `newline` was wrapped by a mail client."""
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    following = text[newline + 1 : newline + 2]
    return len(line) >= _WRAPPED_LINE and line[-1:] not in ".!?…:;" and following.islower()


def _keep(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    if piece.strip():
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        spans.append((start + left, start + right))


def _add(text: str, start: int, end: int, sentence: int, found: list[Clause]) -> None:
    piece = text[start:end]
    stripped = piece.strip(" \t\r\n,;")
    if stripped and any(char.isalnum() for char in stripped):
        offset = start + piece.index(stripped[0])
        found.append(Clause(stripped, offset, offset + len(stripped), sentence))
