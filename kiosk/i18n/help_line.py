"""The help line a kiosk shows (its `help_line` setting names one of the content's), in the
visitor's language: pure, for the card screen, the unavailable screen and the printed slip."""

from __future__ import annotations

from kiosk.content.model import Content
from kiosk.i18n.translator import Translator
from kiosk.i18n.views import context_of


def help_line_text(content: Content | None, line_id: str, tr: Translator) -> str:
    """The line `line_id` of `content` in `tr`'s language, or in English where its translation
    is missing or out of date (as a card's fields fall back); "" when the setting is empty,
    names no line of this content, or there is no content."""
    if not line_id or content is None or line_id not in content.help_lines:
        return ""
    english = content.help_lines[line_id]
    return tr.lookup(context_of("help-line", line_id, "text"), english) or english
