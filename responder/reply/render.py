"""Render the automatic reply: the guide's sections for the trainee's case, as a complete message.

Owns the reply's words (Jinja templates under templates/replies/, one per guide section and
profile, taken from shared/guide/magistere-guide.txt) and its header fields: the RFC 3834 markers
(Auto-Submitted, X-Auto-Response-Suppress, Precedence, X-Loop), threading (In-Reply-To,
References), and a `Re:` subject that never stacks. Pure: the clock and our Message-ID are passed
in, nothing is sent, nothing is recorded. It does not decide whether to answer or to whom: guard
and classify did, and the Decision says so. When the message answers one of our invitations, the
reply names its training and, for questions about the course, its trainer.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import unicodedata
from datetime import datetime
from email import policy as email_policy
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

import jinja2

from responder.reply.greeting import spoken_name
from responder.resources import TEMPLATES
from responder.wire import (
    READING,
    CachedHeaderRegistry,
    address_value,
    mail_bytes,
    new_message,
    set_alternative_body,
    text_value,
)

from responder.config import LinksConfig, ResponderConfig
from responder.model import (
    Action,
    Address,
    Decision,
    OutgoingMail,
    ParsedMessage,
    Profile,
    Topic,
    Training,
    in_guide_order,
)

logger = logging.getLogger(__name__)

TEMPLATES_DIR = TEMPLATES

MAX_SUBJECT_CODEPOINTS = 256  # Pigeonhole's SIEVE_MAX_SUBJECT_HEADER_CODEPOINTS (notes, R25)
DEFAULT_SUBJECT = "votre message"  # RFC 5230 §5.3: a fixed subject when the original has none
MAX_NAME_CODEPOINTS = 80  # a display name longer than this is not a name worth greeting
MAX_REFERENCES = 20  # keep the first and the latest ids, as mail clients trim long threads

# Reply prefixes written by French and other clients: "Re:", "RE :", "Ré :", "Réf.:", "AW:",
# "Re[2]:", repeated. NBSP before the colon is matched by \s (French Outlook spacing).
_REPLY_PREFIX = re.compile(
    r"^(?:\s*(?:r[eé]f?\.?|aw)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*)+", re.IGNORECASE
)
# A message id as RFC 5322 allows it (printable ASCII, no angle brackets or spaces inside).
_MESSAGE_ID = re.compile(r"^<[!-;=?-~]{1,900}>$")
_OWN_MESSAGE_ID = re.compile(r"^<[!-;=?-~]+@[!-;=?-~]+>$")
_SPACES = re.compile(r" {2,}")
_WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")

# Which template answers a topic, per profile. For university and other accounts both
# "forgotten" topics lead to the same step-1 section, which is then rendered once.
_STEP1 = {profile: f"step1_{profile.value}" for profile in Profile}
_STEP2 = {profile: f"step2_{profile.value}" for profile in Profile}


class _MessageIdListHeader:
    """In-Reply-To / References: a list of ids folded one per line, never as encoded-words.

    The stdlib treats these fields as unstructured text and folds an id longer than the line
    as an RFC 2047 encoded-word, which breaks threading; ids are ASCII and need no encoding.
    """

    name: str
    max_count = 1  # one field per message (RFC 5322 §3.6)

    @classmethod
    def parse(cls, value: str, kwds: dict[str, Any]) -> None:
        kwds["decoded"] = " ".join(str(value).split())
        kwds["parse_tree"] = None  # fold() below does not use it
        kwds["defects"] = []

    def fold(self, *, policy: email_policy.Policy) -> str:
        ids = str(self).split()
        return f"{self.name}: " + (policy.linesep + " ").join(ids) + policy.linesep


def make_policy(*id_fields: str) -> email_policy.EmailPolicy[EmailMessage]:
    """Return the SMTP policy with `id_fields` (lower-case names) written as message-id lists.

    The reply passes In-Reply-To and References; an invitation passes Message-ID, whose derived
    id is longer than a line and would otherwise be folded onto a continuation line.
    """
    registry = CachedHeaderRegistry()
    for field in id_fields:
        # The registry mixes BaseHeader into the class itself (HeaderRegistry docs); typeshed
        # wants a BaseHeader subclass up front.
        registry.map_to_type(field, _MessageIdListHeader)  # type: ignore[arg-type]
    # SMTP policy: CRLF, lines folded at 78, non-ASCII header text as RFC 2047 encoded-words.
    return email_policy.SMTP.clone(header_factory=registry)


_POLICY = make_policy("in-reply-to", "references")
_POLICY_UTF8 = _POLICY.clone(utf8=True)  # header fields in UTF-8, for internationalised addresses


def make_environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    """Return a Jinja environment as every mail we write wants it: strict, HTML autoescaped.

    Shared with invitation.py, whose templates include the guide's sections from replies/ and
    must render them exactly as the automatic reply does.
    """
    return jinja2.Environment(
        loader=loader,
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html",), default_for_string=False, default=False
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@functools.lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    """The one Jinja environment over templates/: strict, HTML autoescaped, text left as is."""
    return make_environment(jinja2.FileSystemLoader(TEMPLATES_DIR))


def clean_header_text(value: str) -> str:
    """Return `value` as one safe line of header text.

    Encoded-words are decoded first and whatever "=?" remains is broken up, because the stdlib
    decodes encoded-words again when a header is set, and `=?utf-8?q?x=0D=0ABcc:_y?=` would
    then become a real line break and a new header field. Control and line-separator
    characters become spaces; lone surrogates (undecodable bytes) become U+FFFD.
    """
    text = value
    if "=?" in text:
        try:
            text = str(READING.header_factory("subject", text))
        except Exception:  # noqa: BLE001 - a malformed encoded-word: keep the text as written
            logger.debug("could not decode encoded-words in %r", value)
    text = unicodedata.normalize("NFC", text)
    chars = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            chars.append(" ")
        elif category == "Cs":
            chars.append("\ufffd")
        else:
            chars.append(char)
    text = _SPACES.sub(" ", "".join(chars)).strip()
    return text.replace("=?", "= ?")


def reply_subject(original: str | None) -> str:
    """Return "Re: " + the original subject, with one prefix only, safe and at most 256 code points."""
    text = _REPLY_PREFIX.sub("", clean_header_text(original or "")).strip()
    return shorten_header_text("Re: " + (text or DEFAULT_SUBJECT), keep=len("Re: "))


def shorten_header_text(text: str, limit: int = MAX_SUBJECT_CODEPOINTS, keep: int = 0) -> str:
    """Return `text`, or its first `limit` code points ending with "…"; the first `keep` stay whole."""
    if len(text) <= limit:
        return text
    cut = limit - 1
    # Do not separate a base letter from its combining accent (NFC leaves a few uncomposed).
    while cut > keep and unicodedata.combining(text[cut]):
        cut -= 1
    return text[:cut].rstrip() + "…"


def person_name(name: str) -> str:
    """A display name fit to greet someone with and to put in To, or "" when it is not one."""
    text = clean_header_text(name).strip(" \"'")
    if not text or len(text) > MAX_NAME_CODEPOINTS or any(c in text for c in "@<>{}[]=;"):
        # An address, markup or a paragraph as a name says nothing about the person, and
        # greeting someone with "<script>" would only spread it.
        return ""
    return text


def _sections(profile: Profile, topics: tuple[Topic, ...]) -> tuple[str, ...]:
    """The templates answering `topics`, in guide order, each once."""
    names: list[str] = []
    for topic in in_guide_order(tuple(topics)):
        if topic in (Topic.FORGOTTEN_USERNAME, Topic.FORGOTTEN_PASSWORD):
            name = _STEP1[profile]
        elif topic is Topic.LOGIN:
            name = _STEP2[profile]
        else:
            name = "step3"
        if name not in names:
            names.append(name)
    return tuple(names)


def render_body(
    profile: Profile,
    topics: tuple[Topic, ...],
    escalated: bool,
    responder: ResponderConfig,
    links: LinksConfig,
    greeting_name: str = "",
    training: Training | None = None,
) -> tuple[str, str]:
    """Return the reply's (plain text, html) for a profile, its topics and the escalation flag.

    training: the course of the invitation the message answers, if any: named near the top, and
    its trainer given in the help for a question about the course (finding it, or anything a
    manager must answer). Without it the reply is exactly what it always was.
    """
    sections = _sections(profile, topics)
    course_trainer = _course_trainer(training, topics, escalated)
    context = {
        "profile": profile.value,
        "topics": frozenset(topic.value for topic in topics),
        "sections": sections,
        "escalated": escalated,
        # With nothing from the guide to say, the help section is the useful answer; so is the
        # trainer's address when the question is about the course.
        "show_help": escalated or not sections or course_trainer is not None,
        "greeting_name": spoken_name(person_name(greeting_name)),
        "training": training,
        # Only an http(s) address becomes a link; the journal should hold nothing else anyway.
        "training_url": training.url.strip() if training and _WEB_ADDRESS.match(training.url.strip()) else "",
        "course_trainer": course_trainer,
        "responder": responder,
        "links": links,
    }
    environment = _environment()
    text = environment.get_template("replies/reply.txt").render(context)
    html = environment.get_template("replies/reply.html").render(context)
    return tidy(text), tidy(html)


def _course_trainer(
    training: Training | None, topics: tuple[Topic, ...], escalated: bool
) -> dict[str, str] | None:
    """Who to write to about the course itself, when the reply should say so ({"name", "email"})."""
    if training is None or not training.trainer_email.strip():
        return None
    if not escalated and Topic.FIND_COURSE not in topics:
        return None  # a login question: the guide and the helpdesk answer it, not the trainer
    return {"name": person_name(training.trainer_name), "email": training.trainer_email.strip()}


def tidy(rendered: str) -> str:
    """Drop trailing spaces and runs of blank lines the templates' conditionals leave behind."""
    lines = [line.rstrip() for line in rendered.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def _recipient(parsed: ParsedMessage, reply_to: Address) -> HeaderAddress:
    """The To field: the reply_to address, with the sender's name only when it is theirs."""
    addr = reply_to.addr.strip()
    # An internationalised address (RFC 6532) is written as is: the relay must offer SMTPUTF8,
    # which the send step checks (a human takes over when it does not).
    if (
        addr.count("@") != 1
        or any(char.isspace() or not char.isprintable() or char in '<>,;"' for char in addr)
    ):
        raise ValueError(f"reply_to is not a usable address: {addr!r}")
    name = ""
    sender = parsed.sender
    # RFC 3834 §4 / Pigeonhole: the human's name only when the envelope address is theirs;
    # an SRS or a forwarder's address gets no borrowed name.
    if sender is not None and sender.addr.strip().lower() == addr.lower():
        name = person_name(reply_to.name or sender.name)
    local, _, domain = addr.partition("@")
    return HeaderAddress(display_name=name, username=local, domain=domain)


def _valid_ids(ids: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i.strip() for i in ids if _MESSAGE_ID.match(i.strip())))


def _set_threading(message: EmailMessage, parsed: ParsedMessage) -> None:
    """In-Reply-To and References as RFC 5322 §3.6.4 and RFC 5230 §5.8 want them."""
    own = (parsed.message_id or "").strip()
    original = own if _MESSAGE_ID.match(own) else None
    earlier = _valid_ids(parsed.references) or _valid_ids(parsed.in_reply_to)
    references = [i for i in earlier if i != original]
    if original:
        message["In-Reply-To"] = original
        references.append(original)
    if len(references) > MAX_REFERENCES:
        references = references[:1] + references[-(MAX_REFERENCES - 1) :]
    if references:
        message["References"] = " ".join(references)


def _reply_headers(
    parsed: ParsedMessage,
    recipient: HeaderAddress,
    responder: ResponderConfig,
    message_id: str,
    now: datetime,
) -> EmailMessage:
    """A message with every header field of the reply to `parsed` set, and no body yet."""
    message = new_message(_POLICY if recipient.addr_spec.isascii() else _POLICY_UTF8)
    # Set as written (wire.py): each field is parsed only if someone reads it back.
    message.set_raw("From", address_value(clean_header_text(responder.display_name), responder.address))
    message.set_raw("To", address_value(recipient.display_name, recipient.addr_spec))
    message.set_raw("Subject", text_value(reply_subject(parsed.subject)))
    message.set_raw("Date", format_datetime(now))
    message.set_raw("Message-ID", message_id)
    _set_threading(message, parsed)
    # RFC 3834 §3.1.7, §3.1.8; MS-OXCMAIL; our loop marker (notes §2.3 H1, H4-H6).
    message.set_raw("Auto-Submitted", "auto-replied")
    message.set_raw("X-Auto-Response-Suppress", "All")
    message.set_raw("Precedence", "bulk")
    message.set_raw("X-Loop", responder.address)
    return message


def render_reply(
    parsed: ParsedMessage,
    decision: Decision,
    responder: ResponderConfig,
    links: LinksConfig,
    message_id: str,
    now: datetime,
    training: Training | None = None,
) -> OutgoingMail:
    """Build the complete automatic reply to `parsed` for a decision that sends one.

    training: the course of the invitation `parsed` answers, named in the reply (see render_body).

    Raises ValueError when the decision sends no reply, has no reply_to, or when the reply_to
    address or our Message-ID cannot be written in a header: callers must not get that far.
    """
    if not decision.send_reply or decision.reply_to is None:
        raise ValueError("render_reply called for a decision that sends no reply")
    if not _OWN_MESSAGE_ID.match(message_id):
        raise ValueError(f"not a Message-ID: {message_id!r}")
    recipient = _recipient(parsed, decision.reply_to)
    classification = decision.classification
    text, html = render_body(
        classification.profile,
        classification.topics,
        decision.action is Action.ESCALATE,
        responder,
        links,
        recipient.display_name,
        training,
    )
    message = _reply_headers(parsed, recipient, responder, message_id, now)
    set_alternative_body(message, text, html)
    logger.debug(
        "rendered reply %s to %s: sections %s",
        message_id,
        recipient.addr_spec,
        ",".join(_sections(classification.profile, classification.topics)) or "-",
    )
    mail = OutgoingMail(
        message=message,
        envelope_from=responder.mail_from,
        envelope_to=(decision.reply_to.addr.strip(),),
    )
    # Serialised here, once: the outbox keeps these bytes, SMTP sends them, Sent receives them.
    return dataclasses.replace(mail, data=mail_bytes(mail), text=text)


# The test suite still reaches the old private name.
_person_name = person_name

__all__ = [
    "TEMPLATES_DIR",
    "clean_header_text",
    "make_environment",
    "make_policy",
    "person_name",
    "render_body",
    "render_reply",
    "reply_subject",
    "shorten_header_text",
    "tidy",
]

# For the mail a person writes from the case page (personal.py): the same addressing, threading
# and templates as the automatic reply.
recipient_header, set_threading, guide_sections, environment = _recipient, _set_threading, _sections, _environment
REPLY_POLICY, REPLY_POLICY_UTF8 = _POLICY, _POLICY_UTF8
