"""Issue 20, section 2: sizes and names before bytes. A folder's files are compared with the
limits (kiosk/trust/limits.py) and, with keys, with the names in its verified SHA256SUMS, from
the file system alone; only then is a byte read. Files the kiosk never reads (.DS_Store, any
hidden name) are neither hashed nor copied. Sparse files made by `truncate` hold nothing on
disk but say gigabytes: each open of one is recorded, and fails the test at once."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kiosk.config import DEFAULT_HOSTS
from kiosk.content.live import LiveContent
from kiosk.trust import sha256sums, state
from kiosk.trust.minisign import PublicKey
from tests.helpers.minisign import KeyPair, minisign_sign, sha256sum_folder, sign_with_debian_tools

T0 = 1764600000


class Opened:
    """Every file the trust gate opens or copies; a sparse giant opened is a failure at once."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, never: set[str]) -> None:
        self.paths: list[Path] = []
        self.never = never
        real_open, real_copy = sha256sums.open_regular, state.copy_file

        def open_regular(path: Path, *args: object) -> int:
            self._check(path)
            return real_open(path, *args)  # type: ignore[arg-type]

        def copy_file(source: Path, target: Path) -> None:
            self._check(source)
            real_copy(source, target)

        monkeypatch.setattr(sha256sums, "open_regular", open_regular)
        monkeypatch.setattr(state, "copy_file", copy_file)

    def _check(self, path: Path) -> None:
        self.paths.append(path)
        if path.name in self.never:
            raise AssertionError(f"{path} was read ({path.stat().st_size} bytes, as the file system says)")


def truncate(path: Path, size: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["truncate", "-s", size, str(path)], check=True)
    return path


def live_for(folder: Path, state_dir: Path, signed: bool, keys: dict[str, KeyPair]) -> LiveContent:
    trusted = [PublicKey.parse(keys["city"].public)] if signed else []
    return LiveContent(folder, DEFAULT_HOSTS, trusted_keys=trusted, state_dir=state_dir)


def on_disk(folder: Path) -> int:
    return sum(p.stat().st_blocks * 512 for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("signed", [False, True], ids=["no keys", "trusted keys"])
def test_stray_files_are_never_read_nor_copied(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair], signed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if signed:
        sign_with_debian_tools(content_dir, keys["city"], T0)
    truncate(content_dir / ".cache.bin", "12G")  # a sync tool's cache: 0 bytes on disk
    truncate(content_dir / ".DS_Store", "200M")
    truncate(content_dir / "cards" / ".DS_Store", "200M")
    opened = Opened(monkeypatch, {".cache.bin", ".DS_Store"})
    state_dir = tmp_path / "state"
    live = live_for(content_dir, state_dir, signed, keys)
    assert live.reload() and live.refused is None, "the City's files are shown, the stray ones ignored"
    assert opened.paths, "the cards were read"
    copy = state_dir / "content" / "current"
    assert not list(copy.rglob(".DS_Store")) and not (copy / ".cache.bin").exists()
    assert on_disk(state_dir) < 1024**2, "no 200 MB of zeros written into state_dir"


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
@pytest.mark.parametrize("signed", [False, True], ids=["no keys", "trusted keys"])
def test_a_giant_file_the_kiosk_would_read_is_refused_before_a_byte_is_read(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair], signed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if signed:
        sign_with_debian_tools(content_dir, keys["city"], T0)
    live = live_for(content_dir, tmp_path / "state", signed, keys)
    assert live.reload()
    giant = content_dir / "audio" / "report-crime" / "es.wav"
    if signed:  # listed and signed: refused by its size all the same, unread
        sha256sum_folder(content_dir)
        with (content_dir / "SHA256SUMS").open("a") as sums:
            sums.write(f"{'0' * 64}  audio/report-crime/es.wav\n")
        minisign_sign(content_dir, keys["city"], T0 + 60)
    truncate(giant, "12G")
    opened = Opened(monkeypatch, {"es.wav"})
    assert not live.reload()
    assert live.refused is not None and str(giant) in live.refused
    assert "too big (12288.0 MB" in live.refused
    assert giant not in opened.paths
    assert live.current is not None, "the last good version stays"
