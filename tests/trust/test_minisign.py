"""Our minisign reader and writer against Debian's minisign 0.11, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.trust.minisign import MinisignError, PublicKey, SecretKey, UntrustedKey, verify
from tests.helpers.minisign import KeyPair, minisign_sign, minisign_verifies


def signed_file(tmp_path: Path, key: KeyPair, legacy: bool = False) -> Path:
    (tmp_path / "SHA256SUMS").write_text("0" * 64 + "  cards/a.yaml\n")
    minisign_sign(tmp_path, key, timestamp=1764600000, legacy=legacy)
    return tmp_path / "SHA256SUMS"


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed ED (the default)", "legacy Ed (-l)"])
def test_signatures_made_by_minisign_verify(tmp_path: Path, keys: dict[str, KeyPair], legacy: bool) -> None:
    sums = signed_file(tmp_path, keys["city"], legacy)
    signature = (tmp_path / "SHA256SUMS.minisig").read_text()
    verified = verify(sums.read_bytes(), signature, [PublicKey.parse(keys["city"].public)])
    assert verified.timestamp == 1764600000
    with pytest.raises(MinisignError, match="does not match"):
        verify(sums.read_bytes() + b"\n", signature, [PublicKey.parse(keys["city"].public)])


def test_a_stranger_key_and_an_altered_comment_are_refused(tmp_path: Path, keys: dict[str, KeyPair]) -> None:
    sums = signed_file(tmp_path, keys["stranger"])
    signature = (tmp_path / "SHA256SUMS.minisig").read_text()
    city = PublicKey.parse(keys["city"].public)
    with pytest.raises(UntrustedKey, match="not one of trusted_keys"):
        verify(sums.read_bytes(), signature, [city])
    stranger = PublicKey.parse(keys["stranger"].public)
    later = signature.replace("timestamp:1764600000", "timestamp:1964600000")
    with pytest.raises(MinisignError, match="trusted comment"):
        verify(sums.read_bytes(), later, [stranger])


def test_our_signature_verifies_with_minisign(tmp_path: Path, keys: dict[str, KeyPair]) -> None:
    key = SecretKey.parse(keys["city"].secret_file.read_text(), lambda: pytest.fail("no password asked"))
    (tmp_path / "SHA256SUMS").write_text("hello\n")
    (tmp_path / "SHA256SUMS.minisig").write_text(key.sign(b"hello\n", "SHA256SUMS", now=1764600000))
    assert minisign_verifies(tmp_path, keys["city"])
    (tmp_path / "SHA256SUMS").write_text("hello!\n")
    assert not minisign_verifies(tmp_path, keys["city"]), "a test that can fail"


def test_a_public_key_that_is_not_one() -> None:
    with pytest.raises(MinisignError, match="base64"):
        PublicKey.parse("not a key")
    with pytest.raises(MinisignError, match="bytes"):
        PublicKey.parse("RWQ=")
