"""Time and peak memory of refusing each hostile content file and catalog (issue 12, section 3).

    .venv/bin/python bench/hostile_files.py [NAME ...]

Runs each case of tests/content/test_hostile.py and tests/i18n/test_hostile_catalogs.py through
`main.py validate` and through the running kiosk's reload, each in a child process capped at
60 s and 2 GB of address space, and prints one Markdown table row per case.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.content import test_hostile as content  # noqa: E402
from tests.helpers.content import write_minimal_content  # noqa: E402
from tests.helpers.hostile import Run, reload_catalog, reload_content, validate  # noqa: E402
from tests.i18n import test_hostile_catalogs as catalogs  # noqa: E402


def said(run: Run, text: str) -> str:
    if run.killed:
        return "hung: killed at 60 s"
    if "MemoryError" in run.err:
        return "MemoryError (2 GB cap)"
    if "Traceback" in run.err:
        last = [line for line in run.err.splitlines() if line and not line.startswith(" ")][-1]
        return f"traceback: {last[:90]}"
    lines = [line for line in text.splitlines() if line.strip() and "problem(s) found" not in line]
    return (lines[0] if lines else "(nothing)")[:150]


def row(name: str, check: Run, reload: Run) -> None:
    print(
        f"| {name} | {check.seconds:.1f} s, {check.peak_mb:.0f} MB | {said(check, check.out)} "
        f"| {reload.seconds:.1f} s, {reload.peak_mb:.0f} MB | {said(reload, reload.out)} |",
        flush=True,
    )


def main(names: list[str]) -> None:
    print("| hostile file | validate | validate says | reload | reload says |")
    print("|---|---|---|---|---|")
    for name, make in content.CASES.items():
        if names and name not in names:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            folder, _, _ = content.hostile_folder(Path(tmp), make)
            row(name, validate(folder, content.TRANSLATIONS), reload_content(folder))
    for name, make in catalogs.CASES.items():
        if names and f"po:{name}" not in names:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            translations, _, _ = catalogs.hostile_translations(Path(tmp), make)
            write_minimal_content(Path(tmp) / "content")
            check = validate(Path(tmp) / "content", translations, languages=("en", "es"))
            row(f"po:{name}", check, reload_catalog(translations, "es"))


if __name__ == "__main__":
    main(sys.argv[1:])
