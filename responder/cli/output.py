"""What the commands print beyond plain lines: aligned tables, and CSV that French Excel opens."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Sequence

# A trainee's kind of account as the trainer's commands say it (the codes are the database's).
PROFILE_WORDS = {"academic": "académique", "university": "enseignement supérieur", "other": "autre (compte M@gistère)"}


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Align `rows` under `header`, each value clipped to 60 characters."""
    widths = [len(h) for h in header]
    clipped = [[value if len(value) <= 60 else value[:59] + "…" for value in row] for row in rows]
    for row in clipped:
        widths = [max(w, len(v)) for w, v in zip(widths, row)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in clipped)
    return "\n".join(lines)


def write_excel_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write `header` and `rows` as CSV on stdout, the way French Excel reads it."""
    # The BOM makes French Excel read UTF-8; ";" is its list separator. Row by row: a large log
    # streams to the terminal or the file as it is read.
    sys.stdout.write("\ufeff")
    writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
