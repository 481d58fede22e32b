"""The pictograms a topic may name (`icon:` in topics.yaml): the SVG files in assets/icons.

Pure (no Qt): `validate` checks a topic's icon against these files; the screen draws the file
(kiosk/ui/widgets/pictogram.py) and shows no picture where it is missing, never an error.
"""

from __future__ import annotations

import re

from kiosk import PROJECT_ROOT

ICONS = PROJECT_ROOT / "assets" / "icons"
# As the schema's pattern: a plain file name, never a path.
NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def pictogram_names() -> list[str]:
    """Every pictogram a topic may name, sorted."""
    return sorted(path.stem for path in ICONS.glob("*.svg") if NAME.match(path.stem))


def icon_problem(name: str) -> str | None:
    """Why a topic may not name `name` as its icon, or None."""
    if NAME.match(name) and (ICONS / f"{name}.svg").is_file():
        return None
    choices = ", ".join(pictogram_names())
    return f"topics.icon: no pictogram '{name}' in assets/icons (choose one of: {choices})"
