"""minisign signatures (https://jedisct1.github.io/minisign/), read and made with PyCA
`cryptography`'s Ed25519 and hashlib's BLAKE2b and scrypt: the same bytes as minisign 0.11.

A signature is Ed25519 over the file ("Ed", legacy) or over its BLAKE2b-512 ("ED", minisign's
default since 0.8), plus a second signature binding the trusted comment, in which minisign
writes `timestamp:<unix seconds>`: that is what stops an older signed version coming back.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

LEGACY, PREHASHED = b"Ed", b"ED"
_UNTRUSTED, _TRUSTED = "untrusted comment:", "trusted comment:"
_TIMESTAMP = re.compile(r"(?:^|\t)timestamp:(\d+)(?:\t|$)")


class MinisignError(Exception):
    """A key or signature that cannot be used; the message is one plain sentence."""


class UntrustedKey(MinisignError):
    pass


def key_id_text(key_id: bytes) -> str:
    """A key id as minisign prints it (hex of the little-endian number)."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


def _b64(text: str, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise MinisignError(f"{what} is not base64") from None
    if len(raw) != size:
        raise MinisignError(f"{what} has {len(raw)} bytes, not {size}")
    return raw


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    key: Ed25519PublicKey

    @property
    def id_text(self) -> str:
        return key_id_text(self.key_id)

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """From the base64 line of a .pub file (or the whole file)."""
        lines = [line for line in text.strip().splitlines() if not line.startswith(_UNTRUSTED)]
        if len(lines) != 1:
            raise MinisignError("a minisign public key is one base64 line (the second line of the .pub file)")
        raw = _b64(lines[0], 42, "the public key")
        if raw[:2] != LEGACY:
            raise MinisignError("not an Ed25519 minisign public key")
        return cls(raw[2:10], Ed25519PublicKey.from_public_bytes(raw[10:]))


@dataclass(frozen=True)
class Verified:
    key_id: bytes
    trusted_comment: str

    @property
    def id_text(self) -> str:
        return key_id_text(self.key_id)

    @property
    def timestamp(self) -> int | None:
        match = _TIMESTAMP.search(self.trusted_comment)
        return int(match.group(1)) if match else None


def verify(message: bytes, signature: str, keys: list[PublicKey]) -> Verified:
    """Check a .minisig text over `message` against the trusted keys, or raise MinisignError."""
    lines = signature.splitlines()
    if len(lines) < 4 or not lines[0].startswith(_UNTRUSTED) or not lines[2].startswith(_TRUSTED):
        raise MinisignError("not a minisign signature file")
    raw = _b64(lines[1], 74, "the signature")
    algorithm, key_id, sig = raw[:2], raw[2:10], raw[10:]
    if algorithm not in (LEGACY, PREHASHED):
        raise MinisignError(f"unknown signature algorithm {algorithm!r}")
    key = next((k for k in keys if k.key_id == key_id), None)
    if key is None:
        raise UntrustedKey(f"signed by key {key_id_text(key_id)}, which is not one of trusted_keys")
    signed = hashlib.blake2b(message, digest_size=64).digest() if algorithm == PREHASHED else message
    comment = lines[2][len(_TRUSTED) :].strip()
    comment_sig = _b64(lines[3], 64, "the trusted comment's signature")
    try:
        key.key.verify(sig, signed)
    except InvalidSignature:
        raise MinisignError(f"the signature does not match (key {key.id_text})") from None
    try:
        key.key.verify(comment_sig, sig + comment.encode("utf-8"))
    except InvalidSignature:
        raise MinisignError("the trusted comment (with its timestamp) was altered") from None
    return Verified(key_id, comment)


@dataclass(frozen=True)
class SecretKey:
    key_id: bytes
    key: Ed25519PrivateKey

    @classmethod
    def parse(cls, text: str, password: Callable[[], str]) -> SecretKey:
        """From a minisign secret key file; `password` is asked only for an encrypted key."""
        lines = [line for line in text.strip().splitlines() if not line.startswith(_UNTRUSTED)]
        if len(lines) != 1:
            raise MinisignError("not a minisign secret key file")
        raw = _b64(lines[0], 158, "the secret key")
        algorithm, kdf, checksum_alg, salt = raw[:2], raw[2:4], raw[4:6], raw[6:38]
        if algorithm != LEGACY or checksum_alg != b"B2":
            raise MinisignError("not an Ed25519 minisign secret key")
        ops, mem = int.from_bytes(raw[38:46], "little"), int.from_bytes(raw[46:54], "little")
        keynum = raw[54:]
        if kdf == b"Sc":
            stream = _scrypt(password().encode("utf-8"), salt, ops, mem, len(keynum))
            keynum = bytes(a ^ b for a, b in zip(keynum, stream, strict=True))
        elif kdf != b"\0\0":
            raise MinisignError(f"unknown key encryption {kdf!r}")
        key_id, secret, checksum = keynum[:8], keynum[8:72], keynum[72:]
        # minisign -W leaves the checksum of an unencrypted key zero; the public half that
        # follows the seed still tells a wrong password or a damaged file.
        computed = hashlib.blake2b(algorithm + key_id + secret, digest_size=32).digest()
        private = Ed25519PrivateKey.from_private_bytes(secret[:32])
        public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        if (kdf != b"\0\0" and computed != checksum) or public != secret[32:]:
            raise MinisignError("wrong password for the secret key (or a damaged key file)")
        return cls(key_id, private)

    def sign(self, message: bytes, file_name: str, now: float | None = None) -> str:
        """A .minisig text, prehashed ("ED") with minisign's own trusted comment."""
        stamp = int(time.time() if now is None else now)
        comment = f"timestamp:{stamp}\tfile:{file_name}\thashed"
        sig = self.key.sign(hashlib.blake2b(message, digest_size=64).digest())
        comment_sig = self.key.sign(sig + comment.encode("utf-8"))
        return (
            f"{_UNTRUSTED} signature from minisign secret key\n"
            f"{base64.b64encode(PREHASHED + self.key_id + sig).decode()}\n"
            f"{_TRUSTED} {comment}\n"
            f"{base64.b64encode(comment_sig).decode()}\n"
        )


def _scrypt(password: bytes, salt: bytes, opslimit: int, memlimit: int, size: int) -> bytes:
    """libsodium's crypto_pwhash_scryptsalsa208sha256, whose N, r, p come from the limits."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        p, max_n = 1, opslimit // (r * 4)
    else:
        p, max_n = 0, memlimit // (r * 128)
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= max_n // 2:
        n_log2 += 1
    if p == 0:
        p = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF) // r
    n = 1 << n_log2
    maxmem = min(128 * r * (n + p + 2) + (1 << 20), 2**31 - 1)
    return hashlib.scrypt(password, salt=salt, n=n, r=r, p=p, maxmem=maxmem, dklen=size)
