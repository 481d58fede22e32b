"""Babel extractor for the content YAML: every translatable field, with its context.

Registered as the `kiosk_content` entry point in pyproject.toml, so `pybabel extract` with a
mapping line `[kiosk_content: content/**.yaml]` works too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kiosk.content.yamlfile import read_yaml
from kiosk.i18n.views import context_of

Extracted = tuple[int, str, tuple[str, str], list[str]]

_FIELD_HELP = {
    ("topic", "title"): "the topic's button on the topics screen",
    ("topic", "summary"): "the short line under the topic's button",
    ("card", "title"): "the card's heading and its button in the list",
    ("card", "summary"): "the short line under the card's button in the list",
    ("card", "body"): "the card text. Markdown: keep blank lines between paragraphs, '- ' for "
    "list items and **bold**; add no links or web addresses",
    ("source", "title"): "the name of an official document, shown beside its QR code",
    ("help-line", "text"): "where to ask a person, shown under every card, on the 'unavailable' "
    "screen and on the printed slip of the kiosks that choose it. Keep it short and calm",
}


def extract(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
) -> Iterator[Extracted]:
    name = getattr(fileobj, "name", None)
    if not name:
        return
    file = read_yaml(Path(name))
    yield from messages_of(file.data, file.line_of)


def messages_of(data: Any, line_of: Any) -> Iterator[Extracted]:
    if not isinstance(data, dict):
        return
    if isinstance(data.get("sources"), list):
        yield from _items("source", data["sources"], ("sources",), ("title",), line_of)
    elif isinstance(data.get("help_lines"), list):
        yield from _items("help-line", data["help_lines"], ("help_lines",), ("text",), line_of)
    elif isinstance(data.get("topics"), list):
        yield from _items("topic", data["topics"], ("topics",), ("title", "summary"), line_of)
    elif "id" in data and "body" in data:
        yield from _fields("card", data, (), ("title", "summary", "body"), line_of)


def _items(
    kind: str, items: list[Any], path: tuple[Any, ...], fields: tuple[str, ...], line_of: Any
) -> Iterator[Extracted]:
    for index, item in enumerate(items):
        if isinstance(item, dict):
            yield from _fields(kind, item, (*path, index), fields, line_of)


def _fields(
    kind: str, item: dict[str, Any], path: tuple[Any, ...], fields: tuple[str, ...], line_of: Any
) -> Iterator[Extracted]:
    item_id = item.get("id")
    for field in fields:
        text = item.get(field)
        if not isinstance(item_id, str) or not isinstance(text, str) or not text.strip():
            continue
        # Same normalisation as the loader, so the msgid is exactly what the kiosk looks up.
        msgid = text.strip() + "\n" if (kind, field) == ("card", "body") else text.strip()
        comment = f"{kind.capitalize()} '{item_id}': {_FIELD_HELP[(kind, field)]}."
        yield (line_of((*path, field)), "pgettext", (context_of(kind, item_id, field), msgid), [comment])
