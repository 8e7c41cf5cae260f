"""Comparing the migrated schema with the models: the full-text index (migration 0008) is SQLite's
own virtual table, which the models do not describe."""

from __future__ import annotations

from typing import Any


def _not_the_search_index(name: str | None, type_: str, parent_names: Any) -> bool:
    return not (type_ == "table" and (name or "").startswith("cases_search"))


SEARCH_INDEX_APART = {"include_name": _not_the_search_index}
