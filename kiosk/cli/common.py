"""What every group of commands uses: the error that ends a command, the --config option, and
the checks of the arguments that several commands share."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from kiosk import config as config_mod
from kiosk.content.model import Content

USAGE_ERROR = 2

# A command: its parsed arguments and the loaded config in, the exit status out.
Handler = Callable[[argparse.Namespace, config_mod.Config], int]
# What add_subparsers returns; a string, because argparse's class is generic only to type checkers.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class CommandError(Exception):
    """A command cannot go on: the message says why, the code is the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def config_option(default: object) -> argparse.ArgumentParser:
    """A parent parser with --config: `default` is None on the top level and SUPPRESS on each
    command, so that a --config given before the command is not reset by the command."""
    holder = argparse.ArgumentParser(add_help=False)
    holder.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        default=default,
        help=f"device settings (YAML); default: ${config_mod.ENV_VAR}, else built-in defaults",
    )
    return holder


def load_or_fail(cfg: config_mod.Config) -> Content:
    # The validator (jsonschema, markdown-it) only for the commands that read content, not `run`.
    from kiosk.content.validate import load_content

    result = load_content(cfg.resolve(cfg.content_dir), cfg.allowed_qr_hosts)
    if result.content is None or not result.ok:
        problems = "\n".join(str(p) for p in result.problems)
        raise CommandError(f"{problems}\nFix the content first (see `validate`).")
    return result.content


def width_by_height(
    text: str, option: str, example: str, kind: type[float] | type[int]
) -> tuple[float, float]:
    """`WxH` as two numbers of `kind`, or a usage error naming `option` and an `example`."""
    try:
        width, height = (kind(v) for v in text.lower().split("x"))
    except ValueError:
        raise CommandError(f"{option} must look like {example}, not {text!r}", USAGE_ERROR) from None
    return width, height


def screen_size(text: str) -> tuple[int, int]:
    width, height = (int(v) for v in width_by_height(text, "--size", "1920x1080", int))
    if min(width, height) < 320:
        raise CommandError(f"--size {text} is too small for the kiosk (at least 320 a side)", USAGE_ERROR)
    return width, height


def offered(codes: list[str] | None, cfg: config_mod.Config) -> list[str]:
    """The languages asked for (all offered ones by default), each of them offered."""
    languages = codes or cfg.languages
    unknown = [code for code in languages if code not in cfg.languages]
    if unknown:
        raise CommandError(
            f"not offered in the config: {', '.join(unknown)} (offered: {', '.join(cfg.languages)})",
            USAGE_ERROR,
        )
    return languages


def offscreen() -> None:
    # Commands that only draw to files need no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
