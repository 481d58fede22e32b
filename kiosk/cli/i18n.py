"""The translators' commands: `i18n extract / update / init / status / check / review / packet`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

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
from kiosk.i18n.catalog import po_path
from kiosk.i18n.languages import LANGUAGES, SOURCE_LANGUAGE

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog as PoCatalog

    from kiosk.speech.freshness import RecordingTexts


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
    return {"i18n": _i18n}


def _i18n(args: argparse.Namespace, cfg: config_mod.Config) -> int:
    from kiosk.i18n import catalog_tools  # Babel: only for the translators' commands

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
    elif args.i18n_command == "review":
        _review(template, translations, _translated(args.language, translations), args.by)
    elif args.i18n_command == "packet":
        _packet(template, translations, _translated(args.language, translations), args.pdf)
    elif args.i18n_command == "init":
        _known(args.language)
        try:
            print(f"created {catalog_tools.init(template, translations, args.language)}")
        except FileExistsError as err:
            raise CommandError(str(err)) from None
    else:
        rows = catalog_tools.status(template, translations)
        offscreen()
        from kiosk.speech.freshness import RecordingTexts
        from kiosk.ui.audio.speech_engine import audio_coverage

        # Listen's reach: "tts" (a voice here reads every card), "rec n/N" (recorded cards), "none".
        codes, zh_hant = [r.code for r in rows], cfg.zh_hant_voice
        texts = RecordingTexts(content, translations)
        _report, heard = audio_coverage(
            cfg.speech_engine, content_dir, content.cards, codes, zh_hant, texts=texts
        )
        audio = {c.code: c.label for c in heard}
        print(f"{'language':<10}{'translated':>11}{'fuzzy':>7}{'missing':>9}  {'review':<10}{'audio':<14}by")
        for row in rows:
            state = row.review.shown_state
            line = f"{row.code:<10}{row.translated:>11}{row.fuzzy:>7}{row.missing:>9}  {state:<10}"
            line += f"{audio[row.code]:<14}"
            line += f"{row.review.by}, {row.review.date}" if row.review.reviewed else ""
            print(line.rstrip() + (f"  BROKEN: {row.error}" if row.error else ""))
            if why := row.review.why_draft():
                print(f"  {row.code}: {why}")
        _say_line_breaks([row.code for row in rows])
        _say_recordings(content_dir, content, texts, codes)
    return 0


def _say_recordings(content_dir: Path, content: Content, texts: RecordingTexts, codes: list[str]) -> None:
    """A reader's recordings per language: how many still say what is shown, how many do not."""
    from kiosk.speech import freshness

    print("recordings by a reader (main.py record LANG), current of all; out of date are not played:")
    for c in freshness.counts(freshness.findings(content_dir, content, texts), content, codes):
        print(
            f"  {c.lang + ':':<9}{c.cards} of {c.cards_total} cards, {c.cards_out_of_date} out of date; "
            f"{c.sentences} of {c.sentences_total} sentences, {c.sentences_out_of_date} out of date"
        )


def _say_line_breaks(codes: list[str]) -> None:
    """Whether the languages written without spaces can break their lines here."""
    from kiosk.i18n import line_breaks

    spaceless = [code for code in codes if LANGUAGES[code].dictionary_breaks]
    if spaceless:
        icu = line_breaks.icu_version()
        said = f"lines break at words (ICU {icu})" if icu else line_breaks.missing_reason()
        print(f"{' '.join(spaceless)}: {said}")


def _known(code: str) -> str:
    if code not in LANGUAGES:
        raise CommandError(f"unknown language {code!r} (known: {', '.join(LANGUAGES)})", USAGE_ERROR)
    return code


def _translated(code: str, translations: Path) -> str:
    """A language that has a catalog: English is the source, and nobody translates it."""
    if _known(code) == SOURCE_LANGUAGE:
        raise CommandError("English is the source text: it has no translation to check", USAGE_ERROR)
    if not po_path(translations, code).is_file():
        raise CommandError(f"{po_path(translations, code)}: no catalog for this language (see `i18n init`)")
    return code


def _review(template: PoCatalog, translations: Path, code: str, by: str) -> None:
    from kiosk.i18n import catalog_tools

    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M+0000")
    try:
        path = catalog_tools.sign_off(translations, code, by, when)
    except ValueError as err:
        raise CommandError(str(err), USAGE_ERROR) from None
    (row,) = [r for r in catalog_tools.status(template, translations) if r.code == code]
    print(f"{path}: reviewed by {row.review.by} on {row.review.date}")
    if row.fuzzy or row.missing:
        print(
            f"{row.fuzzy} text(s) to check again and {row.missing} not translated still show in English "
            "until they are translated and the fuzzy mark is removed."
        )


def _packet(template: PoCatalog, translations: Path, code: str, pdf: Path) -> None:
    from kiosk.i18n.packet import make_packet

    try:
        packet = make_packet(template, translations, code)
    except ValueError as err:
        raise CommandError(str(err)) from None
    offscreen()
    from kiosk.printing.packet import write_packet_pdf

    try:
        write_packet_pdf(packet, pdf, dt.date.today().isoformat())
    except OSError as err:
        raise CommandError(f"cannot write {pdf}: {err}") from None
    print(f"wrote {pdf}: {len(packet.entries)} texts in {code}, each beside its English")


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
