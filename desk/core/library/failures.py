"""What can go wrong with a library, as exceptions whose words name the cause and the
way out: read-only, a full disk, another desk writing, a damaged file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

BUSY_SECONDS = 30  # how long a write (or a read during another's commit) waits its turn
_FULL_ROOM = 256 * 1024  # less free space than this: an I/O error is a full disk


class LibraryError(Exception):
    """A library that cannot be opened or written, with the reason in plain words."""


class ReadOnly(LibraryError):
    """The library may be read but not written here: the one failure shown quietly."""


class WriteFailed(LibraryError):
    """A write the library refused: nothing of it was saved. The message names the cause
    and the way out; trying again may work once the cause is gone."""


class DiskFull(WriteFailed):
    """The disk holding the library has no room left."""


class LibraryBusy(WriteFailed):
    """Another desk or desk command held the library's write lock for too long."""


READ_ONLY = (
    "{path} is read-only here: desk shows it, lists it and exports it, but cannot change it."
    " Copy it to a folder you can write to, to work on it."
)


def backups(path: Path) -> list[Path]:
    """The backups made beside a library before its migrations, newest first."""
    return sorted(path.parent.glob(f"{path.name}.v*.bak"), key=lambda p: p.stat().st_mtime)[::-1]


def damaged(path: Path, error: Exception) -> str:
    """What to tell the editor when a library's file is damaged."""
    found = backups(path)
    advice = (
        f"Restore the latest backup, {found[0]}, by copying it over the library"
        if found
        else "Restore it from your own backups"
    )
    return (
        f"{path}: the library file is damaged ({error}). Nothing was changed. {advice};"
        " `desk check` reports what is wrong and lists the backups."
    )


def is_damage(error: Exception) -> bool:
    """Whether SQLite's error says the file itself is damaged (not busy, not full)."""
    text = str(error)
    return "malformed" in text or "not a database" in text


def primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def disk_full(path: Path, error: sqlite3.Error) -> bool:
    """Whether an error writing the library comes from a full disk: SQLite says so, or
    says "disk I/O error" while the disk has (nearly) no room left."""
    code = primary_code(error)
    if code == sqlite3.SQLITE_FULL:
        return True
    if code != sqlite3.SQLITE_IOERR:
        return False
    try:
        return shutil.disk_usage(path.parent).free < _FULL_ROOM
    except OSError:
        return False


def write_failure(path: Path, error: sqlite3.Error) -> LibraryError:
    """What a write that SQLite refused means, as the exception to raise: the cause and
    the way out, in words."""
    code = primary_code(error)
    if disk_full(path, error):
        return DiskFull(
            f"The disk holding {path} is full, so nothing was saved. Free some space on it,"
            " then try again: everything decided before is in the library."
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return LibraryBusy(
            f"{path} is busy: another desk or a desk command has been writing to it for"
            f" {BUSY_SECONDS} seconds, so nothing was saved. Try again when it is done."
        )
    if code == sqlite3.SQLITE_READONLY:
        return ReadOnly(READ_ONLY.format(path=path))
    if is_damage(error):
        return WriteFailed(damaged(path, error))
    return WriteFailed(
        f"{path}: could not write to the library ({error}), so nothing was saved. Check"
        " that its disk is there and working, then try again."
    )


def read_failure(path: Path, error: sqlite3.DatabaseError) -> str:
    """What to tell the editor when reading the library fails in the middle of an action."""
    if is_damage(error):
        return damaged(path, error)
    return f"{path}: could not read the library ({error}). Nothing was changed; try again."


def open_failure(path: Path, error: sqlite3.DatabaseError) -> LibraryError:
    """What to say when a library cannot even be opened."""
    if is_damage(error) and "not a database" not in str(error):
        return LibraryError(damaged(path, error))
    if disk_full(path, error):
        return DiskFull(
            f"{path}: cannot be opened, because the disk holding it is full. Free some space"
            " on it, then open it again."
        )
    return LibraryError(f"{path}: not a desk library or cannot be opened ({error})")
