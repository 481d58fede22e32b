"""What `validate` warns about but the kiosk still shows: a content editor's slips.

The content loader (validate.py) refuses what would break the kiosk; these work, but an
editor should look: a YAML file saved where the kiosk never reads it, and a card whose English
reads above `max_reading_grade`.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.content.help_lines import HELP_LINES_FILE
from kiosk.content.model import Content
from kiosk.content.problems import Problem, display_path
from kiosk.content.readability import Reading, card_reading
from kiosk.content.yamlfile import read_yaml

# What the kiosk reads from the content folder; any other YAML file there is an editor's slip.
_READ_FILES = ("sources.yaml", "topics.yaml", HELP_LINES_FILE)


def content_warnings(folder: Path, content: Content | None, max_reading_grade: float) -> list[Problem]:
    """What works but needs a look: YAML files the kiosk never reads, cards above the grade."""
    warnings = [Problem(display_path(path), 1, why) for path, why in unread_yaml(folder)]
    if content is not None:
        for card_id, reading in card_grades(content).items():
            if reading.grade > max_reading_grade:
                path = folder / "cards" / f"{card_id}.yaml"
                file = read_yaml(path)
                line = file.text_lines.get(("body",), file.line_of(("body",)))
                warnings.append(
                    Problem(
                        display_path(path),
                        line,
                        f"reading grade {reading.grade:.1f} is above max_reading_grade "
                        f"{max_reading_grade:g}: use shorter sentences and shorter, common words",
                    )
                )
    return sorted(warnings)


def card_grades(content: Content) -> dict[str, Reading]:
    """Each card's English title and body, measured, in card id order."""
    return {card_id: card_reading(card.title, card.body) for card_id, card in sorted(content.cards.items())}


def unread_yaml(folder: Path) -> list[tuple[Path, str]]:
    """YAML files under the content folder that the kiosk does not read, each with the reason."""
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.suffix.lower() not in (".yaml", ".yml") or not path.is_file():
            continue
        if any(part.startswith(".") for part in relative.parts):
            continue  # an editor's or a tool's own files (.git, .vscode)
        in_cards = relative.parts[0] == "cards"
        if relative.parts == (relative.name,) and relative.name in _READ_FILES:
            continue
        if in_cards and len(relative.parts) == 2 and path.suffix == ".yaml":
            continue
        if in_cards and len(relative.parts) == 2:
            why = "the kiosk does not read this file: card files end in .yaml"
        elif in_cards:
            why = "the kiosk does not read this file: cards go in cards/ itself, not in a folder inside it"
        else:
            why = (
                "the kiosk does not read this file: a card goes in cards/, and only "
                f"{', '.join(_READ_FILES[:-1])} and {_READ_FILES[-1]} are read from {display_path(folder)}/"
            )
        found.append((path, why))
    return found
