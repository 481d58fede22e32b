"""The content as the rest of the kiosk sees it: plain, immutable, already validated."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    summary: str


@dataclass(frozen=True)
class Card:
    id: str
    topic: str
    order: int
    title: str
    summary: str
    source: str
    last_checked: str  # ISO date, e.g. 2026-11-24
    body: str  # Markdown subset: paragraphs, lists, bold
    legal_notice: bool = True


@dataclass(frozen=True)
class Content:
    sources: dict[str, Source]
    topics: tuple[Topic, ...]
    cards: dict[str, Card] = field(default_factory=dict)

    def cards_of(self, topic_id: str) -> list[Card]:
        return sorted((c for c in self.cards.values() if c.topic == topic_id), key=lambda c: (c.order, c.id))

    def topic(self, topic_id: str) -> Topic:
        return next(t for t in self.topics if t.id == topic_id)
