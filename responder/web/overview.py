"""The overview: cases per ISO week by action and by topic (inline SVG bars drawn on the server),
the share answered automatically, the open escalations and their age, the median time to resolve.

`overview_numbers` is pure (rows in, numbers out) so tests can check it; the view only draws.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from flask import Blueprint, render_template

from responder.model import Topic
from responder.web import context

bp = Blueprint("overview", __name__)

WEEKS_SHOWN = 12
OLDEST_SHOWN = 20  # the open cases listed; the queue has them all
# Okabe-Ito colours, told apart with any colour vision; each series has a pattern of its own too.
ACTION_COLOURS = {"reply": "#0072b2", "escalate": "#d55e00", "ignore": "#7a7a7a"}
TOPIC_COLOURS = {
    "forgotten_username": "#0072b2",
    "forgotten_password": "#d55e00",
    "login": "#009e73",
    "find_course": "#cc79a7",
}
PATTERNS = ("solid", "stripes", "dots", "cross")


@dataclass(frozen=True)
class Overview:
    """The numbers of the overview page."""

    weeks: list[str]  # "2026-W48", oldest first
    by_action: dict[str, dict[str, int]]  # week -> action -> count
    by_topic: dict[str, dict[str, int]]  # week -> topic -> count
    total: int
    automatic: int
    open_escalations: int
    oldest_open_age: timedelta | None
    median_resolution: timedelta | None

    @property
    def automatic_share(self) -> float:
        return self.automatic / self.total if self.total else 0.0


def _median(values: list[timedelta]) -> timedelta | None:
    if not values:
        return None
    ordered, middle = sorted(values), len(values) // 2
    return ordered[middle] if len(values) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-S{week:02d}"


def _every_week(days: list[date]) -> list[str]:
    """The ISO weeks from the first day's to the last's, the empty ones too, the last WEEKS_SHOWN."""
    if not days:
        return []
    last = max(days)
    monday = max(min(days), last - timedelta(weeks=WEEKS_SHOWN - 1))
    monday -= timedelta(days=monday.weekday())
    weeks = []
    while monday <= last:
        weeks.append(_week(monday))
        monday += timedelta(weeks=1)
    return weeks


def overview_numbers(
    rows: list[tuple[datetime, str, str, str, datetime | None]], now: datetime, zone: ZoneInfo = ZoneInfo("Europe/Paris")
) -> Overview:
    """Compute the overview from (received_at, action, topics, status, resolved_at) rows; weeks
    are counted in `zone` ([web] timezone), and a week without mail is shown as one."""
    by_action: dict[str, Counter[str]] = defaultdict(Counter)
    by_topic: dict[str, Counter[str]] = defaultdict(Counter)
    resolution: list[timedelta] = []
    open_ages: list[timedelta] = []
    automatic = 0
    days = []
    for received, action, topics, status, resolved in rows:
        days.append(received.astimezone(zone).date())
        week = _week(days[-1])
        by_action[week][action] += 1
        for topic in topics.split():
            by_topic[week][topic] += 1
        automatic += action == "reply"
        if resolved is not None:
            resolution.append(resolved - received)
        if action == "escalate" and status in ("new", "in_progress"):
            open_ages.append(now - received)
    weeks = _every_week(days)
    return Overview(
        weeks=weeks,
        by_action={w: dict(by_action[w]) for w in weeks},
        by_topic={w: dict(by_topic[w]) for w in weeks},
        total=len(rows),
        automatic=automatic,
        open_escalations=len(open_ages),
        oldest_open_age=max(open_ages) if open_ages else None,
        median_resolution=_median(resolution),
    )


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    width: int
    height: int
    colour: str
    title: str
    count: int = 0
    key: str = ""


def bars(per_week: dict[str, dict[str, int]], weeks: list[str], colours: dict[str, str],
         height: int = 160, slot: int = 56) -> tuple[list[Bar], int]:
    """Lay out grouped bars, one group per week; returns the bars and the scale's maximum."""
    peak = max((n for counts in per_week.values() for n in counts.values()), default=0) or 1
    width = max(4, (slot - 12) // max(1, len(colours)))
    laid: list[Bar] = []
    for index, week in enumerate(weeks):
        for offset, (key, colour) in enumerate(colours.items()):
            count = per_week.get(week, {}).get(key, 0)
            tall = round(height * count / peak)
            laid.append(Bar(40 + index * slot + offset * width, 30 + height - tall, width - 1, tall, colour,
                            f"{week} : {count}", count, key))
    return laid, peak


def ticks(peak: int, height: int = 160) -> list[tuple[int, int]]:
    """(value, y) of the y axis' graduations: whole numbers, at most five."""
    step = max(1, -(-peak // 4))
    return [(value, 30 + height - round(height * value / peak)) for value in range(0, peak + 1, step)]


def _duration(value: timedelta | None) -> str:
    if value is None:
        return "—"
    minutes = value.total_seconds() / 60
    if minutes < 60:
        return f"{max(0, round(minutes))} min"
    hours = minutes / 60
    text = f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.1f} jours"
    return text.replace(".", ",")  # the French decimal comma


@bp.get("/apercu")
def index() -> str:
    ctx = context()
    now = ctx.clock()
    # The weeks shown, and the median, from the cases of those weeks (a day more for the first
    # Monday in any time zone); the totals and the queue's count from the database itself.
    since = now - timedelta(weeks=WEEKS_SHOWN, days=8)
    numbers = overview_numbers(ctx.review.activity(since), now, ZoneInfo(ctx.config.web.timezone))
    total, automatic = ctx.review.totals()
    queue = ctx.review.queue_summary(now)
    numbers = dataclasses.replace(numbers, total=total, automatic=automatic, open_escalations=queue.waiting,
                                  oldest_open_age=now - queue.oldest if queue.oldest is not None else None)
    escalations = ctx.review.open_escalations(now, limit=OLDEST_SHOWN)
    action_bars, action_peak = bars(numbers.by_action, numbers.weeks, ACTION_COLOURS)
    topic_bars, topic_peak = bars(numbers.by_topic, numbers.weeks, TOPIC_COLOURS)
    return render_template(
        "web/overview.html", numbers=numbers, action_bars=action_bars, action_peak=action_peak,
        topic_bars=topic_bars, topic_peak=topic_peak, action_colours=ACTION_COLOURS,
        topic_colours={t.value: TOPIC_COLOURS[t.value] for t in Topic}, duration=_duration, ticks=ticks,
        patterns=dict(zip([*ACTION_COLOURS, *TOPIC_COLOURS], [*PATTERNS[:3], *PATTERNS])),
        escalations=escalations, now=now, weeks_shown=WEEKS_SHOWN,
        set_aside=ctx.review.counts().get("waiting", 0),  # out of the queue until their day: still open
        monday=_monday,
    )


def _monday(week: str, pattern: str = "%d/%m") -> str:
    """"2026-S49" as a person reads a week: the date of its Monday ("30/11")."""
    year, number = week.split("-S")
    return date.fromisocalendar(int(year), int(number), 1).strftime(pattern)
