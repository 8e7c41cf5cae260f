"""What the campaign journal tests share: a training, its campaign and roster, the store on the
test's own database file (opened again: a new start of the program), and a send recorded in it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from responder.model import Delivery, DeliveryStatus, Invitee, Profile, RosterEntry, Training
from responder.store.campaigns import CampaignSpec, CampaignStore
from responder.store.database import open_database

NOW = datetime(2027, 1, 11, 9, 0, tzinfo=UTC)
TRAINING = Training("Python au lycée", "https://magistere.education.fr/ac-grenoble/course/view.php?id=42",
                    "Claire Martin", "claire.martin@ac-grenoble.fr")
SPEC = CampaignSpec("python au lycée", TRAINING, "default", "a" * 64)


def url_of(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'responder.db'}"


def make_store(tmp_path: Path) -> CampaignStore:
    """A store on the test's database file; calling it again is a new start of the program."""
    return CampaignStore(open_database(url_of(tmp_path)))


def invitee(address: str, first: str = "", last: str = "", profile: Profile = Profile.ACADEMIC,
            campaign: str = "python") -> Invitee:
    local = address.strip().lower()
    return Invitee(RosterEntry(2, address, first, last), profile, "domain", f"<inv.{campaign}.{local}>")


ROSTER = [
    invitee("jean.dupont@ac-grenoble.fr", "Jean", "Dupont"),
    invitee("lea.martin@univ-grenoble-alpes.fr", "Léa", "Martin", Profile.UNIVERSITY),
    invitee("sam@gmail.com", profile=Profile.OTHER),
]
ADDRESSES = [i.entry.address for i in ROSTER]


def states_on_disk(tmp_path: Path) -> dict[str, str]:
    """What another process reading the file sees (only committed data)."""
    with sqlite3.connect(tmp_path / "responder.db") as db:
        return dict(db.execute("select address, state from invitations order by id"))


def send(store: CampaignStore, campaign_id: int, address: str, status: DeliveryStatus,
         at: datetime = NOW) -> int:
    [row] = [r for r in store.invitations(campaign_id) if r.address == address]
    assert store.claim(row.id, at)
    store.record_outcome(row.id, Delivery(status, "reply", 250 if status is DeliveryStatus.SENT else 550),
                         "Bonjour", at)
    return row.id
