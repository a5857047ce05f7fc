"""Background work: run a function off the GUI thread, with progress and Cancel, and hand
its result back on the GUI thread.

Workers never touch a widget, and open their own library connection (an SQLite
connection belongs to one thread). Cancel sets the job's flag: the dialog goes at once,
and the work stops at its next checkpoint (desk.core.cancel: between files, between the
alignment's gaps, before any commit), so nothing is saved after a cancel. The window owns
one JobRunner; closing the window cancels its jobs, drops their results, and waits a
moment for them to stop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk.core.cancel import Cancelled, cancellable, checkpoint
from desk.gui.messages import plain_labels

Progress = Callable[[int, int], None]


class JobSignals(QObject):
    """What a job reports, delivered on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Job(QRunnable):
    """One piece of work for a runner's thread pool."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until it has reported
        self.work = work
        self.signals = JobSignals()
        self.cancel_flag = threading.Event()

    def cancel(self) -> None:
        self.cancel_flag.set()

    def progress(self, done: int, total: int) -> None:
        checkpoint()
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        with cancellable(self.cancel_flag):
            try:
                result = self.work(self.progress)
            except Cancelled:
                self.signals.cancelled.emit()
            except Exception as error:  # shown to the user, never lost in a thread
                self.signals.failed.emit(error)
            else:
                if self.cancel_flag.is_set():
                    self.signals.cancelled.emit()
                else:
                    self.signals.finished.emit(result)


class JobRunner(QObject):
    """The window's background jobs: started behind a progress dialog with Cancel, all
    cancelled when the window closes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.pool = QThreadPool(self)
        self.running: set[Job] = set()

    def run(
        self,
        label: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        on_cancelled: Callable[[], None] | None = None,
    ) -> Job:
        """Start work in the background behind a progress dialog with a Cancel button."""
        job = Job(work)
        cancel = QCoreApplication.translate("jobs", "Cancel")
        dialog = QProgressDialog(label, cancel, 0, 0, self._parent)
        plain_labels(dialog)  # the label names a document: plain text, never markup
        dialog.setMinimumDuration(400)  # quick jobs never flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        def finish(callback: Callable[..., None], *args: Any) -> None:
            self.running.discard(job)
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
            callback(*args)

        def cancelled() -> None:
            finish(on_cancelled or (lambda: None))

        dialog.canceled.connect(job.cancel)
        job.signals.progressed.connect(progressed)
        job.signals.finished.connect(lambda result: finish(on_done, result))
        job.signals.failed.connect(lambda error: finish(on_failed, error))
        job.signals.cancelled.connect(cancelled)
        self.running.add(job)
        self.pool.start(job)
        return job

    def busy(self) -> bool:
        """Whether a job of this window is still running."""
        return bool(self.running)

    def stop_all(self, wait_ms: int) -> bool:
        """Cancel every job, deliver none of their results, and wait up to `wait_ms` for
        them to stop; True if they all have. A job that does not stop in time (one step
        of its work longer than that) is left to the process's end: see `left_running`."""
        for job in self.running:
            job.signals.blockSignals(True)
            job.cancel()
        done = self.pool.waitForDone(wait_ms)
        if done:
            self.running.clear()
        else:
            JobRunner.abandoned += len(self.running)
        return done

    abandoned = 0  # jobs of closed windows that had not stopped when asked

    @staticmethod
    def left_running() -> bool:
        """Whether a closed window left a job running: the process must not wait for it."""
        return JobRunner.abandoned > 0
