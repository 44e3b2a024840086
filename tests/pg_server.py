"""A real, throwaway PostgreSQL server for tests.

``temporary_postgres()`` runs initdb into a fresh temporary directory, starts the server listening only
on a Unix socket inside that directory (no TCP at all), creates a database and yields a SQLAlchemy URL
for it. On exit the server is stopped and the directory removed.

PostgreSQL refuses to run as root; when the tests run as root the server is run as the ``postgres``
system user (created by Debian's postgresql package; created here if missing).

Binaries are looked up in ``$PATRONAT_PG_BINDIR``, then ``pg_config --bindir``, then the newest
``/usr/lib/postgresql/*/bin``, then ``PATH``.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["PostgresUnavailable", "find_pg_bindir", "temporary_postgres"]

SERVER_USER = "postgres"
SUPERUSER = "postgres"
PORT = 5432  # Only names the socket file (.s.PGSQL.5432) in our private directory; no TCP is opened.
_START_TIMEOUT_S = 60


class PostgresUnavailable(RuntimeError):
    """PostgreSQL binaries are missing or the server could not be started."""


def _has_server_binaries(bindir: Path) -> bool:
    return all((bindir / name).is_file() for name in ("initdb", "pg_ctl", "postgres"))


def _version_key(path: Path) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in path.parent.name.split("."))
    except ValueError:
        return (-1,)


def find_pg_bindir() -> Path | None:
    """Return the directory holding initdb, pg_ctl and postgres, or None if there is none."""
    env = os.environ.get("PATRONAT_PG_BINDIR")
    if env and _has_server_binaries(Path(env)):
        return Path(env)

    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            ).stdout.strip()
            if out and _has_server_binaries(Path(out)):
                return Path(out)

    candidates = [p for p in Path("/usr/lib/postgresql").glob("*/bin") if _has_server_binaries(p)]
    if candidates:
        return max(candidates, key=_version_key)

    initdb = shutil.which("initdb")
    if initdb:
        bindir = Path(initdb).resolve().parent
        if _has_server_binaries(bindir):
            return bindir
    return None


def _server_account() -> pwd.struct_passwd | None:
    """The account to run the server as: None means the current user (when not root)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SERVER_USER)
    except KeyError:
        pass
    try:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SERVER_USER,
            ],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        )
        return pwd.getpwnam(SERVER_USER)
    except (OSError, subprocess.SubprocessError, KeyError) as exc:
        raise PostgresUnavailable(
            f"running as root and there is no '{SERVER_USER}' user to run PostgreSQL as "
            f"(creating it failed: {exc})"
        ) from exc


def _log_tail(log: Path, lines: int = 30) -> str:
    try:
        text = log.read_text(errors="replace")
    except OSError:
        return "(no server log)"
    return "\n".join(text.splitlines()[-lines:]) or "(server log is empty)"


class _Runner:
    """Runs server-side commands as the server account."""

    def __init__(self, account: pwd.struct_passwd | None, workdir: Path) -> None:
        self.account = account
        self.workdir = workdir
        self.runuser = shutil.which("runuser") if account is not None else None

    def run(self, cmd: Sequence[str | os.PathLike[str]], timeout: float = 120) -> None:
        args = [os.fspath(c) for c in cmd]
        env = dict(os.environ, LC_ALL="C", LANG="C")
        env.pop("PGDATA", None)
        user: int | None = None
        group: int | None = None
        extra_groups: list[int] | None = None
        if self.account is not None:
            env.update(HOME=str(self.workdir), USER=self.account.pw_name, LOGNAME=self.account.pw_name)
            if self.runuser:
                args = [self.runuser, "-u", self.account.pw_name, "--", *args]
            else:
                user, group, extra_groups = self.account.pw_uid, self.account.pw_gid, []
        try:
            result = subprocess.run(
                args,
                cwd=self.workdir,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
                user=user,
                group=group,
                extra_groups=extra_groups,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise PostgresUnavailable(f"{' '.join(args)} failed: {exc}") from exc
        if result.returncode != 0:
            raise PostgresUnavailable(
                f"{' '.join(args)} exited with {result.returncode}:\n{result.stdout}{result.stderr}"
            )


def _initdb(runner: _Runner, bindir: Path, datadir: Path) -> None:
    base: list[str | os.PathLike[str]] = [
        bindir / "initdb",
        "-D",
        datadir,
        "-A",
        "trust",
        "-E",
        "UTF8",
        "-U",
        SUPERUSER,
        "--no-sync",
    ]
    try:
        # C.UTF-8 keeps byte-order collation but gives Unicode-aware upper()/lower() (Cyrillic).
        runner.run([*base, "--locale=C.UTF-8"])
    except PostgresUnavailable:
        shutil.rmtree(datadir, ignore_errors=True)
        runner.run([*base, "--no-locale"])


def _kill_postmaster(datadir: Path) -> None:
    with contextlib.suppress(OSError, ValueError, IndexError):
        pid = int((datadir / "postmaster.pid").read_text().splitlines()[0])
        os.kill(pid, signal.SIGKILL)


@contextlib.contextmanager
def temporary_postgres(dbname: str = "patronat_test") -> Iterator[str]:
    """Start a throwaway PostgreSQL server and yield a SQLAlchemy URL for a fresh database on it.

    The URL has the form ``postgresql+psycopg://postgres@/DBNAME?host=SOCKETDIR&port=5432``.
    Raises PostgresUnavailable when the binaries are missing or the server does not start.
    """
    bindir = find_pg_bindir()
    if bindir is None:
        raise PostgresUnavailable(
            "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found; "
            "install them (Debian: apt-get install postgresql) or set PATRONAT_PG_BINDIR"
        )
    account = _server_account()

    # Under /tmp so the server account can reach it; short, because a Unix socket path is limited
    # to about 100 bytes.
    workdir = Path(tempfile.mkdtemp(prefix="patronat-pg-", dir="/tmp"))
    datadir = workdir / "data"
    logfile = workdir / "server.log"
    started = False
    try:
        if account is not None:
            os.chown(workdir, account.pw_uid, account.pw_gid)
        runner = _Runner(account, workdir)
        _initdb(runner, bindir, datadir)

        settings = {
            "listen_addresses": "''",
            "unix_socket_directories": f"'{workdir}'",
            "port": str(PORT),
            "fsync": "off",
            "full_page_writes": "off",
            "synchronous_commit": "off",
            "max_connections": "50",
            "shared_buffers": "32MB",
            "timezone": "'UTC'",
        }
        with open(datadir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n# patronat-desktop test server\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())

        try:
            started = True
            runner.run(
                [bindir / "pg_ctl", "start", "-w", "-t", str(_START_TIMEOUT_S), "-D", datadir, "-l", logfile],
                timeout=_START_TIMEOUT_S + 30,
            )
        except PostgresUnavailable as exc:
            raise PostgresUnavailable(f"{exc}\n--- server log ---\n{_log_tail(logfile)}") from exc

        createdb = bindir / "createdb"
        if createdb.is_file():
            runner.run([createdb, "-h", workdir, "-p", str(PORT), "-U", SUPERUSER, dbname])
        else:
            runner.run(
                [
                    bindir / "psql",
                    "-h",
                    workdir,
                    "-p",
                    str(PORT),
                    "-U",
                    SUPERUSER,
                    "-d",
                    "postgres",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-c",
                    f'CREATE DATABASE "{dbname}"',
                ],
            )

        yield f"postgresql+psycopg://{SUPERUSER}@/{dbname}?host={workdir}&port={PORT}"
    finally:
        if started:
            try:
                runner.run([bindir / "pg_ctl", "stop", "-w", "-m", "immediate", "-D", datadir], timeout=60)
            except PostgresUnavailable:
                _kill_postmaster(datadir)
        shutil.rmtree(workdir, ignore_errors=True)
