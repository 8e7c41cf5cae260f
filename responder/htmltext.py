"""HTML bodies for the parse step: HTML -> plain text, and the cut at a mail client's quote container.

Owns a small tolerant DOM built with the stdlib `html.parser` (no dependency), the rendering of that DOM
to text (block elements and <br> -> newlines, <li> -> "- ", head/style/script/comments dropped, entities
unescaped) and the table of quote containers that mail clients put around the message being answered
(shared/notes/parsing.md §6.2). It does not decide what the sender's own words are: it returns the text
before and after the container and quotes.py runs its line rules over that text as a second safety net.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

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
_ATTRIBUTION_TAIL = re.compile(r"(?:\d{1,2}[:h.]\d{2}|\d{4}|\d{1,2}/\d{1,2}|@)")


@dataclass(eq=False)
class _Node:
    tag: str
    attrs: dict[str, str]
    parent: _Node | None = None
    children: list[_Node | str] = field(default_factory=list)

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").lower().split()


class _TreeBuilder(HTMLParser):
    """Build a forgiving DOM: unknown end tags are ignored, unclosed elements are closed by their parent."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self._stack: list[_Node] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if "@" in tag:  # an unescaped "<jane@example.com>" in an attribution (quotequail): it is text
            self.handle_data(self.get_starttag_text() or "")
            return
        top = self._stack[-1]
        if tag in ("p", "li") and top.tag == tag:  # implied end tag
            self._stack.pop()
            top = self._stack[-1]
        node = _Node(tag, {k.lower(): (v or "") for k, v in attrs}, top)
        top.children.append(node)
        if tag not in _VOID:
            self._stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self._stack[-1].tag == tag:
            self._stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def _parse(html: str) -> _Node:
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        builder.close()
    except Exception:  # noqa: BLE001 - html.parser is tolerant, but never let a body crash the parse
        log.debug("HTML parser gave up; keeping what it built")
    return builder.root


class _Renderer:
    """Render a DOM to text; optionally wrap one node's text in cut markers."""

    def __init__(self, marked: _Node | None) -> None:
        self.marked = marked
        self.out: list[str] = []

    def _ends_with_newline(self) -> bool:
        for chunk in reversed(self.out):
            if chunk:
                return chunk.endswith("\n") or chunk in (_CUT_START, _CUT_END)
        return True

    def soft_break(self) -> None:
        if not self._ends_with_newline():
            self.out.append("\n")

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
        if node is self.marked:
            self.soft_break()
            self.out.append(_CUT_START)
        if node.tag == "br":
            self.out.append("\n")
        elif node.tag in _BLOCK:
            self.soft_break()
            if node.tag == "li":
                self.out.append("- ")

    def _close(self, node: _Node) -> None:
        if node.tag in _BLOCK:
            self.soft_break()
        elif node.tag in ("td", "th"):
            self.out.append(" ")
        if node is self.marked:
            self.soft_break()
            self.out.append(_CUT_END)

    def _text(self, text: str, pre: bool) -> None:
        if pre:
            self.out.append(text.replace("\u00a0", " "))
            return
        text = _SPACES.sub(" ", text)
        if self._ends_with_newline():
            text = text.lstrip(" ")
        if text:
            self.out.append(text)


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


def _last_line(text: str) -> str:
    for line in reversed(text.split("\n")):
        if line.strip():
            return line.strip()
    return ""


def split_html_quote(html: str) -> HtmlSplit:
    """Find the first quote container of a client (§6.2) and split the body's text around it."""
    root = _parse(html)
    whole_renderer = _Renderer(None)
    whole_renderer.render(root)
    whole = _tidy("".join(whole_renderer.out))
    for node in _walk(root):
        found = _container(node)
        if found is None and node.tag == "blockquote":
            # A plain <blockquote> is a quote only when an attribution line ends right above it
            # (mail.ru, Yandex); never the "last blockquote" of talon (talonjs #9).
            before, _, _ = _render_marked(root, node)
            line = _last_line(before)
            if line.endswith(":") and len(line) <= 300 and _ATTRIBUTION_TAIL.search(line):
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
    for node in _walk(root):
        if id(node) in inside_first or _container(node) is None:
            continue
        before, inside, rest = _render_marked(root, node)
        if len(before) < end:
            continue  # a container above the first one (cannot happen in walk order, kept safe)
        if before[end:].strip():
            return after  # text typed between the two containers: the sender's words follow
        end, after = len(before) + len(inside), rest
        inside_first |= _descendants(node)
    return after
