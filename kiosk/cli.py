"""The kiosk's commands: run (the default), validate, i18n, screenshots, print, config, doctor,
set-pin."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk import config as config_mod
from kiosk.content.model import Content
from kiosk.content.validate import load_content

USAGE_ERROR = 2


def _config_option(default: object) -> argparse.ArgumentParser:
    holder = argparse.ArgumentParser(add_help=False)
    holder.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        default=default,
        help=f"device settings (YAML); default: ${config_mod.ENV_VAR}, else built-in defaults",
    )
    return holder


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="West Sacramento lobby kiosk", parents=[_config_option(None)]
    )
    # --config is welcome before or after the command; a subcommand must not reset it to None.
    common = _config_option(argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="command")

    run = sub.add_parser("run", parents=[common], help="run the kiosk full-screen (the default)")
    run.add_argument("--windowed", action="store_true", help="a normal window, for development")

    check = sub.add_parser("validate", parents=[common], help="check the content and catalogs")
    check.add_argument("--content", type=Path, metavar="DIR", help="content folder to check")

    i18n = sub.add_parser("i18n", parents=[common], help="translation chores")
    i18n_sub = i18n.add_subparsers(dest="i18n_command", metavar="action", required=True)
    i18n_sub.add_parser("extract", parents=[common], help="write translations/messages.pot")
    i18n_sub.add_parser("update", parents=[common], help="merge the template into every PO file")
    i18n_sub.add_parser("status", parents=[common], help="table of translated/fuzzy/missing")
    i18n_check = i18n_sub.add_parser(
        "check", parents=[common], help="syntax, placeholders, missing glyphs, text that does not fit"
    )
    i18n_check.add_argument("--lang", nargs="+", action="extend", metavar="L", help="default: all offered")
    i18n_check.add_argument("--size", default="1920x1080", metavar="WxH", help="screen size to fit")
    init = i18n_sub.add_parser("init", parents=[common], help="start a new language's PO file")
    init.add_argument("language")
    review = i18n_sub.add_parser(
        "review", parents=[common], help="record a professional translator's sign-off of a language"
    )
    review.add_argument("language")
    review.add_argument("--by", required=True, metavar="NAME", help="the translator who checked it")
    packet = i18n_sub.add_parser(
        "packet", parents=[common], help="PDF of every text beside its translation, to check on paper"
    )
    packet.add_argument("language")
    packet.add_argument("--pdf", type=Path, required=True, metavar="FILE")

    shots = sub.add_parser("screenshots", parents=[common], help="PNG of every screen and card")
    shots.add_argument("--out", type=Path, required=True, metavar="DIR")
    shots.add_argument(
        "--lang", nargs="+", action="extend", metavar="L", help="languages (default: all offered)"
    )
    shots.add_argument("--size", default="1920x1080", metavar="WxH")

    slip = sub.add_parser("print", parents=[common], help="write a card's printed slip as PDF")
    slip.add_argument("--card", required=True, metavar="ID")
    slip.add_argument("--lang", default=None, metavar="LANG")
    slip.add_argument("--pdf", type=Path, required=True, metavar="FILE")

    sub.add_parser("doctor", parents=[common], help="check this deployment, one line per check")

    pin = sub.add_parser("set-pin", parents=[common], help="set the staff PIN of the admin screen")
    pin.add_argument("--stdin", action="store_true", help="read the PIN from standard input (scripts)")
    pin.add_argument("--remove", action="store_true", help="remove the PIN: the admin screen stays shut")

    conf = sub.add_parser("config", parents=[common], help="show settings")
    conf.add_argument("--example", action="store_true", help="print a commented example config")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    commands = {"run", "validate", "i18n", "screenshots", "print", "config", "doctor", "set-pin"}
    if not any(a in commands for a in argv) and not any(a in ("-h", "--help") for a in argv):
        argv.insert(0, "run")
    args = parser.parse_args(argv)
    try:
        cfg = config_mod.load(args.config)
    except config_mod.ConfigError as err:
        for problem in err.problems:
            print(f"config: {problem}", file=sys.stderr)
        print("The kiosk did not start: fix the config file above.", file=sys.stderr)
        return USAGE_ERROR
    handler = {
        "run": _run,
        "validate": _validate,
        "i18n": _i18n,
        "screenshots": _screenshots,
        "print": _print,
        "config": _config,
        "doctor": _doctor,
        "set-pin": _set_pin,
    }[args.command]
    try:
        return handler(args, cfg)
    except CommandError as err:
        print(err, file=sys.stderr)
        return err.code


def _run(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    from kiosk.ui.app import run

    return run(cfg, windowed=args.windowed)


def _validate(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    from kiosk.i18n.catalog import load_catalog

    folder = args.content or cfg.resolve(cfg.content_dir)
    result = load_content(folder, cfg.allowed_qr_hosts)
    problems = [str(p) for p in result.problems]
    recorded = 0
    if result.content is not None:
        from kiosk.speech.recordings import recording_problems, recordings

        problems += [str(p) for p in recording_problems(folder, result.content.cards)]
        recorded = len(recordings(folder, result.content.cards))
    for code in cfg.languages:
        if code != "en":
            error = load_catalog(cfg.resolve(cfg.translations_dir), code).error
            if error:
                problems.append(error)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    assert result.content is not None
    content = result.content
    print(
        f"OK: {len(content.topics)} topics, {len(content.cards)} cards, "
        f"{len(content.sources)} sources, {recorded} recordings, languages {', '.join(cfg.languages)}"
    )
    return 0


class CommandError(Exception):
    """A command cannot go on: the message says why, the code is the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def load_or_fail(cfg: config_mod.Config) -> Content:
    result = load_content(cfg.resolve(cfg.content_dir), cfg.allowed_qr_hosts)
    if result.content is None or not result.ok:
        problems = "\n".join(str(p) for p in result.problems)
        raise CommandError(f"{problems}\nFix the content first (see `validate`).")
    return result.content


def screen_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise CommandError(f"--size must look like 1920x1080, not {text!r}", USAGE_ERROR) from None
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


def _i18n(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    from kiosk.cli_i18n import i18n_command

    return i18n_command(args, cfg)


def _screenshots(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    size, languages, content = screen_size(args.size), offered(args.lang, cfg), load_or_fail(cfg)
    offscreen()
    from kiosk.ui.tools.screenshots import take_screenshots

    count = take_screenshots(cfg, content, args.out, languages, size)
    print(f"wrote {count} screenshots to {args.out}")
    return 0


def _print(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    content = load_or_fail(cfg)
    if args.card not in content.cards:
        raise CommandError(
            f"unknown card {args.card!r}; cards: {', '.join(sorted(content.cards))}", USAGE_ERROR
        )
    (lang,) = offered([args.lang or cfg.default_language], cfg)
    offscreen()
    from kiosk.printing.pdf import write_slip_pdf

    try:
        write_slip_pdf(cfg, content, args.card, lang, args.pdf)
    except OSError as err:
        raise CommandError(f"cannot write {args.pdf}: {err}") from None
    print(f"wrote {args.pdf}")
    return 0


def _doctor(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    from kiosk.doctor import run_checks

    where = str(args.config or os.environ.get(config_mod.ENV_VAR) or "built-in defaults")
    checks = run_checks(cfg, f"{where}: valid")
    for check in checks:
        print(check)
    failed = [c for c in checks if c.status == "FIX"]
    if failed:
        print(f"{len(failed)} thing(s) to fix before this kiosk is ready.", file=sys.stderr)
        return 1
    return 0


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
