"""What the render tests share: our responder and links (every link distinct, so a test can tell
which one a reply used), a trainee's parsed message and a decision to answer it, and ways to
read the rendered reply back as a mail client would."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage

from responder.config import LinksConfig, ResponderConfig
from responder.model import Action, Address, Classification, Decision, ParsedMessage, Profile, Topic
from responder.reply.render import render_reply
from tests.config_factory import section

RESPONDER: ResponderConfig = section(
    "responder",
    address="formation-magistere@ac-grenoble.fr",
    display_name="Formation M@gistère - EAFC Grenoble",
    aliases=("magistere@ac-grenoble.fr",),
)
# Every link distinct, so a test can tell which one the reply used.
LINKS: LinksConfig = section(
    "links",
    platform="https://magistere.example.fr/ac-grenoble/",
    identifier_recovery="https://id.example.fr/identifiant-oublie",
    password_reset="https://id.example.fr/mot-de-passe?etape=1&source=magistere",
    manual_account_recovery="https://magistere.example.fr/ac-grenoble/login/forgot_password.php",
    helpdesk_form="https://assistance.example.fr/formulaire",
    eafc_stage_managers="https://eafc.example.fr/gestionnaires",
    eafc_engineers="https://eafc.example.fr/ingenierie",
)
NOW = datetime(2026, 12, 1, 9, 30, 0, tzinfo=timezone(timedelta(hours=1)))
OUR_ID = "<rsp-17-0123456789abcdef@formation-magistere.ac-grenoble.fr>"
MARIE = Address(name="Marie Durand", addr="marie.durand@ac-grenoble.fr")


def make_parsed(**changes: object) -> ParsedMessage:
    base = ParsedMessage(
        message_id="<B.k3x9@ac-grenoble.fr>",
        in_reply_to=(),
        references=(),
        subject='Re: Invitation : parcours "Enseigner avec le numerique"',
        date=None,
        from_addresses=(MARIE,),
        return_path=MARIE.addr,
        recipients=(),
        headers=(),
        content_type="text/plain",
        report_type=None,
        attachment_types=(),
        text="Bonjour, je n'arrive pas à me connecter.",
        new_text="Bonjour, je n'arrive pas à me connecter.",
        classifier_text="je n'arrive pas à me connecter",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def make_decision(
    profile: Profile = Profile.ACADEMIC,
    topics: tuple[Topic, ...] = (Topic.LOGIN,),
    action: Action = Action.REPLY,
    reply_to: Address | None = MARIE,
    send_reply: bool = True,
) -> Decision:
    classification = Classification(profile=profile, topics=topics, action=action)
    return Decision(
        classification=classification,
        stops=(),
        action=action,
        send_reply=send_reply,
        reply_to=reply_to,
    )


def reply(parsed: ParsedMessage | None = None, decision: Decision | None = None) -> EmailMessage:
    mail = render_reply(
        parsed or make_parsed(), decision or make_decision(), RESPONDER, LINKS, OUR_ID, NOW
    )
    return mail.message


def reparse(message: EmailMessage) -> EmailMessage:
    parsed = message_from_bytes(bytes(message), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def bodies(message: EmailMessage) -> tuple[str, str]:
    back = reparse(message)
    plain = back.get_body(("plain",))
    html = back.get_body(("html",))
    assert plain is not None and html is not None
    return plain.get_content(), html.get_content()


def html_text(fragment: str) -> str:
    """What the HTML says once tags are dropped and entities are read (enough for our markers)."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", fragment))
