"""deploy/setup.sh installs the Debian packages that carry every language's fonts.

setup.sh runs before Python and the kiosk's virtual environment exist (it installs them), so it
cannot ask kiosk/i18n/languages.py; it keeps the list on one line, and this test holds that line
equal to the union of `Language.debian_fonts`, printing the line to paste when they differ. It
also checks, where the fonts are installed, that each language's packages carry its families.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.i18n.languages import LANGUAGES, debian_font_packages

SETUP = Path(__file__).resolve().parents[2] / "deploy" / "setup.sh"
MARKER = "Language.debian_fonts"  # in the comment right above the font line


def font_line(script: str) -> tuple[int, str] | None:
    """The number and text of setup.sh's font line: the first line after the marker that is not
    a comment; None without the marker."""
    lines = script.splitlines()
    marked = next((i for i, line in enumerate(lines) if MARKER in line), None)
    if marked is None:
        return None
    after = enumerate(lines[marked + 1 :], marked + 2)
    return next((n, line) for n, line in after if not line.lstrip().startswith("#"))


def difference(script: str, declared: list[str]) -> str | None:
    """What is wrong with the font line of `script` against the `declared` packages, with the
    line to paste; None when they agree."""
    paste = "  " + " ".join(declared)
    found = font_line(script)
    if found is None:
        return f"deploy/setup.sh has no comment naming {MARKER} above its font line; add one, then:\n{paste}"
    number, line = found
    listed = line.split()
    if sorted(listed) == declared:
        return None
    said = []
    if missing := sorted(set(declared) - set(listed)):
        said.append(f"lacks {' '.join(missing)}")
    if extra := sorted(set(listed) - set(declared)):
        said.append(f"has {' '.join(extra)}, which no language declares")
    if not said:
        said.append("lists a package twice")
    return f"deploy/setup.sh:{number} {' and '.join(said)}; replace that line with:\n{paste}"


def test_setup_installs_exactly_the_declared_font_packages() -> None:
    assert debian_font_packages() == ["fonts-dejavu-core", "fonts-noto-cjk", "fonts-noto-core"]
    problem = difference(SETUP.read_text(encoding="utf-8"), debian_font_packages())
    assert problem is None, problem


def test_the_comparison_catches_a_missing_an_extra_and_a_newly_declared_package() -> None:
    script = SETUP.read_text(encoding="utf-8")
    declared = debian_font_packages()
    number, line = font_line(script) or pytest.fail("no font line")
    paste = "  fonts-dejavu-core fonts-noto-cjk fonts-noto-core"

    without_cjk = script.replace(line, line.replace(" fonts-noto-cjk", ""))
    said = difference(without_cjk, declared)
    assert said == f"deploy/setup.sh:{number} lacks fonts-noto-cjk; replace that line with:\n{paste}"

    extra = script.replace(line, line + " fonts-noto-extra")
    assert "has fonts-noto-extra, which no language declares" in (difference(extra, declared) or "")

    thai = sorted([*declared, "fonts-thai-tlwg"])
    said = difference(script, thai)
    assert said is not None and said.endswith("\n  " + " ".join(thai)), said

    assert "no comment naming" in (difference(script.replace(MARKER, "the fonts"), declared) or "")


def test_the_font_line_is_in_the_packages_setup_installs() -> None:
    bash = shutil.which("bash") or pytest.skip("no bash")
    # The array as bash reads it (comments dropped), not as this test parses the text.
    array = SETUP.read_text(encoding="utf-8").split("debs=(", 1)[1].split("\n)", 1)[0]
    out = subprocess.run(
        [bash, "-c", f'debs=({array}\n)\nprintf "%s\\n" "${{debs[@]}}"'],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    ).stdout.split()
    assert set(debian_font_packages()) <= set(out)


def _packages_of(families: set[str]) -> dict[str, set[str]]:
    """The Debian packages whose files fontconfig knows as each of `families` (one dpkg-query
    for them all: each run reads dpkg's whole file list)."""
    files = {}
    for family in families:
        listed = subprocess.run(
            ["fc-list", f":family={family}", "file"], capture_output=True, text=True, check=True, timeout=30
        ).stdout
        files[family] = {line.split(":", 1)[0] for line in listed.splitlines() if line.strip()}
    every = sorted(set().union(*files.values()))
    found = subprocess.run(["dpkg-query", "-S", *every], capture_output=True, text=True, timeout=60).stdout
    owner = {}
    for line in found.splitlines():
        packages, path = line.split(": ", 1)
        owner[path] = {p.split(":")[0] for p in packages.split(", ")}
    return {family: set().union(*(owner.get(f, set()) for f in paths)) for family, paths in files.items()}


@pytest.mark.skipif(
    not (shutil.which("fc-list") and shutil.which("dpkg-query")), reason="needs fontconfig and dpkg (Debian)"
)
def test_each_languages_packages_carry_its_fonts() -> None:
    wrong = {}
    packages = _packages_of({family for language in LANGUAGES.values() for family in language.fonts})
    for code, language in LANGUAGES.items():
        for family in language.fonts:
            owners = packages[family]
            if not owners:
                pytest.skip(f"{family} is not installed here (bash deploy/setup.sh installs it)")
            if not owners & set(language.debian_fonts):
                wrong[code, family] = sorted(owners)
    assert not wrong, f"declared in other packages than Language.debian_fonts says: {wrong}"
