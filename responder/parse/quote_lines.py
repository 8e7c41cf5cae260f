"""Line marks for quotes.py: which line of a reply is a quote, an attribution, a header, a separator…

Owns the French and English (plus a few other locales') tables of shared/notes/parsing.md §6.4 and the
marking of each line with one character: "e" empty, "q" quoted (`>`), "a" attribution, "h" a line of a
validated header block, "f" separator (original/forwarded message, Orange "Message du"), "s" mobile
tagline, "d" delimiter, "t" text. Every regex is anchored and bounded, and long lines are never tried
against the multi-line rules, so a 200 kB line costs one linear scan (§4.3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

ATTRIBUTION, HEADER, SEPARATOR = "a", "h", "f"
_MAX_ATTRIBUTION = 400
_MAX_HEADER_LINES = 16  # characters of an attribution joined over up to 3 lines

# ">" and supercite's initials ("C> ", discourse embedded_email_7).
_QUOTE = re.compile(r"^[ \t]*[A-Z]{0,3}>")
_QUOTE_PREFIX = re.compile(r"^(?:[ \t]*[A-Z]{0,3}>)+[ \t]?")
_BLANK = re.compile(r"^\s*$")
_DELIMITER = re.compile(r"^[ \t]*(?:[-_=+~#*—–]{2,}|ᐧ|—|-- )[ \t]*$")
_SEPARATOR = re.compile(
    r"^[-_=*\s]{2,}\s*(?:(?:message|mail|courriel) (?:d'origine|original|transféré|transmis)|"
    r"original message|forwarded message|mensaje original|ursprüngliche nachricht|"
    r"messaggio originale|oorspronkelijk bericht)\b"
    r"|^_{20,}\s*$"
    r"|^(?:début du message (?:réexpédié|transféré)|begin forwarded message)\s*:"
    r"|^message du \d{1,2}/\d{1,2}/\d{2,4}",
    re.I,
)
_HEADER_NAMES = (
    r"De|Expéditeur|Envoyé(?: par)?|Date|À|A|Pour|Cc|Cci|Copie à|Objet|Sujet|Répondre à|Destinataire|"
    r"From|Sent|To|Subject|Reply-To|Von|Gesendet|An|Betreff|Datum|Para|Enviado|Asunto|Da|Inviato|Oggetto"
)
_HEADER = re.compile(rf"^\*?(?P<name>{_HEADER_NAMES})\*?[ \t]*:\*?(?P<value>.{{0,500}})", re.I)
_HEADER_ANYWHERE = re.compile(r"\b(?:De|À|Objet|Date|Envoyé|From|To|Subject|Sent)\s?:", re.I)
_SENDERS = frozenset(("de", "expéditeur", "from", "von", "da"))
_OTHERS = frozenset(("objet", "sujet", "subject", "envoyé", "envoyé par", "sent", "date", "betreff",
                     "gesendet", "datum", "asunto", "enviado", "oggetto", "inviato"))
_DATEISH = re.compile(r"\d{1,2}[:h.]\d{2}|\d{4}|\d{1,2}/\d{1,2}|@")
_ADDRESS = re.compile(r"@[\w-]+\.|@\s*$|mailto:|<\s*$|^\s*[\w.+-]+@")
_VERB_END = re.compile(
    r"(?:\bwrote|\ba\s+écrit|\bschrieb|\bescribió|\bha\s+scritto|\bescreveu|\bnapisał|\bskrev|\bschreef|"
    r"написал[аи]?|пишет)\s*:$",
    re.I,
)
_VERB_MIDDLE = re.compile(r"\b(?:schrieb|napisał)\b.{1,150}:$", re.I)  # German and Polish put the date last
_STARTER = re.compile(
    r"^(?:Le|On|At|Am|El|Il|Em|Den|Op|Dnia|W dniu)\b|^\d|^[\w ,.'\"«»()-]{1,80}<|@", re.I
)
_DATE_START = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|lun|mar|mer|"
    r"jeu|ven|sam|dim)\w*\.?,? \d)",
    re.I,
)
_TAGLINE = re.compile(
    r"^[(<\[]*\s*(?:"
    r"(?:envoy[ée]|sent|gesendet)\s+(?:de(?:puis)?|from|via|with|by|à\s+partir\s+de|avec|von)\s+\S.{0,120}"
    r"|get\s+\[?outlook\b.{0,100}|t[ée]l[ée]charger\s+outlook\s+pour\s+.{1,60}"
    r"|von\s+meinem\s+.{1,60}\s+gesendet\W{0,3}|diese\s+nachricht\s+wurde\s+von\s+.{1,80}\s+gesendet\W{0,3}"
    r"|verzonden\s+(?:met|vanaf)\s+.{1,60}|\w+\s+from\s+mobile|from\s+my\s+\w+(?:\s+\w+){0,2}"
    r"|從我的\s*\S+\s*傳送|enviado\s+desde\s+.{1,60}|inviato\s+da\s+.{1,60}"
    r")\s*[)>\]]*\s*$",
    re.I,
)
_TAGLINE_MAX_WORDS = 10


# What our invitations say and a trainee's own words do not (second person, imperatives, the platform,
# the trainer's signature): a paragraph carrying several of these is a pasted invitation (quotes.py).
INVITATION_MARKERS: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.I) for p in (
    r"magistere\.education\.fr",
    r"\bvous\s+[êe]tes\s+inscrit",
    r"\bconnectez[- ]vous\b",
    r"\bpour\s+rejoindre\s+(?:le|votre)\s+parcours\b",
    r"\b(?:consultez|voir)\s+le\s+guide\b|\bguide\s+(?:joint|ci-joint|en\s+pi[èe]ce\s+jointe)\b",
    r"\bcliquez\s+sur\b",
    r"\bformat(?:eur|rice)s?\s+(?:de\s+l['’])?EAFC\b|\bEAFC\s+(?:de\s+)?Grenoble\b",
    r"\ble\s+parcours\b.{0,80}\best\s+(?:ouvert|accessible)\b",
    r"^bonne\s+formation\b",
    r"\bvotre\s+identifiant\s+et\s+(?:votre\s+)?mot\s+de\s+passe\b",
))
_INVITATION_OPENING = re.compile(
    r"^(?:bonjour|madame|mesdames|chers?|chères?)\b[^.?!]{0,40}[,.!:]?\s*$|^vous\s+[êe]tes\s+inscrit", re.I
)
PASTED_INVITATION_MARKERS = 3  # distinct markers that make a pasted paragraph an invitation
# An invitation says "vous"; a trainee says "je": a block with several first-person words is theirs.
_FIRST_PERSON = re.compile(r"\b(?:je|j['’]|me|m['’]|moi|mon|ma|mes|i|i['’]m|my)(?=\s|\b)", re.I)
_MAX_FIRST_PERSON = 1


def _written_by_the_sender(block: Sequence[str]) -> bool:
    return sum(len(_FIRST_PERSON.findall(line)) for line in block) > _MAX_FIRST_PERSON


def invitation_markers(lines: Sequence[str]) -> int:
    """Return how many distinct invitation markers the lines carry."""
    return sum(1 for marker in INVITATION_MARKERS if any(marker.search(line.strip()) for line in lines))


def pasted_invitation(lines: Sequence[str], marks: Sequence[str]) -> tuple[int, bool] | None:
    """Find an invitation pasted raw under the sender's text (no `>`, no attribution).

    Return (index where it starts, sure) or None. The block opens a paragraph after typed text with a
    greeting or "Vous êtes inscrit(e)" and runs to the end; it is sure with ≥3 distinct markers and no
    question in it, unsure (keep it, flag for a human) with 2 markers, a question or several first-person
    words in it ("je", "mon": the sender's prose, not our "vous"). A text
    that is nothing but an invitation (≥3 markers from its first line, not in the first person) is
    returned unsure at its start.
    """
    seen_text = False
    for index, line in enumerate(lines):
        if marks[index] != "t":
            continue
        if not seen_text and _INVITATION_OPENING.match(line.strip()):
            # Nothing typed above: a bare forward of the invitation, or our own copy. Never cut
            # (the whole text is all there is), but never let the invitation's words be read as a question.
            whole = [lines[i] for i in range(index, len(lines)) if marks[i] == "t"]
            if invitation_markers(whole) >= PASTED_INVITATION_MARKERS and not _written_by_the_sender(whole):
                return index, False
        paragraph_start = index > 0 and marks[index - 1] == "e"
        if seen_text and paragraph_start and _INVITATION_OPENING.match(line.strip()):
            block = [lines[i] for i in range(index, len(lines)) if marks[i] == "t"]
            found = invitation_markers(block)
            if found >= PASTED_INVITATION_MARKERS:
                return index, not any("?" in line for line in block) and not _written_by_the_sender(block)
            if found == PASTED_INVITATION_MARKERS - 1:
                return index, False
        seen_text = seen_text or not _INVITATION_OPENING.match(line.strip())
    return None


def unquote(line: str) -> str:
    """Return the line without its `>` quote prefixes and surrounding spaces."""
    return _QUOTE_PREFIX.sub("", line).strip()


def _is_attribution(joined: str) -> bool:
    text = joined.lstrip("-> \t").rstrip()
    if not text or len(text) > _MAX_ATTRIBUTION or not text.endswith(":"):
        return False
    if not (_DATEISH.search(text) or "<" in text):
        return False
    has_address = "@" in text
    if _VERB_END.search(text) or _VERB_MIDDLE.search(text):
        # "Le formateur, M. Dupont, a écrit :" has neither date nor address: prose, not an attribution.
        return has_address or bool(_STARTER.match(text) and re.search(r"\d", text))
    # Verb-less forms (mail.ru, Yandex): a date first, an address, a colon.
    return has_address and bool(_DATE_START.match(text)) and len(text) <= 200


def is_tagline(line: str) -> bool:
    if len(line) > 200 or not _TAGLINE.match(line):
        return False
    words = [w for w in line.split() if "://" not in w]
    return len(words) <= _TAGLINE_MAX_WORDS


def _mark_one(line: str) -> str:
    if _BLANK.match(line):
        return "e"
    bare = unquote(line)
    if len(bare) <= 300 and _SEPARATOR.match(bare):
        return SEPARATOR
    if _DELIMITER.match(line):
        return "d"
    if not _QUOTE.match(line) and is_tagline(line.strip()):
        return "s"
    if _QUOTE.match(line):
        return "q"
    return "t"


def _attributions(lines: Sequence[str], marks: list[str]) -> None:
    """Mark attributions, joining a line with up to 2 following ones (Gmail wraps them)."""
    for start, line in enumerate(lines):
        if marks[start] not in ("t", "q"):
            continue
        first = unquote(line)
        if not first or len(first) > _MAX_ATTRIBUTION:
            continue
        joined = first
        for end in range(start, min(start + 3, len(lines))):
            if end > start:
                nxt = unquote(lines[end])
                if not nxt or marks[end] not in ("t", "q") or not _STARTER.search(first):
                    break
                joined = f"{joined} {nxt}"
                if len(joined) > _MAX_ATTRIBUTION:
                    break
            if _is_attribution(joined):
                for index in range(start, end + 1):
                    marks[index] = ATTRIBUTION
                break


def _header_blocks(lines: Sequence[str], marks: list[str]) -> None:
    """Mark validated header blocks: ≥2 header lines with a sender, and an address or a date in them."""
    index = 0
    while index < len(lines):
        block = _header_run(lines, marks, index)
        if block:
            for i in block:
                marks[i] = HEADER
            index = block[-1] + 1
            continue
        bare = unquote(lines[index])
        if marks[index] == "t" and len(bare) <= 600 and len(_HEADER_ANYWHERE.findall(bare)) >= 3 and "@" in bare:
            marks[index] = HEADER  # Yahoo puts a whole forwarded header block on one line
        index += 1


def _header_run(lines: Sequence[str], marks: list[str], start: int) -> list[int]:
    found: list[tuple[int, str, str]] = []
    index = start
    # A header block has a handful of lines; the cap keeps 3,000 "De :" lines linear (§4.3).
    while index < len(lines) and index - start < _MAX_HEADER_LINES and marks[index] in ("t", "q"):
        match = _HEADER.match(unquote(lines[index]))
        if match:
            found.append((index, match.group("name").lower(), match.group("value")))
        elif not (found and index + 1 < len(lines) and _HEADER.match(unquote(lines[index + 1]))):
            break  # one wrapped value line is allowed between two header lines
        index += 1
    if len(found) < 2 or found[0][0] != start:
        return []
    names = {name for _, name, _ in found}
    if not names & _SENDERS or not names & (_OTHERS | {"à", "a", "to", "pour", "an"}):
        return []
    values = " ".join(value for _, _, value in found)
    if not (_ADDRESS.search(values) or "@" in values or _DATEISH.search(values) or len(found) >= 3):
        return []
    return list(range(start, found[-1][0] + 1))


def mark_lines(lines: Sequence[str]) -> list[str]:
    """Return one mark per line (see the module docstring)."""
    marks = [_mark_one(line) for line in lines]
    _attributions(lines, marks)
    _header_blocks(lines, marks)
    return marks


def tagline_stands_alone(marks: Sequence[str], index: int) -> bool:
    """True when the run of taglines around `index` has no text line right above or below it."""
    before = index
    while before > 0 and marks[before - 1] == "s":
        before -= 1
    after = index
    while after + 1 < len(marks) and marks[after + 1] == "s":
        after += 1
    above_ok = before == 0 or marks[before - 1] != "t"
    below_ok = after + 1 == len(marks) or marks[after + 1] != "t"
    return above_ok and below_ok


def drop_trailing_attribution(lines: list[str]) -> list[str]:
    """Remove an attribution (and blank lines) left at the end of the text before an HTML quote."""
    marks = mark_lines(lines)
    end = len(lines)
    while end > 0 and marks[end - 1] in ("e", ATTRIBUTION, SEPARATOR, HEADER):
        end -= 1
    return lines[:end]
