"""Benchmark, section 3: the throughput of 1, 2 and 4 workers on one mailbox (issue 13).
Usage: bench_workers.py [COUNT] [WORKERS ...]

For each number of workers: a fresh INBOX on a throwaway Dovecot holding COUNT trainees' mails
(tests/product/workers_support.py: about four per sender, thanks and robots among them), a fresh
database on a throwaway PostgreSQL cluster, an SMTP sink that accepts everything; the workers
(`responder run`, each a process) are started together and timed from their start until the
database says every message is handled and flagged. Printed, never asserted. 127.0.0.1 only.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a file: `tests` is imported from the repository

import psycopg  # noqa: E402

from responder.demo.sink import MaildropSink  # noqa: E402
from responder.store.database import open_database  # noqa: E402
from tests.config_factory import write_config  # noqa: E402
from tests.dovecot import PASSWORD_ENV, ImapAccount, start_dovecot  # noqa: E402
from tests.postgres import running_postgres  # noqa: E402
from tests.product.workers_support import handled, start_workers, stop, trainee_mails, wait_for  # noqa: E402


def one_run(folder: Path, account: ImapAccount, base_url: str, sink_port: int, count: int, workers: int) -> float:
    """Seconds `workers` workers take to handle `count` fresh messages."""
    account.reset()
    account.append_many(trainee_mails(count, uuid.uuid4().hex[:8]))
    name = f"bench_{workers}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(base_url.replace("postgresql+psycopg://", "postgresql://") + "postgres",
                         autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = base_url + name
    open_database(url).kw["bind"].dispose()  # the schema first: the workers time the mail, not the migrations
    run_folder = folder / name
    run_folder.mkdir()
    config = write_config(run_folder, imap=account.imap_config(poll_interval=1, batch_size=20),
                          smtp={"port": sink_port}, database={"url": url},
                          responder={"max_replies_per_day": 10_000, "max_replies_per_week": 10_000})
    started = time.perf_counter()
    running = start_workers(config, workers, run_folder)
    try:
        if not wait_for(lambda: handled(url) == count, 1800, step=0.1):
            raise RuntimeError(f"{workers} worker(s): only {handled(url)} of {count} handled; logs in {run_folder}")
        return time.perf_counter() - started
    finally:
        stop(running)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    counts = [int(n) for n in sys.argv[2:]] or [1, 2, 4]
    server = start_dovecot()
    os.environ[PASSWORD_ENV] = server.password
    try:
        with tempfile.TemporaryDirectory() as temporary, running_postgres() as base_url, \
                MaildropSink(Path(temporary) / "sent") as sink:
            account = ImapAccount(server)
            print(f"{count} messages, one Dovecot INBOX, one PostgreSQL database, {os.cpu_count()} CPU(s)")
            print(f"{'workers':>8} {'seconds':>8} {'messages/s':>11}")
            for workers in counts:
                seconds = one_run(Path(temporary), account, base_url, sink.port, count, workers)
                print(f"{workers:>8} {seconds:>8.1f} {count / seconds:>11.1f}", flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
