"""Background work with one helper: run a function off the GUI thread, with progress
and Cancel, and hand its result back on the GUI thread.

Workers never touch a widget, and open their own library connection (an SQLite
connection belongs to one thread). Cancelling stops at the next progress report, or,
for work that reports none, drops the result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk.gui.messages import plain_labels

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside a job's work when the user cancelled it."""


class JobSignals(QObject):
    """What a job reports, delivered on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Job(QRunnable):
    """One piece of work for the thread pool."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self.cancel_requested = False

    def progress(self, done: int, total: int) -> None:
        if self.cancel_requested:
            raise Cancelled
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # shown to the user, never lost in a thread
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            if self.cancel_requested:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


def run_job(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    pool: QThreadPool | None = None,
) -> Job:
    """Start work in the background behind a progress dialog with a Cancel button."""
    job = Job(work)
    cancel = QCoreApplication.translate("jobs", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    plain_labels(dialog)  # the label names a document: plain text, never markup
    dialog.setMinimumDuration(400)  # quick jobs never flash a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(lambda: setattr(job, "cancel_requested", True))

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish(callback: Callable[..., None], *args: Any) -> None:
        dialog.reset()
        dialog.close()
        dialog.deleteLater()
        callback(*args)

    job.signals.progressed.connect(progressed)
    job.signals.finished.connect(lambda result: finish(on_done, result))
    job.signals.failed.connect(lambda message: finish(on_failed, message))
    job.signals.cancelled.connect(lambda: finish(lambda: None))
    (pool or QThreadPool.globalInstance()).start(job)
    return job
