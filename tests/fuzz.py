"""Fuzzing through the real pipeline: a seeded mutator over our own fixtures, a Maildir, SQLite.

`run_fuzz` writes mutated messages into a Maildir in batches and runs the pipeline over each
batch exactly as `responder run --once` does (MaildirSource, SmtpSender to a local sink, a real
SQLite file), then checks what a user would notice: no exception escaped, every input became one
case and was acknowledged, no input took more CPU than its budget (1 s up to 1 MB, 5 s up to
30 MB). The mutations are those of issue 9: byte flips, truncation, duplicated and giant headers,
deep nesting, bogus charsets, RFC 2047/2231 garbage, NUL, mixed line ends, long lines, HTML
bombs, huge parts, and splices of two messages. `scripts/fuzz --minutes N` runs it for long;
tests/product/test_fuzz.py runs a bounded, seeded run in CI.
"""

from __future__ import annotations

import mailbox
import random
import resource
import sqlite3
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from responder.judge.classify import load_rules
from responder.store.database import open_database
from responder.source import MaildirSource
from responder.pipeline import Pipeline, RunCounts
from responder.store.cases import Recorder
from responder.reply.smtp import SmtpSender
from responder.demo.sink import LoopbackController
from tests import poison
from tests.config_factory import make_config
from tests.paths import REAL_MAIL, ROOT

MEGABYTE = 1024 * 1024
BATCH = 200


def budget(size: int) -> float:
    """CPU seconds one message may take (issue 9: 1 s up to 1 MB, 5 s up to 30 MB)."""
    return 1.0 if size <= MEGABYTE else 5.0


def seeds() -> list[bytes]:
    """The project's own messages, the poison classes (small ones), and the shared real mail."""
    found = [p.read_bytes() for folder in ("tests/fixtures/replies", "responder/data/demo", "tests/corpus")
             for p in sorted((ROOT / folder).glob("*.eml"))]
    found = [raw.replace(b"__DEMO_DATE__", b"Mon, 30 Nov 2026 10:00:00 +0100") for raw in found]
    found += [build() for name, build in sorted(poison.POISON.items()) if name != "bounce_of_many_recipients"]
    if REAL_MAIL.is_dir():
        found += [p.read_bytes() for p in sorted(REAL_MAIL.rglob("*")) if p.is_file() and p.suffix != ".md"]
    return found


# --- mutations: each takes (rng, message) and returns new bytes ----------------------------------

Mutation = Callable[[random.Random, bytes], bytes]


def _split(raw: bytes) -> tuple[bytes, bytes]:
    for separator in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(separator)
        if found:
            return head + found, body
    return raw, b""


def flip_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw or b"x")
    for _ in range(rng.randint(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def duplicate_header(rng: random.Random, raw: bytes) -> bytes:
    head, body = _split(raw)
    lines = head.splitlines(keepends=True)
    if not lines:
        return raw
    line = rng.choice(lines)[:1000]  # a short line a thousand times, not a giant one
    return b"".join(lines[:1]) + line * rng.choice((2, 10, 1000)) + b"".join(lines[1:]) + body


def giant_header(rng: random.Random, raw: bytes) -> bytes:
    name = rng.choice((b"Subject", b"From", b"To", b"References", b"X-Junk", b"Content-Type", b"Received"))
    unit = rng.choice((b"a", b"(", b"=?utf-8?q?=C3=A9?= ", b"<x@y> ", b"a@b.c, ", b"\"", b"\\", b";x=y"))
    value = unit * rng.choice((1000, 50_000, 300_000))
    return name + b": " + value + b"\r\n" + raw


def deep_nesting(rng: random.Random, raw: bytes) -> bytes:
    depth = rng.choice((50, 500, 3000))
    head = b"".join(b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i, i + 1) for i in range(depth))
    tail = b"".join(b"--b%d--\r\n" % i for i in reversed(range(depth + 1)))
    return (b'From: a@ac-grenoble.fr\r\nTo: %s\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n'
            % poison.US.encode() + head + b"--b%d\r\nContent-Type: text/plain\r\n\r\n" % depth + _split(raw)[1] + tail)


def bogus_charset(rng: random.Random, raw: bytes) -> bytes:
    label = rng.choice((b"undefined", b"utf\x00-8", b"rot13", b"base64", b"x-unknown", b"utf-7", b"utf-16",
                        b"\xff\xfe", b'"charset=utf-8"', b"iso-2022-jp", b"gb2312", b"", b"'"))
    return raw.replace(b"charset=", b"charset=" + label + b";was=", 1) if b"charset=" in raw else \
        b"Content-Type: text/plain; charset=" + label + b"\r\n" + raw


def encoded_word_garbage(rng: random.Random, raw: bytes) -> bytes:
    words = (b"=?utf-8?q?=?=", b"=?utf-8?b?////?=", b"=?x?q?a?=", b"=?utf-8?q?" + b"=FF" * 500 + b"?=",
             b"=?utf-8*fr?q?a?=", b"=?" * 2000, b"=?utf-8?Q?a_b?==?utf-8?Q?c?=")
    return b"Subject: " + b" ".join(rng.choice(words) for _ in range(rng.randint(1, 30))) + b"\r\n" + raw


def rfc2231_garbage(rng: random.Random, raw: bytes) -> bytes:
    params = (b"filename*=utf-8''%FF%00", b"name*0*=x''%%; name*1=y", b"filename*99999=a", b'filename="',
              b"boundary*=''", b"charset*=''utf-8", b"filename*0=a; filename*0=b")
    return raw.replace(b"Content-Type: ", b"Content-Type: text/plain; " + rng.choice(params) + b"; was=", 1)


def insert_nul(rng: random.Random, raw: bytes) -> bytes:
    at = rng.randrange(len(raw) + 1)
    return raw[:at] + b"\x00" * rng.choice((1, 10, 1000)) + raw[at:]


def mixed_line_ends(rng: random.Random, raw: bytes) -> bytes:
    return b"".join(line.rstrip(b"\r\n") + rng.choice((b"\r\n", b"\n", b"\r", b"\n\r", b""))
                    for line in raw.splitlines(keepends=True))


def long_line(rng: random.Random, raw: bytes) -> bytes:
    unit = rng.choice((b"a", b"mot de passe ", b"<", b"- ", b"> ", b"http://", b"@", b"0123456789 ", b"\xc3\xa9"))
    head, body = _split(raw)
    return head + body + unit * (rng.choice((100_000, 400_000)) // len(unit)) + b"\r\n"


def html_bomb(rng: random.Random, raw: bytes) -> bytes:
    unit = rng.choice((b"<div>", b"</span>", b"<table><tr><td>", b"<blockquote>x</blockquote>", b'<a b="',
                       b"<!--", b"<p", b"<b><i>", b"&#", b"<style>", b"<![CDATA[", b"<x y"))
    html = b"<html><body><p>Bonjour, je ne trouve pas mon parcours</p>" + unit * rng.choice((1000, 20_000, 100_000))
    head, _ = _split(raw)
    return (head.replace(b"Content-Type:", b"X-Old-Content-Type:")
            .replace(b"\r\n\r\n", b"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n", 1) + html)


def huge_part(rng: random.Random, raw: bytes) -> bytes:
    size = rng.choice((2, 6, 12)) * MEGABYTE
    kind = rng.choice((b"text/plain", b"text/html", b"image/png", b"application/octet-stream"))
    return (b'From: a@ac-grenoble.fr\r\nTo: %s\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n'
            b"--z\r\nContent-Type: text/plain\r\n\r\n%s\r\n--z\r\nContent-Type: %s\r\n\r\n"
            % (poison.US.encode(), _split(raw)[1][:2000], kind) + (b"QUJD" * 19 + b"\r\n") * (size // 78) + b"--z--\r\n")


MUTATIONS: tuple[Mutation, ...] = (
    flip_bytes, truncate, duplicate_header, giant_header, deep_nesting, bogus_charset,
    encoded_word_garbage, rfc2231_garbage, insert_nul, mixed_line_ends, long_line, html_bomb, huge_part,
)
# The large ones are drawn less often: each costs megabytes to write and to record.
_WEIGHTS = tuple(1 if m in (huge_part, long_line, html_bomb, giant_header, deep_nesting) else 3 for m in MUTATIONS)


def mutate(rng: random.Random, pool: list[bytes]) -> tuple[bytes, str]:
    """A new message from one or two seeds and one to three mutations; and how it was made."""
    raw = rng.choice(pool)
    names = []
    if rng.random() < 0.1:
        other = rng.choice(pool)
        raw = raw[: rng.randrange(len(raw) + 1)] + other[rng.randrange(len(other) + 1):]
        names.append("splice")
    for _ in range(rng.randint(1, 3)):
        mutation = rng.choices(MUTATIONS, _WEIGHTS)[0]
        # At most 30 MB at every step, so that making the inputs never costs more than reading them.
        raw = mutation(rng, raw)[: 30 * MEGABYTE]
        names.append(mutation.__name__)
    return raw, "+".join(names)


# --- the run -------------------------------------------------------------------------------------


@dataclass
class FuzzReport:
    """What a fuzzing run found."""

    inputs: int = 0
    cases: int = 0
    largest: int = 0
    slowest: tuple[float, int, str] = (0.0, 0, "")  # CPU seconds, size, how the input was made
    over_budget: list[tuple[float, int, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # escaped exceptions, lost inputs
    peak_rss_mb: float = 0.0

    def summary(self) -> str:
        seconds, size, made = self.slowest
        return (f"{self.inputs} inputs, {self.cases} cases, largest {self.largest / MEGABYTE:.1f} MB, "
                f"slowest {seconds:.2f} s CPU ({size / 1024:.0f} kB, {made}), peak memory "
                f"{self.peak_rss_mb:.0f} MB, {len(self.over_budget)} over budget, {len(self.failures)} failures")


class _CountingSink:
    """An SMTP server on 127.0.0.1 that accepts every message, counts it and keeps nothing (the
    demo's MaildropSink keeps each one, which over a long run is gigabytes)."""

    def __init__(self) -> None:
        self.accepted = 0
        self._controller = LoopbackController(self, port=0)

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.accepted += 1
        return "250 OK"

    def __enter__(self) -> _CountingSink:
        self._controller.start()
        self.port = int(self._controller.port)
        return self

    def __exit__(self, *_exc: object) -> None:
        self._controller.stop()


class _Harness:
    """A Maildir, an SMTP sink and a migrated SQLite file, with the pipeline `run --once` builds."""

    def __init__(self, folder: Path, sink: _CountingSink) -> None:
        self.folder = folder
        self.box = mailbox.Maildir(folder / "Maildir", create=True)
        self.database = folder / "fuzz.db"
        self.config = make_config(
            folder, smtp={"port": sink.port},
            responder={"max_replies_per_day": 10_000, "max_replies_per_week": 10_000},
            database={"url": f"sqlite:///{self.database}"},
        )
        assert self.config.maildir is not None  # the tests' source: folder/Maildir
        self.maildir = self.config.maildir
        self.recorder = Recorder(open_database(self.config.database.url))
        self.rules = load_rules(None, self.config.profiles)

    def run(self, made: dict[str, str], report: FuzzReport) -> dict[str, float]:
        """Run one pass of the pipeline over the Maildir, as run --once does; an escaped exception
        becomes a failure. Returns the CPU seconds each message took to read and judge."""
        sizes = {key: len(self.box.get_bytes(key)) for key in made}
        report.inputs += len(made)
        report.largest = max(report.largest, *sizes.values())
        counts = RunCounts(cpu={})
        try:
            with SmtpSender(self.config.smtp) as sender:
                source = MaildirSource(self.maildir)
                Pipeline(self.config, self.recorder, self.rules, source, sender).run_pass(counts)
        except Exception:  # noqa: BLE001 - the very thing looked for: an escape
            report.failures.append(traceback.format_exc(limit=8))
        times = counts.cpu or {}
        for key, seconds in times.items():
            size, how = sizes.get(key, 0), made.get(key, "?")
            if seconds > report.slowest[0]:
                report.slowest = (seconds, size, how)
            if seconds > budget(size):
                report.over_budget.append((seconds, size, how))
        _check(self.database, made, report)
        return times


def run_fuzz(folder: Path, count: int | None = None, seconds: float | None = None, seed: int = 9,
             keep: Path | None = None) -> FuzzReport:
    """Fuzz until `count` inputs or `seconds` have passed; failing inputs are copied to `keep`."""
    rng, pool, report = random.Random(seed), seeds(), FuzzReport()
    deadline = time.monotonic() + seconds if seconds else None
    with _CountingSink() as sink:
        harness = _Harness(folder, sink)
        while (count is None or report.inputs < count) and (deadline is None or time.monotonic() < deadline):
            size = BATCH if count is None else min(BATCH, count - report.inputs)
            made = {harness.box.add(raw): how for raw, how in (mutate(rng, pool) for _ in range(size))}
            harness.run(made, report)
            _clean(harness.box, made, report, keep)
            if report.failures:
                break
    report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return report


def time_each(folder: Path, named: dict[str, bytes]) -> tuple[list[tuple[str, int, float]], FuzzReport]:
    """Run the pipeline over the named messages; (name, size, CPU seconds) of each, in order."""
    report = FuzzReport()
    with _CountingSink() as sink:
        harness = _Harness(folder, sink)
        keys = {harness.box.add(raw): name for name, raw in named.items()}
        times = harness.run(keys, report)
    report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return [(name, len(named[name]), times.get(key, float("nan"))) for key, name in keys.items()], report


def _check(database: Path, made: dict[str, str], report: FuzzReport) -> None:
    """Every input of the batch is one recorded, acknowledged mailbox message tied to a case."""
    with sqlite3.connect(database) as db:
        rows = {uid: (case, ack) for uid, case, ack in db.execute(
            "select uid, case_id, acknowledged from mailbox_messages where uid in (%s)" % ",".join("?" * len(made)),
            list(made))}
        report.cases = db.execute("select count(*) from cases").fetchone()[0]
    for key, how in made.items():
        case, acknowledged = rows.get(key, (None, False))
        if case is None or not acknowledged:
            report.failures.append(f"input {key} ({how}) left without an acknowledged case")


def _clean(box: mailbox.Maildir, made: dict[str, str], report: FuzzReport, keep: Path | None) -> None:
    """Empty the Maildir between batches (keeping failing inputs when asked)."""
    failing = {key for key in made if any(key in failure for failure in report.failures)} or (
        set(made) if report.failures else set())
    for key in list(box.keys()):
        if keep is not None and key in failing:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{key}.eml").write_bytes(box.get_bytes(key))
        box.discard(key)
