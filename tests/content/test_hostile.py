"""No content file can hang, crash or starve the kiosk (issue 12, section 3).

Each hostile file is made here, in tmp_path, and checked the two ways the kiosk reads content:
`main.py validate` (what IT staff run) and LiveContent.reload (what the running kiosk does on
an update). Each must be refused with `file:line: reason`, quickly, in little memory, and
without a Python traceback. The bounds are generous so a loaded 2-core machine does not flake.
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.config import DEFAULT_HOSTS
from kiosk.content.validate import load_content
from tests.helpers.content import CARD, write_minimal_content
from tests.helpers.hostile import Run, reload_content, validate

SECONDS = 10.0
PEAK_MB = 400.0
WALL = 2 * SECONDS  # a child still running then has failed anyway: kill it
TRANSLATIONS = Path(__file__).parents[2] / "translations"


def card_text(card_id: str, body: str = "  Some text.\n") -> str:
    head = CARD.format(id=card_id, topic="police", title="A title", source="city-statement")
    return head.split("body: |\n")[0] + "body: |\n" + body


def alias_bomb(folder: Path) -> tuple[str, str]:
    # "Billion laughs": nine levels of nine aliases each name 9**9 copies of one string.
    lines = ['a0: &a0 "lol"']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    (folder / "cards" / "bomb.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "bomb.yaml:", "too many values"


def alias_loop(folder: Path) -> tuple[str, str]:
    # PyYAML composes an alias inside what it names as a list that contains itself.
    (folder / "cards" / "loop.yaml").write_text("title: &t [*t]\n", encoding="utf-8")
    return "loop.yaml:1:", "nested more than"


def big_text_alias(folder: Path) -> tuple[str, str]:
    # Few values, but each alias repeats 50 KB of text: a type error would print it 1500 times.
    text = "x" * 50_000
    body = f'a: &a "{text}"\ntitle: [{", ".join(["*a"] * 1500)}]\n'
    (folder / "cards" / "wide.yaml").write_text(body, encoding="utf-8")
    return "wide.yaml:", "too much text"


def big_card(folder: Path) -> tuple[str, str]:
    body = "  Police officers may not arrest you only because of your status.\n" * 800_000
    (folder / "cards" / "big.yaml").write_text(card_text("big", body), encoding="utf-8")  # ~53 MB
    return "big.yaml:1:", "the file is too big"


def deep_flow(folder: Path) -> tuple[str, str]:
    text = "title: " + "[" * 100_000 + "]" * 100_000 + "\n"
    (folder / "cards" / "deep.yaml").write_text(text, encoding="utf-8")
    return "deep.yaml:1:", "the file is too big"


def deep_block(folder: Path) -> tuple[str, str]:
    text = "title:\n  " + "- " * 100_000 + "x\n"
    (folder / "cards" / "deep.yaml").write_text(text, encoding="utf-8")
    return "deep.yaml:1:", "the file is too big"


def deep_flow_small(folder: Path) -> tuple[str, str]:
    # As deep as fits in a file of the allowed size: the depth bound, not the size, refuses it.
    text = "title: " + "[" * 30_000 + "]" * 30_000 + "\n"
    (folder / "cards" / "deep.yaml").write_text(text, encoding="utf-8")
    return "deep.yaml:1:", "nested more than"


def deep_block_small(folder: Path) -> tuple[str, str]:
    text = "title:\n  " + "- " * 30_000 + "x\n"
    (folder / "cards" / "deep.yaml").write_text(text, encoding="utf-8")
    return "deep.yaml:2:", "nested more than"


def symlink_loop(folder: Path) -> tuple[str, str]:
    (folder / "cards" / "a.yaml").symlink_to("b.yaml")
    (folder / "cards" / "b.yaml").symlink_to("a.yaml")
    return "a.yaml:1:", "symbolic link that loops"


def symlink_out(folder: Path) -> tuple[str, str]:
    outside = folder.parent / "elsewhere.yaml"
    outside.write_text(card_text("elsewhere"), encoding="utf-8")
    (folder / "cards" / "elsewhere.yaml").symlink_to(outside)
    return "elsewhere.yaml:1:", "outside the content folder"


def dev_zero(folder: Path) -> tuple[str, str]:
    (folder / "cards" / "zero.yaml").symlink_to("/dev/zero")
    return "zero.yaml:1:", "outside the content folder"


def folder_as_card(folder: Path) -> tuple[str, str]:
    (folder / "cards" / "x.yaml").mkdir()
    return "x.yaml:1:", "is a folder, not a file"


def fifo_card(folder: Path) -> tuple[str, str]:
    os.mkfifo(folder / "cards" / "pipe.yaml")
    return "pipe.yaml:1:", "not a regular file (a named pipe)"


def fifo_topics(folder: Path) -> tuple[str, str]:
    (folder / "topics.yaml").unlink()
    os.mkfifo(folder / "topics.yaml")
    return "topics.yaml:1:", "not a regular file (a named pipe)"


def binary_card(folder: Path) -> tuple[str, str]:
    (folder / "cards" / "bin.yaml").write_bytes(random.Random(12).randbytes(40_000))
    return "bin.yaml:1:", "not UTF-8 text"


def binary_topics(folder: Path) -> tuple[str, str]:
    (folder / "topics.yaml").write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(3).randbytes(40_000))
    return "topics.yaml:1:", "not UTF-8 text"


def nul_card(folder: Path) -> tuple[str, str]:
    # Valid UTF-8, but control characters: what a truncated copy or a disk image leaves.
    (folder / "cards" / "nul.yaml").write_bytes(b"id: nul\n" + b"\0" * 40_000)
    return "nul.yaml:2:", "the file is not text"


def huge_line(folder: Path) -> tuple[str, str]:
    (folder / "cards" / "line.yaml").write_text("title: " + "x" * 20_000_000 + "\n", encoding="utf-8")
    return "line.yaml:1:", "the file is too big"


def hyphen_line(folder: Path) -> tuple[str, str]:
    # One long line of hyphenated words, within the size bound: a regex that backtracks over
    # every word boundary takes minutes on it.
    body = "  " + "a-" * 25_000 + " see www.example.com\n"
    (folder / "cards" / "hyphens.yaml").write_text(card_text("hyphens", body), encoding="utf-8")
    return "hyphens.yaml:9:", "web address"


def deep_markdown_list(folder: Path) -> tuple[str, str]:
    body = "  " + "- " * 20_000 + "x\n"
    (folder / "cards" / "nested.yaml").write_text(card_text("nested", body), encoding="utf-8")
    return "nested.yaml:9:", "lists nested more than"


def deep_markdown_quote(folder: Path) -> tuple[str, str]:
    body = "  " + "> " * 20_000 + "x\n"
    (folder / "cards" / "quoted.yaml").write_text(card_text("quoted", body), encoding="utf-8")
    return "quoted.yaml:9:", "not allowed in card text"


def deep_markdown_inline(folder: Path) -> tuple[str, str]:
    body = "  " + "[" * 12_000 + "x" + "](y)" * 12_000 + "\n"
    (folder / "cards" / "brackets.yaml").write_text(card_text("brackets", body), encoding="utf-8")
    return "brackets.yaml:9:", "not allowed in card text"


def many_markdown_items(folder: Path) -> tuple[str, str]:
    body = "  - item\n" * 100_000
    (folder / "cards" / "items.yaml").write_text(card_text("items", body), encoding="utf-8")
    return "items.yaml:1:", "the file is too big"


def many_yaml_items(folder: Path) -> tuple[str, str]:
    text = "topics:\n" + "  - {id: police, title: T, summary: S}\n" * 100_000
    (folder / "topics.yaml").write_text(text, encoding="utf-8")
    return "topics.yaml:1:", "the file is too big"


def dense_yaml_items(folder: Path) -> tuple[str, str]:
    # Within the size bound, but a value every two bytes.
    (folder / "cards" / "dense.yaml").write_text("title: [" + "a," * 30_000 + "a]\n", encoding="utf-8")
    return "dense.yaml:1:", "too many values"


def many_cards(folder: Path) -> tuple[str, str]:
    text = (folder / "cards" / "report-crime.yaml").read_text(encoding="utf-8")
    for n in range(2_000):
        (folder / "cards" / f"copy-{n}.yaml").write_text(text.replace("report-crime", f"copy-{n}"))
    return "cards:1:", "more than"


def big_folder(folder: Path) -> tuple[str, str]:
    # Each card within the size bound, the folder as a whole not.
    body = "  Police officers may not arrest you only because of your status.\n" * 900
    for n in range(20):
        (folder / "cards" / f"long-{n}.yaml").write_text(card_text(f"long-{n}", body), encoding="utf-8")
    return ".yaml:1:", "the content folder holds more than"


Make = Callable[[Path], tuple[str, str]]
CASES: dict[str, Make] = {
    make.__name__: make
    for make in (
        alias_bomb,
        alias_loop,
        big_text_alias,
        big_card,
        deep_flow,
        deep_block,
        deep_flow_small,
        deep_block_small,
        symlink_loop,
        symlink_out,
        dev_zero,
        folder_as_card,
        fifo_card,
        fifo_topics,
        binary_card,
        binary_topics,
        nul_card,
        huge_line,
        hyphen_line,
        deep_markdown_list,
        deep_markdown_quote,
        deep_markdown_inline,
        many_markdown_items,
        many_yaml_items,
        dense_yaml_items,
        many_cards,
        big_folder,
    )
}


def hostile_folder(tmp_path: Path, make: Make) -> tuple[Path, str, str]:
    folder = tmp_path / "content"
    write_minimal_content(folder)
    where, reason = make(folder)
    return folder, where, reason


def assert_refused(run: Run, text: str, where: str, reason: str) -> None:
    assert not run.killed, f"still running after the wall cap: {run}"
    assert "Traceback" not in run.err, run.err[-3000:]
    assert run.seconds < SECONDS, f"took {run}"
    assert run.peak_mb < PEAK_MB, f"took {run}"
    lines = [line for line in text.splitlines() if where in line and reason in line]
    assert lines, f"no '{where}...: {reason}' in:\n{text[:3000]}\n{run.err[-2000:]}"
    # file:line, though the trust gate (which hashes every file first) puts it in its own line
    assert re.search(r"(\.yaml|\.po|cards):\d+: ", lines[0]), lines[0]


@pytest.mark.parametrize("name", CASES)
def test_validate_refuses(tmp_path: Path, name: str) -> None:
    folder, where, reason = hostile_folder(tmp_path, CASES[name])
    run = validate(folder, TRANSLATIONS, wall=WALL)
    assert run.returncode == 1, run
    assert_refused(run, run.out, where, reason)


@pytest.mark.parametrize("name", CASES)
def test_reload_refuses(tmp_path: Path, name: str) -> None:
    folder, where, reason = hostile_folder(tmp_path, CASES[name])
    run = reload_content(folder, wall=WALL)
    assert run.returncode == 0, run
    assert_refused(run, run.out, where, reason)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its permissions")
def test_unreadable_card_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    write_minimal_content(folder)
    (folder / "cards" / "values-act.yaml").chmod(0)
    for run in (validate(folder, TRANSLATIONS, wall=WALL), reload_content(folder, wall=WALL)):
        assert_refused(run, run.out, "values-act.yaml:1:", "cannot read the file: Permission denied")


def test_a_link_inside_the_folder_is_followed(content_dir: Path) -> None:
    card = content_dir / "cards" / "values-act.yaml"
    (content_dir / "kept").mkdir()
    card.rename(content_dir / "kept" / "values-act.yaml")
    card.symlink_to("../kept/values-act.yaml")
    result = load_content(content_dir, DEFAULT_HOSTS)
    assert result.problems == []
    assert result.content is not None and "values-act" in result.content.cards
