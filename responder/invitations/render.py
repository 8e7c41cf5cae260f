"""Render one invitation: a trainer's first message to a trainee of a course on M@gistère.

Owns the invitation's words (templates/invitations/<name>/: subject.txt, invitation.txt,
invitation.html, which include the guide's sections from templates/replies/ so that an invitation
and a later automatic reply say the same thing) and its header fields: one To, Reply-To our
mailbox, Auto-Submitted and X-Auto-Response-Suppress so that out-of-office robots stay quiet, and
a Message-ID derived from campaign and address so that a trainee's reply can be linked back
(notes/bulk-sending.md §5.6). Pure, like render.py: the clock and the Message-ID are passed in,
nothing is sent or recorded; part of the render step.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import jinja2

from responder.config import LinksConfig, ResponderConfig
from responder.errors import CampaignError
from responder.model import Invitee, OutgoingMail, Topic, Training
from responder.wire import finished, new_message, set_alternative_body
from responder.reply.render import (
    TEMPLATES_DIR,
    clean_header_text,
    make_environment,
    make_policy,
    person_name,
    shorten_header_text,
    tidy,
)

logger = logging.getLogger(__name__)

DEFAULT_TEMPLATE = "default"
INVITATIONS_DIR = TEMPLATES_DIR / "invitations"
GUIDE_DIR = TEMPLATES_DIR / "replies"  # the guide's sections every invitation includes
TEMPLATE_FILES = ("subject.txt", "invitation.txt", "invitation.html")

# Our Message-ID is longer than a 78-character line: kept whole on the field's line, since a
# folded one reads back with a leading space (the stdlib's parser does so) and a reply's
# In-Reply-To copied from it may then not match the invitation.
_POLICY = make_policy("message-id")
_OWN_MESSAGE_ID = re.compile(r"^<[!-;=?-~]+@[!-;=?-~]+>$")
_WEB_ADDRESS = re.compile(r"^https?://\S+$", re.IGNORECASE)
# The invitation explains every step, so the academic step 1 holds both of the guide's cases
# (A: forgotten identifier, B: forgotten password), as a reply to both topics would.
_ALL_TOPICS = frozenset(topic.value for topic in Topic)


@dataclass(frozen=True)
class InvitationTemplate:
    """A folder of invitation templates, found and checked.

    name: as the trainer gave it (--template NAME): a folder under templates/invitations/, or a
    path to a folder. folder: where it was found. fingerprint: sha256 hex over the names and bytes
    of every file the rendering reads (the folder's files and the guide's sections in
    templates/replies/), so that any change to what an invitation says changes it.
    """

    name: str
    folder: Path
    fingerprint: str


def _available() -> list[str]:
    if not INVITATIONS_DIR.is_dir():
        return []
    return sorted(entry.name for entry in INVITATIONS_DIR.iterdir() if entry.is_dir())


def _not_usable(name: str, why: str) -> CampaignError:
    available = ", ".join(_available()) or "aucun"
    return CampaignError(
        f"modèle d'invitation « {name} » : {why} (modèles disponibles dans {INVITATIONS_DIR} : "
        f"{available} ; ou le chemin d'un dossier contenant {', '.join(TEMPLATE_FILES)})"
    )


def _find_folder(name: str) -> Path:
    """A plain name is a folder under templates/invitations/; anything else is a path."""
    candidates: list[Path] = []
    if name and "/" not in name and "\\" not in name and name not in (".", ".."):
        candidates.append(INVITATIONS_DIR / name)
    if name:
        candidates.append(Path(name).expanduser())
    for candidate in candidates:
        if candidate.is_dir():
            return candidate.resolve()
    raise _not_usable(name, "dossier introuvable")


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    files = [(f"invitation/{p.relative_to(folder).as_posix()}", p)
             for p in sorted(folder.rglob("*")) if p.is_file()]
    files += [(f"replies/{p.name}", p) for p in sorted(GUIDE_DIR.iterdir())
              if p.is_file() and p.suffix in (".txt", ".html")]
    for label, path in files:
        data = path.read_bytes()
        # Lengths keep "ab"+"c" and "a"+"bc" apart.
        digest.update(f"{label}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


@functools.lru_cache(maxsize=8)
def _environment(folder: Path) -> jinja2.Environment:
    """The folder's templates first, then templates/ so that they can include replies/..."""
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(folder), jinja2.FileSystemLoader(TEMPLATES_DIR)]
    )
    return make_environment(loader)


def _template_error(folder: Path, file: str, error: jinja2.TemplateError) -> CampaignError:
    if isinstance(error, jinja2.TemplateSyntaxError):
        where = f"{error.filename or folder / file}, ligne {error.lineno}"
        return CampaignError(f"modèle d'invitation {where} : erreur de syntaxe : {error.message}")
    if isinstance(error, jinja2.UndefinedError):
        what = f"variable inconnue ({error.message})"
    elif isinstance(error, jinja2.TemplateNotFound):
        what = f"modèle inclus introuvable : {error.name}"
    else:
        what = str(error)
    return CampaignError(f"modèle d'invitation {folder / file} : {what}")


def load_template(name: str) -> InvitationTemplate:
    """Find the template folder `name`, check its three files compile, and fingerprint it.

    Raises CampaignError (French, naming the folder and the available templates) when the folder
    is missing, lacks one of subject.txt, invitation.txt, invitation.html, or one does not compile.
    """
    folder = _find_folder(name)
    missing = [file for file in TEMPLATE_FILES if not (folder / file).is_file()]
    if missing:
        raise _not_usable(name, f"il manque {', '.join(missing)} dans {folder}")
    environment = _environment(folder)
    for file in TEMPLATE_FILES:
        try:
            environment.get_template(file)
        except jinja2.TemplateError as error:
            raise _template_error(folder, file, error) from error
    return InvitationTemplate(name=name, folder=folder, fingerprint=_fingerprint(folder))


def invitation_message_id(campaign_key: str, address: str, domain: str) -> str:
    """Return the invitation's Message-ID: the same for a campaign and address on every run.

    Derived, not stored, so that a resent invitation keeps its id and a trainee's reply points
    back to it (In-Reply-To/References). `domain` is ResponderConfig.message_id_domain.
    """
    campaign = hashlib.sha256(campaign_key.encode("utf-8")).hexdigest()[:12]
    recipient = hashlib.sha256(address.strip().lower().encode("utf-8")).hexdigest()[:16]
    return f"<inv.{campaign}.{recipient}@{domain}>"


def _recipient(address: str, name: str) -> HeaderAddress:
    """The To field; ValueError (in French: the plan reports it on the roster line) when unusable."""
    addr = address.strip()
    if (
        not addr.isascii()
        or addr.count("@") != 1
        or any(char.isspace() or not char.isprintable() or char in '<>,;"()[]\\' for char in addr)
    ):
        raise ValueError(f"adresse inutilisable dans un en-tête de message : {addr!r}")
    local, _, domain = addr.partition("@")
    if not local or not domain:
        raise ValueError(f"adresse inutilisable dans un en-tête de message : {addr!r}")
    # headerregistry.Address quotes or encodes the name as needed ("Dupont, Jean", accents).
    return HeaderAddress(display_name=name, username=local, domain=domain)


def _render(environment: jinja2.Environment, folder: Path, file: str, context: dict[str, Any]) -> str:
    try:
        return environment.get_template(file).render(context)
    except jinja2.TemplateError as error:
        raise _template_error(folder, file, error) from error


def _template_context(training: Training, trainer_name: str, invitee: Invitee, recipient: HeaderAddress,
                      responder: ResponderConfig, links: LinksConfig) -> dict[str, Any]:
    """The variables an invitation template sees: a custom template may use any of them."""
    return {
        "training": training,
        "trainer_name": trainer_name,
        "trainer_email": training.trainer_email.strip(),
        "greeting_name": recipient.display_name,
        "first_name": invitee.entry.first_name,
        "last_name": invitee.entry.last_name,
        "address": recipient.addr_spec,
        "profile": invitee.profile.value,
        "topics": _ALL_TOPICS,
        "responder": responder,
        "links": links,
    }


def render_invitation(
    template: InvitationTemplate,
    training: Training,
    invitee: Invitee,
    responder: ResponderConfig,
    links: LinksConfig,
    now: datetime,
) -> OutgoingMail:
    """Build the complete invitation of one trainee, text and HTML, headers set.

    Raises CampaignError when the template cannot be rendered (an unknown variable in a custom
    template: the dry run shows it before anything is sent) or the training's URL is not a web
    address; ValueError when the trainee's address or the Message-ID cannot be written in a header.
    """
    if not _OWN_MESSAGE_ID.match(invitee.message_id):
        raise ValueError(f"not a Message-ID: {invitee.message_id!r}")
    if not _WEB_ADDRESS.match(training.url.strip()):
        raise CampaignError(
            f"adresse de la formation invalide (http:// ou https:// attendu) : {training.url!r}"
        )
    recipient = _recipient(invitee.entry.address, person_name(invitee.entry.display_name))
    trainer_name = person_name(training.trainer_name)
    context = _template_context(training, trainer_name, invitee, recipient, responder, links)
    environment = _environment(template.folder)
    subject = shorten_header_text(
        clean_header_text(_render(environment, template.folder, "subject.txt", context))
    )
    if not subject:
        raise CampaignError(f"modèle d'invitation {template.folder / 'subject.txt'} : l'objet est vide")
    text = tidy(_render(environment, template.folder, "invitation.txt", context))
    html = tidy(_render(environment, template.folder, "invitation.html", context))

    sender = clean_header_text(responder.display_name)
    if trainer_name:
        sender = f"{trainer_name} via {sender}"
    message = new_message(_POLICY)
    message["From"] = HeaderAddress(display_name=sender, addr_spec=responder.address)
    message["To"] = recipient
    message["Reply-To"] = HeaderAddress(addr_spec=responder.address)
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = invitee.message_id
    # RFC 3834 §5: generated, not a response; MS-OXCMAIL: Exchange stays quiet too. Not "All"
    # (that would also silence the delivery reports we want), no Precedence: bulk and no
    # List-Unsubscribe: this is not a mailing list (notes §5.6).
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "OOF, AutoReply"
    set_alternative_body(message, text, html)
    logger.debug("rendered invitation %s to %s (%s)", invitee.message_id, recipient.addr_spec,
                 invitee.profile.value)
    return finished(OutgoingMail(
        message=message, envelope_from=responder.mail_from, envelope_to=(recipient.addr_spec,)
    ))


def invitation_text(mail: OutgoingMail) -> str:
    """Return the invitation's plain-text body, with "\\n" line ends (kept as the known text)."""
    part = mail.message.get_body(("plain",))
    if part is None:
        return ""
    content = part.get_content()
    return str(content).replace("\r\n", "\n")


__all__ = [
    "DEFAULT_TEMPLATE",
    "InvitationTemplate",
    "invitation_message_id",
    "invitation_text",
    "load_template",
    "render_invitation",
]
