"""Start and stop a throwaway local Virtuoso open-source server, for notebooks, demos and tests.

Virtuoso is a real SPARQL 1.1 server (``apt-get install virtuoso-opensource``). This module
runs one of your own in a temporary folder, bound to 127.0.0.1 on free ports, with its
database, logs and configuration in that folder; it never touches the system service::

    from graphkit.virtuoso import LocalVirtuoso

    with LocalVirtuoso() as server:           # ready in ~5 s
        server.sparql_url                     # http://127.0.0.1:PORT/sparql
        server.graph_store_url                # .../sparql-graph-crud-auth (digest, dba/dba)

or ``server = LocalVirtuoso().start()`` ... ``server.stop()`` across notebook cells. The
server is stopped by its process id (SIGTERM, then SIGKILL), and also when the Python
process exits. The configuration is written from scratch (`write_config`), so no packaged
``virtuoso.ini`` is needed; the default dba/dba account is only reachable from this machine.
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from graphkit.errors import EndpointError

BINARY = "virtuoso-t"
DEFAULT_USER = "dba"
DEFAULT_PASSWORD = "dba"  # Virtuoso's built-in default; the server only listens on 127.0.0.1
INSTALL_HINT = "install Virtuoso open source (apt-get install virtuoso-opensource)"
# Where distributions keep the VAD packages (the conductor UI etc.); allowed when present.
_VAD_DIRS = (
    Path("/usr/share/virtuoso-opensource-7/vad"),
    Path("/usr/local/share/virtuoso/vad"),
)

_CONFIG = """\
[Database]
DatabaseFile       = {folder}/virtuoso.db
ErrorLogFile       = {folder}/virtuoso.log
LockFile           = {folder}/virtuoso.lck
TransactionFile    = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {folder}/virtuoso-temp.db
TransactionFile    = {folder}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:{sql_port}
LiteMode                 = 0
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 10
CheckpointInterval       = 60
O_DIRECT                 = 0
CaseMode                 = 2
MaxStaticCursorRows      = 5000
CheckpointAuditTrail     = 0
AllowOSCalls             = 0
SchedulerInterval        = 10
DirsAllowed              = {dirs_allowed}
ThreadCleanupInterval    = 0
ThreadThreshold          = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize        = 100000
SingleCPU                = 0
PrefixResultNames        = 0
RdfFreeTextRulesSize     = 100
IndexTreeMaps            = 64
MaxQueryMem              = 1G
VectorSize               = 1000
MaxVectorSize            = 1000000
AdjustVectorSize         = 0
ThreadsPerQuery          = 2
AsyncQueueMaxThreads     = 10
NumberOfBuffers          = {buffers}
MaxDirtyBuffers          = {dirty_buffers}

[HTTPServer]
ServerPort                  = 127.0.0.1:{http_port}
ServerRoot                  = {folder}/vsp
MaxClientConnections        = 10
DavRoot                     = DAV
EnabledDavVSP               = 0
HTTPProxyEnabled            = 0
TempASPXDir                 = 0
ServerThreads               = 10
MaxKeepAlives               = 10
KeepAliveTimeout            = 10
MaxCachedProxyConnections   = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize              = 280000
HttpPrintWarningsInOutput   = 0
Charset                     = UTF-8
EnabledGzipContent          = 1

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT  = 0
SQL_TXN_TIMEOUT    = 0

[SPARQL]
ResultSetMaxRows           = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 120
DefaultQuery               = select distinct ?Concept where {{[] a ?Concept}} LIMIT 100
DeferInferenceRulesInit    = 0
"""


def virtuoso_binary() -> str | None:
    """The path of the virtuoso-t executable, None when Virtuoso is not installed."""
    return shutil.which(BINARY)


def is_available() -> bool:
    """True when virtuoso-t is installed on this machine."""
    return virtuoso_binary() is not None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free now, and whose next port is free too."""
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if port >= 65535:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise EndpointError("no pair of free TCP ports on 127.0.0.1 for Virtuoso")


def write_config(folder: Path, *, http_port: int, sql_port: int, buffers: int = 10000) -> Path:
    """Write a virtuoso.ini keeping the database in folder and listening on 127.0.0.1 only."""
    folder = Path(folder).resolve()
    (folder / "vsp").mkdir(parents=True, exist_ok=True)
    allowed = [".", str(folder)] + [str(d) for d in _VAD_DIRS if d.is_dir()]
    text = _CONFIG.format(
        folder=folder,
        sql_port=sql_port,
        http_port=http_port,
        dirs_allowed=", ".join(allowed),
        buffers=buffers,
        dirty_buffers=buffers * 3 // 4,
    )
    ini = folder / "virtuoso.ini"
    ini.write_text(text, encoding="utf-8")
    return ini


def _answers(sparql_url: str) -> bool:
    try:
        with urllib.request.urlopen(sparql_url + "?query=ASK%7B%7D", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


class LocalVirtuoso:
    """A Virtuoso server of our own on 127.0.0.1: `start()`, `stop()`, or use it with `with`."""

    def __init__(
        self, folder: Path | str | None = None, *, wait: float = 60, buffers: int = 10000
    ) -> None:
        self.wait = wait
        self.buffers = buffers
        self._own_folder = folder is None
        self.folder: Path | None = None if folder is None else Path(folder)
        self.http_port: int | None = None
        self.user = DEFAULT_USER
        self.password = DEFAULT_PASSWORD
        self._process: subprocess.Popen[bytes] | None = None

    # -- URLs ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT (EndpointError before start)."""
        if self.http_port is None:
            raise EndpointError("the Virtuoso server is not started")
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql_url(self) -> str:
        """The SPARQL 1.1 Protocol endpoint (read-only for anonymous users)."""
        return self.base_url + "/sparql"

    @property
    def graph_store_url(self) -> str:
        """The Graph Store Protocol endpoint; needs digest auth with `credentials`."""
        return self.base_url + "/sparql-graph-crud-auth"

    @property
    def credentials(self) -> tuple[str, str]:
        """(user, password) of the dba account of this throwaway server."""
        return self.user, self.password

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self._process.pid if self.running else None  # type: ignore[union-attr]

    @property
    def running(self) -> bool:
        """True while the server process is alive."""
        return self._process is not None and self._process.poll() is None

    # -- life cycle --------------------------------------------------------------------------

    def start(self) -> LocalVirtuoso:
        """Start the server and wait until /sparql answers; returns self."""
        if self.running:
            return self
        binary = virtuoso_binary()
        if binary is None:
            raise EndpointError(f"{BINARY} not found: {INSTALL_HINT}")
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="graphkit-virtuoso-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.http_port = free_port()
        ini = write_config(
            self.folder,
            http_port=self.http_port,
            sql_port=self.http_port + 1,
            buffers=self.buffers,
        )
        with (self.folder / "stdout.log").open("wb") as log:
            # Foreground (-f) in its own session: we own exactly this PID and its group.
            self._process = subprocess.Popen(
                [binary, "-c", str(ini), "-f"],
                cwd=self.folder,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        atexit.register(self.stop)
        deadline = time.monotonic() + self.wait
        while not _answers(self.sparql_url):
            if self._process.poll() is not None:
                tail = self.log_tail()
                self._process = None
                raise EndpointError(f"{BINARY} exited at start-up: {tail}")
            if time.monotonic() > deadline:
                self.stop()
                raise EndpointError(f"{BINARY} did not answer within {self.wait:g} s")
            time.sleep(0.3)
        return self

    def stop(self, *, timeout: float = 20) -> None:
        """Stop the server by its PID (SIGTERM, then SIGKILL) and remove a folder we made."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        atexit.unregister(self.stop)
        if self._own_folder and self.folder is not None and process is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def log_tail(self, chars: int = 500) -> str:
        """The end of the server's console log (why it failed to start, usually)."""
        if self.folder is None:
            return ""
        path = self.folder / "stdout.log"
        return path.read_text(encoding="utf-8", errors="replace")[-chars:] if path.is_file() else ""

    def __enter__(self) -> LocalVirtuoso:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"running at {self.base_url}, pid {self.pid}" if self.running else "stopped"
        return f"LocalVirtuoso({state})"
