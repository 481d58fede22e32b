"""The commands that read the content and draw it: validate, screenshots, print."""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
from pathlib import Path

from kiosk.cli.common import (
    USAGE_ERROR,
    CommandError,
    Handler,
    Subparsers,
    load_or_fail,
    offered,
    offscreen,
    screen_size,
    width_by_height,
)
from kiosk.config import Config
from kiosk.content.model import Content


def add_commands(sub: Subparsers, common: argparse.ArgumentParser) -> dict[str, Handler]:
    check = sub.add_parser("validate", parents=[common], help="check the content and catalogs")
    check.add_argument("--content", type=Path, metavar="DIR", help="content folder to check")

    shots = sub.add_parser("screenshots", parents=[common], help="PNG of every screen and card")
    shots.add_argument("--out", type=Path, required=True, metavar="DIR")
    shots.add_argument(
        "--lang", nargs="+", action="extend", metavar="L", help="languages (default: all offered)"
    )
    shots.add_argument("--size", default="1920x1080", metavar="WxH")
    physical = shots.add_mutually_exclusive_group()
    physical.add_argument(
        "--diagonal-inches",
        type=float,
        default=0.0,
        metavar="IN",
        help="the screen's diagonal (default: screen_diagonal from the config, else a 24-inch 1080p pitch)",
    )
    physical.add_argument("--physical-mm", metavar="WxH", help="the screen's width and height in millimetres")
    shots.add_argument(
        "--screen-bottom-mm",
        type=int,
        metavar="MM",
        help="the screen's bottom edge above the floor (default: screen_bottom_mm from the config)",
    )

    slip = sub.add_parser("print", parents=[common], help="write a card's printed slip as PDF")
    slip.add_argument("--card", required=True, metavar="ID")
    slip.add_argument("--lang", default=None, metavar="LANG")
    slip.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    return {"validate": _validate, "screenshots": _screenshots, "print": _print}


def _validate(args: argparse.Namespace, cfg: Config) -> int:
    from kiosk.cli.signing import signature_problems
    from kiosk.content.editor_warnings import content_warnings
    from kiosk.content.validate import load_content
    from kiosk.i18n.checks import validate_catalogs

    folder = args.content or cfg.resolve(cfg.content_dir)
    result = load_content(folder, cfg.allowed_qr_hosts)
    problems = signature_problems(cfg, folder) + [str(p) for p in result.problems]
    recorded, out_of_date = 0, []
    if result.content is not None:
        from kiosk.speech import freshness
        from kiosk.speech.manifest import State
        from kiosk.speech.recordings import recording_problems

        problems += [str(p) for p in recording_problems(folder, result.content.cards)]
        texts = freshness.RecordingTexts(result.content, cfg.resolve(cfg.translations_dir))
        found = freshness.findings(folder, result.content, texts)
        recorded = sum(f.state is State.CURRENT for f in found)
        out_of_date = freshness.warnings(found)
    # Every catalog by the same rules as `i18n check` (HTML, hidden controls, web addresses,
    # placeholders, card Markdown): what is signed after this must be fit to show.
    catalog_problems, catalog_warnings = validate_catalogs(cfg.resolve(cfg.translations_dir), cfg.languages)
    problems += catalog_problems
    warnings = content_warnings(folder, result.content, cfg.max_reading_grade) + catalog_warnings
    warnings += out_of_date
    for line in problems:
        print(line)
    for warning in warnings:
        print(f"{warning.file}:{warning.line}: warning: {warning.message}")
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    assert result.content is not None
    content = result.content
    print(
        f"OK: {len(content.topics)} topics, {len(content.cards)} cards, "
        f"{len(content.sources)} sources, {recorded} recordings, languages {', '.join(cfg.languages)}"
        + (f"; {len(warnings)} warning(s)" if warnings else "")
    )
    _print_grades(content, cfg.max_reading_grade)
    return 0


def _print_grades(content: Content, max_grade: float) -> None:
    from kiosk.content.editor_warnings import card_grades

    grades = {card_id: reading.grade for card_id, reading in card_grades(content).items()}
    width = max(len(card_id) for card_id in grades)
    print(
        f"Reading grade (Flesch-Kincaid) of each English card, median "
        f"{statistics.median(grades.values()):.1f}, warned above {max_grade:g}:"
    )
    for card_id, grade in grades.items():
        print(f"  {card_id:<{width}}  {grade:4.1f}")


def _screenshots(args: argparse.Namespace, cfg: Config) -> int:
    size, languages, content = screen_size(args.size), offered(args.lang, cfg), load_or_fail(cfg)
    physical_mm = _physical_mm(args.physical_mm)
    if args.diagonal_inches < 0:
        raise CommandError("--diagonal-inches must be above 0", USAGE_ERROR)
    if args.screen_bottom_mm is not None:
        cfg = dataclasses.replace(cfg, screen_bottom_mm=args.screen_bottom_mm)
    offscreen()
    from kiosk.ui.tools.screenshots import Physical, take_screenshots

    physical = Physical(args.diagonal_inches, physical_mm)
    count = take_screenshots(cfg, content, args.out, languages, size, physical)
    print(f"wrote {count} screenshots to {args.out}")
    return 0


def _physical_mm(text: str | None) -> tuple[float, float] | None:
    if text is None:
        return None
    width, height = width_by_height(text, "--physical-mm", "535x952", float)
    if min(width, height) < 50:
        raise CommandError(f"--physical-mm {text}: a screen is at least 50 mm a side", USAGE_ERROR)
    return width, height


def _print(args: argparse.Namespace, cfg: Config) -> int:
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
