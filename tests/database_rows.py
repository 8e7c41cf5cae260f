"""Read what a test's run left in its database, whichever it is (SQLite file or PostgreSQL, see
tests/postgres.py). `connect(where)` answers `execute(sql, params)` as sqlite3 does (`?`
placeholders; rows read by position or by column name, like sqlite3.Row), so the tests' queries
run on both backends unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine

from tests.postgres import database_for


class Row(tuple[Any, ...]):
    """A row read by position (`row[0]`) or by column name (`row["state"]`), like sqlite3.Row."""

    names: tuple[str, ...] = ()

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        return super().__getitem__(self.names.index(key) if isinstance(key, str) else key)

    def keys(self) -> list[str]:
        return list(self.names)


class Result:
    def __init__(self, rows: list[Row]) -> None:
        self._rows = rows

    def fetchall(self) -> list[Row]:
        return self._rows

    def fetchone(self) -> Row | None:
        return self._rows[0] if self._rows else None

    def __iter__(self) -> Any:
        return iter(self._rows)


class Database:
    """One test database, queried with sqlite3's conventions; each statement commits."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine = create_engine(url)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Result:
        statement = sql if self.url.startswith("sqlite") else sql.replace("%", "%%").replace("?", "%s")
        with self._engine.begin() as connection:
            result = connection.exec_driver_sql(statement, tuple(params))
            if not result.returns_rows:
                return Result([])
            names = tuple(result.keys())
            found = []
            for values in result:
                row = Row(tuple(values))
                row.names = names
                found.append(row)
            return Result(found)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def connect(where: Path | str) -> Database:
    """The database of the test folder `where` (its responder.db, or its PostgreSQL database), or
    of the URL or SQLite file path `where`."""
    if isinstance(where, Path):
        return Database(database_for(where.parent if where.suffix == ".db" else where))
    return Database(where if "://" in where else f"sqlite:///{where}")
