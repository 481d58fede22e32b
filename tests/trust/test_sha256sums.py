"""SHA256SUMS as `sha256sum` writes and reads it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kiosk.trust.sha256sums import SumsError, differences, digests, format_sums, parse
from tests.helpers.minisign import sha256sum_folder


def test_what_sha256sum_writes_is_read_and_ours_is_checked_by_it(content_dir: Path) -> None:
    sha256sum_folder(content_dir)
    listed = parse((content_dir / "SHA256SUMS").read_text())
    assert listed == digests(content_dir)
    assert "cards/report-crime.yaml" in listed
    (content_dir / "SHA256SUMS").write_text(format_sums(digests(content_dir)))
    check = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=content_dir, capture_output=True
    )
    assert check.returncode == 0, check.stdout


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("abc  cards/a.yaml", "not a `sha256sum` line"),
        ("0" * 64 + "  ../etc/passwd", "inside the folder"),
        ("0" * 64 + "  /etc/passwd", "inside the folder"),
    ],
)
def test_a_bad_line_is_named(line: str, reason: str) -> None:
    with pytest.raises(SumsError, match=reason) as caught:
        parse(f"{'1' * 64}  ok.yaml\n{line}\n", "content/SHA256SUMS")
    assert str(caught.value).startswith("content/SHA256SUMS:2: ")


def test_each_difference_is_one_line_naming_the_file(tmp_path: Path) -> None:
    listed = {"same": "a" * 64, "changed": "b" * 64, "gone": "c" * 64}
    found = {"same": "a" * 64, "changed": "d" * 64, "new": "e" * 64}
    lines = differences(tmp_path, listed, found)
    assert lines == [
        f"{tmp_path / 'changed'}: changed since it was signed (its SHA-256 differs from SHA256SUMS)",
        f"{tmp_path / 'gone'}: listed in SHA256SUMS but missing",
        f"{tmp_path / 'new'}: not listed in SHA256SUMS (a file added after signing)",
    ]
