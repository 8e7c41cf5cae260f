"""Which of our invitations a message answers or returns, read from the campaign journal.

Used by the pipeline between parse and guard: a trainee's reply names the invitation in its
In-Reply-To or References; a delivery report names the invitation that bounced in the headers it
returns, and a permanent failure for the invitation's own address marks it failed. Reads and
writes the journal through CampaignStore only.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import datetime

from responder.store.campaigns import CampaignStore, LinkedInvitation
from responder.model import ParsedMessage

log = logging.getLogger(__name__)


class InvitationLinks:
    """Finds the invitation of a message, and marks the ones that bounced."""

    def __init__(self, campaigns: CampaignStore) -> None:
        self.campaigns = campaigns

    def by_ids(self, message_ids: Collection[str]) -> dict[str, LinkedInvitation]:
        """The invitations among these Message-IDs (a batch's In-Reply-To and References), by id."""
        return self.campaigns.invitations_by_ids(message_ids)

    def find(self, parsed: ParsedMessage) -> LinkedInvitation | None:
        """Return the invitation this message answers or returns, if it is one of ours."""
        if not parsed.delivery_reports:
            return self.campaigns.invitation_for(_lookup_ids(parsed.in_reply_to + parsed.references))
        # A delivery report names the mail that bounced in its returned headers. Its own
        # References may be a copy of a later mail's (our reply quoting the invitation's id):
        # they count only when the report returns no headers.
        ids = parsed.reported_message_ids or parsed.in_reply_to + parsed.references
        if ids:
            return self.campaigns.invitation_for(_lookup_ids(ids))
        # A report naming no mail at all: the last invitation refused for that address.
        for report in parsed.delivery_reports:
            if report.permanent_failure:
                linked = self.campaigns.latest_invitation_to(report.recipient)
                if linked is not None:
                    return linked
        return None

    def mark_bounced(self, parsed: ParsedMessage, linked: LinkedInvitation, now: datetime) -> None:
        """A permanent failure for the invitation's own address marks that invitation failed."""
        for report in parsed.delivery_reports:
            if report.permanent_failure and report.recipient == linked.address.lower():
                self.campaigns.mark_bounced(linked.invitation_id, report.status, now)
                log.warning(
                    "invitation « %s » à %s non remise (%s) : marquée refusée",
                    linked.training.name, linked.address, report.status,
                )
                return


def _lookup_ids(ids: tuple[str, ...]) -> tuple[str, ...]:
    """The ids to look up, in order, each also in lower case: our invitations' ids are all
    lower case (hex digits and a lower-cased domain), whatever a client did to the copy."""
    return tuple(dict.fromkeys(variant for found in ids for variant in (found, found.lower())))
