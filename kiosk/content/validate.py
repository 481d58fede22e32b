"""Load the content folder and say, with file and line, everything that is wrong with it."""

from __future__ import annotations

import datetime as dt
import json
import os
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, ValidationError

from kiosk.bounded_read import size_text
from kiosk.content.help_lines import HELP_LINES_FILE
from kiosk.content.markdown_rules import check_markdown
from kiosk.content.model import (
    Card,
    Content,
    Source,
    Topic,
    card_of,
    help_lines_of,
    source_of,
    topic_of,
)
from kiosk.content.pictograms import icon_problem
from kiosk.content.problems import Problem, Result, display_path
from kiosk.content.text_rules import source_findings, web_address
from kiosk.content.yamlfile import MAX_FILE_BYTES, YamlFile, read_yaml

SCHEMAS = Path(__file__).parent / "schemas"

# Bounds for the folder as a whole (yamlfile.py bounds each file). The real content is 19 files,
# 12 KB and about 350 values in all. The kiosk reads an update on its screen's thread, where the
# pure-Python YAML and Markdown readers cost up to 7 ms of CPU a KB of text (nested lists) and
# 50 us a value: these keep the worst folder near a second of CPU, with ten times today's content.
MAX_CARD_FILES = 200  # 12 times today's 17 cards; a small valid card costs about 4 ms
MAX_FOLDER_BYTES = 128 * 1024  # 10 times today's 12 KB
MAX_FOLDER_NODES = 10_000  # 28 times today's values


@cache
def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


class _Collector:
    def __init__(self, folder: Path) -> None:
        self.problems: list[Problem] = []
        self.folder = folder
        self.bytes_left = MAX_FOLDER_BYTES
        self.nodes_left = MAX_FOLDER_NODES

    def add(self, file: YamlFile, line: int, message: str) -> None:
        self.problems.append(Problem(display_path(file.path), line, message))

    def _folder_full(self, size: int) -> str | None:
        if size > self.bytes_left:
            return size_text(MAX_FOLDER_BYTES)
        return f"{MAX_FOLDER_NODES} values" if self.nodes_left < 0 else None

    def read(self, path: Path, schema: str) -> YamlFile | None:
        """Read and schema-check one file; None if it cannot be used further."""
        over = self._folder_full(_size(path))
        if over is None:
            file = read_yaml(path, inside=self.folder)
            self.bytes_left -= file.size
            self.nodes_left -= file.nodes
            over = self._folder_full(0)
        if over is not None:
            message = f"the content folder holds more than {over} in all: this file is not read"
            self.problems.append(Problem(display_path(path), 1, message))
            return None
        for line, message in file.problems:
            self.add(file, line, message)
        if file.problems and file.data is None:
            return None
        errors = sorted(_validator(schema).iter_errors(file.data), key=lambda e: list(e.absolute_path))
        for error in errors:
            self.add(file, file.line_of(tuple(error.absolute_path)), _plain(error))
        if errors or file.problems:
            return None
        self._check_text(file)
        return file

    def _check_text(self, file: YamlFile) -> None:
        """Every text in the file, by the rule for what the kiosk shows (text_rules.py)."""
        for path, text in _texts(file.data):
            first = file.text_lines.get(path, file.line_of(path))
            for line, message in source_findings(text):
                field = ".".join(str(p) for p in path if isinstance(p, str))
                self.add(file, first + line, f"{field}: {message}")


def _texts(data: Any, path: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], str]]:
    """Each text in `data` (schema-checked, so a few levels deep) with where it stands."""
    if isinstance(data, str):
        return [(path, data)]
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in _texts(value, (*path, str(key)))]
    if isinstance(data, list):
        return [found for index, value in enumerate(data) for found in _texts(value, (*path, index))]
    return []


def _size(path: Path) -> int:
    """What reading `path` adds to the folder: nothing if read_yaml refuses it unread."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return 0
    return size if size <= MAX_FILE_BYTES else 0


def _plain(error: ValidationError) -> str:
    """jsonschema's message, said for a content editor."""
    where = ".".join(str(p) for p in error.absolute_path if isinstance(p, str))
    field = f"{where}: " if where else ""
    kind = error.validator
    if kind == "required":
        missing = error.message.split("'")[1]
        return f"{field}missing field '{missing}'"
    if kind == "additionalProperties":
        return f"{field}unknown field ({error.message.split('(')[-1].rstrip(')')})"
    if kind == "type":
        wanted = {
            "string": "text",
            "integer": "a whole number",
            "boolean": "true or false",
            "object": "a mapping of field: value",
            "array": "a list",
        }
        return f"{field}must be {wanted.get(str(error.validator_value), error.validator_value)}"
    if kind == "pattern" and error.validator_value == "\\S":
        return f"{field}must not be empty"
    if kind == "pattern" and "a-z0-9" in str(error.validator_value):
        return f"{field}use only lowercase letters, digits and hyphens, not {error.instance!r}"
    if kind == "pattern" and "[0-9]{4}" in str(error.validator_value):
        return f"{field}write the date as YYYY-MM-DD, not {error.instance!r}"
    if kind == "maxLength":
        return f"{field}too long ({len(str(error.instance))} characters, at most {error.validator_value})"
    if kind == "minItems":
        return f"{field}the list must not be empty"
    return f"{field}{error.message}"


def load_content(folder: Path, allowed_hosts: list[str], today: dt.date | None = None) -> Result:
    """Read and check every content file; the content is returned only if nothing is wrong."""
    today = today or dt.date.today()
    out = _Collector(folder)
    if not folder.is_dir():
        out.problems.append(Problem(display_path(folder), 1, "content folder not found"))
        return Result(None, out.problems)

    sources = _load_sources(out, folder / "sources.yaml", allowed_hosts)
    help_lines = _load_help_lines(out, folder / HELP_LINES_FILE)
    topics = _load_topics(out, folder / "topics.yaml")
    cards: dict[str, Card] = {}
    card_files = _card_files(folder / "cards")
    if card_files is None:
        message = f"more than {MAX_CARD_FILES} card files: the kiosk reads at most {MAX_CARD_FILES}"
        out.problems.append(Problem(display_path(folder / "cards"), 1, message))
        card_files = []
    elif not card_files:
        out.problems.append(Problem(display_path(folder / "cards"), 1, "no card files (cards/*.yaml)"))
    for path in card_files:
        _load_card(out, path, cards, sources, topics, today)

    if topics is not None:
        used = {c.topic for c in cards.values()}
        for topic, line in topics.values():
            if topic.id not in used:
                out.problems.append(
                    Problem(display_path(folder / "topics.yaml"), line, f"topic '{topic.id}' has no cards")
                )
    if out.problems or sources is None or topics is None:
        return Result(None, sorted(out.problems))
    ordered = tuple(t for t, _ in sorted(topics.values(), key=lambda tl: tl[1]))
    return Result(Content({k: s for k, (s, _) in sources.items()}, ordered, cards, help_lines), [])


def _card_files(cards: Path) -> list[Path] | None:
    """cards/*.yaml, sorted; None if there are more than the kiosk reads."""
    found = []
    try:
        with os.scandir(cards) as entries:
            for entry in entries:
                if entry.name.endswith(".yaml") and not entry.name.startswith("."):
                    found.append(cards / entry.name)
                    if len(found) > MAX_CARD_FILES:
                        return None
    except OSError:  # no such folder, or not a folder: said as "no card files"
        return []
    return sorted(found)


def _unique_items(out: _Collector, path: Path, kind: str) -> tuple[YamlFile, list[tuple[int, Any]]] | None:
    """The items of sources.yaml or topics.yaml with their index, duplicates reported and left out."""
    if not os.path.lexists(path):
        out.problems.append(Problem(display_path(path), 1, f"file missing: the list of {kind}"))
        return None
    file = out.read(path, kind)
    if file is None:
        return None
    first_line: dict[str, int] = {}
    items = []
    for index, item in enumerate(file.data[kind]):
        line = file.line_of((kind, index))
        if item["id"] in first_line:
            what = kind.rstrip("s")
            out.add(
                file, line, f"duplicate {what} id '{item['id']}' (first at line {first_line[item['id']]})"
            )
            continue
        first_line[item["id"]] = line
        items.append((index, item))
    return file, items


def _load_sources(
    out: _Collector, path: Path, allowed_hosts: list[str]
) -> dict[str, tuple[Source, int]] | None:
    read = _unique_items(out, path, "sources")
    if read is None:
        return None
    file, items = read
    found: dict[str, tuple[Source, int]] = {}
    for index, item in items:
        source = source_of(item)
        url_problem = check_url(source.url, allowed_hosts)
        if url_problem:
            out.add(file, file.line_of(("sources", index, "url")), url_problem)
        found[source.id] = (source, file.line_of(("sources", index)))
    return found


def _load_help_lines(out: _Collector, path: Path) -> dict[str, str]:
    """id -> English line; none where the (optional) file is missing. A web address is
    refused there as in a card: the QR code is the only way to a web page."""
    if not os.path.lexists(path):
        return {}
    read = _unique_items(out, path, "help_lines")
    if read is None:
        return {}
    file, items = read
    for index, item in items:
        if address := web_address(item["text"]):
            where = file.line_of(("help_lines", index, "text"))
            out.add(
                file,
                where,
                f"help_lines.text: no web address here ({address!r}): a help line names a person to ask",
            )
    return help_lines_of({"help_lines": [item for _index, item in items]})


def check_url(url: str, allowed_hosts: list[str]) -> str | None:
    parts = urlsplit(url)
    if parts.scheme != "https":
        return f"url must start with https:// (got {url!r})"
    if parts.username or parts.password or parts.port:
        return f"url must not hold a user name, password or port (got {url!r})"
    if (parts.hostname or "") not in allowed_hosts:
        allowed = ", ".join(allowed_hosts)
        return f"url host {parts.hostname!r} is not allowed (allowed_qr_hosts: {allowed})"
    return None


def _load_topics(out: _Collector, path: Path) -> dict[str, tuple[Topic, int]] | None:
    read = _unique_items(out, path, "topics")
    if read is None:
        return None
    file, items = read
    for index, item in items:
        if "icon" in item and (problem := icon_problem(item["icon"])):
            out.add(file, file.line_of(("topics", index, "icon")), problem)
    return {
        item["id"]: (
            topic_of(item),
            file.line_of(("topics", index)),
        )
        for index, item in items
    }


def _load_card(
    out: _Collector,
    path: Path,
    cards: dict[str, Card],
    sources: dict[str, Any] | None,
    topics: dict[str, Any] | None,
    today: dt.date,
) -> None:
    file = out.read(path, "card")
    if file is None:
        return
    data = file.data
    card = card_of(data)
    if path.stem != card.id:
        out.add(file, file.line_of(("id",)), f"id '{card.id}' must match the file name '{path.name}'")
    if card.id in cards:
        out.add(file, file.line_of(("id",)), f"duplicate card id '{card.id}'")
    if topics is not None and card.topic not in topics:
        out.add(file, file.line_of(("topic",)), f"unknown topic '{card.topic}' (see topics.yaml)")
    if sources is not None and card.source not in sources:
        out.add(file, file.line_of(("source",)), f"unknown source '{card.source}' (see sources.yaml)")
    try:
        checked = dt.date.fromisoformat(card.last_checked)
        if checked > today:
            out.add(file, file.line_of(("last_checked",)), "last_checked is in the future")
    except ValueError:
        out.add(file, file.line_of(("last_checked",)), f"'{card.last_checked}' is not a real date")
    body_line = file.text_lines.get(("body",), file.line_of(("body",)))
    for line, message in check_markdown(data["body"]):
        out.add(file, body_line + line, message)
    if card.id not in cards:
        cards[card.id] = card
