"""A real PostgreSQL server for the tests that run on both backends.

``server_url()`` gives the URL of a server on which the tests may create and drop
databases: ``MUTUALISATION_TEST_PG_URL`` when it is set (CI exports it, see ``.ci/run``),
otherwise a throwaway server started once per test session from the local PostgreSQL
installation — ``initdb`` of a fresh cluster in a temporary folder, ``pg_ctl`` listening on
127.0.0.1 at a free port, trust authentication — and stopped when the session ends.
``initdb`` refuses to run as root, so under root the cluster belongs to the ``postgres``
user and every server command runs through ``runuser``.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ENV_URL = "MUTUALISATION_TEST_PG_URL"
DRIVER = "postgresql+psycopg"

INSTALL_HINT = (
    "PostgreSQL n'est pas installé : les tests de stockage et de services tournent aussi sur un vrai "
    "serveur PostgreSQL. Installez-le (Debian/Ubuntu : `apt-get install postgresql`) ou indiquez un "
    f"serveur de test dans {ENV_URL}=postgresql+psycopg://utilisateur@hôte:port/postgres "
    "(un rôle autorisé à créer des bases)."
)


class PostgresNotInstalled(RuntimeError):
    pass


def find_bin_dir() -> Path:
    """The folder of ``initdb`` and ``pg_ctl``: the newest /usr/lib/postgresql/*/bin, else the PATH."""

    def version(initdb: str) -> tuple[int, ...]:  # /usr/lib/postgresql/15/bin/initdb → (15,)
        return tuple(int(part) for part in Path(initdb).parents[1].name.split(".") if part.isdigit())

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise PostgresNotInstalled(INSTALL_HINT)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayServer:
    """A PostgreSQL cluster in a temporary folder, listening on loopback only."""

    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="mutualisation-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder / "socket"
        self.log = self.folder / "server.log"
        self.port = free_port()
        self.started = False

    def _run(self, *command: str) -> None:
        argv = [str(self.bin_dir / command[0]), *command[1:]]
        if self.as_root:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        result = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        if result.returncode:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(argv)} a échoué :\n{result.stdout}{result.stderr}{log}")

    def start(self) -> str:
        self.socket_dir.mkdir()
        if self.as_root:  # the cluster, its socket and its log belong to the postgres user
            shutil.chown(self.folder, "postgres")
            shutil.chown(self.socket_dir, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")  # fmt: skip
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.socket_dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log), "-o", options)
        self.started = True
        return f"{DRIVER}://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        if self.started:
            self.started = False
            try:
                self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "immediate", "-w")
            except Exception:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)


_server: ThrowawayServer | None = None
_url: str | None = None


def server_url() -> str:
    """The admin URL of the test server, starting a throwaway one on first use."""
    global _server, _url
    if _url is None:
        given = os.environ.get(ENV_URL)
        if given:
            _url = given
        else:
            server = ThrowawayServer()
            atexit.register(server.stop)
            _url = server.start()
            _server = server
    return _url


def stop_server() -> None:
    """Stop the throwaway server now (at the end of the test session)."""
    global _server, _url
    if _server is not None:
        _server.stop()
        _server, _url = None, None


@contextmanager
def fresh_database(admin_url: str | None = None) -> Iterator[str]:
    """A new, empty database on the test server; dropped afterwards, whatever still uses it."""
    admin_url = admin_url or server_url()
    name = f"test_{uuid.uuid4().hex}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(admin_url).set(drivername=DRIVER, database=name)
        yield url.render_as_string(hide_password=False)
    finally:
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            admin.dispose()
