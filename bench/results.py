"""Run every benchmark once, one after another on a quiet machine, and write bench/RESULTS.md.

.venv/bin/python bench/results.py [--soak-taps 100000] [--x11-taps 4000]

Each benchmark also runs alone (its command is in the table); this only gathers them so
that every figure in RESULTS.md comes from the same run of the same code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from memory import table as memory_table

HERE = Path(__file__).resolve().parent
PY = ".venv/bin/python"


def run(script: str, *flags: str) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        command = [sys.executable, str(HERE / script), *flags, "--json", out.name]
        print("running:", " ".join(command[1:]), flush=True)
        subprocess.run(command, check=True, cwd=HERE.parent)
        return json.loads(Path(out.name).read_text())


def row(figure: str, value: str, target: str, met: bool | None, command: str) -> str:
    verdict = "" if met is None else ("met" if met else "**not met**")
    return f"| {figure} | {value} | {target} | {verdict} | `{command}` |"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--soak-taps", type=int, default=100_000)
    parser.add_argument("--x11-taps", type=int, default=4000)
    args = parser.parse_args()
    startup = run("startup.py", "--runs", "10")
    latency = run("latency.py", "--rounds", "200")
    idle = run("idle_cpu.py", "--seconds", "60")
    soak = run("soak.py", "--taps", str(args.soak_taps))
    memory = run("memory.py")
    soak_x11 = run("soak_x11.py", "--taps", str(args.x11_taps))
    # One language warms up within 800 random taps: what still grows after that is not a cache filling.
    x11_en = run(
        "soak_x11.py", "--taps", "1400", "--warm-up", "800", "--every", "200", "--set", "languages=[en]"
    )

    cold = startup["cold_start_ms"]
    ratios = startup["ratios"]
    mem = startup["kiosk_memory_kb"]
    chromium = startup["chromium"]
    machine = startup["machine"]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout
    s_cmd = f"{PY} bench/startup.py --runs 10"
    rows = [
        "| figure | value | target | | command |",
        "|---|---|---|---|---|",
    ]
    for name, figures in cold.items():
        value = f"median {figures['median']:.0f} ms (p10 {figures['p10']:.0f}, p90 {figures['p90']:.0f})"
        rows.append(row(f"cold start to first frame: {name}", value, "", None, s_cmd))
    for name, ratio in ratios.items():
        met = ratio["ratio"] <= ratio["target"]
        rows.append(
            row(f"cold start ratio {name}", f"{ratio['ratio']:.2f}", f"<= {ratio['target']}", met, s_cmd)
        )
    for stage, figures in mem.items():
        pss = figures["pss"] / 1024
        target, met = ("<= 100 MB PSS", pss <= 100) if stage == "after_release" else ("", None)
        label = {
            "after_start": "after start",
            "after_tour": "after every screen in every language, back on Attract",
            "after_release": "after every screen in every language, once the between-visits release ran",
        }[stage]
        value = f"RSS {figures['vmrss'] / 1024:.1f} MB, PSS {pss:.1f} MB"
        rows.append(row(f"kiosk memory {label}", value, target, met, s_cmd))
    rows.append(
        row(
            "Chromium kiosk, same page: memory 1 s after first paint",
            f"PSS {chromium['pss_mb']:.0f} MB over {chromium['processes']} processes",
            "",
            None,
            s_cmd,
        )
    )
    rows.append(
        row(
            "Chromium kiosk: CPU over 10 s idle", f"{chromium['idle_cpu_ms_per_10s']:.0f} ms", "", None, s_cmd
        )
    )
    l_cmd = f"{PY} bench/latency.py --rounds 200"
    for name, figures in latency.items():
        limit = 33 if name in ("language switch", "larger text on card", "high contrast on card") else 16
        value = f"p50 {figures['p50_ms']:.1f} ms, p99 {figures['p99_ms']:.1f} ms"
        rows.append(
            row(f"tap to frame: {name}", value, f"p99 <= {limit} ms", figures["p99_ms"] <= limit, l_cmd)
        )
    i_cmd = f"{PY} bench/idle_cpu.py --seconds 60"
    for place, figures in idle.items():
        value = f"{figures['cpu_ms']:.0f} ms CPU, {figures['wakeups']} wake-ups"
        rows.append(
            row(f"idle 60 s on {place}", value, "<= 60 ms (a tick per 10 s)", figures["cpu_ms"] <= 60, i_cmd)
        )
    growth = soak["growth"]
    k_cmd = f"{PY} bench/soak.py --taps {args.soak_taps}"
    rows.append(row(f"soak: {soak['taps']} taps and swipes", f"{soak['seconds']:.0f} s", "", None, k_cmd))
    rows.append(
        row(
            "soak: heap growth (RssAnon)",
            f"{growth['anon_mb']:+.1f} MB",
            "<= 2 MB",
            growth["anon_mb"] <= 2,
            k_cmd,
        )
    )
    rows.append(row("soak: PSS growth", f"{growth['pss_mb']:+.1f} MB", "", None, k_cmd))
    rows.append(row("soak: Qt objects", f"{growth['qt_objects']:+d}", "0", growth["qt_objects"] <= 0, k_cmd))
    rows.append(row("soak: Python objects", f"{growth['python_objects']:+d}", "", None, k_cmd))
    rows.append(row("soak: open files", f"{growth['open_files']:+d}", "0", growth["open_files"] <= 0, k_cmd))
    x_cmd = f"{PY} bench/soak_x11.py --taps {args.x11_taps}"
    x_growth = soak_x11["growth"]["anon_mb"]
    rows.append(
        row(
            f"soak on X, Xvfb: {soak_x11['taps']} xdotool taps and swipes",
            f"{soak_x11['seconds']:.0f} s",
            "",
            None,
            x_cmd,
        )
    )
    rows.append(
        row(
            f"soak on X, Xvfb: heap growth (RssAnon) from tap {soak_x11['warm_up']}",
            f"{x_growth:+.1f} MB ({soak_x11['kb_per_tap']:.2f} KB a tap)",
            "<= 2 MB",
            x_growth <= 2,
            x_cmd,
        )
    )
    en_cmd = f"{PY} bench/soak_x11.py --taps 1400 --warm-up 800 --every 200 --set 'languages=[en]'"
    en_growth = x11_en["growth"]["anon_mb"]
    rows.append(
        row(
            "soak on X, Xvfb, English only: heap growth from tap 800 to 1400",
            f"{en_growth:+.1f} MB ({x11_en['kb_per_tap']:.2f} KB a tap)",
            "",
            None,
            en_cmd,
        )
    )

    text = "\n".join(
        [
            "# Benchmark results",
            "",
            f"Taken in one run of `{PY} bench/results.py` on {dt.date.today().isoformat()}, at commit "
            f"{commit.strip() or '?'}, one benchmark after another on an otherwise idle machine: "
            f"{machine['cpu']}, {machine['cores']} cores, Python {machine['python']}, "
            f"PySide6 {machine['pyside6']}, Debian Chromium {machine['chromium']}. "
            "Qt runs offscreen unless a row says Xvfb.",
            "",
            *rows,
            "",
            "## Where the memory goes",
            "",
            "After every screen and card in every language, as the memory row above, broken down from "
            f"/proc/self/smaps by `{PY} bench/memory.py`. PSS shares a page among the processes that map "
            "it: on a kiosk nothing else maps the fonts and libraries, and their PSS there comes near their "
            "RSS; private memory is the kiosk's alone anywhere.",
            "",
            *memory_table(memory),
            "",
        ]
    )
    (HERE / "RESULTS.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
