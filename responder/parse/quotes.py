"""Stage 1 of the parse step: the sender's own words in a reply body.

Owns the removal of everything the sender did not type: texts we sent that come back quoted (matched by
word 5-grams, §6.3 of shared/notes/parsing.md), `>` quotes, attributions ("Le … a écrit :", "On … wrote:",
wrapped over up to 3 lines, and only with a date/time or an address in them), header blocks
("De : / Envoyé : / À : / Objet :"), separators ("-----Message d'origine-----", "----- Mail original -----",
Orange "Message du …"), mobile taglines and everything after a delimiter line. Lines are marked one
character each and the cut rules (after discourse's email_reply_trimmer) run over that marker string.
When unsure it keeps the text and says so (`confident=False`). Signatures and sign-offs are stage 2
(signoff.py). Pure functions, no I/O.
"""

from __future__ import annotations

import functools
import quopri
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from responder.parse import html_text, quote_lines
from responder.parse.bounds import MAX_OWN_WORDS_SOURCE
from responder.parse.quote_lines import ATTRIBUTION, HEADER, SEPARATOR

_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u200e\u200f\u2060\u00ad"))
_SPACES = {ord(c): " " for c in "\u00a0\u202f\u2007\u2009"}
_TAB_COLON = re.compile(r"\t+(?=:)")
_WORD = re.compile(r"\w+")
_QP_SOFT_BREAK = re.compile(r"[^=\n]=\n")
_QP_ESCAPE = re.compile(r"=(?:E2|C2|C3)=[89AB][0-9A-F]")
_INLINE_REPLY_MIN_LINES = 7  # discourse: ≥7 text lines after a quote make it an inline reply
_SPLITTERS = (ATTRIBUTION, SEPARATOR, HEADER)
_CUT_NAMES = {ATTRIBUTION: "attribution", SEPARATOR: "separator", HEADER: "header_block"}


@dataclass(frozen=True)
class OwnWords:
    """What stage 1 kept: the text, the code of what cut it, and whether the cut can be trusted."""

    text: str
    cut: str = "none"
    confident: bool = True


def _undo_raw_quoted_printable(text: str) -> str:
    """Decode quoted-printable a broken relay left in the text (`w=` ⏎ `rote:`, `=E2=80=AF`)."""
    if len(_QP_SOFT_BREAK.findall(text)) < 2 or not _QP_ESCAPE.search(text):
        return text
    try:
        return quopri.decodestring(text.encode("utf-8")).decode("utf-8")
    except (UnicodeError, ValueError):
        return text


def normalise_text(text: str) -> str:
    """Return text with LF line ends, plain spaces for NBSP & co., no zero-width characters, NFC."""
    text = _undo_raw_quoted_printable(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_INVISIBLE).translate(_SPACES)
    return unicodedata.normalize("NFC", _TAB_COLON.sub(" ", text))


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


@functools.lru_cache(maxsize=32)  # the same invitation comes with every reply of a campaign
def _known_grams(known_texts: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for known in known_texts:
        words = _tokens(normalise_text(known))
        grams.update(tuple(words[i : i + 5]) for i in range(len(words) - 4))
    return frozenset(grams)


def known_lines(lines: Sequence[str], known_texts: Sequence[str]) -> set[int]:
    """Return the indices of the lines that repeat a text we sent (§6.3).

    A line is covered when ≥80 % of its words sit in a word 5-gram of a known text (5-grams run across
    line breaks, so re-wrapped quotes still match). Only runs of ≥2 such lines or ≥12 words count: a
    trainee citing a few words of the invitation keeps them.
    """
    grams = _known_grams(tuple(known_texts))
    if not grams:
        return set()
    words: list[tuple[str, int]] = []
    for index, line in enumerate(lines):
        words.extend((word, index) for word in _tokens(quote_lines.unquote(line)))
    covered = [False] * len(words)
    for start in range(len(words) - 4):
        if tuple(word for word, _ in words[start : start + 5]) in grams:
            for offset in range(5):
                covered[start + offset] = True
    per_line: dict[int, list[int]] = {}
    for (_, index), hit in zip(words, covered):
        counts = per_line.setdefault(index, [0, 0])
        counts[0] += 1
        counts[1] += hit
    known = {i for i, (total, hits) in per_line.items() if hits >= 0.8 * total}
    return _long_runs(lines, known, per_line)


def _long_runs(lines: Sequence[str], known: set[int], per_line: dict[int, list[int]]) -> set[int]:
    result: set[int] = set()
    run: list[int] = []
    for index in range(len(lines) + 1):
        if index < len(lines) and (index in known or (run and not lines[index].strip())):
            if index in known:
                run.append(index)
            continue
        if len(run) >= 2 or sum(per_line[i][0] for i in run) >= 12:
            result.update(range(run[0], run[-1] + 1))
        run = []
    return {i for i in result if lines[i].strip()}


@dataclass
class _Trim:
    """Lines still kept, their marks, and what was cut so far."""

    lines: list[str]
    marks: list[str]
    known: set[int]
    cut: str = "none"
    confident: bool = True
    minor: str = "none"  # taglines and delimiters: reported only when nothing else was cut

    def keep(self, indices: Sequence[int]) -> None:
        self.lines = [self.lines[i] for i in indices]
        self.marks = [self.marks[i] for i in indices]

    def pattern(self) -> str:
        # A known line is quoted material wherever it is: "q" for the rules.
        return "".join("q" if m == "k" else "b" if m in _SPLITTERS else m for m in self.marks)

    def note(self, cut: str) -> None:
        if self.cut == "none":
            self.cut = cut


def _first_cut_candidates(pattern: str) -> list[tuple[int, int]]:
    """Every (text index, splitter index) with only blank lines between them, left to right."""
    found = []
    last_text = -1
    for index, char in enumerate(pattern):
        if char == "t":
            last_text = index
        elif char == "b" and last_text >= 0 and pattern[last_text + 1 : index].strip("e") == "":
            found.append((last_text, index))
    return found


def _apply_rules(trim: _Trim) -> None:
    """The cut rules over the marker string (after discourse's email_reply_trimmer)."""
    pattern = trim.pattern()
    body = len(pattern) - len(pattern.lstrip("e"))
    first_t = pattern.find("t")
    if body < len(pattern) and pattern[body] == "b":
        # Reply at the end (bottom-posting): splitter, quote, then only text.
        if first_t > 0 and "q" in pattern[:first_t] and set(pattern[first_t:]) <= {"t", "e"}:
            trim.note(_CUT_NAMES[trim.marks[body]])
            trim.keep(range(first_t, len(pattern)))
            return
        trim.confident = False  # nothing typed above the first splitter: a forward, or unclear
    _cut_below_text(trim, pattern)
    kept = [i for i, mark in enumerate(trim.marks) if mark not in _SPLITTERS]
    if len(kept) < len(trim.marks):
        trim.note(_CUT_NAMES[next(m for m in trim.marks if m in _SPLITTERS)])
        trim.keep(kept)


def _cut_below_text(trim: _Trim, pattern: str) -> None:
    """Cut at the first splitter that has text right above it, unless an inline reply follows."""
    last_q = pattern.rfind("q")
    for text_at, split_at in _first_cut_candidates(pattern):
        tail = pattern[split_at + 1 :]
        quoted = re.fullmatch(r"[eqb]*([te]*)", tail)
        # No quote mark below the splitter: the quoted message is unmarked (Outlook, Gmail FR).
        # Otherwise fewer than 7 text lines after the quote: a signature or footer, not a reply.
        if split_at > last_q or (quoted and quoted.group(1).count("t") < _INLINE_REPLY_MIN_LINES):
            trim.note(_CUT_NAMES[trim.marks[split_at]])
            trim.keep(range(text_at + 1))
            return
    core = pattern.rstrip("qbe")
    if core.endswith("t") and set(pattern[len(core) :]) & {"q", "b"}:
        trim.note("quote_marks")
        trim.keep(range(len(core)))


def _delimiter_cut(trim: _Trim) -> None:
    seen_text = False
    for index, mark in enumerate(trim.marks):
        # Outlook's "____" rule is a separator, and also a delimiter when text is above it.
        rule = mark == "d" or (mark == SEPARATOR and trim.lines[index].lstrip().startswith("___"))
        if rule and seen_text:
            trim.minor = "delimiter"
            trim.keep(range(index))
            return
        seen_text = seen_text or mark == "t"


def _drop_taglines(trim: _Trim) -> None:
    marks = trim.marks
    kept = []
    for index, mark in enumerate(marks):
        if mark == "s" and quote_lines.tagline_stands_alone(marks, index):
            trim.minor = "tagline"
            continue
        kept.append(index)
    trim.keep(kept)
    trim.marks = ["t" if m == "s" else m for m in trim.marks]


def _finish(trim: _Trim, whole: str) -> OwnWords:
    kept = [line for line, mark in zip(trim.lines, trim.marks) if mark != "k"]
    text = "\n".join(kept).strip("\n")
    if trim.known:
        trim.cut = "known_text"
    elif trim.cut == "none":
        trim.cut = trim.minor
    if not text.strip():
        return OwnWords(whole.strip("\n"), "empty:" + trim.cut, False)
    if not any(mark == "t" for mark in trim.marks):
        trim.confident = False  # nothing but quotes left: shown whole, flagged
    return OwnWords(text, trim.cut, trim.confident)


def extract_own_words(text: str, known_texts: Sequence[str] = ()) -> OwnWords:
    """Return the words the sender typed in a plain-text body (stage 1). Never raises.

    Only the first MAX_OWN_WORDS_SOURCE characters are searched: a reply's own words come
    first, and the cut rules must not grow with a thread of a thousand quoted messages.
    """
    text = normalise_text(text)
    if len(text) > MAX_OWN_WORDS_SOURCE:
        end = text.rfind("\n", 0, MAX_OWN_WORDS_SOURCE)
        text = text[: end if end > 0 else MAX_OWN_WORDS_SOURCE]
    lines = text.split("\n")
    known = known_lines(lines, known_texts)
    marks = quote_lines.mark_lines(lines)
    for index in known:
        marks[index] = "k"
    trim = _Trim(lines, marks, known)
    _drop_taglines(trim)
    _delimiter_cut(trim)
    _apply_rules(trim)
    _cut_pasted_invitation(trim)
    return _finish(trim, text)


def _cut_pasted_invitation(trim: _Trim) -> None:
    """Cut an invitation the sender's client pasted below their text without any quote marker.

    Sure (≥3 invitation markers, no question in the block): cut, like a quote. Unsure: keep the whole
    text and flag it, so a human reads it instead of the classifier guessing.
    """
    found = quote_lines.pasted_invitation(trim.lines, trim.marks)
    if found is None:
        return
    start, sure = found
    if sure and start > 0:
        trim.note("pasted_invitation")
        trim.keep(range(start))
    else:
        trim.confident = False


def extract_own_words_html(html: str, known_texts: Sequence[str] = ()) -> tuple[OwnWords, str]:
    """Return (own words, whole text) of an HTML body: client quote containers first, then the text rules."""
    split = html_text.split_html_quote(html)
    if split.marker is None:
        return extract_own_words(split.whole, known_texts), normalise_text(split.whole)
    before = quote_lines.drop_trailing_attribution(normalise_text(split.before).split("\n"))
    combined = "\n".join(before) + ("\n\n" + split.after if split.after.strip() else "")
    result = extract_own_words(combined, known_texts)
    cut = "html:" + split.marker
    if not combined.strip():
        return OwnWords(normalise_text(split.whole), "empty:" + cut, False), normalise_text(split.whole)
    return OwnWords(result.text, cut, result.confident), normalise_text(split.whole)
