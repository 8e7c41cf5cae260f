"""Benchmark, section 4: the review page on a large log (issue 13).
Usage: bench_pages.py [CASES] [--postgresql]

Builds a case log with the real pipeline over the demo mails (SQLite), copies its cases up to
CASES (default 100,000) spread over the last year in SQL, then times each page a stage manager
opens, logged in, through the application (no network): the queue, every case, a search, the
overview, a case, and the CSV export (time to its first row, and to its end). Printed, never
asserted.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a file: `tests` is imported from the repository

from responder.web import create_app  # noqa: E402
from tests.web.review_support import login  # noqa: E402
from tests.web_support import build_case_log, copy_cases  # noqa: E402


def timed(client: object, path: str) -> tuple[float, float, int]:
    """(seconds to the first chunk, seconds to the end, bytes) of one GET."""
    started = time.perf_counter()
    response = client.get(path, buffered=False)  # type: ignore[attr-defined]
    chunks = iter(response.response)
    first = next(chunks, b"")
    first_at = time.perf_counter() - started
    size = len(first) + sum(len(chunk) for chunk in chunks)
    response.close()
    if response.status_code != 200:
        raise RuntimeError(f"{path}: HTTP {response.status_code}")
    return first_at, time.perf_counter() - started, size


def main() -> None:
    arguments = [a for a in sys.argv[1:] if a != "--postgresql"]
    wanted = int(arguments[0]) if arguments else 100_000
    if "--postgresql" in sys.argv:  # the same log in a throwaway PostgreSQL cluster
        from tests.postgres import BACKEND_ENV, SERVER_ENV, running_postgres

        os.environ[BACKEND_ENV] = "postgresql"
        with running_postgres() as server:
            os.environ[SERVER_ENV] = server
            measure(wanted, "PostgreSQL")
    else:
        measure(wanted, "SQLite")


def measure(wanted: int, backend: str) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        config = build_case_log(folder)
        url = config.database.url
        cases = copy_cases(folder / "responder.db" if url.startswith("sqlite") else url, wanted)
        client = create_app(config).test_client()
        login(client)
        print(f"{cases} cases ({backend}), each page once after a warm-up")
        print(f"{'page':<28} {'first byte':>10} {'whole':>8} {'size':>10}")
        for name, path in [("queue (à traiter)", "/?view=queue"), ("every case", "/?view=all"),
                           ("search « mot de passe »", "/?view=all&q=mot+de+passe"),
                           ("overview", "/apercu"), ("a case", "/cas/3"), ("CSV export", "/export/cas.csv")]:
            timed(client, path)
            first, whole, size = timed(client, path)
            print(f"{name:<28} {first * 1000:>8.0f} ms {whole * 1000:>5.0f} ms {size / 1024:>7.0f} KB", flush=True)


if __name__ == "__main__":
    main()
