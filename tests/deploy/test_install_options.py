"""install.sh's options: every flag is parsed before anything is installed, so a wrong one costs
nothing. Runs the real script as a non-root user where it must stop at the root check."""

from __future__ import annotations

import os
import subprocess

import pytest

from kiosk import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "deploy" / "install.sh"


def install(*args: str, as_nobody: bool = False) -> subprocess.CompletedProcess[str]:
    # As root a valid command line would really install: those run as nobody, who is stopped.
    drop = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if as_nobody else []
    return subprocess.run([*drop, "bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=30)


def test_help_lists_every_flag() -> None:
    done = install("--help")
    assert done.returncode == 0
    for flag in ("--x11", "--no-start", "--no-print", "--content-from SOURCE"):
        assert flag in done.stdout
    assert "set -euo" not in done.stdout and not done.stdout.startswith("!")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--bogus"], "unknown option --bogus"),
        (["--x11", "extra"], "unknown option extra"),
        (["--content-from"], "--content-from needs a SOURCE"),
        (["--content-from="], "without quotes"),
        (["--content-from", "/srv/it's"], "without quotes"),
        (["--content-from", "a\\b"], "without quotes"),
        (["--content-from", "/srv/a\nCONTENT_SOURCE=/evil"], "without quotes"),
    ],
)
def test_a_wrong_command_line_exits_2_before_doing_anything(args: list[str], says: str) -> None:
    done = install(*args)
    assert done.returncode == 2, done.stderr
    assert says in done.stderr and "(try --help)" in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--x11", "--no-start", "--no-print"],
        ["--content-from", "file:///srv/kiosk-content.git", "--no-start"],
        ["--content-from=host:/srv/kiosk content", "--x11"],
    ],
)
def test_valid_flags_reach_the_root_check(args: list[str]) -> None:
    done = install(*args, as_nobody=os.geteuid() == 0)
    assert done.returncode == 1, done.stderr
    assert "run me as root" in done.stderr
