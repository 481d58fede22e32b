"""The kiosk's commands: run (the default), validate, i18n, screenshots, print, config, doctor,
set-pin, content sign, record. Each group of commands declares its own arguments and handlers (device.py,
content.py, i18n.py, signing.py); what they share is in common.py."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys

from kiosk import config as config_mod
from kiosk.cli import content, device, i18n, signing, studio
from kiosk.cli.common import USAGE_ERROR, CommandError, Handler, config_option
from kiosk.health import plugin


def _parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="West Sacramento lobby kiosk", parents=[config_option(None)]
    )
    # --config is welcome before or after the command; a subcommand must not reset it to None.
    common = config_option(argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="command")
    handlers: dict[str, Handler] = {}
    for group in (device, content, i18n, signing, studio):
        handlers |= group.add_commands(sub, common)
    return parser, handlers


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser, handlers = _parser()
    if not any(a in handlers for a in argv) and not any(a in ("-h", "--help") for a in argv):
        argv.insert(0, "run")
    # `doctor --nagios` keeps the plugin contract even when it cannot start: UNKNOWN, exit 3.
    as_plugin = plugin.wanted(argv)
    with plugin.usage_errors_unknown() if as_plugin else contextlib.nullcontext():
        args = parser.parse_args(argv)
    try:
        cfg = config_mod.load(args.config)
    except config_mod.ConfigError as err:
        if as_plugin:
            return plugin.unknown(f"config: {err.problems[0] if err.problems else err}")
        for problem in err.problems:
            print(f"config: {problem}", file=sys.stderr)
        print("The kiosk did not start: fix the config file above.", file=sys.stderr)
        return USAGE_ERROR
    if args.command not in ("run", "doctor"):  # run logs them, doctor lists them with its checks
        for note in cfg.upgrade_notes:
            print(f"WARN config: {note}", file=sys.stderr)
    try:
        return handlers[args.command](args, cfg)
    except CommandError as err:
        print(err, file=sys.stderr)
        return err.code
    except BrokenPipeError:
        # `main.py i18n status | head`: the reader has all it wanted. As Python's docs advise,
        # what is left to flush goes nowhere, and the exit says so as a SIGPIPE'd tool's does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE
