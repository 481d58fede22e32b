"""No catalog can hang, crash or starve the kiosk (issue 12, section 3).

Each hostile PO file is made here, in tmp_path, and read the two ways the kiosk reads catalogs:
`main.py validate` and translator_for (what the running kiosk does when a catalog changes).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.content.test_hostile import WALL, assert_refused
from tests.helpers.content import write_minimal_content
from tests.helpers.hostile import reload_catalog, validate

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def million_entries(po: Path) -> tuple[str, str]:
    entries = "".join(f'msgid "message {n}"\nmsgstr "mensaje {n}"\n\n' for n in range(1_000_000))
    po.write_text(HEADER + entries, encoding="utf-8")  # ~40 MB
    return "messages.po:1:", "too big"


def many_entries(po: Path) -> tuple[str, str]:
    # Within the size bound, but more entries than any catalog of the kiosk could need.
    po.write_text(HEADER + "".join(f'msgid "m{n}"\nmsgstr "t"\n' for n in range(20_000)), encoding="utf-8")
    return "messages.po:", "more than"


def binary(po: Path) -> tuple[str, str]:
    po.write_bytes(random.Random(5).randbytes(200_000))
    return "messages.po:1:", "not UTF-8 text"


def dev_zero(po: Path) -> tuple[str, str]:
    po.symlink_to("/dev/zero")
    return "messages.po:1:", "outside the translations folder"


def fifo(po: Path) -> tuple[str, str]:
    os.mkfifo(po)
    return "messages.po:1:", "not a regular file (a named pipe)"


def folder(po: Path) -> tuple[str, str]:
    po.mkdir()
    return "messages.po:1:", "is a folder, not a file"


def symlink_loop(po: Path) -> tuple[str, str]:
    po.symlink_to("messages.po")
    return "messages.po:1:", "symbolic link that loops"


def huge_line(po: Path) -> tuple[str, str]:
    po.write_text(HEADER + 'msgid "x"\nmsgstr "' + "y" * 30_000_000 + '"\n', encoding="utf-8")
    return "messages.po:1:", "too big"


Make = Callable[[Path], tuple[str, str]]
CASES: dict[str, Make] = {
    make.__name__: make
    for make in (
        million_entries,
        many_entries,
        binary,
        dev_zero,
        fifo,
        folder,
        symlink_loop,
        huge_line,
    )
}


def hostile_translations(tmp_path: Path, make: Make) -> tuple[Path, str, str]:
    translations = tmp_path / "translations"
    po = translations / "es" / "LC_MESSAGES" / "messages.po"
    po.parent.mkdir(parents=True)
    where, reason = make(po)
    return translations, where, reason


@pytest.mark.parametrize("name", CASES)
def test_validate_refuses(tmp_path: Path, name: str) -> None:
    translations, where, reason = hostile_translations(tmp_path, CASES[name])
    write_minimal_content(tmp_path / "content")
    run = validate(tmp_path / "content", translations, languages=("en", "es"), wall=WALL)
    assert run.returncode == 1, run
    assert_refused(run, run.out, where, reason)


@pytest.mark.parametrize("name", CASES)
def test_reload_refuses(tmp_path: Path, name: str) -> None:
    translations, where, reason = hostile_translations(tmp_path, CASES[name])
    run = reload_catalog(translations, "es", wall=WALL)
    assert run.returncode == 0, run
    assert_refused(run, run.out, where, reason)
