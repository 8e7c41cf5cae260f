"""The values the pipeline steps hand to each other.

mailbox -> RawMessage -> parse -> ParsedMessage -> guard/classify -> Classification + Stop ->
Decision -> render -> OutgoingMail -> send -> Delivery -> record. Every value is a frozen
dataclass so a step can never change what an earlier step produced. This module imports nothing
from responder.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage


class Profile(str, enum.Enum):
    """The trainee's kind of account, which decides the guide's answer."""

    ACADEMIC = "academic"
    UNIVERSITY = "university"
    OTHER = "other"


class Topic(str, enum.Enum):
    """A step of the guide the trainee is stuck at. Declaration order is the guide's order."""

    FORGOTTEN_USERNAME = "forgotten_username"
    FORGOTTEN_PASSWORD = "forgotten_password"
    LOGIN = "login"
    FIND_COURSE = "find_course"


TOPIC_ORDER: tuple[Topic, ...] = tuple(Topic)


def in_guide_order(topics: "set[Topic] | frozenset[Topic] | tuple[Topic, ...]") -> tuple[Topic, ...]:
    """Return the topics sorted as the guide presents them."""
    return tuple(topic for topic in TOPIC_ORDER if topic in topics)


class Action(str, enum.Enum):
    """What happens to a message."""

    REPLY = "reply"  # the guide answers all of it
    ESCALATE = "escalate"  # a human must follow up
    IGNORE = "ignore"  # no reply and nothing to follow up


@dataclass(frozen=True)
class RawMessage:
    """One message as the mailbox holds it, before any parsing.

    source: where it lives, e.g. "imap:INBOX" or "maildir:/path/to/Maildir".
    uidvalidity: the IMAP folder's UIDVALIDITY (0 for a Maildir).
    uid: the IMAP UID, or the Maildir key.
    raw: the exact bytes of the message.
    internal_date: when the server received it, when the source knows.
    """

    source: str
    uidvalidity: int
    uid: str
    raw: bytes
    internal_date: datetime | None = None


@dataclass(frozen=True)
class Listing:
    """The messages of a folder not yet marked handled, as the mailbox names them.

    uidvalidity: the IMAP folder's UIDVALIDITY (0 for a Maildir); uids: oldest first.
    """

    uidvalidity: int
    uids: tuple[str, ...]


@dataclass(frozen=True)
class Address:
    """A mailbox: display name (decoded, may be empty) and address as written."""

    name: str
    addr: str

    @property
    def domain(self) -> str:
        """The domain part, lower-cased ("" when there is none)."""
        return self.addr.rpartition("@")[2].lower() if "@" in self.addr else ""


@dataclass(frozen=True)
class DeliveryReport:
    """One recipient's block of a delivery status notification (RFC 3464).

    recipient: the Final-Recipient address, lower-cased. action: "failed", "delayed", "delivered"...
    status: the enhanced status code ("5.1.1").
    """

    recipient: str
    action: str
    status: str

    @property
    def permanent_failure(self) -> bool:
        """True for a definitive refusal (action failed, status 5.x.x)."""
        return self.action == "failed" and self.status.startswith("5")


@dataclass(frozen=True)
class ParsedMessage:
    """A message decoded and split into the parts the later steps need.

    message_id, in_reply_to, references: message ids with their angle brackets ("<a@b>").
    return_path: the envelope sender as the Return-Path header gives it; None when the header is
        absent, "" for the null sender "<>".
    from_addresses: every mailbox of From (more than one is suspicious, see guard).
    recipients: every address of To, Cc, Bcc, Resent-To, Resent-Cc, Resent-Bcc, lower-cased.
    headers: every header field as (name, decoded value), in message order, names as written.
    content_type: the top-level content type, lower-cased ("multipart/report").
    report_type: the report-type parameter of a multipart/report, lower-cased, else None.
    attachment_types: "type/subtype; filename" of every part that is an attachment.
    text: the whole body as text (HTML converted), normalised, for display.
    new_text: the sender's own words: quotes, attributions and forwarded blocks removed.
    classifier_text: new_text without greeting, sign-off and signature (what classify reads).
    quote_cut: how new_text was obtained ("none", "invitation", "html:gmail_quote", "attribution", ...).
    quote_confident: False when the cut was unsure and new_text is the whole text, flagged.
    defects: what was wrong with the message, for the review page (MIME defects, charset guesses).
    delivery_reports: the per-recipient blocks of a delivery status notification (bounces).
    reported_message_ids: for a multipart/report, the Message-ID of the original it returns (from
        its message/rfc822 part, or its text/rfc822-headers part): which of our mails bounced.
    own_words_cut: the own words were longer than the classifier reads: classifier_text is their
        beginning only, and a human must read the rest.

    Text fields never hold NUL or a lone surrogate, and `date` is always aware (UTC).
    """

    message_id: str | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    subject: str
    date: datetime | None
    from_addresses: tuple[Address, ...]
    return_path: str | None
    recipients: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]
    content_type: str
    report_type: str | None
    attachment_types: tuple[str, ...]
    text: str
    new_text: str
    classifier_text: str
    quote_cut: str = "none"
    quote_confident: bool = True
    defects: tuple[str, ...] = ()
    delivery_reports: tuple[DeliveryReport, ...] = ()
    reported_message_ids: tuple[str, ...] = ()
    own_words_cut: bool = False

    def header_values(self, name: str) -> tuple[str, ...]:
        """Return every value of the named header (case-insensitive), in order."""
        wanted = name.lower()
        return tuple(value for key, value in self.headers if key.lower() == wanted)

    @property
    def sender(self) -> Address | None:
        """The first From mailbox, if any."""
        return self.from_addresses[0] if self.from_addresses else None


@dataclass(frozen=True)
class Reason:
    """One piece of evidence behind a decision: which rule, what matched, where, how much it weighs.

    rule: the rule's name ("topic.forgotten_password.mdp_oublie", "profile.domain", "guard.list").
    matched: the words or header that matched, as found in the message.
    where: "subject", "text", "domain", "header:List-Id", ...
    weight: the rule's weight (0 for facts such as a domain match).
    """

    rule: str
    matched: str
    where: str
    weight: float = 0.0

    def describe(self) -> str:
        """Return a one-line, human-readable form."""
        return f"{self.rule}: «{self.matched}» ({self.where})"


@dataclass(frozen=True)
class Classification:
    """What the message is about, from its words and sender, before any safety check."""

    profile: Profile
    topics: tuple[Topic, ...]
    action: Action
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True)
class SentReply:
    """One automatic reply already sent (or on its way) to a sender: when, and which answer."""

    sent_at: datetime
    handle: str


@dataclass(frozen=True)
class SenderHistory:
    """What we did for one sender key before: replies (any age) and the last hard bounce.

    The store reads it, the guard weighs it: it comes into the decision as data.
    """

    replies: tuple[SentReply, ...] = ()
    hard_bounced_at: datetime | None = None


@dataclass(frozen=True)
class Conversation:
    """The conversation a message continues, as the case log knows it (the store finds it).

    thread: its id (its first case's). case_id: the case the message answers or follows.
    followed: a person took part in it (one of its cases was handed over): what the trainee
    writes next is for that person, not for the guide. assignee: who follows it (a user id).
    """

    thread: int
    case_id: int
    followed: bool
    assignee: int | None = None


@dataclass(frozen=True)
class Stop:
    """A guard's refusal to answer automatically.

    code: a stable reason code ("null_sender", "list", "rate_cap", ...), stored on the case.
    effect: IGNORE (nobody needs to act) or ESCALATE (a human must look at it).
    detail: what was seen, for the review page and the log.
    """

    code: str
    effect: Action
    detail: str = ""


@dataclass(frozen=True)
class Decision:
    """The final verdict on a message: classification, guard stops, and whether a reply goes out.

    action: the classification's action made stricter by the stops (a stop never loosens it).
    send_reply: True when an automatic reply must be rendered and sent.
    notes: facts worth recording that stop nothing ("no_return_path_from_fallback").
    reply_to: the single address the reply goes to (envelope recipient), when one was found.
    """

    classification: Classification
    stops: tuple[Stop, ...]
    action: Action
    send_reply: bool
    reply_to: Address | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutgoingMail:
    """A complete message ready for SMTP: the message itself and its envelope.

    data: the message as it goes on the wire, serialised once where it is made (render), and
        the same bytes kept in the outbox, handed to SMTP and copied to Sent; b"" when the
        maker left it to the sender (wire.mail_bytes serialises it then).
    text: its plain-text part, kept to recognise it when a trainee quotes it back.
    """

    message: EmailMessage
    envelope_from: str
    envelope_to: tuple[str, ...]
    data: bytes = b""
    text: str = ""

    @property
    def message_id(self) -> str:
        """The message's own Message-ID header."""
        return str(self.message["Message-ID"])


class DeliveryStatus(str, enum.Enum):
    """How an SMTP transaction ended."""

    SENT = "sent"  # accepted by the server
    DEFERRED = "deferred"  # temporary refusal or dropped before the data: try again later
    FAILED = "failed"  # permanent refusal: a human must take over
    UNCERTAIN = "uncertain"  # dropped after the data was sent: it may have gone out
    DRY_RUN = "dry_run"  # nothing was sent, by configuration


@dataclass(frozen=True)
class Delivery:
    """The outcome of sending one OutgoingMail: status, SMTP code and text (or the error).

    stage: where a refusal or a loss happened ("MAIL FROM", "RCPT TO", "DATA", "fin des
    données", "connexion", ...), "" when it went through: a sender refused at MAIL FROM is not
    a recipient refused at RCPT TO.
    """

    status: DeliveryStatus
    detail: str = ""
    code: int | None = None
    stage: str = ""


@dataclass(frozen=True)
class Outcome:
    """What the pipeline did with one message, for the source's acknowledgement and the log line.

    replied: an automatic reply was accepted by the SMTP server (sets \\Answered).
    settled: nothing more will happen to it; False while its reply waits in the outbox (the
        message is flagged now, answered and moved, where the source moves mail, once sent).
    cpu: CPU seconds spent reading and judging it (parse, guard, classify, render).
    """

    action: Action
    replied: bool
    summary: str
    case_id: int | None = None
    settled: bool = True
    cpu: float = 0.0


# --- invitations (issue 5): roster -> render -> send -> record -------------------------------------


@dataclass(frozen=True)
class Training:
    """The course a campaign of invitations is about, as invitations and linked replies name it.

    name: the training's title as trainees see it on M@gistère. url: its address.
    trainer_name, trainer_email: who to write to about the course itself ("" when not given).
    """

    name: str
    url: str
    trainer_name: str = ""
    trainer_email: str = ""


@dataclass(frozen=True)
class RosterEntry:
    """One valid trainee of a roster, ready to be invited.

    line: where the row starts in the file (CSV line, or XLSX row; the header is line 1).
    address: the address as it will be written to: stripped, lower-cased.
    first_name, last_name: as the roster gives them ("" when absent).
    profile: from the roster's profile column; None when the row gives none (the domain decides).
    """

    line: int
    address: str
    first_name: str = ""
    last_name: str = ""
    profile: Profile | None = None

    @property
    def display_name(self) -> str:
        """"Prénom Nom", or whichever part the roster gave, or ""."""
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True)
class Invitee:
    """A roster entry whose profile is settled: what the invitation is rendered for.

    profile_source: "column" (the roster said so) or "domain" (the classifier's domain rules).
    message_id: the invitation's stable Message-ID, derived from campaign and address.
    """

    entry: RosterEntry
    profile: Profile
    profile_source: str
    message_id: str
