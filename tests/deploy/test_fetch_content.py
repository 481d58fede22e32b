"""The content timer's fetch: a whole new folder or none, from git or rsync, and nothing at all
when the source has not changed. Runs the real script with real git and rsync."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "deploy" / "westsac-kiosk-fetch-content"

pytestmark = pytest.mark.skipif(
    not (shutil.which("git") and shutil.which("rsync")), reason="needs git and rsync (deploy/setup.sh --dev)"
)


def fetch(source: str, live: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), source, str(live / "content"), str(live / "translations")],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def make_source(folder: Path, words: str) -> Path:
    for name in ("content", "translations"):
        (folder / name / "cards").mkdir(parents=True, exist_ok=True)
        (folder / name / "cards" / "one.yaml").write_text(f"title: {words}\n", "utf-8")
    return folder


def git_repo(folder: Path) -> str:
    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=City", "-c", "user.email=city@example.org", "add", "-A")
    git("-c", "user.name=City", "-c", "user.email=city@example.org", "commit", "-qm", "content")
    return f"file://{folder}/.git"


def card_text(live: Path) -> str:
    return (live / "content" / "cards" / "one.yaml").read_text("utf-8")


def test_from_git_then_unchanged_then_updated(tmp_path: Path) -> None:
    source, live = make_source(tmp_path / "src", "first"), tmp_path / "live"
    url = git_repo(source)
    first = fetch(url, live)
    assert first.returncode == 0, first.stderr
    assert card_text(live) == "title: first\n" and not (live / "content" / ".git").exists()
    inode = (live / "content").stat().st_ino
    again = fetch(url, live)
    assert again.returncode == 0 and "unchanged" in again.stdout
    assert (live / "content").stat().st_ino == inode  # nothing swapped: the kiosk is not woken
    make_source(source, "second")
    git_repo(source)
    third = fetch(url, live)
    assert third.returncode == 0, third.stderr
    assert card_text(live) == "title: second\n"
    assert [p.name for p in live.iterdir() if p.name.startswith(".fetch")] == []


def test_from_an_rsync_source(tmp_path: Path) -> None:
    source, live = make_source(tmp_path / "share", "from the share"), tmp_path / "live"
    done = fetch(str(source), live)
    assert done.returncode == 0, done.stderr
    assert card_text(live) == "title: from the share\n"
    assert (live / "translations" / "cards" / "one.yaml").exists()


def test_an_interrupted_fetch_leaves_the_old_folders_whole(tmp_path: Path) -> None:
    source, live = make_source(tmp_path / "share", "good"), tmp_path / "live"
    assert fetch(str(source), live).returncode == 0
    for n in range(50):
        (source / "content" / "cards" / f"more-{n}.yaml").write_text("title: new\n", "utf-8")
    make_source(source, "newer")
    # An rsync that copies part of the update and then dies, as on a dropped connection.
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "rsync").write_text(
        '#!/bin/sh\nfor last; do :; done\nmkdir -p "$last/content/cards"\n'
        'cp "$(dirname "$last")/../share/content/cards/more-1.yaml" "$last/content/cards/" 2>/dev/null\n'
        "kill -9 $$\n"
    )
    (fake / "rsync").chmod(0o755)
    broken = fetch(str(source), live, {"PATH": f"{fake}:{os.environ['PATH']}"})
    assert broken.returncode != 0 and "nothing changed" in broken.stderr
    assert card_text(live) == "title: good\n"
    assert sorted(p.name for p in (live / "content" / "cards").iterdir()) == ["one.yaml"]
    assert [p.name for p in live.iterdir() if p.name.startswith(".fetch")] == []


@pytest.mark.parametrize("missing", ["content", "translations"])
def test_a_source_without_both_folders_changes_nothing(tmp_path: Path, missing: str) -> None:
    source, live = make_source(tmp_path / "share", "good"), tmp_path / "live"
    assert fetch(str(source), live).returncode == 0
    shutil.rmtree(source / missing)
    refused = fetch(str(source), live)
    assert refused.returncode != 0 and f"has no {missing}/ folder" in refused.stderr
    assert card_text(live) == "title: good\n"


def test_an_unreachable_git_remote_changes_nothing(tmp_path: Path) -> None:
    live = tmp_path / "live"
    make_source(tmp_path / "share", "good")
    assert fetch(str(tmp_path / "share"), live).returncode == 0
    refused = fetch(f"file://{tmp_path}/no-such.git", live)
    assert refused.returncode != 0 and "git clone" in refused.stderr
    assert card_text(live) == "title: good\n"
