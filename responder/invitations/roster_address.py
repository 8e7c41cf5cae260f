"""Step "roster", one cell: is this an address a trainee can be written to, and if not, why in French.

`check_address(text)` takes an address cell as trainers type it ("Jean Dupont <jean@x.fr>",
"mailto:", invisible characters, two addresses in one cell) and returns the address normalised
(lower-cased, domain in its IDNA form so no SMTPUTF8 is needed) with the name written beside it,
or raises BadCell with the French reason (email_validator's reasons translated). Syntax only:
no DNS. Imports nothing from responder.
"""

from __future__ import annotations

import re

from email_validator import EmailNotValidError, validate_email

__all__ = ["INVISIBLE", "MISSING", "BadCell", "check_address", "show_cell"]


class BadCell(Exception):
    """A cell's problem, as the French message the trainer reads."""


# Invisible characters a copy from a web page or a word processor leaves in a cell.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
MISSING = "adresse manquante"
_ANGLE = re.compile(r"(?P<name>[^<>]*?)\s*<(?P<address>[^<>]*)>")
_NUMBERS = {2: "deux", 3: "trois", 4: "quatre"}


def check_address(text: str) -> tuple[str, str]:
    """Return the normalised address and the name written with it ("Jean <j@x.fr>"), or raise BadCell."""
    text = re.sub(r"^mailto:", "", text, flags=re.IGNORECASE).strip()
    if not text:
        raise BadCell(MISSING)
    found = [part for part in re.split(r"[\s;,/|]+", text) if "@" in part]
    if len(found) > 1:
        count = _NUMBERS.get(len(found), str(len(found)))
        raise BadCell(f"{count} adresses dans la même case « {show_cell(text)} » : une seule par ligne")
    name, address = "", text
    angle = _ANGLE.fullmatch(text)
    if angle:
        name, address = angle["name"].strip().strip("\"'").strip(), angle["address"].strip()
        if not address:
            raise BadCell(f"adresse manquante entre les chevrons « {show_cell(text)} »")
    try:
        valid = validate_email(address, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as error:
        raise BadCell(f"adresse invalide « {show_cell(text)} » : {_reason(address, str(error))}") from None
    # Mail servers of the académies and universities ignore case; the ASCII (IDNA) form needs no SMTPUTF8.
    return (valid.ascii_email or valid.normalized).lower(), name


# email_validator's reasons, in French: (start of its English message, what the trainer reads).
_REASONS = (
    ("An email address must have an @-sign", "il manque le @"),
    ("There must be something before the @-sign", "rien avant le @"),
    ("There must be something after the @-sign", "rien après le @"),
    ("The part after the @-sign is not valid. It should have a period",
     "le domaine après le @ n'a pas de point"),
    ("The part after the @-sign is not valid. It is not within a valid top-level domain",
     "le domaine ne se termine pas par une extension connue"),
    ("The part after the @-sign is a special-use or reserved name",
     "ce domaine est réservé et ne reçoit pas de courrier"),
    ("An email address cannot have two periods in a row", "deux points qui se suivent"),
    ("An email address cannot have a period and a hyphen", "un point et un tiret qui se suivent"),
    ("An email address cannot start with a period", "un point au début"),
    ("An email address cannot end with a period", "un point à la fin"),
    ("An email address cannot end with a hyphen", "un tiret à la fin"),
    ("An email address cannot have a period immediately before the @-sign", "un point juste avant le @"),
    ("An email address cannot have a period immediately after the @-sign", "un point juste après le @"),
    ("An email address cannot have a hyphen immediately after the @-sign", "un tiret juste après le @"),
    ("The email address contains invalid characters before the @-sign", "caractère interdit avant le @"),
    ("The part after the @-sign contains invalid characters", "caractère interdit dans le domaine"),
    ("The email address has the", "le @ n'est pas le vrai caractère @ (copié d'un traitement de texte ?)"),
    ("Quoting the part before the @-sign", "des guillemets dans l'adresse"),
    ("A bracketed IP address", "une adresse IP à la place du domaine"),
    ("The email address contains unsafe characters", "un caractère invisible ou de contrôle"),
    ("There can't be anything after the email address", "du texte après l'adresse"),
)


def _reason(address: str, english: str) -> str:
    """Say in French why email_validator refused the address."""
    if english.startswith(("Internationalized characters before the @-sign",
                           "The email address is not valid ASCII")):
        local = address.rpartition("@")[0] or address
        shown = ", ".join(_char(char) for char in sorted({char for char in local if ord(char) > 127}))
        return (f"caractères non acceptés avant le @ ({shown}) : une adresse ne prend pas d'accent "
                "avant le @, vérifiez-la auprès du stagiaire")
    if "too long" in english:
        return "adresse trop longue"
    for prefix, french in _REASONS:
        if english.startswith(prefix):
            rest = english[len(prefix):]
            if rest.startswith(":"):  # the offending characters: "SPACE", "';', '@'", "U+0009"
                chars = rest.strip(" :.").replace("U+0009", "tabulation").replace("SPACE", "espace")
                return f"{french} : {chars}"
            return french
    return f"adresse non conforme ({english})"


def _char(char: str) -> str:
    if char.isalpha():
        return char
    return "espace insécable" if char == "\u00a0" else f"U+{ord(char):04X}"


def show_cell(text: str, limit: int = 60) -> str:
    """Quote a cell on one line: line breaks shown as ⏎, long text cut."""
    flat = re.sub(r"\r\n|\r|\n", " ⏎ ", text.strip())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
