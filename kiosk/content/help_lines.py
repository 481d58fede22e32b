"""The City's help lines (content/help-lines.yaml): where a visitor can ask a person.

The file is optional, so that a content folder signed before it existed stays valid
(`validate` reads it: kiosk/content/validate.py); each kiosk's config names the one line it
shows (`help_line`, kiosk/config/declarations.py).
"""

from __future__ import annotations

HELP_LINES_FILE = "help-lines.yaml"


def unknown_help_line(line_id: str, help_lines: dict[str, str]) -> str | None:
    """What is wrong with a kiosk's `help_line` setting for this content (None: nothing)."""
    if not line_id or line_id in help_lines:
        return None
    known = ", ".join(sorted(help_lines)) or f"none: no {HELP_LINES_FILE} in the content folder"
    return f"help_line {line_id!r} is not a help line of the content (known: {known}); none is shown"
