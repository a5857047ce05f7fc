"""The main window: it lays out the library pane, the review view and the tabs below, and
wires them to the helpers that act (documents, review actions, exports, page images,
library-wide series, menus, status line)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QMainWindow, QVBoxLayout, QWidget

from desk.core.library.failures import LibraryError, ReadOnly, WriteFailed
from desk.core.library.store import Library
from desk.core.ocr.recognise import RecogniseError
from desk.gui import language, settings, theme
from desk.gui.annotations_panel import AnnotationsPanel
from desk.gui.document_controller import DocumentController
from desk.gui.export_actions import ExportActions
from desk.gui.history_panel import HistoryPanel
from desk.gui.jobs import JobRunner
from desk.gui.library_find_dialog import LibraryFindDialog
from desk.gui.library_lock import lock_library
from desk.gui.library_pane import LibraryPane
from desk.gui.library_series_actions import LibrarySeriesActions
from desk.gui.messages import warn
from desk.gui.page_images_actions import IMAGE_SUFFIXES, PageImageActions
from desk.gui.preferences_dialog import Preferences, PreferencesDialog
from desk.gui.review_actions import ReviewActions
from desk.gui.review_view import ReviewView
from desk.gui.status_line import StatusLine
from desk.gui.window_menus import WindowMenus
from desk.gui.words import witness_names
from desk.gui.write_guard import WriteGuard

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

JOBS_STOP_MS = 1500  # closing waits this long for cancelled jobs to stop
COUNTS_DELAY_MS = 700  # the library pane's counts follow a run of decisions once


class MainWindow(QMainWindow):
    """The library on the left, the open document in the middle, its items below."""

    current: MainWindow | None = None

    def __init__(self, library: Library, font: QFont, lock: QLockFile | None = None) -> None:
        """`lock` is the library's lock when the caller took it before opening the library."""
        super().__init__()
        self.closed = False  # background jobs finishing later leave a closed window be
        self._said_reviewed = ""  # the word that nothing is left, taken back once something is
        self._handed_over = False
        MainWindow.current = self  # the window the application shows (and keeps alive)
        self.setAcceptDrops(True)
        self.guard = WriteGuard(lambda: self.library, self)
        self.guard.said.connect(lambda text: self.say(text))
        self.jobs = JobRunner(self)
        self.review_view = ReviewView(font, self.guard)
        self.library_pane = LibraryPane(library, self.guard)
        self.documents = DocumentController(
            self, library, lock if lock is not None else lock_library(library.path)
        )
        self.review_actions = ReviewActions(self)
        self.exports = ExportActions(self)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.guard)
        column.addWidget(self.documents.reload_bar)
        column.addWidget(self.review_view, 1)
        self.setCentralWidget(central)
        self.annotations_panel = AnnotationsPanel()
        self.annotations_panel.table.setFont(font)  # quotes in the text font, as the panes
        self.history_panel = HistoryPanel()
        left, bottom = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.BottomDockWidgetArea
        self.library_dock = self._dock("Library", self.tr("Library"), self.library_pane, left)
        self.items_dock = self._dock(
            "Places where the witnesses differ",
            self.tr("Places where the witnesses differ"),
            self.review_view.table_panel,
            bottom,
        )
        self.notes_dock = self._dock("Notes", self.tr("Notes"), self.annotations_panel, bottom)
        self.history_dock = self._dock("History", self.tr("History"), self.history_panel, bottom)
        self.docks = [self.library_dock, self.items_dock, self.notes_dock, self.history_dock]
        self.tabifyDockWidget(self.items_dock, self.notes_dock)
        self.tabifyDockWidget(self.notes_dock, self.history_dock)
        self.items_dock.raise_()
        self.page_images = PageImageActions(self)
        self.library_series = LibrarySeriesActions(self)
        self.status_line = StatusLine(self)
        self._counts_timer = QTimer(self, singleShot=True, interval=COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self.library_pane.refresh_counts)
        self._wire()
        self.menus = WindowMenus(self)
        store = settings.settings()
        if store.value("window/geometry"):
            self.restoreGeometry(store.value("window/geometry"))
            self.restoreState(store.value("window/state"))
        else:
            self._fit_to_screen()
        settings.add_recent_library(library.path)
        self.refresh()

    @property
    def library(self) -> Library:
        return self.documents.library

    def _wire(self) -> None:
        view, panel, pane = self.review_view, self.annotations_panel, self.library_pane
        pane.document_opened.connect(self.documents.open_document)
        pane.library_changed.connect(self.documents.library_changed)
        pane.regrouped.connect(self.documents.prepare_regrouped)
        pane.find_requested.connect(self.find_in_library)
        view.annotations_changed.connect(self._show_annotations)
        view.statuses_changed.connect(self.refresh)
        view.statuses_changed.connect(self._counts_timer.start)
        view.current_changed.connect(self._show_status)
        view.hint.connect(lambda text: self.say(text, 10_000))
        panel.chosen.connect(view.notes.go_to)
        panel.edit_requested.connect(self.review_actions.edit_note)
        panel.delete_requested.connect(view.notes.delete)
        self.history_dock.visibilityChanged.connect(lambda shown: shown and self._show_history())
        self.history_panel.compare_requested.connect(self.review_actions.compare_step)
        self.history_panel.restore_requested.connect(self.review_actions.go_back_to_step)

    def _fit_to_screen(self) -> None:
        """A first-run size that fits the screen; later runs restore the saved geometry.
        The docks are sized once the window is laid out: before, Qt sets them back to
        their widgets' own sizes."""
        screen = self.screen().availableGeometry()
        self.resize(min(1500, int(screen.width() * 0.95)), min(950, int(screen.height() * 0.92)))
        QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        library_width = max(220, min(330, int(self.width() * 0.22)))  # small screens keep the texts
        self.resizeDocks([self.library_dock], [library_width], Qt.Orientation.Horizontal)
        self.resizeDocks([self.items_dock], [int(self.height() * 0.3)], Qt.Orientation.Vertical)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock shown as `title`, saved in the window state as `name` (English, always)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # What the helpers use of the window (WindowParts)

    def say(self, text: str, milliseconds: int = 8000) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def say_reviewed(self, text: str) -> None:
        """Say that nothing is left to review; the word goes as soon as a place is open
        again (Ctrl+Z)."""
        self._said_reviewed = text
        self.say(text)

    def refresh(self) -> None:
        """Show again what depends on the open document: title, counts, Undo, history."""
        review = self.review_view.review
        names = witness_names(review.state) if review else {}
        self.menus.show_undo(
            review.state.undo_label() if review else None,
            review.state.redo_label() if review else None,
            names,
        )
        if review is not None:
            self.menus.name_take_actions(list(self.review_view.labels.values()))
            listed = {d.id: d.title for d in self.library_pane.documents}
            if listed.get(review.document.id, review.document.title) != review.document.title:
                self.documents.catch_up_listing()  # the title followed the curated text
            reopened = review.state.counts().open > 0
            if reopened and self.statusBar().currentMessage() == self._said_reviewed:
                self.statusBar().clearMessage()
        self._show_status()
        self._show_history()

    def report_failure(self, error: Exception, title: str = "desk") -> None:
        """Say why a background job failed: a write the library refused through the
        guard, anything else in a box."""
        if self.closed:
            return
        if isinstance(error, (WriteFailed, ReadOnly)):
            self.guard.report(error)
        elif isinstance(error, (LibraryError, RecogniseError)):
            warn(self, title, str(error))
        else:
            warn(self, title, f"{type(error).__name__}: {error}")

    # Actions of the window itself

    def annotate(self) -> None:
        """Ctrl+M: a note on the selected passage, then the notes tab in front."""
        if self.review_actions.annotate():
            self.notes_dock.raise_()

    def find_in_library(self) -> None:
        """List the documents holding a string; open the one chosen with the string found."""
        view = self.review_view
        dialog = LibraryFindDialog(self.library, view.find_bar.field.text(), self)
        if dialog.exec() and dialog.chosen_document is not None:
            self.documents.open_document(dialog.chosen_document, wait=True)
            view.find_bar.open(dialog.query)
            view.finder.find(dialog.query)
            view.finder.find_next()

    def open_preferences(self) -> None:
        """Edit > Preferences: language, colours, font, author, faint places."""
        before = Preferences(
            language=settings.language(),
            theme=settings.theme(),
            font=self.review_view.font,
            author=settings.author(),
            show_layout_and_punctuation=self.menus.faint_action.isChecked(),
        )
        dialog = PreferencesDialog(self, before)
        if dialog.exec():
            self.apply_preferences(dialog.preferences(), before)

    def apply_preferences(self, chosen: Preferences, before: Preferences) -> None:
        """Save and apply what changed; a new language rebuilds the window in it."""
        if chosen.font != before.font:
            settings.save_text_font(chosen.font)
            self.review_view.set_text_font(chosen.font)
            self.annotations_panel.table.setFont(chosen.font)
        if chosen.author != before.author:
            settings.save_author(chosen.author)
            if self.review_view.review is not None:
                self.review_view.review.author = chosen.author
        if chosen.show_layout_and_punctuation != before.show_layout_and_punctuation:
            self.menus.faint_action.setChecked(chosen.show_layout_and_punctuation)
            self.review_actions.show_layout_and_punctuation(chosen.show_layout_and_punctuation)
        if chosen.theme != before.theme:
            settings.save_theme(chosen.theme)
            theme.apply(chosen.theme)
        if chosen.language != before.language:
            settings.save_language(chosen.language)
            language.install(chosen.language)
            self.rebuild()

    def rebuild(self) -> MainWindow:
        """Put a new window in this one's place, made in the language now installed:
        same library (and its lock), same document and place; this one closes."""
        self._save_layout()
        replacement = MainWindow(self.library, self.review_view.font, self.documents.lock)
        replacement.setGeometry(self.geometry())
        self._handed_over = True
        replacement.show()
        review, decided = self.review_view.review, self.review_view.last_decided
        self.close()
        self.deleteLater()  # nothing of the old window is kept: its panes, its scan
        if review is not None:
            replacement.documents.open_document(review.document.id, wait=True)
            replacement.review_view.last_decided = decided  # Ctrl+R still repeats it
        return replacement

    # Showing

    def _show_status(self) -> None:
        view = self.review_view
        self.status_line.show(
            self.library, view.review, view.current, len(self.library_pane.documents)
        )

    def _show_annotations(self) -> None:
        view = self.review_view
        self.annotations_panel.set_annotations(
            [
                (a, view.notes.pane_label(a), view.notes.places.get(a.id) is not None)
                for a in view.notes.annotations
            ]
        )

    def _show_history(self) -> None:
        """Refill the history tab, when it is shown: a long history takes time to read."""
        if self.history_panel.visibleRegion().isEmpty():  # a hidden tab is "visible" to Qt
            return
        review = self.review_view.review
        self.history_panel.set_history(
            review.history() if review else [], witness_names(review.state) if review else {}
        )

    # Drops and closing

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        """Image files dropped on an open document are its page images; the rest imports."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        images = [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES]
        if images and self.review_view.review is not None:
            self.page_images.attach(images)
            paths = [p for p in paths if p not in images]
        if paths:
            self.documents.import_paths(paths)

    def _save_layout(self) -> None:
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.closed = True
        self.jobs.stop_all(JOBS_STOP_MS)
        self._counts_timer.stop()
        self.documents.stop()
        self.review_view.close_review()
        if not self._handed_over:  # a rebuilt window's replacement holds the library
            self._save_layout()
            self.documents.lock.unlock()
        if MainWindow.current is self:
            MainWindow.current = None
        super().closeEvent(event)
