"""The real kiosk on a real X server, tapped at random: what grows on the xcb path.

.venv/bin/python bench/soak_x11.py [--taps 4000] [--warm-up 1000] [--every 250] [--seed 1]
                                   [--interval 0.15] [--set KEY=VALUE] [--json FILE]

bench/soak.py drives the window offscreen with QTest; this one starts `main.py run` (full
screen, the xcb platform) under Xvfb at 1920x1080 with no printer, and xdotool sends real X
input (XTEST presses, motions and releases) anywhere on the screen: taps, and now and then a
swipe. The kiosk's heap (RssAnon in /proc/PID/status) is sampled every --every gestures; the
growth is judged from the end of the warm-up to the last sample. Real input is slower than
QTest: a tap within the double-tap interval of the last one is dropped by the kiosk's tap
guard, so --interval stays above a tenth of a second, as a quick visitor's would.

Taps anywhere seldom land on the picker, so the fonts, glyphs and grids of the fifteen
languages are met for the first time over thousands of taps, and the heap climbs in steps
while they are (70 -> 96 MB over 2,400 taps, flat between the steps). With one language
(`--set "languages=[en]"`) the same random taps level off: 58.0 MB from tap 800 to 1,400.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from xvfb import xvfb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WIDTH, HEIGHT = 1920, 1080


def kiosk_config(folder: Path, settings: dict[str, str]) -> Path:
    """Settings for a kiosk of its own: the repository's content, a printer that is not
    there, and the shortest idle timeout, so that visits end now and then as they do."""
    path = folder / "kiosk.yaml"
    lines = {
        "content_dir": ROOT / "content",
        "translations_dir": ROOT / "translations",
        "log_dir": folder / "logs",
        "state_dir": folder / "state",
        "admin_pin_file": folder / "admin-pin",
        "printer": "no-printer-here",
        "idle_timeout": 10,
        "reload_content": "false",
        **settings,
    }
    path.write_text("".join(f"{key}: {value}\n" for key, value in lines.items()), encoding="utf-8")
    return path


def start_kiosk(display: str, folder: Path, settings: dict[str, str]) -> subprocess.Popen[bytes]:
    """`main.py run` on `display`; returns once it has painted its first frame (READY=1)."""
    ready = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    ready.bind(str(folder / "notify"))
    ready.settimeout(120)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": display,
        "NOTIFY_SOCKET": str(folder / "notify"),
    }
    for name in ("WATCHDOG_USEC", "WATCHDOG_PID", "QT_QPA_PLATFORMTHEME"):
        env.pop(name, None)
    log = (folder / "kiosk.out").open("wb")
    command = [sys.executable, str(ROOT / "main.py"), "run", "--config", str(kiosk_config(folder, settings))]
    kiosk = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=folder)
    try:
        while ready.recv(256).decode() != "READY=1":
            pass
    except TimeoutError:
        kiosk.kill()
        raise RuntimeError(f"the kiosk drew no frame in 120 s; see {folder / 'kiosk.out'}") from None
    finally:
        ready.close()
    return kiosk


def gestures(rng: random.Random, count: int, interval: float) -> list[str]:
    """xdotool's words for `count` taps and swipes anywhere on the screen."""
    words: list[str] = []
    for _ in range(count):
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        if rng.random() < 0.1:  # a swipe up or down, as a finger moves card text
            dy = rng.choice((-1, 1)) * HEIGHT // 6
            words += ["mousemove", str(x), str(y), "mousedown", "1"]
            for i in range(1, 5):
                target = min(HEIGHT - 1, max(0, y + dy * i // 4))
                words += ["sleep", "0.02", "mousemove", str(x), str(target)]
            words += ["mouseup", "1"]
        else:
            words += ["mousemove", str(x), str(y), "click", "1"]
        words += ["sleep", f"{interval * rng.uniform(0.8, 1.6):.3f}"]
    return words


def heap_mb(pid: int) -> dict[str, float]:
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon"):
            found[key.lower()] = int(value.split()[0]) / 1024
    return found


def soak(
    taps: int, warm_up: int, every: int, seed: int, interval: float, settings: dict[str, str]
) -> dict[str, object]:
    rng = random.Random(seed)
    samples: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="soak-x11-") as tmp, xvfb(size=f"{WIDTH}x{HEIGHT}x24") as display:
        folder = Path(tmp)
        kiosk = start_kiosk(display, folder, settings)
        start = time.perf_counter()
        try:
            samples.append({"taps": 0, **heap_mb(kiosk.pid)})
            done = 0
            while done < taps:
                batch = min(every, taps - done)
                xdotool = ["xdotool", *gestures(rng, batch, interval)]
                subprocess.run(xdotool, env={**os.environ, "DISPLAY": display}, check=True)
                done += batch
                if kiosk.poll() is not None:
                    log = (folder / "kiosk.out").read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"the kiosk exited ({kiosk.returncode}) after {done} taps:\n{log}")
                samples.append({"taps": done, **heap_mb(kiosk.pid)})
                print(f"  {done:6d} taps  heap {samples[-1]['rssanon']:6.1f} MB", flush=True)
        finally:
            kiosk.terminate()
            try:
                kiosk.wait(timeout=10)
            except subprocess.TimeoutExpired:
                kiosk.kill()
                kiosk.wait()
    seconds = time.perf_counter() - start
    warm = min(samples, key=lambda s: abs(s["taps"] - warm_up))
    last = samples[-1]
    growth = last["rssanon"] - warm["rssanon"]
    span = last["taps"] - warm["taps"]
    return {
        "taps": taps,
        "warm_up": warm["taps"],
        "seconds": seconds,
        "samples": samples,
        "growth": {"anon_mb": growth, "rss_mb": last["vmrss"] - warm["vmrss"]},
        "kb_per_tap": growth * 1024 / span if span else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--taps", type=int, default=4000)
    parser.add_argument("--warm-up", type=int, default=1000, help="taps before growth is counted")
    parser.add_argument("--every", type=int, default=250, help="taps between two samples")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--interval", type=float, default=0.15, help="seconds between taps (about)")
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a kiosk setting (e.g. speech_engine=none)",
    )
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()
    settings = dict(item.split("=", 1) for item in args.set)
    result = soak(args.taps, args.warm_up, args.every, args.seed, args.interval, settings)
    growth = result["growth"]
    assert isinstance(growth, dict)
    print(
        f"soak on X (Xvfb, xcb, xdotool): {args.taps} taps and swipes in {result['seconds']:.0f} s; "
        f"heap {growth['anon_mb']:+.1f} MB from tap {result['warm_up']} to the end "
        f"({result['kb_per_tap']:.2f} KB a tap)"
    )
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(result, handle, indent=1)


if __name__ == "__main__":
    main()
