"""The commands that run and set up this kiosk: run, doctor, set-pin, config."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from kiosk import config as config_mod
from kiosk.cli.common import USAGE_ERROR, CommandError, Handler, Subparsers

# sysexits' EX_UNAVAILABLE: nothing to draw on. Documented in docs/it-install.md ("Run by hand").
NO_DISPLAY = 69


def add_commands(sub: Subparsers, common: argparse.ArgumentParser) -> dict[str, Handler]:
    run = sub.add_parser("run", parents=[common], help="run the kiosk full-screen (the default)")
    run.add_argument("--windowed", action="store_true", help="a normal window, for development")

    doctor = sub.add_parser("doctor", parents=[common], help="check this deployment, one line per check")
    doctor.add_argument(
        "--nagios", action="store_true", help="as a Nagios/Icinga plugin: one status line, exit 0-3"
    )
    doctor.add_argument(
        "--prometheus",
        type=Path,
        metavar="FILE",
        help="write the health as a node_exporter textfile (FILE ends in .prom)",
    )

    pin = sub.add_parser("set-pin", parents=[common], help="set the staff PIN of the admin screen")
    pin.add_argument("--stdin", action="store_true", help="read the PIN from standard input (scripts)")
    pin.add_argument("--remove", action="store_true", help="remove the PIN: the admin screen stays shut")

    conf = sub.add_parser("config", parents=[common], help="show settings")
    conf.add_argument("--example", action="store_true", help="print a commented example config")
    return {"run": _run, "doctor": _doctor, "set-pin": _set_pin, "config": _config}


def _run(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    _require_display(os.environ, sys.platform)
    from kiosk.ui.app import run

    return run(cfg, windowed=args.windowed)


def _require_display(env: Mapping[str, str], platform: str) -> None:
    """Over SSH or from a broken session Qt would abort (exit 134) with a page about platform
    plugins; one line before Qt is loaded says what is wrong and what to do instead."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return
    raise CommandError(
        "no display here (DISPLAY and WAYLAND_DISPLAY are unset): --windowed needs a desktop; "
        "the kiosk is started by `systemctl start westsac-kiosk`",
        NO_DISPLAY,
    )


def _doctor(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    where = str(args.config or os.environ.get(config_mod.ENV_VAR) or "built-in defaults")
    if args.nagios or args.prometheus:
        return _monitor(args, cfg, f"{where}: valid")
    from kiosk.doctor import run_checks

    checks = run_checks(cfg, f"{where}: valid")
    for check in checks:
        print(check)
    failed = [c for c in checks if c.status == "FIX"]
    if failed:
        print(f"{len(failed)} thing(s) to fix before this kiosk is ready.", file=sys.stderr)
        return 1
    return 0


def _monitor(args: argparse.Namespace, cfg: config_mod.Config, where: str) -> int:
    from kiosk.health import nagios, plugin

    if args.prometheus and args.prometheus.suffix != ".prom":
        message = f"--prometheus {args.prometheus}: node_exporter reads only files ending in .prom"
        if args.nagios:
            return plugin.unknown(message)
        raise CommandError(message, USAGE_ERROR)
    try:
        from kiosk.health import prometheus
        from kiosk.health.report import gather

        report = gather(cfg, where)
        if args.prometheus:
            prometheus.write(report, args.prometheus)
    except Exception as err:  # a plugin that crashes must still say UNKNOWN, not a traceback
        if not args.nagios:
            raise
        return plugin.unknown(f"the check failed: {type(err).__name__}: {err}")
    if not args.nagios:
        return 0
    state, lines = nagios.plugin_output(report)
    print("\n".join(lines))
    return state


def _set_pin(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    import getpass

    from kiosk.admin.pin import MAX_DIGITS, MIN_DIGITS, PinError, write_pin_file

    path = cfg.resolve(cfg.admin_pin_file)
    if args.remove:
        path.unlink(missing_ok=True)
        print(f"removed {path}: the admin screen cannot be opened until a PIN is set again")
        return 0
    if args.stdin:
        pin = sys.stdin.readline().strip()
    else:
        if not sys.stdin.isatty():
            raise CommandError("set-pin asks for the PIN on a terminal; use --stdin in a script", USAGE_ERROR)
        pin = getpass.getpass(f"New staff PIN ({MIN_DIGITS}-{MAX_DIGITS} digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            raise CommandError("the two PINs differ; nothing was changed")
    try:
        write_pin_file(path, pin)
    except PinError as err:
        raise CommandError(f"{err}; nothing was changed", USAGE_ERROR) from None
    except OSError as err:
        raise CommandError(f"cannot write {path}: {err}") from None
    print(f"PIN set: its salted hash is in {path} (readable by its owner and group only)")
    return 0


def _config(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    if args.example:
        print(config_mod.example_yaml())
        return 0
    for info in config_mod.settings():
        print(f"{info.name}: {getattr(cfg, info.name)}    # {info.help}")
    return 0
