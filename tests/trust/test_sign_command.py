"""`content sign`, `validate`, `doctor` and the config, as city staff and IT use them."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import DEFAULT_HOSTS, ConfigError, load
from tests.helpers.minisign import KeyPair, make_key, minisign_verifies


def config_for(root: Path, *pairs: KeyPair) -> Path:
    config = root / "kiosk.yaml"
    keys = ", ".join(f'"{pair.public}"' for pair in pairs)
    config.write_text(f"trusted_keys: [{keys}]\nstate_dir: state\nlog_dir: logs\nlanguages: [en, es]\n")
    return config


def test_sign_validate_and_tamper(
    repo_copy: Path, keys: dict[str, KeyPair], capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_for(repo_copy, keys["city"])
    assert main(["validate", "--config", str(config)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{repo_copy / 'content' / 'SHA256SUMS'}: missing: the folder is not signed" in out[0]
    assert f"{repo_copy / 'translations' / 'SHA256SUMS'}: missing" in out[1]

    assert main(["content", "sign", "--key", str(keys["city"].secret_file), "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert f"signed {repo_copy / 'content'}: " in out and f"signed {repo_copy / 'translations'}: " in out
    for folder in (repo_copy / "content", repo_copy / "translations"):
        assert minisign_verifies(folder, keys["city"]), "Debian's minisign accepts our signature"
        check = subprocess.run(["sha256sum", "-c", "--strict", "--quiet", "SHA256SUMS"], cwd=folder)
        assert check.returncode == 0, "and sha256sum our list"
    assert main(["validate", "--config", str(config)]) == 0
    assert capsys.readouterr().out.startswith("OK: ")

    card = repo_copy / "content" / "cards" / "traffic-stop.yaml"
    card.write_text(card.read_text() + "\n")
    (repo_copy / "translations" / "notes.txt").write_text("added after signing")
    assert main(["validate", "--config", str(config)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{card}: changed since it was signed (its SHA-256 differs from SHA256SUMS)",
        f"{repo_copy / 'translations' / 'notes.txt'}: not listed in SHA256SUMS (a file added after signing)",
    ]


def test_a_password_protected_key_from_stdin(
    repo_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """minisign's own key (scrypt, 1 GiB): the slow test of this folder, a few seconds."""
    pair = make_key(repo_copy / "keys", "locked", password="correct horse")
    config = config_for(repo_copy, pair)
    command = ["content", "sign", "--key", str(pair.secret_file), "--password-stdin", "--config", str(config)]
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    assert main(command) == 1
    assert "wrong password" in capsys.readouterr().err
    assert not (repo_copy / "content" / "SHA256SUMS").exists(), "nothing signed"
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse\n"))
    assert main(command) == 0
    assert minisign_verifies(repo_copy / "content", pair) and minisign_verifies(
        repo_copy / "translations", pair
    )


def test_signing_with_a_key_the_kiosk_does_not_trust_is_said(
    repo_copy: Path, keys: dict[str, KeyPair], capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_for(repo_copy, keys["city"])
    assert main(["content", "sign", "--key", str(keys["stranger"].secret_file), "--config", str(config)]) == 0
    assert "not one of trusted_keys" in capsys.readouterr().out
    assert main(["validate", "--config", str(config)]) == 1
    assert "which is not one of trusted_keys" in capsys.readouterr().out


def test_doctor_warns_unsigned_and_names_a_refused_folder(
    repo_copy: Path, keys: dict[str, KeyPair], capsys: pytest.CaptureFixture[str]
) -> None:
    unsigned = repo_copy / "unsigned.yaml"
    unsigned.write_text("log_dir: logs\nstate_dir: state\nlanguages: [en, es]\n")
    main(["doctor", "--config", str(unsigned)])
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("WARN trust") and "trusted_keys is empty" in line for line in lines)

    config = config_for(repo_copy, keys["city"])
    assert main(["content", "sign", "--key", str(keys["city"].secret_file), "--config", str(config)]) == 0
    capsys.readouterr()
    main(["doctor", "--config", str(config)])
    lines = capsys.readouterr().out.splitlines()
    assert len([line for line in lines if line.startswith("OK   trust") and "signed by key" in line]) == 2
    (repo_copy / "content" / "SHA256SUMS.minisig").unlink()
    assert main(["doctor", "--config", str(config)]) == 1
    lines = capsys.readouterr().out.splitlines()
    refused = [line for line in lines if line.startswith("FIX  trust")]
    assert refused and "SHA256SUMS.minisig: missing" in refused[0]


def test_a_trusted_key_that_is_not_a_key_is_a_config_error(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.yaml"
    config.write_text('trusted_keys: ["RWQ8iK6FFyp3a8NTtx1wBGr1"]\n')
    with pytest.raises(ConfigError, match="trusted_keys: key 1: the public key has 18 bytes"):
        load(config)


def test_validate_on_the_kiosk_names_a_rolled_back_folder(
    repo_copy: Path, keys: dict[str, KeyPair], capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.content.live import LiveContent
    from kiosk.trust.folder import sign_folder
    from kiosk.trust.minisign import PublicKey, SecretKey

    config = config_for(repo_copy, keys["city"])
    secret = SecretKey.parse(keys["city"].secret_file.read_text(), str)
    content, state = repo_copy / "content", repo_copy / "state"
    sign_folder(content, secret, now=1764600000)
    old = (content / "SHA256SUMS.minisig").read_text()
    sign_folder(content, secret, now=1764700000)
    trusted = [PublicKey.parse(keys["city"].public)]
    assert LiveContent(content, DEFAULT_HOSTS, trusted_keys=trusted, state_dir=state).reload()
    (content / "SHA256SUMS.minisig").write_text(old)  # the same files, under the older signature
    sign_folder(repo_copy / "translations", secret)
    assert main(["validate", "--config", str(config)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{content / 'SHA256SUMS.minisig'}: signed ")
    assert "older than the version already accepted" in out[0]
