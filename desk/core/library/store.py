"""The library: one SQLite file through sqlite-utils, opened, written and checked here.

The schema version lives in the file (PRAGMA user_version). Opening an older library
first copies it to a backup beside it, then runs each missing migration (migrations.py)
in its own transaction. May import the standard library, sqlite-utils, desk.core.cancel,
the failures and the migrations only.

The library keeps a rollback journal, not a write-ahead log. SQLite's locks are POSIX
locks, and closing any descriptor of the file anywhere in the process (a file dialog
telling a file's type, a checksum, a copy) drops every one of them. In WAL mode each
connection holds its lock for as long as it is open, and another process that then
finds itself "the last user" deletes the -wal and -shm files under the window: its next
decisions go to a deleted journal. With a rollback journal no lock is held between
transactions, nothing lives beside the file at rest, and a lost lock can only matter for
the milliseconds of a commit.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from desk.core.cancel import checkpoint
from desk.core.library.failures import (
    BUSY_SECONDS,
    READ_ONLY,
    DiskFull,
    LibraryError,
    ReadOnly,
    backups,
    damaged,
    disk_full,
    is_damage,
    open_failure,
    primary_code,
    write_failure,
)
from desk.core.library.migrations import MIGRATIONS, SCHEMA_VERSION


def now() -> str:
    """The current time as stored in the library: ISO 8601, UTC, seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Library:
    """An open library file. Each user action runs inside one `atomic()` block."""

    def __init__(self, path: Path, db: Database, created: bool, read_only: bool = False) -> None:
        self.path = path
        self.db = db
        self.created = created
        self.read_only = read_only  # a file or a folder desk may not write: shown, not changed
        self._after_commit: list[list[Callable[[], None]]] = []  # one list per open block

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction: all of it is written, or none of it. The one way desk writes.

        It takes the write lock at once (BEGIN IMMEDIATE), so that another connection's
        commit (a background import, say) makes it wait instead of failing halfway. A
        block inside another is a savepoint of the outer transaction. What SQLite
        refuses is raised as ReadOnly or WriteFailed (DiskFull, LibraryBusy) naming the
        cause; the transaction is then rolled back whole.
        """
        if self.read_only:
            raise ReadOnly(READ_ONLY.format(path=self.path))
        checkpoint()
        if self.db.conn.in_transaction:
            yield from self._savepoint()
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise write_failure(self.path, error) from None
        self._after_commit = [[]]
        try:
            yield self.db
            checkpoint()  # a cancelled job saves nothing more
            self.db.execute("COMMIT")
        except sqlite3.Error as error:
            self._roll_back()
            raise write_failure(self.path, error) from None
        except BaseException:
            self._roll_back()
            raise
        callbacks, self._after_commit = self._after_commit[0], []
        for callback in callbacks:
            callback()

    def _savepoint(self) -> Iterator[Database]:
        self._after_commit.append([])
        try:
            with self.db.atomic():
                yield self.db
        except BaseException:
            self._after_commit.pop()
            raise
        done = self._after_commit.pop()
        self._after_commit[-1].extend(done)

    def _roll_back(self) -> None:
        self._after_commit = []
        if self.db.conn.in_transaction:  # SQLite may have rolled back already (a full disk)
            self.db.conn.rollback()

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the transaction now open is committed (at once if none
        is open); a transaction rolled back drops it. What a session holds in memory
        changes here, so it never shows a step that the library does not hold."""
        if self._after_commit:
            self._after_commit[-1].append(callback)
        else:
            callback()

    def data_version(self) -> int:
        """A number that changes whenever another connection (another desk, a background
        job) commits to the library; this connection's own commits leave it alone."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def get_meta(self, key: str) -> str | None:
        """A library-wide setting, or None."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        """Store a library-wide setting (call inside `atomic()`)."""
        self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    def close(self) -> None:
        """Close the connection."""
        self.db.close()


def schema_version(db: Database) -> int:
    """The schema version written in the library file."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def _writable(path: Path) -> bool:
    """Whether desk may write the library file and the journal files beside it."""
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return not folder.exists() or os.access(folder, os.W_OK)


def open_library(path: Path, upto: int = SCHEMA_VERSION) -> Library:
    """Open (creating if needed) and migrate the library at path; a library desk may not
    write opens read-only, to be shown, listed and exported. Two processes opening a new
    library at once make it once.

    `upto` exists so tests can make a library of an older schema version.
    """
    path = Path(path)
    if path.exists() and not _writable(path):
        return _open_read_only(path)
    created = not path.exists() or path.stat().st_size == 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = _connect(path)
        version = schema_version(db)
    except sqlite3.DatabaseError as error:
        raise open_failure(path, error) from None
    except OSError as error:
        raise LibraryError(f"{path}: not a desk library or cannot be opened ({error})") from None
    if version > SCHEMA_VERSION:
        db.close()
        raise LibraryError(
            f"{path}: made by a newer desk (schema {version}; this desk reads up to "
            f"{SCHEMA_VERSION}). Upgrade desk to open it."
        )
    try:
        if 0 < version < upto:
            backup_library(db, path, version)
        _migrate(db, path, upto)
    except sqlite3.DatabaseError as error:
        db.close()
        if is_damage(error):
            raise LibraryError(damaged(path, error)) from None
        failure = write_failure(path, error)
        raise type(failure)(f"{failure} (The library could not be brought up to date.)") from None
    except LibraryError:
        db.close()
        raise
    return Library(path, db, created)


def _connect(path: Path) -> Database:
    """A connection to the library with a rollback journal (see the module's words),
    waiting its turn when another connection writes."""
    connection = sqlite3.connect(str(path), timeout=BUSY_SECONDS)
    if connection.execute("PRAGMA journal_mode").fetchone()[0] != "delete":
        connection.execute("PRAGMA busy_timeout = 0")
        try:  # leaving WAL needs no other connection open: else the next time
            connection.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.OperationalError as error:
            if primary_code(error) not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                connection.close()
                raise
        connection.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA cache_spill = OFF")  # the write lock waits for the commit
    connection.execute("PRAGMA foreign_keys = ON")
    return Database(connection)


def _migrate(db: Database, path: Path, upto: int) -> None:
    """Run the missing migrations, each in its own transaction; the version is read
    again under the write lock, so a second process creating the library waits and
    then finds it made (and never takes another's first tables for a foreign file).
    Foreign keys are off meanwhile, as SQLite asks when a migration makes a table again:
    dropping the old one must not delete what refers to it."""
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        while schema_version(db) < upto:
            db.execute("BEGIN IMMEDIATE")
            try:
                number = schema_version(db) + 1
                if number > upto:
                    db.execute("COMMIT")
                    return
                if number == 1 and db.table_names():  # made by something other than desk
                    raise LibraryError(f"{path}: an SQLite file, but not a desk library")
                MIGRATIONS[number - 1](db)
                db.execute(f"PRAGMA user_version = {number}")
                db.execute("COMMIT")
            except BaseException:
                if db.conn.in_transaction:
                    db.conn.rollback()
                raise
    finally:
        db.execute("PRAGMA foreign_keys = ON")


def _open_read_only(path: Path) -> Library:
    """A library on a read-only file or mount, opened without migrating it. Read as it
    is when SQLite can (a colleague may still be writing it); on read-only media, as a
    file that will not change, unless a journal beside it still holds changes that only
    a desk that can write the folder can fold in or roll back."""
    try:
        db = _read_only_database(path, "ro")
    except sqlite3.OperationalError:
        pending = _pending_journal(path)
        if pending is not None:
            raise LibraryError(
                f"{path}: read-only here, and its last changes are still in {pending.name}"
                " beside it, which only a desk that can write the folder can fold in. Copy"
                " both files to a folder you can write to, and open the copy."
            ) from None
        db = _read_only_database(path, "ro&immutable=1")
    version = schema_version(db)
    if version != SCHEMA_VERSION:
        db.close()
        raise LibraryError(
            f"{path}: read-only and made by {'an older' if version < SCHEMA_VERSION else 'a newer'}"
            " desk, so it cannot be brought up to date here. Copy it to a folder you can write"
            " to, and open the copy."
        )
    return Library(path, db, created=False, read_only=True)


def _pending_journal(path: Path) -> Path | None:
    """A journal beside the library that still holds changes (a write-ahead log of an
    older desk, or the rollback journal of a write cut short), or None."""
    for suffix in ("-wal", "-journal"):
        journal = path.with_name(path.name + suffix)
        if journal.exists() and journal.stat().st_size > 0:
            return journal
    return None


def _read_only_database(path: Path, mode: str) -> Database:
    """The library opened read-only; LibraryError if it is damaged or not a library,
    sqlite3.OperationalError if SQLite cannot open it this way."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        connection.close()
        if "malformed" in str(error):
            raise LibraryError(damaged(path, error)) from None
        if isinstance(error, sqlite3.OperationalError):
            raise
        raise LibraryError(f"{path}: not a desk library or cannot be opened ({error})") from None
    return Database(connection)


def check_library(path: Path) -> tuple[list[str], list[Path]]:
    """What SQLite's integrity check finds in a library ("ok" when nothing), and the
    backups beside it. Journal files the check had to make are taken away again."""
    path = Path(path)
    if not path.is_file():
        return [f"no library file at {path}"], backups(path)
    journals = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    made = [journal for journal in journals if not journal.exists()]
    mode = "ro" if _writable(path) else "ro&immutable=1"  # no journal files to make
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
        try:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        rows = [str(error)]
    for journal in made:
        if journal.exists() and (journal.name.endswith("-shm") or _empty(journal)):
            journal.unlink()
    return rows, backups(path)


def _empty(path: Path) -> bool:
    return path.exists() and path.stat().st_size == 0


def backup_library(db: Database, path: Path, version: int) -> Path:
    """Copy the whole library to `<name>.v<version>-<time>.bak` before a migration; on a
    full disk, leave no half backup and change nothing."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    try:
        copy = sqlite3.connect(target)
        try:
            db.conn.backup(copy)
        finally:
            copy.close()
    except (sqlite3.Error, OSError) as error:
        target.unlink(missing_ok=True)
        full = error.errno == errno.ENOSPC if isinstance(error, OSError) else disk_full(path, error)
        if full:
            raise DiskFull(
                f"{path}: the disk holding it is full, so it could not be backed up before"
                " being brought up to date, and was left as it was. Free some space on it,"
                " then open it again."
            ) from None
        raise LibraryError(
            f"{path}: could not back it up before bringing it up to date ({error}), so it was"
            " left as it was. Check the disk, then open it again."
        ) from None
    return target
