"""HTML bodies for the parse step: HTML -> plain text, and the cut at a mail client's quote container.

Owns a small tolerant DOM built by a linear tokenizer of its own (no dependency), the rendering of that DOM
to text (block elements and <br> -> newlines, <li> -> "- ", head/style/script/comments dropped, entities
unescaped) and the table of quote containers that mail clients put around the message being answered
(shared/notes/parsing.md §6.2). It does not decide what the sender's own words are: it returns the text
before and after the container and quotes.py runs its line rules over that text as a second safety net.
"""

from __future__ import annotations

import html as htmlmod
import logging
import re
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
_DROP = frozenset("head style script title template xml object".split())
_BLOCK = frozenset(
    """address article aside blockquote center dd div dl dt fieldset figure footer form h1 h2 h3 h4 h5 h6
    header hr li main nav ol p pre section table tbody td tfoot th thead tr ul""".split()
)
_CUT_START = "\x00cut-start\x00"
_CUT_END = "\x00cut-end\x00"
_SPACES = re.compile(r"[ \t\r\n\f\u00a0]+")
# Outlook desktop / Windows Mail draw a thin rule above the quoted header block (talon cut_microsoft_quote).
_OUTLOOK_BORDER = re.compile(
    r"border-top:\s*solid\s+#(?:e1e1e1|b5c4df)|border-top-color:\s*rgb\(\s*229,\s*229,\s*229\s*\)", re.I
)
_MAX_ATTRIBUTION_LINE = 300
_MAX_ADJACENT = 10  # quote containers in a row taken as one quote (Apple Mail uses two)
_ATTRIBUTION_TAIL = re.compile(r"(?:\d{1,2}[:h.]\d{2}|\d{4}|\d{1,2}/\d{1,2}|@)")


@dataclass(eq=False)
class _Node:
    tag: str
    attrs: dict[str, str]
    parent: _Node | None = None
    children: list[_Node | str] = field(default_factory=list)

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").lower().split()


# One token of HTML at a time, each regex unable to scan past the next "<" or ">": every
# character is read a bounded number of times, whatever the input (the stdlib's html.parser
# is quadratic on unclosed tags and attributes: 38 s for 120 kB of `<a b="`).
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # a comment, or an unclosed one running to the end
    r"|<[!?][^<>]*>?"  # doctype, processing instruction, CDATA and other declarations
    r"|</(?P<end>[a-zA-Z][^\s/<>]*)[^<>]*>?"
    r"|<(?P<start>[a-zA-Z][^\s/<>]*)(?P<attrs>[^<>]*)>?"
    # Text, and a run of "<" that opens no tag with the text after it: one token, not one a "<".
    r"|(?P<text>[^<]+|<+(?![a-zA-Z/!?])[^<]*|<)",
    re.S,
)
_ATTRIBUTE = re.compile(r"""([^\s=/"'<>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>]*))?""")
_RAW_TEXT = frozenset(("script", "style", "title", "textarea", "xmp"))
_RAW_TEXT_END = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in _RAW_TEXT}
_MAX_DEPTH = 256  # deeper elements still give their text, as children of the 256th
# Elements built; later tags are skipped and their text kept (a real mail has a few thousand).
_MAX_ELEMENTS = 20_000


class _TreeBuilder:
    """Build a forgiving DOM in one linear pass: unknown end tags are ignored, unclosed elements
    are closed by their parent, nesting beyond _MAX_DEPTH is flattened (never dropped)."""

    def __init__(self) -> None:
        self.root = _Node("#root", {})
        self._stack: list[_Node] = [self.root]
        self._open: dict[str, int] = {}  # open elements by tag, so a stray end tag costs O(1)
        self._elements = 0

    def feed(self, html: str) -> None:
        position = 0
        while position < len(html):
            token = _TOKEN.match(html, position)
            if token is None:  # cannot happen: the last alternative takes any character
                break
            position = token.end()
            if token.group("text") is not None:
                self._data(htmlmod.unescape(token.group("text")))
            elif token.group("start") is not None:
                tag = token.group("start").lower()
                if "@" in tag:  # an unescaped "<jane@example.com>" in an attribution (quotequail): text
                    self._data(token.group(0))
                    continue
                attrs = token.group("attrs").strip()
                if self._elements < _MAX_ELEMENTS:
                    self._elements += 1
                    self._start(tag, _attributes(attrs) if attrs else {}, closed=attrs.endswith("/"))
                if tag in _RAW_TEXT:
                    position = self._raw_text(html, position, tag)
            elif token.group("end") is not None and self._elements < _MAX_ELEMENTS:
                self._end(token.group("end").lower())

    def _raw_text(self, html: str, position: int, tag: str) -> int:
        """Script, style and title hold text up to their own end tag, "<" and ">" included."""
        found = _RAW_TEXT_END[tag].search(html, position)
        stop = found.start() if found else len(html)
        self._data(html[position:stop])
        return stop

    def _start(self, tag: str, attrs: dict[str, str], closed: bool) -> None:
        top = self._stack[-1]
        if tag in ("p", "li") and top.tag == tag:  # implied end tag
            self._pop(1)
            top = self._stack[-1]
        node = _Node(tag, attrs, top)
        top.children.append(node)
        if tag not in _VOID and not closed and len(self._stack) < _MAX_DEPTH:
            self._stack.append(node)
            self._open[tag] = self._open.get(tag, 0) + 1

    def _end(self, tag: str) -> None:
        if not self._open.get(tag):
            return
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                self._pop(len(self._stack) - depth)
                return

    def _pop(self, count: int) -> None:
        for _ in range(count):
            node = self._stack.pop()
            self._open[node.tag] -= 1

    def _data(self, data: str) -> None:
        if data:
            self._stack[-1].children.append(data)


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        value = match.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found.setdefault(match.group(1).lower(), htmlmod.unescape(value))
    return found


def _parse(html: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(html)
    return builder.root


class _Renderer:
    """Render a DOM to text; optionally wrap one node's text in cut markers."""

    def __init__(self, marked: _Node | None) -> None:
        self.marked = marked
        self.out: list[str] = []
        self.length = 0  # characters in out so far
        self.blockquote_at: dict[int, int] = {}  # id(blockquote) -> length of out at its start

    def _append(self, chunk: str) -> None:
        self.out.append(chunk)
        self.length += len(chunk)

    def _ends_with_newline(self) -> bool:
        for chunk in reversed(self.out):
            if chunk:
                return chunk.endswith("\n") or chunk in (_CUT_START, _CUT_END)
        return True

    def soft_break(self) -> None:
        if not self._ends_with_newline():
            self._append("\n")

    def render(self, node: _Node, pre: bool = False) -> None:
        stack: list[tuple[_Node | str, bool, bool]] = [(node, pre, False)]
        # Iterative walk: deeply nested mail HTML must not hit the recursion limit.
        while stack:
            item, in_pre, closing = stack.pop()
            if isinstance(item, str):
                self._text(item, in_pre)
                continue
            if closing:
                self._close(item)
                continue
            if item.tag in _DROP:
                continue
            self._open(item)
            stack.append((item, in_pre, True))
            child_pre = in_pre or item.tag == "pre"
            for child in reversed(item.children):
                stack.append((child, child_pre, False))

    def _open(self, node: _Node) -> None:
        if node.tag == "blockquote":
            self.blockquote_at[id(node)] = self.length
        if node is self.marked:
            self.soft_break()
            self._append(_CUT_START)
        if node.tag == "br":
            self._append("\n")
        elif node.tag in _BLOCK:
            self.soft_break()
            if node.tag == "li":
                self._append("- ")

    def _close(self, node: _Node) -> None:
        if node.tag in _BLOCK:
            self.soft_break()
        elif node.tag in ("td", "th"):
            self._append(" ")
        if node is self.marked:
            self.soft_break()
            self._append(_CUT_END)

    def _text(self, text: str, pre: bool) -> None:
        if pre:
            self._append(text.replace("\u00a0", " "))
            return
        text = _SPACES.sub(" ", text)
        if self._ends_with_newline():
            text = text.lstrip(" ")
        if text:
            self._append(text)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return tidy.strip("\n")


def html_to_text(html: str) -> str:
    """Convert an HTML body to plain text (never raises)."""
    renderer = _Renderer(None)
    renderer.render(_parse(html))
    return _tidy("".join(renderer.out))


@dataclass(frozen=True)
class HtmlSplit:
    """An HTML body split at a client's quote container.

    marker: which container was found ("gmail_quote", "blockquote_cite", ...), None when none was.
    before: the text before the container; after: the text after it that may still be the sender's
    (empty for containers after which everything is the quoted message, such as Outlook's).
    whole: the whole body as text.
    """

    marker: str | None
    before: str
    after: str
    whole: str


def _walk(root: _Node) -> list[_Node]:
    found: list[_Node] = []
    stack: list[_Node | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str) or item.tag in _DROP:
            continue
        found.append(item)
        stack.extend(reversed(item.children))
    return found


def _container(node: _Node) -> tuple[str, bool] | None:
    """Return (marker, quoted_to_the_end) when node is a known quote container."""
    classes, node_id = node.classes(), node.attrs.get("id", "")
    style = node.attrs.get("style", "")
    if "gmail_quote" in classes or "gmail_quote_container" in classes:
        return "gmail_quote", False
    if node.tag == "blockquote" and node.attrs.get("type", "").lower() == "cite":
        return "blockquote_cite", False
    if any("yahoo_quoted" in c for c in classes) or "yahoo_quoted" in node_id:
        return "yahoo_quoted", False
    if node_id in ("divRplyFwdMsg", "appendonsend"):
        return "outlook_reply", True
    if node_id == "OLK_SRC_BODY_SECTION":
        return "outlook_mac", True
    if node.tag == "hr" and (node_id == "zwchr" or node.attrs.get("data-marker") == "__DIVIDER__"):
        return "zimbra", True
    if node.tag == "div" and _OUTLOOK_BORDER.search(style):
        return "outlook_border", True
    if "moz-forward-container" in classes:
        return "thunderbird_forward", True
    return None


def _render_marked(root: _Node, node: _Node) -> tuple[str, str, str]:
    renderer = _Renderer(node)
    renderer.render(root)
    text = "".join(renderer.out)
    before, _, rest = text.partition(_CUT_START)
    inside, _, after = rest.partition(_CUT_END)
    return before, inside, after


def _line_before(text: str, end: int) -> str:
    """The last non-blank line of text[:end], "" when it is longer than an attribution can be.

    Reads at most _MAX_ATTRIBUTION_LINE characters back, so that checking every blockquote of a
    long message costs linear time, not one scan of the text per blockquote.
    """
    low = max(0, end - _MAX_ATTRIBUTION_LINE - 64)
    window = text[low:end].rstrip()
    start = window.rfind("\n")
    if start < 0 and low > 0:
        return ""  # no line break in the window: the line is longer than any attribution
    return window[start + 1 :].strip()


def split_html_quote(html: str) -> HtmlSplit:
    """Find the first quote container of a client (§6.2) and split the body's text around it."""
    root = _parse(html)
    whole_renderer = _Renderer(None)
    whole_renderer.render(root)
    rendered = "".join(whole_renderer.out)
    whole = _tidy(rendered)
    for node in _walk(root):
        found = _container(node)
        if found is None and node.tag == "blockquote":
            # A plain <blockquote> is a quote only when an attribution line ends right above it
            # (mail.ru, Yandex); never the "last blockquote" of talon (talonjs #9).
            line = _line_before(rendered, whole_renderer.blockquote_at.get(id(node), 0))
            if line.endswith(":") and len(line) <= _MAX_ATTRIBUTION_LINE and _ATTRIBUTION_TAIL.search(line):
                found = ("blockquote", False)
        if found is None:
            continue
        marker, to_the_end = found
        before, inside, after = _render_marked(root, node)
        if not to_the_end:
            after = _after_adjacent_containers(root, node, len(before) + len(inside), after)
        return HtmlSplit(marker, _tidy(before), "" if to_the_end else _tidy(after), whole)
    return HtmlSplit(None, whole, "", whole)


def _descendants(node: _Node) -> set[int]:
    return {id(child) for child in _walk(node)}


def _after_adjacent_containers(root: _Node, first: _Node, end: int, after: str) -> str:
    """Return the text after the run of quote containers that starts with `first`.

    Apple Mail puts the attribution in one <blockquote type=cite> and the quoted message in the next
    one: a container that follows another with only blank text between them is part of the same quote.
    """
    inside_first = _descendants(first)
    joined = 0
    for node in _walk(root):
        if id(node) in inside_first or _container(node) is None:
            continue
        joined += 1
        if joined > _MAX_ADJACENT:
            return after  # each one costs a rendering: a run this long is no client's layout
        before, inside, rest = _render_marked(root, node)
        if len(before) < end:
            continue  # a container above the first one (cannot happen in walk order, kept safe)
        if before[end:].strip():
            return after  # text typed between the two containers: the sender's words follow
        end, after = len(before) + len(inside), rest
        inside_first |= _descendants(node)
    return after
