"""City staff's command `content sign`, and the signature lines of `validate`."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from kiosk.cli.common import USAGE_ERROR, CommandError, Handler, Subparsers
from kiosk.config import Config
from kiosk.trust.folder import parse_keys, sign_folder
from kiosk.trust.gate import refusals
from kiosk.trust.sha256sums import SIGNATURE, SUMS


def add_commands(sub: Subparsers, common: argparse.ArgumentParser) -> dict[str, Handler]:
    content = sub.add_parser("content", parents=[common], help="sign the content and translations")
    actions = content.add_subparsers(dest="content_command", metavar="action", required=True)
    sign = actions.add_parser(
        "sign", parents=[common], help=f"write {SUMS} and {SIGNATURE} in content_dir and translations_dir"
    )
    sign.add_argument("--key", type=Path, required=True, metavar="SECRET_KEY_FILE", help="minisign -G's .key")
    sign.add_argument("--password-stdin", action="store_true", help="read the key's password from stdin")
    return {"content": _sign}


def _sign(args: argparse.Namespace, cfg: Config) -> int:
    from kiosk.trust.minisign import MinisignError, SecretKey, key_id_text  # PyCA cryptography

    def password() -> str:
        if args.password_stdin:
            return sys.stdin.readline().rstrip("\r\n")
        if not sys.stdin.isatty():
            raise CommandError(
                "the key has a password: type it on a terminal, or use --password-stdin", USAGE_ERROR
            )
        return getpass.getpass(f"Password of {args.key}: ")

    try:
        key = SecretKey.parse(args.key.read_text(encoding="utf-8"), password)
    except (OSError, UnicodeDecodeError) as err:
        raise CommandError(f"cannot read {args.key}: {err}", USAGE_ERROR) from None
    except MinisignError as err:
        raise CommandError(f"{args.key}: {err}; nothing was signed") from None
    for folder in (cfg.resolve(cfg.content_dir), cfg.resolve(cfg.translations_dir)):
        try:
            count = sign_folder(folder, key)
        except OSError as err:
            raise CommandError(f"cannot sign {folder}: {err}") from None
        print(f"signed {folder}: {count} files listed in {SUMS}, key {key_id_text(key.key_id)}")
    keys = parse_keys(cfg.trusted_keys)
    if keys and key.key_id not in {k.key_id for k in keys}:
        print("warning: this key is not one of trusted_keys in the config: this kiosk would refuse it")
    return 0


def signature_problems(cfg: Config, content: Path) -> list[str]:
    """With trusted_keys set, each reason the kiosk would refuse a folder, one line each."""
    keys = parse_keys(cfg.trusted_keys)
    if not keys:
        return []
    problems = []
    state = cfg.resolve(cfg.state_dir)
    for kind, folder in (("content", content), ("translations", cfg.resolve(cfg.translations_dir))):
        problems += refusals(folder, keys, state / kind, kind)
    return problems
