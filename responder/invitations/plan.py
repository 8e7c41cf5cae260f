"""`responder invite`'s first half: a trainer's roster becomes a checked, rendered plan.

`plan_campaign` reads the roster, settles each trainee's profile (the roster's column, else the
classifier's domain rules), renders every invitation and reports what is wrong; it opens no
connection and records nothing. `write_eml` writes a plan's invitations for the dry run, in the
folder `output_folder` names per campaign. The sending half is send.py; campaign.py joins them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from responder.config import Config, InviteConfig
from responder.errors import ResponderError, os_error_text
from responder.invitations.render import (
    InvitationTemplate,
    invitation_message_id,
    load_template,
    render_invitation,
)
from responder.invitations.roster import Roster, RosterProblem, read_roster
from responder.judge.classify import profile_from_domain
from responder.model import Invitee, OutgoingMail, Profile, RosterEntry, Training
from responder.store.campaigns import CampaignSpec
from responder.wire import mail_bytes


def campaign_key(name: str) -> str:
    """The identity of a campaign: its name with case, accents' composition and spaces settled."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


@dataclass(frozen=True)
class Plan:
    """Everything a run would send, checked and rendered before anything is sent.

    invitees and mails are in roster order, one per valid, distinct address. problems are the
    roster's bad rows followed by rows that could not be rendered.
    """

    roster: Roster
    spec: CampaignSpec
    template: InvitationTemplate
    invitees: tuple[Invitee, ...]
    mails: tuple[OutgoingMail, ...]
    problems: tuple[RosterProblem, ...]

    def profile_counts(self) -> Counter[Profile]:
        """How many invitations each profile gets."""
        return Counter(invitee.profile for invitee in self.invitees)

    def source_counts(self) -> Counter[str]:
        """How each profile was settled: "column" or "domain"."""
        return Counter(invitee.profile_source for invitee in self.invitees)


def settle_profile(entry: RosterEntry, config: Config) -> tuple[Profile, str]:
    """The roster's profile when it gives one, else the classifier's domain rules (lookalike
    domains such as ac-grenoble.fr.example.com are "other")."""
    if entry.profile is not None:
        return entry.profile, "column"
    domain = entry.address.rpartition("@")[2]
    return profile_from_domain(domain, config.profiles) or Profile.OTHER, "domain"


def plan_campaign(roster_path: Path, training: Training, key: str, template_name: str,
                  config: Config, now: datetime) -> Plan:
    """Read, check and render the whole roster; raise RosterError/CampaignError when it cannot."""
    roster = read_roster(roster_path)
    template = load_template(template_name)
    spec = CampaignSpec(key=key, training=training, template=template_name,
                        fingerprint=template.fingerprint)
    domain = config.responder.message_id_domain
    invitees: list[Invitee] = []
    mails: list[OutgoingMail] = []
    problems = list(roster.problems)
    for entry in roster.entries:
        profile, source = settle_profile(entry, config)
        invitee = Invitee(entry, profile, source, invitation_message_id(key, entry.address, domain))
        try:
            mail = render_invitation(template, training, invitee, config.responder, config.links, now)
        except ValueError as error:
            # An address the roster's checks let through but a header cannot hold.
            problems.append(RosterProblem(entry.line, f"invitation impossible à écrire : {error}"))
            continue
        invitees.append(invitee)
        mails.append(mail)
    problems.sort(key=lambda problem: problem.line)
    return Plan(roster, spec, template, tuple(invitees), tuple(mails), tuple(problems))


def write_eml(plan: Plan, folder: Path) -> list[Path]:
    """Write every invitation of the plan as .eml in `folder` (emptied of older .eml first);
    raise ResponderError naming the folder when it cannot be written."""
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
        for invitee, mail in zip(plan.invitees, plan.mails):
            safe = re.sub(r"[^a-z0-9@._+-]", "_", invitee.entry.address)
            path = folder / f"{invitee.entry.line:05d}-{safe}.eml"
            path.write_bytes(mail_bytes(mail))
            written.append(path)
    except OSError as error:
        raise ResponderError(
            f"{folder} : impossible d'y écrire les invitations ({os_error_text(error, with_file=True)}) ;"
            " choisissez un autre dossier avec --output"
        ) from None
    return written


def output_folder(config: InviteConfig, key: str) -> Path:
    """Where the dry run of campaign `key` writes its .eml: a folder per campaign."""
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", key).encode("ascii", "ignore")
                  .decode().lower()).strip("-") or "campagne"
    return Path(config.output_dir) / slug[:60]


__all__ = ["Plan", "campaign_key", "output_folder", "plan_campaign", "settle_profile", "write_eml"]
