"""Opening hours, as IT writes them in the config: pure logic, tested without a screen.

"Mon-Fri 08:00-17:30, Sat 09:00-13:00": days (a range or one day, several joined by commas)
followed by a time range; several such parts joined by commas or semicolons. Empty: always open.
Outside the hours the kiosk draws nothing; a touch still wakes it for a visit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PART = re.compile(
    r"^\s*(?P<days>[a-z]{3}(?:\s*-\s*[a-z]{3})?(?:\s*,\s*[a-z]{3}(?:\s*-\s*[a-z]{3})?)*)\s+"
    r"(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})\s*$"
)
_SPLIT = re.compile(r"[;,](?=\s*[a-z]{3}[\s-])")


class HoursError(ValueError):
    """The text is not opening hours; the message says how to write them."""


@dataclass(frozen=True)
class Span:
    day: int  # 0 is Monday
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class OpeningHours:
    spans: tuple[Span, ...]

    @property
    def always_open(self) -> bool:
        return not self.spans

    def is_open(self, now: dt.datetime) -> bool:
        if self.always_open:
            return True
        clock = now.time()
        return any(s.day == now.weekday() and s.start <= clock < s.end for s in self.spans)

    def next_change(self, now: dt.datetime) -> dt.datetime | None:
        """The next moment the kiosk opens or closes after `now`; None when always open."""
        if self.always_open:
            return None
        today = now.replace(hour=0, minute=0, second=0, microsecond=0)
        moments = sorted(
            today + dt.timedelta(days=offset, hours=t.hour, minutes=t.minute)
            for offset in range(8)
            for span in self.spans
            if (now.weekday() + offset) % 7 == span.day
            for t in (span.start, span.end)
        )
        return next(m for m in moments if m > now)


def _time(text: str, whole: str) -> dt.time:
    hour, minute = (int(v) for v in text.split(":"))
    if hour == 24 and minute == 0:
        return dt.time.max
    if hour > 23 or minute > 59:
        raise HoursError(f"{text!r} is not a time of day (in {whole!r}); write 08:00 or 17:30")
    return dt.time(hour, minute)


def _days(text: str, whole: str) -> list[int]:
    found: list[int] = []
    for group in text.split(","):
        ends = [d.strip() for d in group.split("-")]
        unknown = [d for d in ends if d not in DAYS]
        if unknown:
            raise HoursError(f"{unknown[0]!r} is not a day (in {whole!r}); days are {', '.join(DAYS)}")
        first, last = DAYS.index(ends[0]), DAYS.index(ends[-1])
        found += [(first + i) % 7 for i in range((last - first) % 7 + 1)]
    return found


def parse_hours(text: str) -> OpeningHours:
    """OpeningHours from e.g. "Mon-Fri 08:00-17:30; Sat 09:00-13:00"; raises HoursError."""
    whole = text.strip()
    if not whole:
        return OpeningHours(())
    spans = []
    for part in _SPLIT.split(whole.lower()):
        match = _PART.match(part)
        if match is None:
            raise HoursError(
                f"{part.strip()!r} is not opening hours; write for example 'Mon-Fri 08:00-17:30'"
            )
        start, end = _time(match["start"], whole), _time(match["end"], whole)
        if end <= start:
            raise HoursError(f"{part.strip()!r} closes before it opens (overnight hours are not supported)")
        spans += [Span(day, start, end) for day in _days(match["days"], whole)]
    return OpeningHours(tuple(spans))
