"""Stage 2 of the parse step: the sender's words made ready for the classifier.

Owns the removal of what carries no request: the greeting line ("Bonjour,", "Madame, Monsieur,"), the
sign-off and everything after it ("Cordialement", "Bien à vous", "Merci d'avance" near the end), "-- "
signatures, mobile taglines and the académie/corporate footers and disclaimers. It works on stage 1's
text (quotes.py) and never touches what the review page shows. Conservative on purpose: a sign-off is cut
only when it stands on its own line near the end with a few short lines after it, so "cordialement" inside
a sentence and "- item" lists stay (shared/notes/parsing.md §6.5).
"""

from __future__ import annotations

import re

from responder.quotelines import is_tagline

_LAST_LINES = 10  # a sign-off is looked for among the last non-empty lines only
_MAX_AFTER = 6  # …and must be followed by at most this many short lines (name, title, school)
_SHORT_LINE = 12  # words

_GREETING = re.compile(
    r"^(?:bonjour|bonsoir|salut|hello|hi|hey|dear|cher|chère|chers|madame|monsieur|mesdames|messieurs|"
    r"madame,\s*monsieur|mesdames,\s*messieurs)\b[\w .,'’-]{0,50}[,.!:]?$",
    re.I,
)
_SIGNOFF = re.compile(
    r"^(?:(?:bien|très|tres|trés)\s+)?(?:cordialement|cdlt|cdt|amicalement|respectueusement)\b"
    r"|^bien\s+(?:à|a)\s+(?:vous|toi)\b|^(?:sinc[eè]res\s+|meilleures\s+|mes\s+)?salutations\b"
    r"|^merci\s+(?:d'avance|d’avance|par\s+avance|beaucoup|pour\s+(?:votre|ton)\s+(?:aide|réponse|retour))"
    r"|^(?:en\s+vous\s+remerciant|je\s+vous\s+remercie)\b.{0,60}$"
    r"|^(?:bonne|belle)\s+(?:journée|soirée|fin\s+de\s+journée|semaine|continuation)\b"
    r"|^(?:merci|thanks|thank\s+you|cheers)\s*[,.!]*$"
    r"|^(?:best|kind|warm)?\s*regards\b|^best(?:\s+wishes)?\s*,?$|^sincerely\b",
    re.I,
)
_SIGNATURE = re.compile(r"^(?:-- ?|—|__+)$")
_DISCLAIMER = re.compile(
    r"^(?:ce\s+(?:message|courriel|mail|e-mail)\b.{0,80}\b(?:confidentiel|destinataire|destiné)"
    r"|pensez\s+à\s+l['’]environnement|avant\s+d['’]imprimer|this\s+(?:e-?mail|message)\b.{0,80}\bconfidential)",
    re.I,
)
def _words(line: str) -> int:
    return len(line.split())


def _drop_greeting(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if _GREETING.match(line.strip()) and _words(line) <= 6:
            return lines[index + 1 :]
        return lines
    return lines


def _cut_from(lines: list[str]) -> int:
    """Return the index where the sign-off, signature or footer starts (len(lines) when none)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for position, index in enumerate(filled):
        line = lines[index].strip()
        if _SIGNATURE.match(line) or _DISCLAIMER.match(line):
            if position >= 1:
                return index
        if position < len(filled) - _LAST_LINES or position == 0:
            continue
        after = filled[position + 1 :]
        short_tail = len(after) <= _MAX_AFTER and all(_words(lines[i]) <= _SHORT_LINE for i in after)
        if (_SIGNOFF.match(line) and _words(line) <= 12 and short_tail) or is_tagline(line):
            return index
    return len(lines)


def strip_signoff(text: str) -> str:
    """Return text without greeting, sign-off, signature, taglines and footers (for the classifier)."""
    lines = _drop_greeting(text.split("\n"))
    lines = lines[: _cut_from(lines)]
    return "\n".join(lines).strip()
