"""The library a window shows, and its documents: opening and collating them (in the
background), importing files, switching to another library, and noticing what another
desk or a `desk` command changed meanwhile."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtGui import QFont

from desk.core.library.documents import (
    get_document,
    import_paths,
    library_listing,
    list_documents,
)
from desk.core.library.failures import LibraryError, ReadOnly, WriteFailed
from desk.core.library.store import Library, open_library
from desk.core.review.prepare import prepare_imported, prepare_review
from desk.core.review.session import Review
from desk.gui import file_dialogs, settings
from desk.gui.library_lock import LibraryLocked, lock_library
from desk.gui.messages import warn
from desk.gui.pane_documents import PaneDocuments, pane_documents
from desk.gui.reload_bar import ReloadBar
from desk.gui.window_parts import WindowParts
from desk.gui.words import choice_text, lost_text, witness_names

if TYPE_CHECKING:
    from desk.core.library.documents import ImportReport
    from desk.gui.jobs import Progress

LAST_DOCUMENT = "last_document"
ELSEWHERE_CHECK_MS = 2000  # how often the window looks for another desk's changes


def witness_labels(library: Library, document_id: int) -> dict[str, str]:
    """Each witness of a document by id -> "1. its name", in the document's order."""
    document = get_document(library, document_id)
    return {str(w.id): f"{n}. {w.label}" for n, w in enumerate(document.witnesses, start=1)}


class DocumentController(QObject):
    """Owns the window's library and its lock; opens, imports and keeps up to date."""

    def __init__(self, window: WindowParts, library: Library, lock: QLockFile) -> None:
        super().__init__(window.window())
        self.window = window
        self.library = library
        self.lock = lock
        self.reload_bar = ReloadBar()
        self.reload_bar.reload_requested.connect(self.library_changed)
        self._seen_version = library.data_version()
        self._shape = library_listing(library)
        self._elsewhere_timer = QTimer(self, interval=ELSEWHERE_CHECK_MS)
        self._elsewhere_timer.timeout.connect(self.check_elsewhere)
        self._elsewhere_timer.start()

    def stop(self) -> None:
        """The window closes: no more looking for others' changes."""
        self._elsewhere_timer.stop()

    # Opening documents

    def open_document(self, document_id: int, wait: bool = False) -> None:
        """Collate (off the GUI thread, unless `wait`) and show a document."""
        document = get_document(self.library, document_id)
        if not document.witnesses:
            self.window.say(
                self.tr("“{title}” has no witness left to review.").format(title=document.title)
            )
            return
        path, author = self.library.path, settings.author()
        font = QFont(self.window.review_view.font)

        def collate_in_background(progress: Progress) -> tuple[Review, PaneDocuments]:
            own = open_library(path)  # an SQLite connection belongs to one thread
            try:
                review = prepare_review(own, document_id, author, progress)
            finally:
                own.close()
            return review, pane_documents(review.state, font)

        if wait:
            self._show(document_id, None)
        else:
            self.window.jobs.run(
                self.tr("Collating “{title}”…").format(title=document.title),
                collate_in_background,
                lambda made: self._show(document_id, made),
                self.window.report_failure,
            )

    def _show(self, document_id: int, made: tuple[Review, PaneDocuments] | None) -> None:
        if self.window.closed:
            return  # the collation finished after the window closed
        documents = None
        if made is not None:
            review, documents = made
            review.use_library(self.library)
        else:
            try:
                review = Review(self.library, document_id, settings.author())
            except WriteFailed as error:
                self.window.guard.report(error)
                return
            except (LibraryError, ValueError) as error:
                warn(self.window.window(), self.tr("Cannot open the document"), str(error))
                return
        labels = witness_labels(self.library, document_id)
        shown_before = self.window.review_view.review
        self.window.review_view.open_review(review, labels, documents)
        if shown_before is None or shown_before.document.id != document_id:
            self._say_choices(review)  # not on a reopening, whose own word says why
        try:
            review.save_counts()  # the library pane counts what the window shows
            with self.library.atomic():
                self.library.set_meta(LAST_DOCUMENT, str(document_id))
        except ReadOnly:
            pass  # a read-only library opens all the same, at its first document
        except WriteFailed as error:
            self.window.guard.report(error)
        if review.state.lost:
            warn(
                self.window.window(),
                self.tr("Decisions without a place"),
                self.tr(
                    "These decisions have no place in the document as it is now aligned"
                    " (another base, a witness added or taken away); decide those places again:"
                )
                + "\n\n"
                + "\n".join(lost_text(review.state)),
            )
        self.catch_up_listing()  # the collation's own commits are not another desk's
        self.window.library_pane.select_document(document_id)
        self.window.refresh()

    def _say_choices(self, review: Review) -> None:
        """On opening, which witness gives the text's order and paragraphs, what its
        words are where the witnesses differ, and how to change them."""
        if len(review.state.witness_ids) < 2:
            return
        choices, names = review.state.choices, witness_names(review.state)
        said = "; ".join(
            choice_text(field, value, names)
            for field, value in (
                ("order", choices.order),
                ("paragraphs", choices.paragraphs),
                ("proposed_words", choices.proposed_words),
            )
        )
        self.window.say(
            self.tr("{choices}. Review > Document Choices (Ctrl+D) changes them.").format(
                choices=said[:1].upper() + said[1:]
            ),
            15_000,
        )

    def open_last_document(self, wait: bool = False) -> None:
        """Reopen the document the editor had open, or the first with two witnesses (else
        the first with one)."""
        last = self.library.get_meta(LAST_DOCUMENT)
        documents = self.window.library_pane.documents
        compared = [d.id for d in documents if len(d.witnesses) > 1]
        ids = compared + [d.id for d in documents if len(d.witnesses) == 1]
        chosen = int(last) if last and int(last) in ids else (ids[0] if ids else None)
        if chosen is not None:
            self.open_document(chosen, wait)

    # Keeping up with the library

    def _open_witnesses(self) -> set[str] | None:
        """The witnesses the library now holds for the open document (None if none open)."""
        review = self.window.review_view.review
        if review is None:
            return None
        try:
            return {str(w.id) for w in get_document(self.library, review.document.id).witnesses}
        except LibraryError:
            return set()  # the document was removed

    def library_changed(self) -> None:
        """After an import or a regrouping: reopen the open document if its witnesses changed."""
        self.reload_bar.hide()
        view = self.window.review_view
        witnesses = self._open_witnesses()
        if witnesses is None:
            return
        if not witnesses:
            view.close_review()
            self.window.refresh()
        elif witnesses != set(view.review.state.witness_ids) or (
            witness_labels(self.library, view.review.document.id) != view.labels
        ):
            self.open_document(view.review.document.id)

    def prepare_regrouped(self, document_ids: list[int]) -> None:
        """Prepare again, in the background, the documents a witness moved between (the
        open one is opened again already), then show their counts."""
        review = self.window.review_view.review
        open_id = review.document.id if review is not None else None
        existing = {d.id for d in list_documents(self.library) if d.witnesses}
        chosen = [d for d in dict.fromkeys(document_ids) if d in existing and d != open_id]
        if not chosen:
            return
        library_path = self.library.path

        def work(progress: Progress) -> None:
            own = open_library(library_path)
            try:
                for done, document_id in enumerate(chosen, start=1):
                    prepare_review(own, document_id)
                    progress(done, len(chosen))
            finally:
                own.close()

        self.window.jobs.run(
            self.tr("Comparing the regrouped documents…"),
            work,
            lambda _: self.catch_up_listing(),
            lambda error: self.window.report_failure(error),
        )

    def witnesses_changed(self) -> None:
        """A witness was added or moved by this window (a page recognised): list the
        library again and reopen the open document with it."""
        self.window.library_pane.reload()
        self.library_changed()
        self.catch_up_listing()

    def check_elsewhere(self) -> None:
        """If another desk changed the library: list it again, and offer to reload the open
        document if its witnesses changed (never reloading under the editor's hands)."""
        if self.window.jobs.busy():
            return  # this window's own jobs commit through connections of their own
        try:
            version = self.library.data_version()
        except sqlite3.DatabaseError:
            self._elsewhere_timer.stop()  # reported once, not every two seconds
            raise
        if version == self._seen_version:
            return
        self.catch_up_listing()
        review = self.window.review_view.review
        witnesses = self._open_witnesses()
        if witnesses is None or witnesses == set(review.state.witness_ids):
            return
        added = len(witnesses - set(review.state.witness_ids))
        gone = len(set(review.state.witness_ids) - witnesses)
        change = self.tr(", ", "between the changes listed").join(
            part
            for part in (
                self.tr("%n witness(es) added", "", added) if added else "",
                self.tr("%n taken away", "", gone) if gone else "",
            )
            if part
        )
        self.reload_bar.offer(
            self.tr(
                "“{title}” was changed outside this window ({change})."
                " Reload to compare it as it is now; your decisions are kept."
            ).format(title=review.document.title, change=change)
        )

    def catch_up_listing(self) -> None:
        """List the library again if documents or witnesses changed since it was listed,
        else refresh the counts; note the library's version as seen."""
        self._seen_version = self.library.data_version()
        shape = library_listing(self.library)
        if shape == self._shape:
            self.window.library_pane.refresh_counts()
            return
        self._shape = shape
        current = self.window.review_view.review
        self.window.library_pane.reload()
        if current is not None:
            self.window.library_pane.select_document(current.document.id)
        self.window.refresh()

    # Importing

    def import_files(self) -> None:
        files = file_dialogs.open_files(
            self.window.window(),
            self.tr("Import transcriptions"),
            settings.last_folder("import"),
            self.tr(
                "Transcriptions and OCR files (*.txt *.text *.md *.xml *.hocr *.html *.xhtml)"
                ";;All files (*)"
            ),
        )
        if files:
            settings.save_last_folder("import", files[0].parent)
            self.import_paths(files)

    def import_folder(self) -> None:
        folder = file_dialogs.existing_folder(
            self.window.window(),
            self.tr("Import a folder of transcriptions"),
            settings.last_folder("import"),
        )
        if folder:
            settings.save_last_folder("import", folder.parent)
            self.import_paths([folder])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders in the background, then report what happened."""
        library_path = self.library.path

        def work(progress: Progress) -> ImportReport:
            own = open_library(library_path)
            try:
                # the bar's first half reads the files, the second prepares their
                # documents (so that opening them is quick): never at the end too soon
                report = import_paths(own, paths, lambda done, total: progress(done, 2 * total))
                prepare_imported(own, report, lambda done, total: progress(total + done, 2 * total))
                return report
            finally:
                own.close()

        self.window.jobs.run(
            self.tr("Importing…"),
            work,
            self._imported,
            self.window.report_failure,
            self._import_cancelled,
        )

    def _import_cancelled(self) -> None:
        """The files imported before Cancel stay: list them."""
        self.witnesses_changed()
        self.window.say(
            self.tr("Import cancelled: the files imported before it stay in the library."),
            10_000,
        )

    def _imported(self, report: ImportReport) -> None:
        if self.window.closed:
            return
        message = self.tr(
            "Imported {added} file(s); {duplicates} already in the library;"
            " {failures} could not be read."
        ).format(
            added=len(report.added),
            duplicates=len(report.duplicates),
            failures=len(report.failures),
        )
        problems = report.failures + report.images_refused
        if problems:
            details = "\n".join(f"{f.path.name}: {f.reason}" for f in problems)
            title = (
                self.tr("Some files were not imported")
                if report.failures
                else self.tr("Some page images were not attached")
            )
            warn(self.window.window(), title, f"{message}\n\n{details}")
        self.window.say(message, 10_000)
        self.witnesses_changed()  # this import is not another desk's change

    # Switching libraries

    def choose_library(self) -> None:
        path = file_dialogs.file_to_open_or_create(
            self.window.window(),
            self.tr("Open or create a library"),
            str(self.library.path.parent),
            self.tr("desk library (*.db)"),
        )
        if path:
            self.switch_library(path)

    def switch_library(self, path: Path) -> None:
        """Close this library and open another in this window."""
        if Path(path).resolve() == self.library.path.resolve():
            return  # open here already
        try:
            lock = lock_library(Path(path))
        except LibraryLocked as error:
            warn(self.window.window(), self.tr("Cannot open library"), str(error))
            return
        try:
            library = open_library(path)
        except LibraryError as error:
            lock.unlock()
            warn(self.window.window(), self.tr("Cannot open library"), str(error))
            return
        self.window.review_view.close_review()
        self.lock.unlock()
        self.library.close()
        self.library, self.lock = library, lock
        self._seen_version, self._shape = library.data_version(), library_listing(library)
        self.reload_bar.hide()
        self.window.library_pane.library = library
        self.window.library_pane.reload()
        settings.add_recent_library(path)
        self.window.refresh()
        self.open_last_document()
