"""What the admin screen tells staff, as plain lines (built without Qt, tested without a screen)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.content.model import Content


@dataclass(frozen=True)
class LanguageState:
    code: str
    name: str
    review_state: str  # "draft", "reviewed", "source", or what the catalog says
    problem: str | None = None  # the catalog's error, when it could not be read


@dataclass(frozen=True)
class Status:
    version: str
    content_folder: str
    content: Content | None
    content_loaded: str  # when the content on screen was read, e.g. "2026-12-01 18:20"
    pending_problem: str | None  # why the newest update was refused, if it was
    languages: tuple[LanguageState, ...]
    printer: str
    faults: tuple[str, ...]


def newest_check(content: Content) -> str:
    return max((card.last_checked for card in content.cards.values()), default="never")


def status_lines(status: Status) -> list[str]:
    lines = [f"Kiosk version {status.version}"]
    if status.content is None:
        lines.append(f"Content: none that can be shown, from {status.content_folder}")
    else:
        c = status.content
        lines.append(
            f"Content: {len(c.topics)} topics, {len(c.cards)} cards from {status.content_folder}, "
            f"read {status.content_loaded}; newest card check {newest_check(c)}"
        )
    if status.pending_problem:
        lines.append(f"Last update refused: {status.pending_problem}")
    lines.append("Languages: " + _languages(status.languages))
    lines.append(f"Printer: {status.printer}")
    lines.append("Recent faults:" if status.faults else "Recent faults: none")
    lines.extend(f"  {fault}" for fault in status.faults)
    return lines


def _languages(states: Iterable[LanguageState]) -> str:
    parts = []
    for state in states:
        detail = f"cannot be read ({state.problem})" if state.problem else state.review_state
        parts.append(f"{state.code} {detail}")
    return ", ".join(parts)
