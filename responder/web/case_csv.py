"""The case list as CSV, one format for the page's export and `responder cases --csv`: French
labels a stage manager reads, the date twice (as French Excel shows it, and in ISO 8601 for a
program), UTF-8 with BOM, ";" separated, CRLF lines (what French Excel and LibreOffice expect)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from zoneinfo import ZoneInfo

from responder.store.review_values import CaseSummary
from responder.web.labels import ACTION, PROFILE, STATUS, last_mail, stop_names, topic_names

CSV_HEADER = ("n°", "reçu le", "reçu le (ISO 8601)", "expéditeur", "nom", "objet", "profil", "sujets",
              "action", "motifs", "suivi", "en attente jusqu'au", "pris par", "dernier message envoyé",
              "classement automatique, si corrigé", "boîte")


def csv_row(case: CaseSummary, zone: ZoneInfo) -> list[str]:
    """The cells of one case, in CSV_HEADER's order."""
    received = case.received_at.astimezone(zone)
    # Profile and topics as they stand (the EAFC's correction wins, as in the list), the automatic
    # ones beside them; the action is what the responder did.
    profile, topics, _ = case.correction or (case.profile, case.topics, case.action)
    return [
        str(case.id),
        received.strftime("%d/%m/%Y %H:%M"),
        received.isoformat(timespec="seconds"),
        case.sender_address,
        case.sender_name,
        case.subject,
        PROFILE.get(profile, profile),
        topic_names(topics),
        ACTION.get(case.action, case.action),
        stop_names(case.stops),
        STATUS.get(case.status, case.status),
        case.waiting_until.astimezone(zone).strftime("%d/%m/%Y") if case.waiting_until and case.status == "waiting" else "",
        case.assigned_to,
        last_mail(case),
        _automatic(case) if case.correction else "",
        case.mailbox,
    ]


def _automatic(case: CaseSummary) -> str:
    """The responder's own profile and topics of a corrected case, in words."""
    return f"profil : {PROFILE.get(case.profile, case.profile)} ; sujets : {topic_names(case.topics, 'aucun')}"


def _neutral(value: str) -> str:
    # A cell starting with = + - @ is a formula to a spreadsheet: a mail subject must not run one.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_text(cases: Iterable[CaseSummary], zone: ZoneInfo, rows: int = 200) -> Iterator[str]:
    """The CSV a few hundred rows at a time, the BOM and the header first: a download or a
    terminal gets the first rows at once, whatever the size of the log."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writerow(CSV_HEADER)
    for count, case in enumerate(cases, start=1):
        if count % rows == 1:
            yield _drain(buffer)
        writer.writerow([_neutral(v) for v in csv_row(case, zone)])
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text
