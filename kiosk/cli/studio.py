"""`record LANG`: the reader's studio (kiosk/ui/studio/), or with --batch its takes kept from
WAV files without a window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.common import USAGE_ERROR, CommandError, Handler, Subparsers, load_or_fail
from kiosk.config import Config
from kiosk.i18n.languages import LANGUAGES

if TYPE_CHECKING:
    from kiosk.speech.script import Item


def add_commands(sub: Subparsers, common: argparse.ArgumentParser) -> dict[str, Handler]:
    record = sub.add_parser(
        "record", parents=[common], help="the reader's studio: record every card and sentence in a language"
    )
    record.add_argument("language", metavar="LANG")
    record.add_argument(
        "--from",
        dest="from_dir",
        type=Path,
        metavar="DIR",
        help="takes from WAV files instead of the microphone, one per item: DIR/<card-id>.wav, "
        "DIR/ui/<sentence-id>.wav",
    )
    record.add_argument("--batch", action="store_true", help="with --from: keep every take found, no window")
    return {"record": _record}


def _record(args: argparse.Namespace, cfg: Config) -> int:
    from kiosk.i18n.translator import translator_for
    from kiosk.speech.script import script

    lang = args.language
    if lang not in LANGUAGES:
        raise CommandError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})", USAGE_ERROR)
    if args.batch and args.from_dir is None:
        raise CommandError("--batch keeps takes from WAV files: give them with --from DIR", USAGE_ERROR)
    if args.from_dir is not None and not args.from_dir.is_dir():
        raise CommandError(f"--from {args.from_dir}: no such folder", USAGE_ERROR)
    content = load_or_fail(cfg)
    items = script(content, translator_for(cfg.resolve(cfg.translations_dir), lang))
    content_dir = cfg.resolve(cfg.content_dir)
    if args.batch:
        return _batch(content_dir, items, lang, args.from_dir)
    from kiosk.ui.studio.run import run_studio

    return run_studio(cfg, content, lang, args.from_dir)


def _batch(content_dir: Path, items: list[Item], lang: str, from_dir: Path) -> int:
    from kiosk.speech.processing import ProcessingError
    from kiosk.speech.studio import keep, progress, take_in

    expected = {take_in(from_dir, item): item for item in items}
    found = [take for take in expected if take.is_file()]
    # A take named otherwise (the card's title, a .WAV, a typo) would be left without a word.
    for stray in sorted(set(from_dir.rglob("*.[wW][aA][vV]")) - set(expected)):
        print(f"{stray}: not named after a card or sentence of the script: skipped", file=sys.stderr)
    if not found:
        names = [str(take.relative_to(from_dir)) for take in expected]
        examples = f"{names[0]}, {names[-1]}" if names else "<card-id>.wav"
        raise CommandError(
            f"--from {from_dir}: no take found. Name each take after its card or sentence, for "
            f"example {examples} (every name: docs/recording.md)",
            1,
        )
    failed = 0
    for take in found:
        item = expected[take]
        if not item.in_language:
            print(f"{take}: skipped: {item.id} shows in English in {lang} (not translated yet)")
            continue
        try:
            kept = keep(content_dir, item, lang, take)
        except ProcessingError as err:
            failed += 1
            print(f"{take}: {err}")
            continue
        print(
            f"kept {kept.path}: {kept.before.integrated:.1f} LUFS -> {kept.after.integrated:.1f} LUFS, "
            f"true peak {kept.after.true_peak:.1f} dBTP, {kept.before.duration:.1f} s"
        )
    print(progress(content_dir, items, lang).sentence())
    return 1 if failed else 0
