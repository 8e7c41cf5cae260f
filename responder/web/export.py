"""Exports: the filtered case list as CSV (case_csv.py's format), and the corrected cases as a
labelled corpus (.eml files + labels.toml in the format `responder evaluate` reads).
"""

from __future__ import annotations

import io
import zipfile
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, request

from responder.web import context
from responder.web.case_csv import csv_text
from responder.web.cases import case_filter

bp = Blueprint("export", __name__, url_prefix="/export")


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
    rows = csv_text(ctx.review.each(case_filter(request.args)), ZoneInfo(ctx.config.web.timezone))
    chunks = (text.encode("utf-8") for text in rows)
    # content_type, not mimetype: Flask would add a second "; charset=utf-8" to a mimetype.
    return Response(chunks, content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="cas-responder.csv"'})


@bp.get("/corpus.zip")
def corpus_export() -> Response:
    data = corpus_zip(context().review.corrected())
    return Response(data, mimetype="application/zip",
                    headers={"Content-Disposition": 'attachment; filename="corpus-corrige.zip"'})
