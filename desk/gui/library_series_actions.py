"""Deciding the same way in the whole library (Ctrl+Shift+R), and undoing or redoing
such a step in every document at once: the window's side of desk.core.review.series.
Each library-wide step runs in the background on its own library connection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desk.core.library.store import open_library
from desk.core.review.history import StepState
from desk.core.review.series import (
    Batch,
    BatchResult,
    Series,
    apply_series,
    batch_of,
    find_series,
    readings_shown,
    redo_batch,
    undo_batch,
)
from desk.gui import settings
from desk.gui.messages import confirm
from desk.gui.window_parts import WindowParts
from desk.gui.words import status_text

if TYPE_CHECKING:
    from desk.gui.jobs import Progress


class LibrarySeriesActions(QObject):
    """The library-wide series and batch undo of a main window."""

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.window())
        self.window = window

    def decide_in_library(self) -> None:
        """Ctrl+Shift+R: the last decision at every open place of every document whose
        witnesses read the same texts; the places and documents counted and asked about
        first, then one step in each document, undone together."""
        view = self.window.review_view
        place = view.last_decided if view.review is not None else None
        if place is None or view.review.state.status(place) is None:
            self.window.say(
                self.tr("Decide a place first, then Ctrl+Shift+R repeats it in the library."),
                6000,
            )
            return
        document_id, key, path = (
            view.review.document.id,
            view.review.state.keys[place],
            self.window.library.path,
        )

        def work(progress: Progress):
            own = open_library(path)  # an SQLite connection belongs to one thread
            try:
                return find_series(own, document_id, key, progress)
            finally:
                own.close()

        self.window.jobs.run(
            self.tr("Looking through the library…"),
            work,
            lambda series: self._found(series, document_id, place),
            self.window.report_failure,
        )

    def _found(self, series: Series, document_id: int, place: int) -> None:
        """Say how many places in how many documents; decide them if the editor agrees."""
        review = self.window.review_view.review
        if self.window.closed or review is None or review.document.id != document_id:
            return
        readings = readings_shown(series.readings)
        if series.count == 0:
            self.window.say(
                self.tr("No open place in the library reads {readings}.").format(readings=readings),
                8000,
            )
            return
        shown = 12
        listed = sorted(series.places.items(), key=lambda item: -len(item[1]))
        lines = [
            self.tr("“{title}”: {count}").format(title=series.titles[d], count=len(keys))
            for d, keys in listed[:shown]
        ]
        if len(listed) > shown:
            lines.append(self.tr("and %n more document(s)", "", len(listed) - shown))
        question = (
            self.tr(
                "Place {place} reads {readings}; you decided it: {status} (“{reading}”).\n\n"
                "Decide the %n open place(s) reading {readings} in the whole library the same"
                " way?",
                "",
                series.count,
            ).format(
                place=place,
                readings=readings,
                status=status_text(review.state, place),
                reading=review.state.reading(place),
            )
            + "\n"
            + self.tr(
                "They are in %n document(s): one step in each, and Ctrl+Z undoes them together.",
                "",
                series.documents,
            )
            + "\n\n"
            + "\n".join(lines)
        )
        if not confirm(
            self.window.window(),
            self.tr("Decide the same way in the whole library"),
            question,
            yes_by_default=True,
        ):
            return
        path, author = self.window.library.path, settings.author()

        def work(progress: Progress):
            own = open_library(path)
            try:
                return apply_series(own, series, author, progress)
            finally:
                own.close()

        self.window.jobs.run(
            self.tr("Deciding in the whole library…"),
            work,
            self._applied,
            self.window.report_failure,
        )

    def _applied(self, batch: Batch) -> None:
        if self.window.closed:
            return
        self._after_library_steps()
        self.window.say(
            self.tr("Decided %n place(s) the same way", "", batch.places)
            + " "
            + self.tr("in %n document(s).", "", batch.documents),
            10_000,
        )

    def _after_library_steps(self) -> None:
        """After steps taken in many documents at once: the library's counts, and the open
        document shown as the library now holds it."""
        self.window.documents.catch_up_listing()  # this window's own change, not another desk's
        self.window.library_pane.refresh_counts()
        review = self.window.review_view.review
        if review is not None:
            self.window.documents.open_document(review.document.id, wait=True)

    def undo(self) -> None:
        """Edit > Undo: the review's last step; a step taken in the whole library at once
        is offered to be undone in every document."""
        if not self._history_batch(undo=True):
            self.window.review_view.undo()

    def redo(self) -> None:
        """Edit > Redo, as Undo: a library-wide step is offered to be redone everywhere."""
        if not self._history_batch(undo=False):
            self.window.review_view.redo()

    def _history_batch(self, undo: bool) -> bool:
        """If the step Undo (Redo) would take was one of a library-wide batch, ask whether
        to undo (redo) it in every document, and start that; False if not asked or the
        editor answers for this document only."""
        review = self.window.review_view.review
        if review is None:
            return False
        numbers = [
            s.number
            for s in review.state.steps
            if s.state == (StepState.APPLIED if undo else StepState.UNDONE)
        ]
        if not numbers:
            return False
        batch = batch_of(
            self.window.library, review.document.id, numbers[-1] if undo else numbers[0]
        )
        if batch is None or batch.documents < 2:
            return False
        if undo:
            title = self.tr("Undo in the whole library")
            question = self.tr(
                "This step was taken in %n document(s) at once. Undo it in all of them?\n\n"
                "No: undo it in this document only.",
                "",
                batch.documents,
            )
        else:
            title = self.tr("Redo in the whole library")
            question = self.tr(
                "This step was taken in %n document(s) at once. Redo it in all of them?\n\n"
                "No: redo it in this document only.",
                "",
                batch.documents,
            )
        if not confirm(self.window.window(), title, question, yes_by_default=True):
            return False
        path, author, act = (
            self.window.library.path,
            settings.author(),
            undo_batch if undo else redo_batch,
        )

        def work(progress: Progress):
            own = open_library(path)
            try:
                return act(own, batch, author, progress)
            finally:
                own.close()

        self.window.jobs.run(
            self.tr("Undoing in the whole library…")
            if undo
            else self.tr("Redoing in the whole library…"),
            work,
            lambda result: self._batch_done(result, undo),
            self.window.report_failure,
        )
        return True

    def _batch_done(self, result: BatchResult, undo: bool) -> None:
        if self.window.closed:
            return
        self._after_library_steps()
        done = (
            self.tr("Undone in %n document(s).", "", len(result.changed))
            if undo
            else self.tr("Redone in %n document(s).", "", len(result.changed))
        )
        if result.left:
            done += " " + self.tr(
                "%n document(s) were left as they were: later steps lie on top of it there.",
                "",
                len(result.left),
            )
        self.window.say(done, 10_000)
