"""setup.sh's Debian packages: what it asks apt-get for, given what dpkg says is installed.

The real script runs in a copy of deploy/ with stand-ins for dpkg-query, apt-get and python3 on
PATH: dpkg-query answers from a list, apt-get writes down what it was asked, and python3 stops
the script where it would make the virtual environment (nothing is installed)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from kiosk import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "deploy" / "setup.sh"

FAKES = {
    # Installed: every package but those named in $NOT_INSTALLED (one per line).
    "dpkg-query": """#!/bin/sh
for last; do :; done
if grep -qxF "$last" "$NOT_INSTALLED"; then echo "unknown ok not-installed"; exit 1; fi
printf 'install ok installed'
""",
    "apt-get": """#!/bin/sh
echo "apt-get $*" >>"$APT_LOG"
""",
    # No ensurepip (as Debian's own python3), and making the venv ends the run here.
    "python3": """#!/bin/sh
echo "python3 $*" >>"$APT_LOG"
exit 3
""",
}


def run_setup(tmp_path: Path, not_installed: list[str]) -> tuple[subprocess.CompletedProcess[str], str]:
    (tmp_path / "deploy").mkdir()
    shutil.copy(SCRIPT, tmp_path / "deploy" / "setup.sh")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, text in FAKES.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    (tmp_path / "not-installed").write_text("".join(f"{p}\n" for p in not_installed))
    log = tmp_path / "calls"
    log.touch()
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "NOT_INSTALLED": str(tmp_path / "not-installed"),
        "APT_LOG": str(log),
    }
    # As root no sudo is used; as another user sudo would run the real apt-get: stand it in.
    if os.geteuid() != 0:
        (bin_dir / "sudo").write_text('#!/bin/sh\nexec "$@"\n')
        (bin_dir / "sudo").chmod(0o755)
    done = subprocess.run(
        ["bash", str(tmp_path / "deploy" / "setup.sh")], capture_output=True, text=True, timeout=30, env=env
    )
    return done, log.read_text()


def test_debian_13s_renamed_library_counts_as_installed(tmp_path: Path) -> None:
    """Debian 13 has libcups2t64, not libcups2: nothing is missing, apt-get is not run (it
    was at every run, which then failed without network)."""
    done, calls = run_setup(tmp_path, ["libcups2"])
    assert "apt-get" not in calls, calls
    assert "installing Debian packages" not in done.stdout
    assert "python3 -m venv" in calls  # it went on to the venv


def test_a_missing_library_is_asked_for_by_its_debian_12_name(tmp_path: Path) -> None:
    """Neither name installed: apt-get is asked for libcups2, which apt on Debian 13 takes for
    libcups2t64."""
    done, calls = run_setup(tmp_path, ["libcups2", "libcups2t64"])
    assert "setup: installing Debian packages: libcups2" in done.stdout
    install = [line for line in calls.splitlines() if line.startswith("apt-get") and " install " in line]
    assert len(install) == 1 and install[0].split()[-1] == "libcups2", calls


def test_everything_installed_runs_no_apt_get(tmp_path: Path) -> None:
    done, calls = run_setup(tmp_path, [])
    assert "apt-get" not in calls and done.returncode == 3, (done.stdout, done.stderr)
