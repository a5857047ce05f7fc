"""One desk window per library: a lock file beside it, taken before the library is opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile


class LibraryLocked(Exception):
    """The library is open in another desk window."""


class _NoLock:
    """The lock of a library in a folder desk may not write: no other desk can change such
    a library either, and it opens read-only."""

    def unlock(self) -> None:
        pass


def lock_library(path: Path) -> QLockFile | _NoLock:
    """Take the library's lock, or raise LibraryLocked naming who holds it. Taken before
    the library is opened, so that no second window migrates or fills it meanwhile."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)  # a first run: no folder yet
    except OSError:
        pass  # a read-only place: opening the library says what is wrong
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # a crashed desk's lock is taken over, not waited for
    if lock.tryLock(100):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        return _NoLock()  # no lock file can be made here; opening the library says why
    pid, host, _ = lock.getLockInfo()
    translate = QCoreApplication.translate
    raise LibraryLocked(
        translate(
            "MainWindow",
            "{path} is open in another desk window (process {pid} on {host}). "
            "Close it there first, or open another library.",
        ).format(path=path, pid=pid, host=host or translate("MainWindow", "this machine"))
    )
