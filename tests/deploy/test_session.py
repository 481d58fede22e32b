"""deploy/westsac-kiosk-session hands systemd's notify socket to the kiosk and to nobody else:
with NotifyAccess=all, any process holding it could call the unit ready or stopping (PulseAudio
did both). Run with stub programs on PATH that record the environment they were given."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SESSION = ROOT / "deploy" / "westsac-kiosk-session"
SOCKET = "/run/systemd/notify-test"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="the session script is bash")

# Each stub writes its name, arguments and environment to $STUB_LOG/<name>; the compositors run
# their client the way cage (`cage -d -- CLIENT ARGS`) and xinit (`xinit CLIENT ARGS -- SERVER`) do.
STUBS = {
    "pulseaudio": "",
    "cage": 'shift 2; "$@"',
    "xinit": '"$1" "$2"',
}


def _stub(path: Path, name: str, then: str) -> None:
    path.write_text(
        f'#!/bin/sh\n{{ echo "args: $*"; env; }} >"$STUB_LOG/{name}"\n{then}\n',
        encoding="utf-8",
    )
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def _session(tmp_path: Path, variant: str, kiosk_status: int = 0) -> tuple[int, dict[str, dict[str, str]]]:
    bin_dir, app, log, runtime = (tmp_path / d for d in ("bin", "app", "log", "run"))
    for d in (bin_dir, app / ".venv" / "bin", log, runtime):
        d.mkdir(parents=True)
    for name, then in STUBS.items():
        _stub(bin_dir / name, name, then)
    _stub(app / ".venv" / "bin" / "python", "kiosk", f"exit {kiosk_status}")
    env = {
        "PATH": f"{bin_dir}:/usr/bin:/bin",
        "STUB_LOG": str(log),
        "KIOSK_APP": str(app),
        "RUNTIME_DIRECTORY": str(runtime),
        "NOTIFY_SOCKET": SOCKET,
        "WATCHDOG_PID": "1",
        "WATCHDOG_USEC": "30000000",
    }
    # capture_output: run() returns once every process holding the pipes is gone, the
    # backgrounded sound server too, so its record is complete.
    done = subprocess.run(["bash", str(SESSION), variant], env=env, capture_output=True, timeout=60)
    seen: dict[str, dict[str, str]] = {}
    for record in log.iterdir():
        lines = record.read_text(encoding="utf-8").splitlines()
        seen[record.name] = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
        seen[record.name]["args:"] = lines[0]
    return done.returncode, seen


@pytest.mark.parametrize("variant, compositor", [("wayland", "cage"), ("x11", "xinit")])
def test_only_the_kiosk_gets_the_notify_socket(tmp_path: Path, variant: str, compositor: str) -> None:
    status, seen = _session(tmp_path, variant)
    assert status == 0
    assert set(seen) == {"pulseaudio", compositor, "kiosk"}
    assert seen["kiosk"]["NOTIFY_SOCKET"] == SOCKET
    for name, env in seen.items():
        if name != "kiosk":
            assert "NOTIFY_SOCKET" not in env, f"{name} was given systemd's notify socket"
        # The watchdog is the kiosk's alone too (its GUI thread pings it), and the socket's
        # other name goes no further than the kiosk's launcher.
        assert "WATCHDOG_PID" not in env
    assert not any(k.startswith("KIOSK_NOTIFY") for k in seen["kiosk"])


def test_pulseaudio_is_quiet_and_runs_the_kiosks_own_script(tmp_path: Path) -> None:
    _, seen = _session(tmp_path, "wayland")
    args = seen["pulseaudio"]["args:"]
    assert "--log-level=error" in args and " -n " in args
    script = args.split("--file=", 1)[1].split()[0]
    assert script.endswith("/deploy/westsac-kiosk.pa")
    assert (ROOT / "deploy" / "westsac-kiosk.pa").is_file()


def test_the_kiosks_exit_status_is_the_sessions(tmp_path: Path) -> None:
    status, _ = _session(tmp_path, "wayland", kiosk_status=70)
    assert status == 70


def test_outside_systemd_the_kiosk_gets_no_socket(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.pop("NOTIFY_SOCKET", None)
    bin_dir = tmp_path / "app" / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (tmp_path / "log").mkdir()
    _stub(bin_dir / "python", "kiosk", "exit 0")
    env.update(
        KIOSK_APP=str(tmp_path / "app"), STUB_LOG=str(tmp_path / "log"), RUNTIME_DIRECTORY=str(tmp_path)
    )
    subprocess.run(["bash", str(SESSION), "kiosk"], env=env, check=True, timeout=60)
    assert "NOTIFY_SOCKET" not in (tmp_path / "log" / "kiosk").read_text(encoding="utf-8")
