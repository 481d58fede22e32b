"""A stuck speech-dispatcher is told from a healthy one before Qt waits on it forever."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.speech.speechd import socket_path, stuck


@pytest.fixture
def listening(tmp_path: Path) -> Iterator[tuple[Path, socket.socket]]:
    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    yield path, server
    server.close()


def test_a_daemon_that_never_answers_is_stuck(listening: tuple[Path, socket.socket]) -> None:
    path, _server = listening  # listens, never accepts: connect succeeds, no reply comes
    problem = stuck(path, timeout=0.2)
    assert problem is not None and "does not answer" in problem


def test_a_daemon_that_answers_is_fine(listening: tuple[Path, socket.socket]) -> None:
    path, server = listening

    def answer() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(256)
            conn.sendall(b"208 OK CLIENT NAME SET\r\n")

    thread = threading.Thread(target=answer)
    thread.start()
    assert stuck(path, timeout=5) is None
    thread.join()


def test_no_daemon_or_a_stale_socket_is_fine(tmp_path: Path) -> None:
    assert stuck(tmp_path / "none.sock") is None
    stale = tmp_path / "stale.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(stale))
    sock.close()  # the file stays, nobody listens
    assert stuck(stale) is None


def test_the_socket_is_where_libspeechd_looks() -> None:
    assert socket_path({"XDG_RUNTIME_DIR": "/run/user/1000"}) == Path(
        "/run/user/1000/speech-dispatcher/speechd.sock"
    )
    assert socket_path({"SPEECHD_ADDRESS": "unix_socket:/tmp/s.sock"}) == Path("/tmp/s.sock")
    assert socket_path({}).parts[-3:] == (".cache", "speech-dispatcher", "speechd.sock")
