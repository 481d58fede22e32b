"""Read one YAML file into plain data plus the line of every value, for `file:line` messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Path_ = tuple[str | int, ...]


class _Loader(yaml.SafeLoader):
    """SafeLoader without implicit timestamps: dates stay text, and a bad date is our message."""


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

    def line_of(self, path: Path_) -> int:
        """The line of the value at `path`, or of its nearest parent that has one."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)


def read_yaml(path: Path, *, empty_ok: bool = False) -> YamlFile:
    """Read `path`; every fault is a (line, message) in `problems`, never an exception.

    With `empty_ok` a file with nothing in it (or only comments) reads as None without a
    problem: a config file whose settings are all commented out keeps the defaults.
    """
    result = YamlFile(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        result.problems.append((1, f"cannot read the file: {err.strerror or err}"))
        return result
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        result.problems.append((line, "the file is not UTF-8 text; save it as UTF-8"))
        return result
    try:
        node = yaml.compose(text, Loader=_Loader)
        if node is None:
            if not empty_ok:
                result.problems.append((1, "the file is empty"))
            return result
        _walk(node, (), result)
        result.data = _Loader(text).get_single_data()
    except yaml.reader.ReaderError as err:
        # A control character (a NUL, say): most likely not a text file at all.
        line = text[: err.position].count("\n") + 1
        why = f"the file is not text (it holds character #x{err.character:04x}, which YAML does not allow)"
        result.problems.append((line, why))
        result.data = None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(err, "problem", None) or "not valid YAML"
        context = getattr(err, "context", None)
        result.problems.append((line, f"YAML syntax error: {reason}" + (f" ({context})" if context else "")))
        result.data = None
    return result


def _walk(node: yaml.Node, path: Path_, out: YamlFile) -> None:
    out.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        block = node.style in ("|", ">")
        out.text_lines[path] = node.start_mark.line + 1 + (1 if block else 0)
    elif isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = str(key.value)
            if name in seen:
                out.problems.append((key.start_mark.line + 1, f"'{name}' is written twice"))
            seen.add(name)
            _walk(value, (*path, name), out)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), out)
