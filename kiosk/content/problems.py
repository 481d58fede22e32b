"""What reading a content folder comes to: the content, or each problem with its file and line.

Apart from `validate`, so that the running kiosk can name files and hold results without
loading the validator's own modules (jsonschema, markdown-it) before it needs them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.content.model import Content


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class Result:
    content: Content | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems and self.content is not None


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symbolic link that loops
        return str(path)
