"""Benchmark, section 1: what users wait for (issue 10). Usage: bench_pipeline.py [COUNT]

Fills a throwaway Dovecot's INBOX (127.0.0.1, started as the tests start it) with COUNT realistic
messages (the project's corpora, cycled, each made unique), then measures in the same run:
- the raw floor: fetching the whole backlog with imapclient (UID SEARCH, then FETCH BODY.PEEK[]
  by 50, as responder does) and sending the replies responder sent, again, with plain smtplib
  (the best of 3 tries each);
- `responder run --once` on that mailbox, in a process of its own, against an SMTP sink that
  accepts everything and delivers nothing: wall clock, CPU, peak memory, replies and cases;
- a second, profiled run on a fresh mailbox and database (cProfile slows the run down, so the
  timed run goes without it), and where its time goes, by area of the code;
- the decision alone (parse + judge, no I/O) on the corpora.
Printed, never asserted. Nothing here talks to any address other than 127.0.0.1.
"""

from __future__ import annotations

import os
import pstats
import re
import shutil
import signal
import smtplib
import sqlite3
import subprocess
import sys
import sysconfig
import tempfile
import time
import uuid
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a file: `tests` is imported from the repository

from imapclient import IMAPClient  # noqa: E402

from responder.demo.sink import LoopbackController  # noqa: E402
from tests.dovecot import DOVECOT, DovecotServer, ImapAccount, start_dovecot  # noqa: E402

US = "formation-magistere@ac-grenoble.fr"
CORPORA = ("tests/corpus", "tests/corpus2", "tests/holdout")
BATCH = 50  # messages per FETCH, as [imap] batch_size
PASSWORD_ENV = "RESPONDER_BENCH_IMAP_PASSWORD"
EMPTY_FOLDER = "Benchmark-empty"  # an empty run there measures start-up alone
TARGET = 8  # issue 10: a run may take at most 8 times the raw floor
TRIES = 3  # the floor is a lower bound: the best of a few tries, so one hiccup does not move it


# --- the mailbox ------------------------------------------------------------------------------

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_ADDRESS_LOCAL = re.compile(rb"([^\s<>@\"(),;:]+)@")


def _field(names: bytes) -> re.Pattern[bytes]:
    """A header field with its folded continuation lines, without the final line ending."""
    return re.compile(rb"(?im)^(?:" + names + rb"):[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*")


_MESSAGE_ID, _DATE, _SENDER = _field(rb"Message-ID"), _field(rb"Date"), _field(rb"From|Return-Path")


def unique_copy(raw: bytes, index: int, run: str, date: bytes) -> bytes:
    """Return the message with its own Message-ID, a sender of its own and a fresh Date.

    The sender gets ".b<index>" before the "@" (the domain decides the profile), so the per-sender
    caps (3 replies a day) do not turn the run into escalations; a Date of a few minutes ago keeps
    it out of the stale backlog (30 days). Only the header block changes, byte for byte elsewhere.
    """
    end = _HEADER_END.search(raw)
    cut = end.start() if end else len(raw)
    head, body = raw[:cut], raw[cut:]
    newline = b"\r\n" if b"\r\n" in head else b"\n"
    for pattern, name, value in (
        (_MESSAGE_ID, b"Message-ID", f"<bench.{run}.{index}@benchmark.invalid>".encode()),
        (_DATE, b"Date", date),
    ):
        line = name + b": " + value
        head, found = pattern.subn(lambda _match: line, head)
        if not found:
            head = line + newline + head
    suffix = b".b%d@" % index
    head = _SENDER.sub(lambda field: _ADDRESS_LOCAL.sub(lambda a: a.group(1) + suffix, field.group()), head)
    return head + body


def fill(account: ImapAccount, corpus: list[bytes], count: int) -> None:
    """Drop `count` unique copies of the corpus into INBOX (as a delivery agent, not APPEND).

    Each fill has Message-IDs of its own; the senders and the mix of messages are the same
    every time (each run has a database of its own), so two runs do the same work.
    """
    run = uuid.uuid4().hex[:8]
    date = formatdate(time.time() - 300, localtime=True).encode()
    for index in range(count):
        account.deliver(unique_copy(corpus[index % len(corpus)], index, run, date))
    with account.client() as client:
        # Selecting lets Dovecot index the new mail, as its delivery agent would have on arrival.
        exists = client.select_folder("INBOX")[b"EXISTS"]
    if exists != count:
        raise RuntimeError(f"INBOX holds {exists} messages, {count} expected")


def empty_inbox(account: ImapAccount) -> None:
    """Delete and expunge every message of INBOX."""
    with account.client() as client:
        client.select_folder("INBOX")
        client.delete_messages(client.search("ALL"))
        client.expunge()


# --- the raw floor ----------------------------------------------------------------------------


def raw_fetch(server: DovecotServer) -> tuple[float, int, int]:
    """Fetch the whole INBOX on one connection; return (seconds, messages, bytes)."""
    started = time.perf_counter()
    client = IMAPClient(server.host, server.port, ssl=False, timeout=60)
    client.login(server.username, server.password)
    client.select_folder("INBOX")
    uids = client.search("ALL")  # imapclient sends UID SEARCH
    size = 0
    for start in range(0, len(uids), BATCH):
        response = client.fetch(uids[start : start + BATCH], ["BODY.PEEK[]", "INTERNALDATE"])
        size += sum(len(data[b"BODY[]"]) for data in response.values())
    client.logout()
    return time.perf_counter() - started, len(uids), size


def raw_send(port: int, mails: list[tuple[str, tuple[str, ...], bytes]]) -> float:
    """Send these messages with plain smtplib on one connection; return the seconds it took."""
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
        smtp.ehlo()
        for mail_from, rcpt_tos, data in mails:
            options = [] if data.isascii() else ["BODY=8BITMIME"]
            if not all(address.isascii() for address in (mail_from, *rcpt_tos)):
                options.append("SMTPUTF8")
            smtp.sendmail(mail_from, list(rcpt_tos), data, mail_options=options)
    return time.perf_counter() - started


class Sink:
    """aiosmtpd handler: accept every message and count it; while `keep`, keep its envelope and
    bytes (the raw floor sends the very replies responder sent), otherwise drop it."""

    def __init__(self) -> None:
        self.count = 0
        self.keep = False
        self.kept: list[tuple[str, tuple[str, ...], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        if self.keep:
            data = bytes(envelope.original_content or b"")
            self.kept.append((str(envelope.mail_from), tuple(envelope.rcpt_tos), data))
        return "250 OK"


# --- responder run --once ---------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mb: float
    replies: int
    cases: int


def run_once(folder: Path, server: DovecotServer, sink: Sink, sink_port: int, mailbox: str,
             name: str, profile: Path | None = None) -> Run:
    """Run `responder run --once` on `mailbox` with a database of its own, in a child process."""
    database = folder / f"{name}.db"
    config = folder / f"{name}.toml"
    config.write_text(
        f'[imap]\nhost = "127.0.0.1"\nport = {server.port}\nsecurity = "none"\n'
        f'username = "{server.username}"\npassword_env = "{PASSWORD_ENV}"\nfolder = "{mailbox}"\n'
        f'use_idle = false\nbatch_size = {BATCH}\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {sink_port}\nsecurity = "none"\n'
        f'[responder]\naddress = "{US}"\n'
        f'[database]\nurl = "sqlite:///{database}"\n',
        encoding="utf-8",
    )
    profiler = ["-m", "cProfile", "-o", str(profile)] if profile else []
    command = [sys.executable, *profiler, "-m", "responder", "--config", str(config), "run", "--once"]
    received = sink.count
    with (folder / f"{name}.log").open("wb") as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT,
                                   env=os.environ | {PASSWORD_ENV: server.password})
        # wait4 rather than getrusage(RUSAGE_CHILDREN) before/after: the same figures, but the
        # peak memory of this child alone, not the largest of every child so far.
        _pid, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = (folder / f"{name}.log").read_text(encoding="utf-8", errors="replace")[-3000:]
        raise RuntimeError(f"responder run --once exited with {process.returncode}:\n{tail}")
    with sqlite3.connect(database) as connection:
        cases = connection.execute("select count(*) from cases").fetchone()[0]
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, sink.count - received, cases)


# --- where the time goes ----------------------------------------------------------------------

# Areas by where the code lives: a path under the repository, or a library's top-level package or
# module. Paths are prefixes so that files moving inside a folder keep their area.
RESPONDER_AREAS: tuple[tuple[str, str | None], ...] = (
    ("responder/wire.py", None),  # serialising a message: counts for whoever calls it (render, smtp)
    ("responder/parse/", "parse"),
    ("responder/judge/", "judge (guard + classify)"),
    ("responder/reply/smtp/", "smtp"),
    ("responder/reply/", "render"),
    ("responder/store/", "store (database)"),
    ("responder/source/", "source (IMAP)"),
    ("responder/", "pipeline, cli and other responder code"),
)
LIBRARY_AREAS = {
    "smtplib": "smtp",
    "sqlalchemy": "store (database)",
    "sqlite3": "store (database)",
    "alembic": "store (database)",
    "imapclient": "source (IMAP)",
    "imaplib": "source (IMAP)",
    "logging": "logging",
}
START_UP = "start-up (module imports)"
OTHER = "other (interpreter, profiler)"
_STDLIB = Path(sysconfig.get_paths()["stdlib"]).resolve()


def area_of(function: tuple[str, int, str]) -> str | None:
    """The area a profiled function belongs to, or None when its callers decide (stdlib, email,
    jinja2, builtins, shared helpers...)."""
    filename, _line, name = function
    if name == "<module>" or "importlib._bootstrap" in filename:
        return START_UP
    if filename == "~":  # a builtin: "<method 'execute' of 'sqlite3.Cursor' objects>"
        return "store (database)" if "'sqlite3." in name else None
    path = Path(filename)
    try:
        relative = path.resolve().relative_to(ROOT).as_posix()
    except (ValueError, OSError):
        relative = ""
    if relative.startswith("responder/"):
        return next(area for prefix, area in RESPONDER_AREAS if relative.startswith(prefix))
    parts = path.parts
    if "site-packages" in parts:
        top = parts[parts.index("site-packages") + 1]
    else:
        try:
            top = path.resolve().relative_to(_STDLIB).parts[0]
        except (ValueError, OSError, IndexError):
            return None
    return LIBRARY_AREAS.get(top.removesuffix(".py"))


def time_by_area(profile: Path) -> tuple[float, dict[str, float]]:
    """Return the profile's total and each area's seconds.

    Each function's own time (tottime, which never counts twice) goes to its area. The own time
    of a function without one (email, re, jinja2, socket reads...) goes to its callers, split as
    its cumulative time was between them (cProfile's caller edges), and so on up to the nearest
    functions that have an area: email parsing called from responder/parse/ counts as parse.
    Recursion makes the call graph cyclic, so the shares are iterated to a fixed point.
    """
    stats: dict[Any, Any] = pstats.Stats(str(profile)).stats  # type: ignore[attr-defined]
    shares: dict[Any, dict[str, float]] = {}
    edges: dict[Any, list[tuple[Any, float]]] = {}
    for function, (*_times, callers) in stats.items():
        area = area_of(function)
        if area is not None:
            shares[function] = {area: 1.0}
            continue
        calls = {c: edge for c, edge in callers.items() if c in stats and c != function}
        weights = {c: edge[3] for c, edge in calls.items()}  # edge[3]: cumulative time via c
        if not sum(weights.values()):
            weights = {c: edge[1] for c, edge in calls.items()}  # call counts, when too quick
        total = sum(weights.values())
        if total:
            edges[function] = [(c, w / total) for c, w in weights.items()]
            shares[function] = {}
        else:
            shares[function] = {OTHER: 1.0}  # a root: the interpreter or the profiler itself
    for _round in range(200):
        change = 0.0
        for function, callers in edges.items():
            result: dict[str, float] = {}
            for caller, weight in callers:
                for name, part in shares[caller].items():
                    result[name] = result.get(name, 0.0) + part * weight
            change = max(change, abs(sum(result.values()) - sum(shares[function].values())))
            shares[function] = result
        if change < 1e-9:
            break
    seconds: dict[str, float] = {}
    for function, (_cc, _nc, own, _cumulative, _callers) in stats.items():
        parts = shares[function]
        lost = 1.0 - sum(parts.values())  # a cycle that reaches no area, if any
        for name, part in (*parts.items(), (OTHER, max(0.0, lost))):
            seconds[name] = seconds.get(name, 0.0) + own * part
    return sum(seconds.values()), seconds


# --- the decision alone -----------------------------------------------------------------------


def decision_speed(corpus: list[bytes], at_least: float = 2.0) -> tuple[int, float]:
    """Parse and judge the corpus (passes until `at_least` seconds); return (messages, seconds)."""
    from responder.config import ProfilesConfig, ResponderConfig
    from responder.judge.evaluate import judge_file
    from responder.judge.guard import GuardSettings
    from responder.judge.rules_file import load_rules

    rules = load_rules(None, ProfilesConfig())
    settings = GuardSettings.from_config(ResponderConfig(address=US), b"k")
    done, started = 0, time.perf_counter()
    while not done or time.perf_counter() - started < at_least:
        for raw in corpus:
            judge_file(raw, rules, settings)
        done += len(corpus)
    return done, time.perf_counter() - started


# --- the report -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    count: int
    fetch_s: float  # raw IMAP fetch of the whole INBOX
    fetched: int
    fetched_bytes: int
    send_s: float  # raw SMTP send of the replies the timed run sent
    sent: int
    sent_bytes: int
    empty: Run  # run --once on an empty folder: start-up alone
    timed: Run
    profiled: Run
    profile_total: float
    areas: dict[str, float]


def measure(count: int, corpus: list[bytes], folder: Path) -> Figures:
    """Start Dovecot and the sink, measure the floor and the runs, stop both whatever happens."""
    server = start_dovecot()
    sink = Sink()
    controller = LoopbackController(sink, port=0, enable_SMTPUTF8=True)
    try:
        controller.start()
        account = ImapAccount(server)
        with account.client() as client:
            # Selecting makes Dovecot create the Maildir, owned by its mail user, before files
            # are dropped in (ImapAccount.deliver would create it owned by root).
            client.select_folder("INBOX")
            client.create_folder(EMPTY_FOLDER)
        fill(account, corpus, count)
        fetch_s, fetched, fetched_bytes = min(raw_fetch(server) for _try in range(TRIES))
        empty = run_once(folder, server, sink, controller.port, EMPTY_FOLDER, "empty")
        sink.keep = True
        timed = run_once(folder, server, sink, controller.port, "INBOX", "timed")
        sink.keep = False
        send_s = min(raw_send(controller.port, sink.kept) for _try in range(TRIES)) if sink.kept else 0.0
        empty_inbox(account)
        fill(account, corpus, count)
        profile = folder / "run.prof"
        profiled = run_once(folder, server, sink, controller.port, "INBOX", "profiled", profile)
    finally:
        controller.stop()
        server.stop()
        shutil.rmtree(server.directory, ignore_errors=True)
    total, areas = time_by_area(profile)
    return Figures(count, fetch_s, fetched, fetched_bytes, send_s, len(sink.kept),
                   sum(len(data) for *_, data in sink.kept), empty, timed, profiled, total, areas)


def report(f: Figures, distinct: int) -> None:
    floor = f.fetch_s + f.send_s
    work = f.timed.wall - f.empty.wall
    print(f"  {f.count} messages ({distinct} distinct, from {', '.join(CORPORA)}), each with its own "
          "Message-ID and sender")
    print(f"  raw floor, one connection each, best of {TRIES}:")
    print(f"    IMAP fetch of {f.fetched} (UID SEARCH ALL, FETCH BODY.PEEK[] by {BATCH}): {f.fetch_s:6.2f} s "
          f"{1000 * f.fetch_s / f.fetched:6.2f} ms/message ({f.fetched_bytes / 1024 / f.fetched:.1f} kB each)")
    if f.sent:
        print(f"    SMTP send of the {f.sent} replies responder sent (smtplib): {f.send_s:6.2f} s "
              f"{1000 * f.send_s / f.sent:6.2f} ms/reply   ({f.sent_bytes / 1024 / f.sent:.1f} kB each)")
    print(f"    floor: {floor:.2f} s, {1000 * floor / f.count:.2f} ms/message")
    print("  responder run --once (no profiler):")
    print(f"    {f.timed.wall:.2f} s, {1000 * f.timed.wall / f.count:.2f} ms/message: "
          f"{f.timed.wall / floor:.1f}x the floor (target {TARGET}x)")
    print(f"    without the start-up of an empty run ({f.empty.wall:.2f} s): {work:.2f} s, "
          f"{1000 * work / f.count:.2f} ms/message, {work / floor:.1f}x the floor")
    print(f"    CPU {f.timed.cpu:.2f} s (responder's process; Dovecot's own work is not in it), "
          f"peak memory {f.timed.peak_mb:.0f} MB")
    print(f"    {f.timed.replies} replies reached the sink, {f.timed.cases} cases in the database")
    print(f"  where the time goes: cProfile, in a second run on a fresh mailbox and database "
          f"({f.profiled.wall:.2f} s, {f.profiled.wall / f.timed.wall:.1f}x slower under the profiler; "
          f"{f.profiled.replies} replies, {f.profiled.cases} cases)")
    print("    own time by area; the own time of stdlib and other libraries (email, re, jinja2,")
    print("    socket reads) goes to the area of the nearest function above it that has one:")
    for name, value in sorted(f.areas.items(), key=lambda item: -item[1]):
        print(f"    {100 * value / f.profile_total:5.1f} %  {value:7.2f} s  {name}")


def main(argv: list[str]) -> int:
    count = int(argv[1]) if len(argv) > 1 else 2000
    # SIGTERM (a CI timeout) unwinds like Ctrl-C, so Dovecot and the sink are stopped.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    corpus = [path.read_bytes() for name in CORPORA for path in sorted((ROOT / name).glob("*.eml"))]
    print("what users wait for: `responder run --once` on a Dovecot INBOX (127.0.0.1) -> SMTP sink")
    if not Path(DOVECOT).exists():
        print(f"  Dovecot is not installed ({DOVECOT}, Debian dovecot-imapd): the run is not measured")
    elif os.geteuid() != 0:
        print("  the throwaway Dovecot needs root, as in the tests (its mail belongs to uid 65534): "
              "the run is not measured")
    else:
        with tempfile.TemporaryDirectory(prefix="responder-bench-") as folder:
            report(measure(count, corpus, Path(folder)), len(corpus))
    done, seconds = decision_speed(corpus)
    print(f"  decision alone (parse + judge, no I/O), the {len(corpus)} corpus messages: "
          f"{done / seconds:.0f} messages/s ({1000 * seconds / done:.2f} ms/message, one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
