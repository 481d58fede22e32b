"""The translators' commands: `i18n extract / update / init / status / check`."""

from __future__ import annotations

import argparse
import sys

from kiosk import config as config_mod
from kiosk.cli.common import (
    USAGE_ERROR,
    CommandError,
    Handler,
    Subparsers,
    load_or_fail,
    offered,
    offscreen,
    screen_size,
)
from kiosk.content.model import Content
from kiosk.i18n import catalog_tools
from kiosk.i18n.languages import LANGUAGES


def add_commands(sub: Subparsers, common: argparse.ArgumentParser) -> dict[str, Handler]:
    i18n = sub.add_parser("i18n", parents=[common], help="translation chores")
    i18n_sub = i18n.add_subparsers(dest="i18n_command", metavar="action", required=True)
    i18n_sub.add_parser("extract", parents=[common], help="write translations/messages.pot")
    i18n_sub.add_parser("update", parents=[common], help="merge the template into every PO file")
    i18n_sub.add_parser("status", parents=[common], help="table of translated/fuzzy/missing")
    check = i18n_sub.add_parser(
        "check", parents=[common], help="syntax, placeholders, missing glyphs, text that does not fit"
    )
    check.add_argument("--lang", nargs="+", action="extend", metavar="L", help="default: all offered")
    check.add_argument("--size", default="1920x1080", metavar="WxH", help="screen size to fit")
    init = i18n_sub.add_parser("init", parents=[common], help="start a new language's PO file")
    init.add_argument("language")
    return {"i18n": _i18n}


def _i18n(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    translations = cfg.resolve(cfg.translations_dir)
    content_dir = cfg.resolve(cfg.content_dir)
    content = load_or_fail(cfg)
    if args.i18n_command == "check":
        return _check(args, cfg, content)
    template = catalog_tools.extract(content_dir)
    if args.i18n_command == "extract":
        pot = translations / "messages.pot"
        catalog_tools.save_po(template, pot)
        print(f"wrote {pot} ({len(template)} strings)")
    elif args.i18n_command == "update":
        for path in catalog_tools.update(template, translations):
            print(f"updated {path}")
    elif args.i18n_command == "init":
        if args.language not in LANGUAGES:
            raise CommandError(
                f"unknown language {args.language!r} (known: {', '.join(LANGUAGES)})", USAGE_ERROR
            )
        try:
            print(f"created {catalog_tools.init(template, translations, args.language)}")
        except FileExistsError as err:
            raise CommandError(str(err)) from None
    else:
        rows = catalog_tools.status(template, translations)
        offscreen()
        from kiosk.ui.audio.speech_engine import audio_coverage

        # Listen's reach: "tts" (a voice here reads every card), "rec n/N" (recorded cards), "none".
        _report, heard = audio_coverage(cfg.speech_engine, content_dir, content.cards, [r.code for r in rows])
        audio = {c.code: c.label for c in heard}
        print(f"{'language':<10}{'translated':>11}{'fuzzy':>7}{'missing':>9}  {'review':<10}audio")
        for row in rows:
            line = f"{row.code:<10}{row.translated:>11}{row.fuzzy:>7}{row.missing:>9}  {row.review:<10}"
            line += audio[row.code]
            print(line + (f"  BROKEN: {row.error}" if row.error else ""))
    return 0


def _check(args: argparse.Namespace, cfg: config_mod.Config, content: Content) -> int:
    size, languages = screen_size(args.size), offered(args.lang, cfg)
    offscreen()
    from kiosk.ui.tools.i18n_check import check_languages

    problems = check_languages(cfg, content, languages, size)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print(f"OK: {', '.join(languages)} at {size[0]}x{size[1]}")
    return 0
