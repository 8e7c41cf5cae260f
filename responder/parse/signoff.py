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

from responder.parse.quote_lines import is_tagline

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
    r"|^merci\s+(?:d'avance|d’avance|par\s+avance|beaucoup|à\s+vous|a\s+vous"
    r"|(?:pour|de)\s+(?:votre|ton|vos)\s+(?:aide|réponse|retour|compréhension|attention))"
    r"|^merci\s*(?:,|et)?\s*(?:bonne|bon|belle)\s+\w+"
    r"|^(?:en\s+vous\s+remerciant|je\s+vous\s+remercie)\b.{0,60}$"
    r"|^(?:avec\s+)?(?:tous\s+)?mes\s+remerciements\b|^(?:je\s+vous\s+prie\s+d['’]|veuillez\s+)agr[ée]er\b"
    r"|^(?:bonne|belle|bon)\s+(?:journée|soirée|fin\s+de\s+(?:journée|semaine)|semaine|continuation|week-end|"
    r"weekend|dimanche|vacances)\b"
    r"|^(?:bises|bisous|à\s+bientôt|a\s+bientot)\b"
    r"|^(?:merci|thanks|thank\s+you|cheers)\s*[,.!]*$"
    r"|^(?:many\s+thanks|thanks\s+(?:a\s+lot|again|in\s+advance)|thank\s+you\s+(?:very|so)\s+much|"
    r"thank\s+you\s+in\s+advance)\b"
    r"|^(?:best|kind|warm)?\s*regards\b|^best(?:\s+wishes)?\s*,?$|^sincerely\b",
    re.I,
)
# "… merci de m'indiquer la marche à suivre. Cordialement, Paul Durand": a sign-off typed on the last line.
_INLINE_SIGNOFF = re.compile(
    r"(?<=[.!?…])\s+(?:(?:bien\s+|très\s+)?cordialement|cdlt|bien\s+à\s+vous|bonne\s+journée|"
    r"(?:best\s+|kind\s+)?regards)\b[\s,.!]*(?:[\w.'’-]+(?:\s+|$)){0,4}$",
    re.I,
)
_SIGNATURE = re.compile(r"^(?:-- ?|—|__+)$")
# Footers of académie, university and company mail: a line that opens or carries one of these ends the text.
_DISCLAIMER = re.compile(
    r"^(?:ce\s+(?:message|courriel|mail|e-mail)\b.{0,80}\b(?:confidentiel|destinataire|destiné)"
    r"|(?:pensez|songez)\s+à\s+l['’]environnement|avant\s+d['’]imprimer|n['’]imprimez\b"
    r"|this\s+(?:e-?mail|message)\b.{0,80}\bconfidential|if\s+you\s+(?:have\s+)?received\s+this\b)"
    r"|\bne\s+vous\s+(?:demandera|demandent)\s+jamais\b"
    r"|\bsi\s+vous\s+(?:avez\s+reçu|n['’]êtes\s+pas\s+le\s+destinataire)\b.{0,60}\b(?:erreur|message)",
    re.I,
)
# A signature block: a name line, then title, school, address and phone lines (no sign-off above it).
_NAME_TOKEN = r"(?:[A-ZÀ-Ý][\w'’-]*\.?|[A-Z]\.(?:-[A-Z]\.)?)"
_NAME = re.compile(
    rf"^[-–—]?\s*{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|de|du|des|le|la|van|von|d['’][A-ZÀ-Ý][\w-]*)){{0,3}}\s*$"
)
_NOT_NAMES = frozenset((
    "merci", "thanks", "cordialement", "bonjour", "ok", "oui", "non", "super", "parfait", "voilà", "bref", "pardon",
    "désolé", "désolée", "bises", "urgent", "svp", "help", "amicalement", "cdlt", "salut", "bonsoir", "top", "génial",
    "hey", "hi", "hello", "yes", "no", "done", "bien", "bon", "idem", "rien", "personne", "voila", "coucou", "re",
))
_ROLE = re.compile(
    r"\b(?:professeure?s?|prof|enseignante?|PE|PLP|PLC|CPE|AESH|PES|PRAG|PRCE|MCF|ATER|IEN|ma[iî]tre(?:sse)?s?\s+de\s+"
    r"conférences|directeur|directrice|principale?|proviseure?|adjointe?|documentaliste|secrétaire|ingénieure?|"
    r"doctorante?|lecturer|teacher|phd|assistante?|coordonnat\w+|référente?|conseill[eè]re?|formateur|formatrice|"
    r"psychologue|infirmi[eè]re?|chargée?\s+de|responsable|service|direction|département|laboratoire|labo|"
    r"intervenante?|bénévole|contractuelle?|stagiaire|titulaire|TZR|collège|lycée|LP|LGT|école|université|univ|"
    r"UGA|USMB|INP|INSPÉ|INSPE|IUT|UFR|MFR|IME|EREA|SEGPA|ULIS|UPE2A|académie|rectorat|DSDEN|circonscription|"
    r"cité\s+scolaire|institut|association|department|university|school)\b",
    re.I,
)
_CONTACT = re.compile(
    r"(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b|\b\d{5}\s+[A-ZÀ-Ý]|[\w.+-]+@[\w-]+\.\w|https?://|www\.|"
    r"^(?:t[ée]l|tel|fax|portable|mobile|phone)\b",
    re.I,
)
_CONTACT_VALUE = re.compile(
    r"(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b|\b\d{5}\s+[\w'’ -]{1,40}|[\w.+-]+@[\w.-]+|\S*://\S+|www\.\S+"
)
_SENTENCE = re.compile(
    r"^(?:je|j['’]|nous|on|il|elle|ils|est-ce|pouvez|pourriez|pourrais|merci|c['’]est|mais|et|car|donc|si|quand|"
    r"comment|où|pour|par|ma|mon|mes|le|la|les|un|une|i|my|is|can|could)\b",
    re.I,
)
_MAX_SIGNATURE_LINES = 6
# Longer lines are never a name, a title or a contact line; they are not even tried against the
# patterns above, some of which would cost quadratic time on a 100 kB line (a pasted token).
_MAX_SIGNATURE_LINE = 200
_MAX_SIGNOFF_LINE = 300


def _is_name(line: str) -> bool:
    """A name line: "Marie Dupont", "M. Durand", "Tom", or a name followed by ", title, school"."""
    if len(line) > _MAX_SIGNATURE_LINE:
        return False
    head = line.split(",")[0].strip()
    if not _NAME.match(head) or _ROLE.search(head) or head.lstrip("-–— ").casefold().rstrip(".") in _NOT_NAMES:
        return False
    return "," not in line or bool(_ROLE.search(line) or _CONTACT.search(line))


def _is_signature_detail(line: str) -> bool:
    """A title, school, address or phone line: short, no question, not a sentence."""
    if len(line) > _MAX_SIGNATURE_LINE or _words(line) > _SHORT_LINE or "?" in line or _SENTENCE.match(line):
        return False
    return bool(_ROLE.search(line) or _CONTACT.search(line))


def _is_contact_only(line: str) -> bool:
    """A phone, mail, link or postal address line with at most a label around it ("Tél : 04 …")."""
    if len(line) > _MAX_SIGNATURE_LINE or "?" in line or _SENTENCE.match(line) or not _CONTACT.search(line):
        return False
    return _words(_CONTACT_VALUE.sub(" ", line)) <= 4


def _signature_block_start(lines: list[str]) -> int:
    """Return where a trailing signature block starts (len(lines) when there is none).

    The block is at most 6 lines at the very end, with text above it, made of name lines ("Marie
    Dupont", "M. Durand", "Léa Fontaine, PES lettres, lycée Stendhal") and title, school, address and
    contact lines, with at least one name in it. Without a name, only contact lines (phone, mail,
    postal address) are cut, so "Compte étudiant UGA" typed at the end stays for the profile.
    """
    filled = [i for i, line in enumerate(lines) if line.strip()]
    run: list[int] = []
    named = False
    for index in reversed(filled[1:][-_MAX_SIGNATURE_LINES:]):
        line = lines[index].strip()
        is_name = _is_name(line)
        if not (is_name or _is_signature_detail(line)):
            break
        named = named or is_name
        run.append(index)
    if named:
        return run[-1]
    start = len(lines)
    for index in reversed(filled[1:]):
        if not _is_contact_only(lines[index].strip()):
            break
        start = index
    return start


def _drop_quoted(lines: list[str]) -> list[str]:
    """Remove `>` lines left by an inline reply ("réponse dans le texte"): only the typed lines count."""
    unquoted = [line for line in lines if not line.lstrip().startswith(">")]
    if not any(line.strip() for line in unquoted):
        return lines  # nothing but quotes: stage 1 flagged it; keep it for the human
    return unquoted


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
        if position >= 1 and (_SIGNATURE.match(line) or _DISCLAIMER.search(line)):
            return _cut_from(lines[:index])  # the sign-off above a footer is judged without the footer
    for position, index in enumerate(filled):
        line = lines[index].strip()
        if position < len(filled) - _LAST_LINES or position == 0:
            continue
        after = filled[position + 1 :]
        short_tail = len(after) <= _MAX_AFTER and all(_words(lines[i]) <= _SHORT_LINE for i in after)
        if len(line) > _MAX_SIGNOFF_LINE:
            continue
        if (_SIGNOFF.match(line) and _words(line) <= 12 and short_tail) or is_tagline(line):
            return index
    return len(lines)


def strip_signoff(text: str) -> str:
    """Return text without greeting, sign-off, signature, taglines and footers (for the classifier)."""
    lines = _drop_greeting(_drop_quoted(text.split("\n")))
    lines = lines[: _cut_from(lines)]
    lines = lines[: _signature_block_start(lines)]
    if lines:
        # Only the end of the last line can hold "… suivre. Cordialement, Paul Durand".
        head, tail = lines[-1][:-_MAX_SIGNOFF_LINE], lines[-1][-_MAX_SIGNOFF_LINE:]
        lines[-1] = head + _INLINE_SIGNOFF.sub("", tail)
    return "\n".join(lines).strip()
