"""Comparing the migrated schema with the models: the full-text index (migration 0008) is SQLite's
own virtual table, and PostgreSQL's folded search column and its trigram index (migration 0015)
are its own too, which the models do not describe."""

from __future__ import annotations

from typing import Any


def _not_the_search_index(name: str | None, type_: str, parent_names: Any) -> bool:
    if type_ == "table" and (name or "").startswith("cases_search"):
        return False
    return not (type_ in ("column", "index") and name in ("search_folded", "ix_cases_search_folded"))


SEARCH_INDEX_APART = {"include_name": _not_the_search_index}
