"""Exports: the filtered case list as CSV for French Excel/LibreOffice, and the corrected cases as a
labelled corpus (.eml files + labels.toml in the format `responder evaluate` reads).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, request

from responder.store.review_values import CaseSummary
from responder.web import context
from responder.web.cases import case_filter
from responder.web.labels import ACTION, PROFILE, REPLY_STATE, STATUS, TOPIC

bp = Blueprint("export", __name__, url_prefix="/export")

CSV_HEADER = ("n°", "reçu le", "expéditeur", "nom", "objet", "profil", "sujets", "action", "suivi",
              "pris par", "réponse", "corrigé", "boîte")


def _csv_row(case: CaseSummary, zone: ZoneInfo) -> list[str]:
    return [
        str(case.id),
        case.received_at.astimezone(zone).strftime("%d/%m/%Y %H:%M"),
        case.sender_address,
        case.sender_name,
        case.subject,
        PROFILE.get(case.profile, case.profile),
        ", ".join(TOPIC.get(t, t) for t in case.topics),
        ACTION.get(case.action, case.action),
        STATUS.get(case.status, case.status),
        case.assigned_to,
        REPLY_STATE.get(case.reply_state, case.reply_state),
        "oui" if case.corrected else "non",
        case.mailbox,
    ]


def _neutral(value: str) -> str:
    # A cell starting with = + - @ is a formula to a spreadsheet: a mail subject must not run one.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def cases_csv(cases: Iterable[CaseSummary], zone: ZoneInfo = ZoneInfo("Europe/Paris")) -> bytes:
    """The cases as CSV: UTF-8 with BOM, ";" separated, CRLF lines (what French Excel expects)."""
    return b"".join(csv_chunks(cases, zone))


def csv_chunks(cases: Iterable[CaseSummary], zone: ZoneInfo, rows: int = 200) -> Iterator[bytes]:
    """cases_csv a few hundred rows at a time, the header first: the download starts at once."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writerow(CSV_HEADER)
    for count, case in enumerate(cases, start=1):
        if count % rows == 1:
            yield _drain(buffer)
        writer.writerow([_neutral(v) for v in _csv_row(case, zone)])
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> bytes:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text.encode("utf-8")


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped) + '"'


def corpus_zip(corrected: list[tuple[int, bytes, str, tuple[str, ...], str, str]]) -> bytes:
    """The corrected cases as case-N.eml files and a labels.toml that `responder evaluate` reads."""
    buffer = io.BytesIO()
    lines = ["# Corpus étiqueté par l'EAFC depuis la page de suivi (classements corrigés).", ""]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for case_id, raw, profile, topics, action, who in corrected:
            name = f"case-{case_id}.eml"
            archive.writestr(name, raw)
            lines += [
                f"[{_toml_string(name)}]",
                f"profile = {_toml_string(profile)}",
                "topics = [" + ", ".join(_toml_string(t) for t in topics) + "]",
                f"action = {_toml_string(action)}",
                f"why = {_toml_string(f'corrigé par {who}' if who else 'corrigé')}",
                "",
            ]
        archive.writestr("labels.toml", "\n".join(lines))
    return buffer.getvalue()


@bp.get("/cas.csv")
def csv_export() -> Response:
    ctx = context()
    # Everything the rows need is read here: the stream runs after the request has ended.
    chunks = csv_chunks(ctx.review.each(case_filter(request.args)), ZoneInfo(ctx.config.web.timezone))
    # content_type, not mimetype: Flask would add a second "; charset=utf-8" to a mimetype.
    return Response(chunks, content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="cas-responder.csv"'})


@bp.get("/corpus.zip")
def corpus_export() -> Response:
    data = corpus_zip(context().review.corrected())
    return Response(data, mimetype="application/zip",
                    headers={"Content-Disposition": 'attachment; filename="corpus-corrige.zip"'})
