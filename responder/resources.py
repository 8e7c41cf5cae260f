"""Where the files responder reads at run time live: templates/, migrations/, data/.

The repository keeps templates/ and migrations/ at its top, as the project asked; the wheel ships
them inside the package (pyproject.toml maps them in with hatchling's force-include). The first
of the two places that exists is used, so a checkout, an editable install and an installed wheel
all find them. Imports nothing from responder.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = PACKAGE / name  # an installed wheel
    return inside if inside.is_dir() else PACKAGE.parent / name  # a checkout


TEMPLATES = _shipped("templates")
MIGRATIONS = _shipped("migrations")
DATA = PACKAGE / "data"
