"""Section 1 of issue 12: with trusted_keys set, a folder is shown only if its SHA256SUMS is
signed by a trusted key and matches every file; each refusal is one line naming the file, and
the last good version stays on screen. Keys and signatures are made by Debian's minisign."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.config import DEFAULT_HOSTS
from kiosk.content.live import LiveContent
from kiosk.trust.minisign import PublicKey
from tests.helpers.content import write_card
from tests.helpers.minisign import KeyPair, minisign_sign, sha256sum_folder, sign_with_debian_tools

T0 = 1764600000  # 2025-12-01


def live_for(folder: Path, state: Path, *pairs: KeyPair) -> LiveContent:
    keys = [PublicKey.parse(pair.public) for pair in pairs]
    return LiveContent(folder, DEFAULT_HOSTS, trusted_keys=keys, state_dir=state)


def changed(folder: Path, keys: dict[str, KeyPair]) -> str:
    card = folder / "cards" / "report-crime.yaml"
    card.write_text(card.read_text().replace("Can I report a crime?", "Call ICE now"))
    return f"{card}: changed since it was signed"


def not_listed(folder: Path, keys: dict[str, KeyPair]) -> str:
    card = write_card(folder, "extra", "police", "An extra card", "city-statement")
    return f"{card}: not listed in SHA256SUMS"


def missing(folder: Path, keys: dict[str, KeyPair]) -> str:
    (folder / "cards" / "values-act.yaml").unlink()
    return f"{folder / 'cards' / 'values-act.yaml'}: listed in SHA256SUMS but missing"


def no_signature(folder: Path, keys: dict[str, KeyPair]) -> str:
    (folder / "SHA256SUMS.minisig").unlink()
    return f"{folder / 'SHA256SUMS.minisig'}: missing: SHA256SUMS is not signed"


def unsigned(folder: Path, keys: dict[str, KeyPair]) -> str:
    (folder / "SHA256SUMS.minisig").unlink()
    (folder / "SHA256SUMS").unlink()
    return f"{folder / 'SHA256SUMS'}: missing: the folder is not signed"


def bad_signature(folder: Path, keys: dict[str, KeyPair]) -> str:
    # A checksum list rewritten to match a changed card, under the old signature.
    changed(folder, keys)
    sha256sum_folder(folder)
    return f"{folder / 'SHA256SUMS.minisig'}: the signature does not match"


def untrusted_key(folder: Path, keys: dict[str, KeyPair]) -> str:
    changed(folder, keys)
    sign_with_debian_tools(folder, keys["stranger"], T0 + 60)
    return f"{folder / 'SHA256SUMS.minisig'}: signed by key"


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
@pytest.mark.parametrize(
    "tamper", [changed, not_listed, missing, no_signature, unsigned, bad_signature, untrusted_key]
)
def test_each_refusal_names_the_file_and_the_last_good_version_stays(
    content_dir: Path,
    tmp_path: Path,
    keys: dict[str, KeyPair],
    tamper: Callable[[Path, dict[str, KeyPair]], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    sign_with_debian_tools(content_dir, keys["city"], T0)
    live = live_for(content_dir, tmp_path / "state", keys["city"])
    assert live.reload() and live.current is not None and live.refused is None
    good = live.current
    expected = tamper(content_dir, keys)
    with caplog.at_level(logging.WARNING, logger="kiosk.content.live"):
        assert not live.reload()
    assert live.current is good
    assert live.refused is not None and live.refused.startswith(expected), live.refused
    assert expected in caplog.text, "the log names the file too"
    assert "keeping the last good version" in caplog.text


def test_unsigned_content_is_read_as_today_without_trusted_keys(content_dir: Path, tmp_path: Path) -> None:
    live = LiveContent(content_dir, DEFAULT_HOSTS, state_dir=tmp_path / "state")
    assert live.reload() and live.refused is None


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_two_trusted_keys_rotate_a_key_without_a_gap(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair]
) -> None:
    state = tmp_path / "state"
    sign_with_debian_tools(content_dir, keys["city"], T0)
    assert live_for(content_dir, state, keys["city"]).reload()
    # IT adds the next key beside the old one; staff sign the next update with it.
    write_card(content_dir, "extra", "police", "Signed with the next key", "city-statement")
    sign_with_debian_tools(content_dir, keys["next"], T0 + 3600)
    both = live_for(content_dir, state, keys["city"], keys["next"])
    assert both.reload() and both.current is not None and "extra" in both.current.cards
    # The old key retired: what it signed is refused from now on, what the new one signed stays.
    only_next = live_for(content_dir, state, keys["next"])
    assert only_next.reload() and only_next.refused is None
    sign_with_debian_tools(content_dir, keys["city"], T0 + 7200)
    restarted = live_for(content_dir, state, keys["next"])
    restarted.reload()
    assert restarted.refused is not None and "not one of trusted_keys" in restarted.refused
    assert restarted.refused.startswith("showing the copy accepted on ")
    assert restarted.current is not None and "extra" in restarted.current.cards, (
        "the copy the next key signed"
    )


def test_a_signature_from_the_legacy_format_is_accepted(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair]
) -> None:
    sha256sum_folder(content_dir)
    minisign_sign(content_dir, keys["city"], T0, legacy=True)
    assert live_for(content_dir, tmp_path / "state", keys["city"]).reload()


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_the_translations_folder_is_checked_the_same_way(
    repo_copy: Path, keys: dict[str, KeyPair], caplog: pytest.LogCaptureFixture
) -> None:
    content, translations, state = repo_copy / "content", repo_copy / "translations", repo_copy / "state"
    for folder in (content, translations):
        sign_with_debian_tools(folder, keys["city"], T0)
    trusted = [PublicKey.parse(keys["city"].public)]
    live = LiveContent(
        content, DEFAULT_HOSTS, trusted_keys=trusted, state_dir=state, translations=translations
    )
    assert live.reload() and live.problem is None
    po = live.translations_in_use / "es" / "LC_MESSAGES" / "messages.po"
    assert po.is_file() and po.is_relative_to(state), "catalogs are read from the accepted copy"
    accepted = po.read_text(encoding="utf-8")
    live_po = translations / "es" / "LC_MESSAGES" / "messages.po"
    live_po.write_text(
        live_po.read_text(encoding="utf-8") + '\nmsgid "x"\nmsgstr "forged"\n', encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING):
        live.reload()
    assert live.translations_refused is not None and str(live_po) in live.translations_refused
    assert live.problem is not None and "changed since it was signed" in live.problem, "for the admin screen"
    assert po.read_text(encoding="utf-8") == accepted, "the copy read by the screen is untouched"
    shutil.rmtree(translations)
    again = LiveContent(
        content, DEFAULT_HOSTS, trusted_keys=trusted, state_dir=state, translations=translations
    )
    again.reload()
    assert again.translations_refused is not None
    assert again.translations_refused.startswith("showing the copy accepted on ")
    assert "translations folder not found" in again.translations_refused
    assert po.read_text(encoding="utf-8") == accepted, "a restart reads the same copy"
