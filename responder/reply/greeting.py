"""How a reply greets the trainee: the name as a French reader says it, or no name at all.

French directories write the surname first and in capitals ("DURAND Isabelle"); a greeting says
the first name first ("Bonjour Isabelle Durand,"). A name that does not read as one, or whose
surname cannot be told from the first name (all in capitals, one word in capitals), greets
without a name: "Bonjour," is never wrong, "Bonjour DURAND Isabelle," always looks automatic.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def spoken_name(name: str) -> str:
    """The name to greet with ("" for none), from a display name already fit to be shown."""
    text = name.strip()
    if "," in text:  # "Durand, Isabelle": the directory's own "surname, first name"
        family, _, given = text.partition(",")
        text = f"{given.strip()} {family.strip()}"
    words = text.split()
    if not words or not all(_WORD.fullmatch(word) for word in words):
        return ""
    capitals = [word.isupper() and len(word) > 1 for word in words]
    if all(capitals) or (len(words) == 1 and capitals[0]):
        return ""  # "DURAND ISABELLE", "DURAND": which is the first name?
    if not any(capitals):
        return text  # as the trainee writes it: "Isabelle Durand", "isabelle"
    first = [word for word, upper in zip(words, capitals) if not upper]
    surname = [_title(word) for word, upper in zip(words, capitals) if upper]
    return " ".join(first + surname)


def _title(word: str) -> str:
    """"LE GALL-DUPONT" -> "Le Gall-Dupont", "D'ALEMBERT" -> "D'Alembert"."""
    return re.sub(r"[^\W\d_]+", lambda part: part.group().capitalize(), word)
