"""sd_notify speaks systemd's datagram protocol to a real socket, and is silent without one."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import sd_notify


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = str(tmp_path / "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(5)
    yield sock, path
    sock.close()


def test_messages_reach_a_socket_file(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    env = {"NOTIFY_SOCKET": path}
    assert sd_notify.notify(sd_notify.READY, env) is True
    assert sd_notify.notify(sd_notify.WATCHDOG, env) is True
    assert sock.recv(4096) == b"READY=1"
    assert sock.recv(4096) == b"WATCHDOG=1"


def test_messages_reach_an_abstract_socket() -> None:
    name = f"westsac-kiosk-test-{os.getpid()}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind("\0" + name)
        sock.settimeout(5)
        assert sd_notify.notify(sd_notify.STOPPING, {"NOTIFY_SOCKET": "@" + name}) is True
        assert sock.recv(4096) == b"STOPPING=1"


def test_the_process_environment_is_used_by_default(
    listener: tuple[socket.socket, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sock, path = listener
    monkeypatch.setenv("NOTIFY_SOCKET", path)
    assert sd_notify.notify("READY=1")
    assert sock.recv(4096) == b"READY=1"


@pytest.mark.parametrize("value", [None, "", "relative/path", "vsock:2:1234"])
def test_without_a_usable_socket_nothing_is_sent(value: str | None) -> None:
    env = {} if value is None else {"NOTIFY_SOCKET": value}
    assert sd_notify.notify_socket(env) is None
    assert sd_notify.notify(sd_notify.READY, env) is False


def test_a_socket_nobody_listens_on_is_not_an_error(tmp_path: Path) -> None:
    assert sd_notify.notify(sd_notify.READY, {"NOTIFY_SOCKET": str(tmp_path / "gone")}) is False


def test_watchdog_interval_comes_from_watchdog_usec(tmp_path: Path) -> None:
    env = {"NOTIFY_SOCKET": str(tmp_path / "s"), "WATCHDOG_USEC": "30000000"}
    assert sd_notify.watchdog_interval(env) == 30.0


def test_watchdog_pid_must_name_this_process(tmp_path: Path) -> None:
    env = {"NOTIFY_SOCKET": str(tmp_path / "s"), "WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "4242"}
    assert sd_notify.watchdog_interval(env, pid=4242) == 2.0
    assert sd_notify.watchdog_interval(env, pid=4243) is None, "another process's watchdog"
    assert sd_notify.watchdog_interval({**env, "WATCHDOG_PID": str(os.getpid())}) == 2.0


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {"WATCHDOG_USEC": ""},
        {"WATCHDOG_USEC": "0"},
        {"WATCHDOG_USEC": "soon"},
        {"WATCHDOG_USEC": "1000000", "WATCHDOG_PID": "me"},
    ],
)
def test_no_watchdog_without_a_valid_interval(tmp_path: Path, extra: dict[str, str]) -> None:
    assert sd_notify.watchdog_interval({"NOTIFY_SOCKET": str(tmp_path / "s"), **extra}) is None


def test_no_watchdog_outside_systemd() -> None:
    assert sd_notify.watchdog_interval({"WATCHDOG_USEC": "1000000"}) is None


def test_a_full_queue_is_refused_at_once_not_waited_on(listener: tuple[socket.socket, str]) -> None:
    sock, path = listener
    results: list[bool] = []

    def flood() -> None:
        # Far more than the kernel queues for an unread datagram socket (net.unix.max_dgram_qlen).
        results.extend(sd_notify.notify(sd_notify.WATCHDOG, {"NOTIFY_SOCKET": path}) for _ in range(2000))

    sender = threading.Thread(target=flood, daemon=True)
    sender.start()
    sender.join(timeout=30)
    assert not sender.is_alive(), "notify blocked on a full queue: it would freeze the screen"
    assert results[0] is True
    assert results[-1] is False
