"""Start a throwaway Virtuoso open-source server on 127.0.0.1 for the tests, and stop it by PID."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
VAD = Path("/usr/share/virtuoso-opensource-7/vad")


@dataclass(frozen=True)
class Virtuoso:
    """A running server's URLs."""

    sparql: str  # SPARQL protocol endpoint
    graph_store: str  # Graph Store Protocol endpoint (digest auth, dba/dba)
    pid: int


def free_port() -> int:
    """A TCP port nobody listens on right now (and the one after it, probably)."""
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no pair of free ports")


def virtuoso_binary() -> str | None:
    """The virtuoso-t executable, when installed."""
    return shutil.which("virtuoso-t")


def write_config(folder: Path, http_port: int, sql_port: int) -> Path:
    """A copy of the packaged virtuoso.ini with its database and ports in folder."""
    lines = []
    for line in INI.read_text(encoding="utf-8", errors="replace").splitlines():
        stripped = line.strip()
        if stripped.startswith("ServerPort") and "1111" in stripped:
            line = f"ServerPort = 127.0.0.1:{sql_port}"
        elif stripped.startswith("ServerPort") and "8890" in stripped:
            line = f"ServerPort = 127.0.0.1:{http_port}"
        elif stripped.startswith("DirsAllowed"):
            line = f"DirsAllowed = ., {folder}, {VAD}"
        line = line.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/")
        lines.append(line)
    ini = folder / "virtuoso.ini"
    ini.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ini


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def running_virtuoso(folder: Path, *, wait: float = 60) -> Iterator[Virtuoso]:
    """Run virtuoso-t in the foreground of its own process group; kill it by PID on exit."""
    binary = virtuoso_binary()
    if binary is None:
        raise RuntimeError("virtuoso-t is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    http_port = free_port()
    sql_port = http_port + 1
    ini = write_config(folder, http_port, sql_port)
    log = (folder / "stdout.log").open("wb")
    process = subprocess.Popen(
        [binary, "-c", str(ini), "-f"],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{http_port}"
    try:
        deadline = time.monotonic() + wait
        while not _ready(base + "/sparql"):
            if process.poll() is not None:
                tail = (folder / "stdout.log").read_text(errors="replace")[-500:]
                raise RuntimeError(f"virtuoso-t exited with {process.returncode}: {tail}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"virtuoso-t not ready after {wait:g} s")
            time.sleep(0.3)
        yield Virtuoso(base + "/sparql", base + "/sparql-graph-crud-auth", process.pid)
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        log.close()
