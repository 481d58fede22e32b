"""The kiosk's commands: run (the default), validate, i18n, screenshots, print, config."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk import config as config_mod
from kiosk.content.validate import load_content

USAGE_ERROR = 2


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help=f"device settings (YAML); default: ${config_mod.ENV_VAR}, else built-in defaults",
    )
    parser = argparse.ArgumentParser(
        prog="kiosk", description="West Sacramento lobby kiosk", parents=[common]
    )
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
    init = i18n_sub.add_parser("init", parents=[common], help="start a new language's PO file")
    init.add_argument("language")

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

    conf = sub.add_parser("config", parents=[common], help="show settings")
    conf.add_argument("--example", action="store_true", help="print a commented example config")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _parser()
    commands = {"run", "validate", "i18n", "screenshots", "print", "config"}
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
    }[args.command]
    return handler(args, cfg)


def _run(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    from kiosk.ui.app import run

    return run(cfg, windowed=args.windowed)


def _validate(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    from kiosk.i18n.catalog import load_catalog

    folder = args.content or cfg.resolve(cfg.content_dir)
    result = load_content(folder, cfg.allowed_qr_hosts)
    problems = [str(p) for p in result.problems]
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
        f"{len(content.sources)} sources, languages {', '.join(cfg.languages)}"
    )
    return 0


def _i18n(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    from kiosk.i18n import catalog_tools

    translations = cfg.resolve(cfg.translations_dir)
    content_dir = cfg.resolve(cfg.content_dir)
    result = load_content(content_dir, cfg.allowed_qr_hosts)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print("Fix the content first (see `validate`).", file=sys.stderr)
        return 1
    template = catalog_tools.extract(content_dir)
    if args.i18n_command == "extract":
        pot = translations / "messages.pot"
        catalog_tools.save_po(template, pot)
        print(f"wrote {pot} ({len(template)} strings)")
    elif args.i18n_command == "update":
        for path in catalog_tools.update(template, translations):
            print(f"updated {path}")
    elif args.i18n_command == "init":
        from kiosk.i18n.languages import LANGUAGES

        if args.language not in LANGUAGES:
            print(f"unknown language {args.language!r} (known: {', '.join(LANGUAGES)})")
            return USAGE_ERROR
        try:
            print(f"created {catalog_tools.init(template, translations, args.language)}")
        except FileExistsError as err:
            print(err, file=sys.stderr)
            return 1
    else:
        rows = catalog_tools.status(template, translations)
        print(f"{'language':<10}{'translated':>11}{'fuzzy':>7}{'missing':>9}  review")
        for row in rows:
            line = f"{row.code:<10}{row.translated:>11}{row.fuzzy:>7}{row.missing:>9}  {row.review}"
            print(line + (f"  BROKEN: {row.error}" if row.error else ""))
    return 0


def _offscreen() -> None:
    # Commands that only draw to files need no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _screenshots(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    _offscreen()
    from kiosk.ui.screenshots import take_screenshots

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"--size must look like 1920x1080, not {args.size!r}", file=sys.stderr)
        return USAGE_ERROR
    languages = args.lang or cfg.languages
    unknown = [code for code in languages if code not in cfg.languages]
    if unknown:
        print(f"not offered in the config: {', '.join(unknown)}", file=sys.stderr)
        return USAGE_ERROR
    count = take_screenshots(cfg, args.out, languages, (width, height))
    print(f"wrote {count} screenshots to {args.out}")
    return 0


def _print(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    _offscreen()
    from kiosk.printing.pdf import write_slip_pdf

    result = load_content(cfg.resolve(cfg.content_dir), cfg.allowed_qr_hosts)
    if result.content is None:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 1
    if args.card not in result.content.cards:
        print(
            f"unknown card {args.card!r}; cards: {', '.join(sorted(result.content.cards))}", file=sys.stderr
        )
        return USAGE_ERROR
    lang = args.lang or cfg.default_language
    if lang not in cfg.languages:
        print(f"language {lang!r} is not offered (languages: {', '.join(cfg.languages)})", file=sys.stderr)
        return USAGE_ERROR
    try:
        write_slip_pdf(cfg, result.content, args.card, lang, args.pdf)
    except OSError as err:
        print(f"cannot write {args.pdf}: {err}", file=sys.stderr)
        return 1
    print(f"wrote {args.pdf}")
    return 0


def _config(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    if args.example:
        print(config_mod.example_yaml())
        return 0
    for info in config_mod.settings():
        print(f"{info.name}: {getattr(cfg, info.name)}    # {info.help}")
    return 0
