"""Read one YAML file into plain data plus the line of every value, for `file:line` messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kiosk.bounded_read import Refused, read_bounded, size_text

Path_ = tuple[str | int, ...]

# Bounds for one file, so that no file (a 50 MB card, a "billion laughs" of aliases, 100,000
# brackets deep) can hold the kiosk for long or take its memory. The real files are tiny: the
# largest is 1.6 KB, with 38 values, nested 3 deep (topics.yaml: list, item, field).
MAX_FILE_BYTES = 64 * 1024  # 40 times the largest card; reading it takes milliseconds
# Values in a file, an alias counting as a copy of all it names: 50 times topics.yaml's 38.
# Dense YAML costs about 50 us of CPU a value, so one file at the bound costs about 0.1 s.
MAX_NODES = 2_000
# An alias repeats text without making the file bigger: no file may say more than it could hold.
MAX_TEXT = MAX_FILE_BYTES
# Nesting: 7 times the real depth, and far below Python's recursion limit (the composer uses
# two frames a level, jsonschema a few more where a schema descends).
MAX_DEPTH = 20


class _TooMuch(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def _nested(line: int) -> _TooMuch:
    return _TooMuch(line, f"nested more than {MAX_DEPTH} levels deep (a list or mapping inside another)")


class _Loader(yaml.SafeLoader):
    """SafeLoader without implicit timestamps: dates stay text, and a bad date is our message.
    It counts values and depth while composing, so a deep or huge file stops at the bound."""

    def __init__(self, stream: str, max_nodes: int) -> None:
        super().__init__(stream)
        self._nodes_left = max_nodes
        self._max_nodes = max_nodes
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        self._depth += 1
        self._nodes_left -= 1
        try:
            line = self.peek_event().start_mark.line + 1  # type: ignore[no-untyped-call]
            if self._depth > MAX_DEPTH + 1:
                raise _nested(line)
            if self._nodes_left < 0:
                raise _too_many(line, self._max_nodes)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class YamlFile:
    path: Path
    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)
    # Line where a block scalar's text begins ('|' puts it on the next line).
    text_lines: dict[Path_, int] = field(default_factory=dict)
    problems: list[tuple[int, str]] = field(default_factory=list)
    size: int = 0  # bytes read
    nodes: int = 0  # values, each alias counted as a copy of what it names

    def line_of(self, path: Path_) -> int:
        """The line of the value at `path`, or of its nearest parent that has one."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


def read_yaml(
    path: Path,
    *,
    empty_ok: bool = False,
    inside: Path | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    max_nodes: int = MAX_NODES,
) -> YamlFile:
    """Read `path` (a regular file within `inside`, if given) within the bounds above; every
    fault is a (line, message) in `problems`, never an exception.

    With `empty_ok` a file with nothing in it (or only comments) reads as None without a
    problem: a config file whose settings are all commented out keeps the defaults.
    """
    result = YamlFile(path)
    try:
        raw = read_bounded(path, max_bytes, inside)
    except Refused as err:
        result.problems.append((1, err.reason))
        return result
    result.size = len(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        result.problems.append((line, "the file is not UTF-8 text; save it as UTF-8"))
        return result
    loader = None
    try:
        loader = _Loader(text, max_nodes)  # it refuses control characters at once
        node = loader.get_single_node()
        if node is None:
            if not empty_ok:
                result.problems.append((1, "the file is empty"))
            return result
        _walk(node, result, max_nodes)
        result.data = loader.construct_document(node)
    except _TooMuch as err:
        result.problems.append((err.line, err.reason))
    except RecursionError:  # the bounds above should make this impossible; never a traceback
        result.problems.append((1, f"nested too deeply to read (at most {MAX_DEPTH} levels)"))
    except yaml.reader.ReaderError as err:
        # A control character (a NUL, say): most likely not a text file at all.
        line = text[: err.position].count("\n") + 1
        why = f"the file is not text (it holds character #x{err.character:04x}, which YAML does not allow)"
        result.problems.append((line, why))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(err, "problem", None) or "not valid YAML"
        context = getattr(err, "context", None)
        result.problems.append((line, f"YAML syntax error: {reason}" + (f" ({context})" if context else "")))
    finally:
        if loader is not None:
            loader.dispose()
    return result


def _too_many(line: int, limit: int) -> _TooMuch:
    return _TooMuch(line, f"too many values: more than {limit} (an alias counts as a copy of what it names)")


def _walk(root: yaml.Node, out: YamlFile, max_nodes: int) -> None:
    """Record the line of every value, walking aliases as the copies they stand for; with an
    explicit stack, so no nesting can reach Python's recursion limit."""
    text = 0
    stack: list[tuple[yaml.Node, Path_]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        line = node.start_mark.line + 1
        out.nodes += 1
        if out.nodes > max_nodes:
            raise _too_many(line, max_nodes)
        if len(path) > MAX_DEPTH:
            raise _nested(line)
        out.lines[path] = line
        if isinstance(node, yaml.ScalarNode):
            text += len(node.value)
            if text > MAX_TEXT:
                raise _TooMuch(
                    line, f"too much text: more than {size_text(MAX_TEXT)}, an alias counting as a copy"
                )
            block = node.style in ("|", ">")
            out.text_lines[path] = line + (1 if block else 0)
        elif isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            children = []
            for key, value in node.value:
                key_line = key.start_mark.line + 1
                if not isinstance(key, yaml.ScalarNode):
                    raise _TooMuch(key_line, "a field name must be plain text, not a list or mapping")
                name = str(key.value)
                if name in seen:
                    out.problems.append((key_line, f"'{name}' is written twice"))
                seen.add(name)
                children.append((value, (*path, name)))
            stack.extend(reversed(children))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed([(item, (*path, index)) for index, item in enumerate(node.value)]))
