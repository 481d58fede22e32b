"""Old setting names in a config file, brought up to date (Picard's config_upgrade.py, as data).

`RENAMED` and `RETIRED` in declarations.py say what changed; this applies them to the mapping
read from the file before it is checked, so a kiosk upgraded with an old file still starts, and
says what to edit. Only a file that sets both a setting and its old name is refused: which of
the two was meant cannot be known.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import kiosk.config.declarations as declared


@dataclass
class Migrated:
    data: dict[str, Any]
    lines: dict[str, int]
    notes: list[str] = field(default_factory=list)  # applied, with a warning
    problems: list[str] = field(default_factory=list)  # refused


def located(where: str, line: int | None) -> str:
    """The `file:line: ` a message starts with (as much of it as is known)."""
    return f"{where}:{line}: " if where and line else (f"{where}: " if where else "")


def current_name(name: str) -> str:
    """The name a setting has today, following renames made one after another."""
    seen = {name}
    while name in declared.RENAMED:
        name = declared.RENAMED[name]
        if name in seen:  # a loop in the declarations; check_declarations names it
            break
        seen.add(name)
    return name


def migrate(data: dict[str, Any], lines: dict[str, int], where: str = "") -> Migrated:
    """The file's settings under today's names, the retired ones left out."""

    def at(name: str) -> str:
        return located(where, lines.get(name))

    out = Migrated({}, dict(lines))
    written_as: dict[str, str] = {}  # today's name -> the name the file used
    for key, value in data.items():
        name = str(key)
        if name in declared.RETIRED:
            out.notes.append(
                f"{at(name)}setting {name!r} is retired and was ignored ({declared.RETIRED[name]}): "
                "remove it from the file"
            )
            continue
        new = current_name(name)
        if new in written_as:
            out.problems.append(
                f"{at(name)}{written_as[new]!r} and {name!r} are both set, but they are one "
                f"setting, now called {new!r}: keep only {new}"
            )
            continue
        written_as[new] = name
        out.data[new] = value
        if new != name:
            if name in lines:
                out.lines[new] = lines[name]
            out.notes.append(
                f"{at(name)}setting {name!r} is now called {new!r}: its value was used; "
                f"rename it to {new} in the file"
            )
    return out


def check_declarations(settings: list[str]) -> list[str]:
    """Mistakes in RENAMED and RETIRED themselves (a test holds this empty)."""
    problems = []
    for old, new in declared.RENAMED.items():
        if old in settings:
            problems.append(f"RENAMED: {old!r} is still a declared setting")
        if current_name(old) not in settings:
            problems.append(f"RENAMED: {old!r} -> {new!r} does not lead to a declared setting")
    for name in declared.RETIRED:
        if name in settings or name in declared.RENAMED:
            problems.append(f"RETIRED: {name!r} is declared or renamed too")
    return problems
