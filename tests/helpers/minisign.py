"""Keys and signatures made as city staff make them: Debian's `minisign` and `sha256sum`."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

MINISIGN = shutil.which("minisign")


@dataclass(frozen=True)
class KeyPair:
    public: str  # the base64 line, as it goes into trusted_keys
    public_file: Path
    secret_file: Path


def make_key(folder: Path, name: str, password: str | None = None) -> KeyPair:
    """`minisign -G`: unencrypted (-W) unless a password is given."""
    folder.mkdir(parents=True, exist_ok=True)
    pub, key = folder / f"{name}.pub", folder / f"{name}.key"
    command = [str(MINISIGN), "-G", "-f", "-p", str(pub), "-s", str(key)]
    stdin = f"{password}\n{password}\n" if password is not None else None
    subprocess.run(
        command + ([] if password is not None else ["-W"]),
        input=stdin,
        text=True,
        check=True,
        capture_output=True,
    )
    return KeyPair(pub.read_text().splitlines()[1], pub, key)


def sha256sum_folder(folder: Path) -> None:
    """SHA256SUMS of every file, written by `sha256sum` itself."""
    names = sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name not in ("SHA256SUMS", "SHA256SUMS.minisig")
    )
    listing = subprocess.run(
        ["sha256sum", "--", *names], cwd=folder, capture_output=True, text=True, check=True
    )
    (folder / "SHA256SUMS").write_text(listing.stdout)


def minisign_sign(folder: Path, key: KeyPair, timestamp: int | None = None, legacy: bool = False) -> None:
    """`minisign -S` of the folder's SHA256SUMS; `timestamp` sets the trusted comment's."""
    command = [str(MINISIGN), "-S", "-s", str(key.secret_file), "-m", str(folder / "SHA256SUMS")]
    if timestamp is not None:
        command += ["-t", f"timestamp:{timestamp}\tfile:SHA256SUMS\thashed"]
    if legacy:
        command.append("-l")
    subprocess.run(command, check=True, capture_output=True, text=True)


def sign_with_debian_tools(folder: Path, key: KeyPair, timestamp: int | None = None) -> None:
    sha256sum_folder(folder)
    minisign_sign(folder, key, timestamp)


def minisign_verifies(folder: Path, key: KeyPair) -> bool:
    done = subprocess.run(
        [str(MINISIGN), "-V", "-p", str(key.public_file), "-m", str(folder / "SHA256SUMS")],
        capture_output=True,
        text=True,
    )
    return done.returncode == 0


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, KeyPair]:
    """Keys made once by minisign: the City's, its next one (rotation), and a stranger's."""
    if MINISIGN is None:
        pytest.skip("minisign not installed (deploy/setup.sh --dev)")
    folder = tmp_path_factory.mktemp("keys")
    return {name: make_key(folder, name) for name in ("city", "next", "stranger")}
