"""Card text is a small Markdown subset; find what falls outside it, by line.

A real CommonMark parser (markdown-it-py) sees HTML and links the way Qt's Markdown reader
would, where a regex would miss autolinks, reference links and HTML blocks. Card text is drawn
in the same dialect (kiosk/card_markdown.py), so what passes here is what a visitor sees.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

_PARSER = MarkdownIt("commonmark")
# What an editor used to GitHub's Markdown may write: CommonMark (and so the kiosk) draws it as
# plain text, the pipes, tildes and brackets showing, so it is refused rather than drawn.
_GITHUB = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_TASK = re.compile(r"\[[ xX]\](?:\s|$)")

_ALLOWED_BLOCKS = {
    "paragraph_open",
    "paragraph_close",
    "bullet_list_open",
    "bullet_list_close",
    "ordered_list_open",
    "ordered_list_close",
    "list_item_open",
    "list_item_close",
    "inline",
}
_ALLOWED_INLINE = {"text", "softbreak", "hardbreak", "strong_open", "strong_close", "em_open", "em_close"}

_WHY = {
    "html_block": "raw HTML is not allowed in card text",
    "html_inline": "raw HTML is not allowed in card text",
    "link_open": "links are not allowed in card text: the QR code is the only way to a web page",
    "image": "images are not allowed in card text",
    "heading_open": "headings are not allowed in card text: the card title is the heading",
    "code_inline": "code formatting is not allowed in card text",
    "code_block": "indented code is not allowed in card text (remove the leading spaces)",
    "fence": "code blocks are not allowed in card text",
    "blockquote_open": "quotes ('>') are not allowed in card text",
    "hr": "horizontal rules are not allowed in card text",
    "table_open": "tables are not allowed in card text: write the rows as a list",
    "s_open": "crossed-out text ('~~') is not allowed in card text",
    "task": "checkboxes ('[ ]', '[x]') are not allowed in card text: write a plain list",
}

# The lookbehind starts a name only where a run of word characters starts: with \b alone, a long
# line of hyphenated words is scanned again from every hyphen (minutes for one 50 KB line).
_BARE_URL = re.compile(r"\b(?:https?://|www\.)\S+|(?<![\w-])[\w-]+\.(?:org|gov|com|net)\b", re.IGNORECASE)

# Lists within lists: real cards use one level. Past markdown-it's own nesting limit (20 levels,
# 10 lists) it would silently drop the rest of the text, which Qt would still show.
MAX_LIST_DEPTH = 4


def check_markdown(text: str) -> list[tuple[int, str]]:
    """Problems in card text as (line within the text, counted from 0; message)."""
    problems: list[tuple[int, str]] = []
    line = 0
    lists = 0
    for token in _PARSER.parse(text):
        if token.map:
            line = token.map[0]
        if token.type in ("bullet_list_open", "ordered_list_open"):
            lists += 1
            if lists == MAX_LIST_DEPTH + 1:
                problems.append((line, f"lists nested more than {MAX_LIST_DEPTH} deep in card text"))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists -= 1
        if token.type not in _ALLOWED_BLOCKS:
            problems.append((line, _WHY.get(token.type, f"'{token.type}' is not allowed in card text")))
            continue
        for child in token.children or []:
            if child.type not in _ALLOWED_INLINE:
                why = _WHY.get(child.type, f"'{child.type}' is not allowed in card text")
                problems.append((line + _line_in(token.content, child.content), why))
    problems += _github_only(text)
    for number, text_line in enumerate(text.splitlines()):
        match = _BARE_URL.search(text_line)
        if match and not any(n == number for n, _ in problems):
            problems.append(
                (number, f"web address {match.group(0)!r} in card text: use the card's source and QR code")
            )
    return sorted(set(problems))


def _github_only(text: str) -> list[tuple[int, str]]:
    """Tables, crossed-out text and task lists: GitHub's Markdown, not CommonMark."""
    problems: list[tuple[int, str]] = []
    tokens = _GITHUB.parse(text)
    for index, token in enumerate(tokens):
        line = token.map[0] if token.map else 0
        if token.type == "table_open":
            problems.append((line, _WHY["table_open"]))
        if token.type != "inline":
            continue
        # A list item's first paragraph: list_item_open, paragraph_open, then this.
        if index >= 2 and tokens[index - 2].type == "list_item_open" and _TASK.match(token.content):
            problems.append((line, _WHY["task"]))
        breaks = 0  # an inline's children carry no line of their own: count the breaks before
        for child in token.children or []:
            breaks += child.type in ("softbreak", "hardbreak")
            if child.type == "s_open":
                problems.append((line + breaks, _WHY["s_open"]))
    return problems


def _line_in(block: str, fragment: str) -> int:
    index = block.find(fragment) if fragment else -1
    return block[:index].count("\n") if index > 0 else 0


def plain_blocks(text: str) -> list[str]:
    """The paragraphs and list items of card text as plain text: markup gone, lines joined."""
    blocks: list[str] = []
    for token in _PARSER.parse(text):
        if token.type != "inline":
            continue
        pieces = []
        for child in token.children or []:
            if child.type == "text":
                pieces.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                pieces.append(" ")
        block = " ".join("".join(pieces).split())
        if block:
            blocks.append(block)
    return blocks
