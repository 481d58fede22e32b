"""The content as the rest of the kiosk sees it: plain, immutable, already validated."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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
    icon: str = ""  # a pictogram's name in assets/icons (kiosk/content/pictograms.py), or none


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
    # Where to ask a person (content/help-lines.yaml, optional): id -> the English line.
    help_lines: dict[str, str] = field(default_factory=dict)

    def cards_of(self, topic_id: str) -> list[Card]:
        return sorted((c for c in self.cards.values() if c.topic == topic_id), key=lambda c: (c.order, c.id))

    def topic(self, topic_id: str) -> Topic:
        return next(t for t in self.topics if t.id == topic_id)


# How a content file's data, once it has passed the schema, becomes the model: one place for
# `validate` and for reading again a copy already accepted (kiosk/content/accepted.py).


def source_of(item: dict[str, Any]) -> Source:
    return Source(item["id"], item["title"].strip(), item["url"])


def topic_of(item: dict[str, Any]) -> Topic:
    return Topic(item["id"], item["title"].strip(), item["summary"].strip(), item.get("icon", ""))


def help_lines_of(data: dict[str, Any]) -> dict[str, str]:
    return {item["id"]: item["text"].strip() for item in data["help_lines"]}


def card_of(data: dict[str, Any]) -> Card:
    return Card(
        id=data["id"],
        topic=data["topic"],
        order=data["order"],
        title=data["title"].strip(),
        summary=data["summary"].strip(),
        source=data["source"],
        last_checked=data["last_checked"],
        body=data["body"].strip() + "\n",
        legal_notice=data.get("legal_notice", True),
    )
