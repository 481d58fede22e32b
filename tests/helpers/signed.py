"""A content folder read as a kiosk that trusts some keys, and what it shows (the trust tests)."""

from __future__ import annotations

from pathlib import Path

from kiosk.config.declarations import DEFAULT_HOSTS
from kiosk.content.live import LiveContent
from kiosk.trust.minisign import PublicKey
from tests.helpers.minisign import KeyPair


def live_for(folder: Path, state_dir: Path, *pairs: KeyPair) -> LiveContent:
    keys = [PublicKey.parse(pair.public) for pair in pairs]
    return LiveContent(folder, DEFAULT_HOSTS, trusted_keys=keys, state_dir=state_dir)


def titles(live: LiveContent) -> set[str]:
    assert live.current is not None
    return {card.title for card in live.current.cards.values()}
