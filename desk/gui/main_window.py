"""The main window: wiring of the library pane, the review view, menus and status bar."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desk.core.alignment.category_names import CATEGORIES, TEXT
from desk.core.export.files import export_documents
from desk.core.library.documents import get_document, import_paths, library_listing
from desk.core.library.store import Library, LibraryError, ReadOnly, WriteFailed, open_library
from desk.core.ocr.recognise import RecogniseError
from desk.core.review.confidence import next_low_confidence
from desk.core.review.prepare import next_to_review, prepare_imported, prepare_review
from desk.core.review.revisions import history, text_at
from desk.core.review.session import Review
from desk.gui import file_dialogs, language, settings, theme
from desk.gui.annotation_dialog import AnnotationDialog
from desk.gui.annotations_panel import AnnotationsPanel
from desk.gui.choices_dialog import ChoicesDialog
from desk.gui.export_dialog import ExportDialog
from desk.gui.guide_dialog import show_guide
from desk.gui.help_dialogs import ShortcutsDialog, show_about
from desk.gui.history_panel import CompareDialog, HistoryPanel
from desk.gui.jobs import JobRunner
from desk.gui.library_find_dialog import LibraryFindDialog
from desk.gui.library_pane import LibraryPane
from desk.gui.library_series_actions import LibrarySeriesActions
from desk.gui.messages import confirm, warn
from desk.gui.page_images_actions import IMAGE_SUFFIXES, PageImageActions
from desk.gui.preferences_dialog import Preferences, PreferencesDialog
from desk.gui.reading_dialog import ReadingDialog
from desk.gui.reload_bar import ReloadBar
from desk.gui.review_view import ReviewView
from desk.gui.words import (
    category_name,
    counts_text,
    lost_text,
    status_text,
    step_text,
    witness_names,
)
from desk.gui.write_guard import WriteGuard

LAST_DOCUMENT = "last_document"


ELSEWHERE_CHECK_MS = 2000  # how often the window looks for another desk's changes
ASK_BEFORE_DECIDING = 20  # a bulk decision of this many places is asked about first
JOBS_STOP_MS = 1500  # closing waits this long for cancelled jobs to stop


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


class MainWindow(QMainWindow):
    """The library on the left, the open document in the middle, its items below."""

    current: MainWindow | None = None

    def __init__(self, library: Library, font: QFont, lock: QLockFile | None = None) -> None:
        """`lock` is the library's lock when the caller took it before opening the library."""
        super().__init__()
        self.library = library
        self.lock = lock if lock is not None else lock_library(library.path)
        self.closed = False  # background jobs finishing later leave a closed window be
        self._handed_over = False
        MainWindow.current = self  # the window the application shows (and keeps alive)
        self.setAcceptDrops(True)
        self.guard = WriteGuard(lambda: self.library, self)
        self.jobs = JobRunner(self)
        self.guard.said.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.review_view = ReviewView(font, self.guard)
        self.reload_bar = ReloadBar()
        self.reload_bar.reload_requested.connect(self._reload_open_document)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.guard)
        column.addWidget(self.reload_bar)
        column.addWidget(self.review_view, 1)
        self.setCentralWidget(central)
        self._seen_version = library.data_version()
        self._shape = library_listing(self.library)
        self._elsewhere_timer = QTimer(self, interval=ELSEWHERE_CHECK_MS)
        self._elsewhere_timer.timeout.connect(self.check_elsewhere)
        self._elsewhere_timer.start()
        self.library_pane = LibraryPane(library, self.guard)
        self.library_pane.document_opened.connect(self.open_document)
        self.library_pane.library_changed.connect(self._library_changed)
        self.library_pane.find_requested.connect(self.find_in_library)
        self.library_dock = self._dock(
            "Library", self.tr("Library"), self.library_pane, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.items_dock = self._dock(
            "Places where the witnesses differ",
            self.tr("Places where the witnesses differ"),
            self.review_view.table_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.annotations_panel = AnnotationsPanel()
        self.annotations_panel.table.setFont(font)  # quotes in the text font, as the panes
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.notes_dock = self._dock("Notes", self.tr("Notes"), self.annotations_panel, bottom)
        self.history_panel = HistoryPanel()
        self.history_dock = self._dock("History", self.tr("History"), self.history_panel, bottom)
        self.tabifyDockWidget(self.items_dock, self.notes_dock)
        self.tabifyDockWidget(self.notes_dock, self.history_dock)
        self.items_dock.raise_()
        self.page_images = PageImageActions(self)
        self.library_series = LibrarySeriesActions(self)
        view = self.review_view
        view.annotations_changed.connect(self._show_annotations)
        view.statuses_changed.connect(self._show_history)
        self.annotations_panel.chosen.connect(view.go_to_note)
        self.annotations_panel.edit_requested.connect(self.edit_note)
        self.annotations_panel.delete_requested.connect(view.delete_note)
        self.history_dock.visibilityChanged.connect(lambda shown: shown and self._show_history())
        self.history_panel.compare_requested.connect(self.compare_revision)
        self.history_panel.restore_requested.connect(self.restore_revision)
        self._status_labels = [QLabel(), QLabel(), QLabel()]
        for label in self._status_labels:
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.statusBar().addPermanentWidget(label)
        self.review_view.current_changed.connect(self._update_status)
        self.review_view.hint.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.review_view.statuses_changed.connect(self._update_status)
        self._counts_timer = QTimer(self, singleShot=True, interval=700)  # coalesce decisions
        self._counts_timer.timeout.connect(self.library_pane.refresh_counts)
        self.review_view.statuses_changed.connect(self._counts_timer.start)
        self._build_menus()
        self._fit_to_screen()
        store = settings.settings()
        if store.value("window/geometry"):
            self.restoreGeometry(store.value("window/geometry"))
            self.restoreState(store.value("window/state"))
        settings.add_recent_library(library.path)
        self._update_status()

    def _fit_to_screen(self) -> None:
        """A first-run size that fits the screen; later runs restore the saved geometry."""
        screen = self.screen().availableGeometry()
        self.resize(min(1500, int(screen.width() * 0.95)), min(950, int(screen.height() * 0.92)))
        library_width = min(330, int(self.width() * 0.22))  # small screens keep the texts
        self.resizeDocks([self.library_dock], [library_width], Qt.Orientation.Horizontal)
        self.resizeDocks([self.items_dock], [int(self.height() * 0.3)], Qt.Orientation.Vertical)

    def _dock(self, name: str, title: str, widget, area) -> QDockWidget:
        """A dock shown as `title`, saved in the window state as `name` (English, always)."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # Menus

    def _action(self, menu, text: str, slot, shortcut=None, checkable=False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Import Files…"), self.import_files, "Ctrl+I")
        self._action(file_menu, self.tr("Import &Folder…"), self.import_folder, "Ctrl+Shift+I")
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Open Library…"), self.choose_library, QKeySequence.StandardKey.Open
        )
        self.recent_menu = file_menu.addMenu(self.tr("Recent Libraries"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Export Current Document…"), self.export_current, "Ctrl+E")
        self._action(file_menu, self.tr("Export &All Documents…"), self.export_all, "Ctrl+Shift+E")
        before_quit = file_menu.addSeparator()  # File > Attach Page Image goes above it
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        # The review's own history, wherever the focus is (the text panes keep none).
        self.undo_action = self._action(
            edit, self.tr("&Undo"), self.library_series.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(edit, self.tr("&Redo"), self.library_series.redo)
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        edit.addSeparator()
        self._action(
            edit, self.tr("&Find…"), self.review_view.open_find, QKeySequence.StandardKey.Find
        )
        self._action(
            edit,
            self.tr("Find &Next"),
            lambda: self.review_view.find_next(backwards=False),
            QKeySequence.StandardKey.FindNext,
        )
        self._action(
            edit,
            self.tr("Find &Previous"),
            lambda: self.review_view.find_next(backwards=True),
            QKeySequence.StandardKey.FindPrevious,
        )
        self._action(edit, self.tr("Find in &Library…"), self.find_in_library, "Ctrl+Shift+F")
        edit.addSeparator()
        self._action(edit, self.tr("&Preferences…"), self.open_preferences, QKeySequence("Ctrl+,"))

        review = bar.addMenu(self.tr("&Review"))
        view = self.review_view
        self._action(review, self.tr("&Next Place to Review"), lambda: self.next_place(), "F8")
        self._action(
            review,
            self.tr("&Previous Place to Review"),
            lambda: self.next_place(backwards=True),
            "Shift+F8",
        )
        self.low_first_action = self._action(
            review,
            self.tr("Visit Places Read with &Low Confidence First"),
            settings.save_low_confidence_first,
            checkable=True,
        )
        self.low_first_action.setChecked(settings.low_confidence_first())
        review.addSeparator()
        self.take_actions = [
            self._action(
                review,
                self.tr("Take Reading of Witness {n}").format(n=n),
                lambda _=False, n=n: view.take(n),
                f"Alt+{n}",
            )
            for n in range(1, 10)
        ]
        self._name_take_actions([self.tr("Witness 1"), self.tr("Witness 2")])
        self._action(review, self.tr("Take the &Clean Reading"), view.take_clean, "Alt+P")
        self._action(review, self.tr("&Type a Reading…"), self.type_reading, "F2")
        self._action(review, self.tr("&Keep the Reading as It Is"), view.keep, "Alt+K")
        self._action(
            review,
            self.tr("Decide the Same Way Where the &Readings Are the Same…"),
            self.decide_series,
            "Ctrl+R",
        )
        self._action(
            review,
            self.tr("Decide the Same Way in the &Whole Library…"),
            self.library_series.decide_in_library,
            "Ctrl+Shift+R",
        )
        self._action(review, self.tr("&Note on Selection…"), self.annotate, "Ctrl+M")
        self.accept_all_menu = review.addMenu(self.tr("Decide All Undecided"))
        self.accept_all_menu.aboutToShow.connect(self._fill_accept_all)
        self.accept_all_menu.aboutToHide.connect(self._enable_bulk_text_actions)
        # Every undecided text place at once by keyboard: Ctrl+Alt+P to the clean reading,
        # Ctrl+Alt+N to witness N's. The submenu is refilled as it opens, so these live on
        # the window and the submenu lists them among its entries.
        self.bulk_text_actions = []
        for number in range(10):
            action = QAction(
                self.tr("Text Places: the Clean Reading")
                if number == 0
                else self.tr("Text Places: Reading of Witness {n}").format(n=number),
                self,
            )
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{number}" if number else "Ctrl+Alt+P"))
            action.triggered.connect(lambda _=False, n=number: self.decide_all_text(n))
            self.addAction(action)
            self.bulk_text_actions.append(action)
        self._fill_accept_all()
        self._action(review, self.tr("Document &Choices…"), self.choose_document_choices, "Ctrl+D")
        review.addSeparator()
        self._action(review, self.tr("Go to Moved &Counterpart"), self.go_to_counterpart, "Ctrl+J")

        view_menu = bar.addMenu(self.tr("&View"))
        self.faint_action = faint = self._action(
            view_menu,
            self.tr("Show &Layout and Punctuation Places"),
            self.show_layout_and_punctuation,
            "Ctrl+L",
            checkable=True,
        )
        faint.setChecked(settings.show_layout_and_punctuation())
        view.set_show_faint(faint.isChecked())
        sync = self._action(
            view_menu,
            self.tr("&Synchronise Scrolling"),
            lambda on: setattr(view.sync, "enabled", on),
            checkable=True,
        )
        sync.setChecked(True)
        view_menu.addSeparator()
        view_menu.addAction(self.library_dock.toggleViewAction())
        view_menu.addAction(self.items_dock.toggleViewAction())
        view_menu.addAction(self.notes_dock.toggleViewAction())
        view_menu.addAction(self.history_dock.toggleViewAction())
        self.page_images.add_to_menus(file_menu, before_quit, review, view_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        shortcuts = self._action(help_menu, self.tr("&Keyboard Shortcuts"), self.show_shortcuts)
        shortcuts.setShortcuts([QKeySequence.StandardKey.HelpContents, QKeySequence("?")])
        self._action(help_menu, self.tr("&Guide"), lambda: show_guide(self))
        self._action(help_menu, self.tr("&About desk"), self.about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_libraries():
            self.recent_menu.addAction(path, lambda p=path: self.switch_library(Path(p)))

    def _fill_accept_all(self) -> None:
        """One entry per category and reading, each with the number of places it would
        decide; a category with none left is greyed, so the menu keeps its shape."""
        menu = self.accept_all_menu
        menu.clear()
        review = self.review_view.review
        if review is None:
            menu.addActions(self.bulk_text_actions)  # listed in Help > Keyboard Shortcuts
            return
        labels = self._labels(review.document.id)
        for category in CATEGORIES:
            count = len(review.undecided(category))
            readings = [(None, self.tr("the Clean Reading"))] + [
                (str(w.id), self.tr("{witness}'s Reading").format(witness=labels[str(w.id)]))
                for w in review.document.witnesses
            ]
            name = category_name(category)
            for number, (witness, reading) in enumerate(readings):
                text = self.tr("{category} Places ({count}): {reading}").format(
                    category=name[:1].upper() + name[1:], count=count, reading=reading
                )
                if category == TEXT and number < len(self.bulk_text_actions):
                    action = self.bulk_text_actions[number]  # the one with keys
                    action.setText(text)
                    menu.addAction(action)
                else:
                    action = menu.addAction(
                        text, lambda c=category, w=witness: self.decide_all(c, w)
                    )
                action.setEnabled(count > 0)
            menu.addSeparator()

    def _enable_bulk_text_actions(self) -> None:
        """Keys work whatever the submenu greyed when it was last shown (a count of none
        then may be more after an undo); decide_all_text says when there is nothing."""
        for action in self.bulk_text_actions:
            action.setEnabled(True)

    def decide_all_text(self, number: int) -> None:
        """Ctrl+Alt+P (0) / Ctrl+Alt+N: every undecided text place to the clean reading
        or to witness N's, through decide_all (which asks first when they are many)."""
        review = self.review_view.review
        if review is None:
            return
        witnesses = [str(w.id) for w in review.document.witnesses]
        if number > len(witnesses):
            self.statusBar().showMessage(
                self.tr("This document has no witness {n}.").format(n=number), 6000
            )
        elif not review.undecided(TEXT):
            self.statusBar().showMessage(self.tr("No text place is left undecided."), 6000)
        else:
            self.decide_all(TEXT, witnesses[number - 1] if number else None)

    def decide_all(self, category: str, witness: str | None) -> None:
        """Decide every undecided place of a category, asking first when they are many."""
        view = self.review_view
        count = len(view.review.undecided(category))
        reading = (
            self.tr("the clean reading")
            if witness is None
            else self.tr("{witness}'s reading").format(witness=view.labels[witness])
        )
        name = category_name(category)
        if count >= ASK_BEFORE_DECIDING and not confirm(
            self,
            self.tr("Decide all undecided places"),
            self.tr(
                "Give the %n undecided {category} place(s) {reading}?\nOne step: Ctrl+Z undoes it.",
                "",
                count,
            ).format(category=name, reading=reading),
            yes_by_default=True,
        ):
            return
        view.decide_all(category, witness)
        self.statusBar().showMessage(
            self.tr("Gave %n {category} place(s) {reading}.", "", count).format(
                category=name, reading=reading
            ),
            8000,
        )

    def next_place(self, backwards: bool = False) -> None:
        """F8 / Shift+F8: the next place to review, or word that none is left."""
        view = self.review_view
        if view.review is not None and self.low_first_action.isChecked():
            doubtful = next_low_confidence(view.review, view.current, backwards)
            if doubtful is not None:
                view.go_to(doubtful)
                self.statusBar().showMessage(
                    self.tr("Read with low confidence by the OCR: check the page image."), 6000
                )
                return
        if view.review is None or view.next_open(backwards):
            return
        following = next_to_review(self.library, view.review.document.id)
        if following is None:
            self.statusBar().showMessage(
                self.tr(
                    "Every text place is reviewed: nothing is left to decide, here or elsewhere."
                ),
                8000,
            )
        elif confirm(
            self,
            self.tr("Document reviewed"),
            self.tr(
                "Every text place in “{title}” is reviewed.\n\n"
                "Open the next document to review, “{following}”?"
            ).format(title=view.review.document.title, following=following.title),
            yes_by_default=True,
        ):
            self.open_document(following.id)
        else:
            self.statusBar().showMessage(
                self.tr("Every text place is reviewed: nothing is left to decide here."), 8000
            )

    def go_to_counterpart(self) -> None:
        """Ctrl+J: show the moved passage here in every pane, or say there is none."""
        view = self.review_view
        if view.review is not None and not view.go_to_counterpart():
            self.statusBar().showMessage(
                self.tr("Not in a moved passage: put the cursor in a tinted passage first."), 6000
            )

    def show_layout_and_punctuation(self, shown: bool) -> None:
        """View > Show Layout and Punctuation Places: in the panes and the table; kept."""
        self.review_view.set_show_faint(shown)
        settings.save_show_layout_and_punctuation(shown)

    def choose_document_choices(self) -> None:
        """Review > Document Choices: base, paragraphs, spaces, punctuation."""
        review = self.review_view.review
        if review is None:
            return
        dialog = ChoicesDialog(self, review.choices, self._labels(review.document.id))
        if dialog.exec():
            self.review_view.set_choices(dialog.choices())

    # Documents

    def _labels(self, document_id: int) -> dict[str, str]:
        document = get_document(self.library, document_id)
        return {str(w.id): f"{n}. {w.label}" for n, w in enumerate(document.witnesses, start=1)}

    def open_document(self, document_id: int, wait: bool = False) -> None:
        """Collate (off the GUI thread, unless `wait`) and show a document."""
        document = get_document(self.library, document_id)
        if len(document.witnesses) < 2:
            self.statusBar().showMessage(
                self.tr("“{title}” has one witness: nothing to compare.").format(
                    title=document.title
                ),
                8000,
            )
            return
        path = self.library.path

        author = settings.author()

        def collate_in_background(progress) -> Review:
            own = open_library(path)  # an SQLite connection belongs to one thread
            try:
                return prepare_review(own, document_id, author, progress)
            finally:
                own.close()

        def show(made: Review | None = None) -> None:
            if self.closed:
                return  # the collation finished after the window closed
            if made is not None:
                review = made
                review.use_library(self.library)
            else:
                try:
                    review = Review(self.library, document_id, author)
                except WriteFailed as error:
                    self.guard.report(error)
                    return
                except (LibraryError, ValueError) as error:
                    warn(self, self.tr("Cannot open the document"), str(error))
                    return
            labels = self._labels(document_id)
            self.review_view.open_review(review, labels)
            self._name_take_actions(list(labels.values()))
            try:
                review.save_counts()  # the library pane counts what the window shows
                with self.library.atomic():
                    self.library.set_meta(LAST_DOCUMENT, str(document_id))
            except ReadOnly:
                pass  # a read-only library opens all the same, at its first document
            except WriteFailed as error:
                self.guard.report(error)
            if review.lost:
                warn(
                    self,
                    self.tr("Decisions without a place"),
                    self.tr(
                        "These decisions have no place in the document as it is now aligned"
                        " (another base, a witness added or taken away); decide those places again:"
                    )
                    + "\n\n"
                    + "\n".join(lost_text(review)),
                )
            self.catch_up_listing()  # the collation's own commits are not another desk's
            self.library_pane.select_document(document_id)
            self._show_history()
            self._update_status()

        if wait:
            show()
        else:
            self.jobs.run(
                self.tr("Collating “{title}”…").format(title=document.title),
                collate_in_background,
                show,
                self.report_failure,
            )

    def _name_take_actions(self, labels: list[str]) -> None:
        """Review > Take Reading: one entry per witness of the open document, by name."""
        for number, action in enumerate(self.take_actions, start=1):
            action.setVisible(number <= len(labels))
            if number <= len(labels):
                action.setText(
                    self.tr("Take Reading of {witness}").format(witness=labels[number - 1])
                )

    def open_last_document(self, wait: bool = False) -> None:
        """Reopen the document the editor had open, or the first with two witnesses."""
        last = self.library.get_meta(LAST_DOCUMENT)
        documents = self.library_pane.documents
        ids = [d.id for d in documents if len(d.witnesses) > 1]
        chosen = int(last) if last and int(last) in ids else (ids[0] if ids else None)
        if chosen is not None:
            self.open_document(chosen, wait)

    def _open_witnesses(self) -> set[str] | None:
        """The witnesses the library now holds for the open document (None if none open)."""
        review = self.review_view.review
        if review is None:
            return None
        try:
            return {str(w.id) for w in get_document(self.library, review.document.id).witnesses}
        except LibraryError:
            return set()  # the document was removed

    def _library_changed(self) -> None:
        """After an import or a regrouping: reopen the open document if its witnesses changed."""
        self.reload_bar.hide()
        witnesses = self._open_witnesses()
        if witnesses is None:
            return
        if len(witnesses) < 2:
            self.review_view.close_review()
            self._update_status()
        elif witnesses != set(self.review_view.review.witness_ids) or (
            self._labels(self.review_view.review.document.id) != self.review_view.labels
        ):
            self.open_document(self.review_view.review.document.id)

    def check_elsewhere(self) -> None:
        """If another desk changed the library: list it again, and offer to reload the open
        document if its witnesses changed (never reloading under the editor's hands)."""
        if self.jobs.busy():
            return  # this window's own jobs commit through connections of their own
        try:
            version = self.library.data_version()
        except sqlite3.DatabaseError:
            self._elsewhere_timer.stop()  # reported once, not every two seconds
            raise
        if version == self._seen_version:
            return
        self.catch_up_listing()
        witnesses = self._open_witnesses()
        if witnesses is not None and witnesses != set(self.review_view.review.witness_ids):
            added = len(witnesses - set(self.review_view.review.witness_ids))
            gone = len(set(self.review_view.review.witness_ids) - witnesses)
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
                ).format(title=self.review_view.review.document.title, change=change)
            )

    def catch_up_listing(self) -> None:
        """List the library again if documents or witnesses changed since it was listed,
        else refresh the counts; note the library's version as seen."""
        self._seen_version = self.library.data_version()
        shape = library_listing(self.library)
        if shape != self._shape:
            self._shape = shape
            current = self.review_view.review
            self.library_pane.reload()
            if current is not None:
                self.library_pane.select_document(current.document.id)
            self._update_status()
        else:
            self.library_pane.refresh_counts()

    def _reload_open_document(self) -> None:
        review = self.review_view.review
        if review is not None:
            self._library_changed()

    # Importing and exporting

    def import_files(self) -> None:
        files = file_dialogs.open_files(
            self,
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
            self, self.tr("Import a folder of transcriptions"), settings.last_folder("import")
        )
        if folder:
            settings.save_last_folder("import", folder.parent)
            self.import_paths([folder])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files and folders in the background, then report what happened."""
        library_path = self.library.path

        def work(progress):
            own = open_library(library_path)
            try:
                report = import_paths(own, paths, progress)
                prepare_imported(own, report, progress)  # so that opening them is quick
                return report
            finally:
                own.close()

        self.jobs.run(
            self.tr("Importing…"), work, self._imported, self.report_failure, self._import_cancelled
        )

    def _import_cancelled(self) -> None:
        """The files imported before Cancel stay: list them."""
        self.library_pane.reload()
        self._library_changed()
        self.catch_up_listing()
        self.statusBar().showMessage(
            self.tr("Import cancelled: the files imported before it stay in the library."), 10_000
        )

    def _imported(self, report) -> None:
        if self.closed:
            return
        self.library_pane.reload()
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
            warn(self, title, f"{message}\n\n{details}")
        self.statusBar().showMessage(message, 10_000)
        self._library_changed()
        self.catch_up_listing()  # this import is not another desk's change

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Image files dropped on an open document are its page images; the rest imports."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        images = [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES]
        if images and self.review_view.review is not None:
            self.page_images.attach(images)
            paths = [p for p in paths if p not in images]
        if paths:
            self.import_paths(paths)

    def witnesses_changed(self) -> None:
        """A witness was added or moved by this window (a page recognised): list the
        library again and reopen the open document with it."""
        self.library_pane.reload()
        self._library_changed()
        self.catch_up_listing()

    def export_current(self) -> None:
        review = self.review_view.review
        if review is not None:
            self._export([review.document.id])

    def export_all(self) -> None:
        self._export(None)

    def _export(self, document_ids: list[int] | None) -> None:
        dialog = ExportDialog(
            self, self.tr("the current document") if document_ids else self.tr("every document")
        )
        if not dialog.exec() or not (formats := dialog.formats()):
            return
        folder = file_dialogs.existing_folder(
            self, self.tr("Export to folder"), settings.last_folder("export")
        )
        if folder:
            settings.save_last_folder("export", folder)
            self.export_to(folder, formats, document_ids)

    def export_to(self, folder: Path, formats: list[str], document_ids: list[int] | None) -> None:
        """Write the documents in these formats into a folder, and say how it went."""
        try:
            written = export_documents(self.library, folder, formats, document_ids)
        except (OSError, LibraryError) as error:
            warn(self, self.tr("Export failed"), str(error))
            return
        self.statusBar().showMessage(
            self.tr("Exported {count} file(s) to {folder}").format(
                count=len(written), folder=folder
            ),
            10_000,
        )

    # Libraries, preferences, the rest

    def choose_library(self) -> None:
        path = file_dialogs.file_to_open_or_create(
            self,
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
            warn(self, self.tr("Cannot open library"), str(error))
            return
        try:
            library = open_library(path)
        except LibraryError as error:
            lock.unlock()
            warn(self, self.tr("Cannot open library"), str(error))
            return
        self.review_view.close_review()
        self.lock.unlock()
        self.library.close()
        self.library, self.lock = library, lock
        self._seen_version, self._shape = library.data_version(), library_listing(library)
        self.reload_bar.hide()
        self.library_pane.library = library
        self.library_pane.reload()
        settings.add_recent_library(path)
        self._update_status()
        self.open_last_document()

    def find_in_library(self) -> None:
        """List the documents holding a string; open the one chosen with the string found."""
        dialog = LibraryFindDialog(self.library, self.review_view.find_bar.field.text(), self)
        if dialog.exec() and dialog.chosen_document is not None:
            self.open_document(dialog.chosen_document, wait=True)
            self.review_view.find_bar.open(dialog.query)
            self.review_view.find(dialog.query)
            self.review_view.find_next()

    def open_preferences(self) -> None:
        """Edit > Preferences: language, colours, font, author, faint places."""
        before = Preferences(
            language=settings.language(),
            theme=settings.theme(),
            font=self.review_view.font,
            author=settings.author(),
            show_layout_and_punctuation=self.faint_action.isChecked(),
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
            self.faint_action.setChecked(chosen.show_layout_and_punctuation)
            self.show_layout_and_punctuation(chosen.show_layout_and_punctuation)
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
        replacement = MainWindow(self.library, self.review_view.font, self.lock)
        replacement.setGeometry(self.geometry())
        self._handed_over = True
        replacement.show()
        review, decided = self.review_view.review, self.review_view.last_decided
        self.close()
        self.deleteLater()  # nothing of the old window is kept: its panes, its scan
        if review is not None:
            replacement.open_document(review.document.id, wait=True)
            replacement.review_view.last_decided = decided  # Ctrl+R still repeats it
        return replacement

    def decide_series(self) -> None:
        """Ctrl+R: after a decision, the same decision at every undecided place whose
        readings are the same, the count asked about first; one step to undo."""
        view = self.review_view
        place = view.last_decided if view.review is not None else None
        if place is None or view.review.status(place) is None:
            self.statusBar().showMessage(
                self.tr("Decide a place first, then Ctrl+R repeats it."), 6000
            )
            return
        count = view.review.same_readings_count(place)
        readings = " / ".join(
            view.review.readings(place)[w].text or "∅" for w in view.review.witness_ids
        )
        if count == 0:
            self.statusBar().showMessage(
                self.tr(
                    "No other open place here reads {readings}; Ctrl+Shift+R looks in the"
                    " whole library."
                ).format(readings=readings),
                8000,
            )
        elif confirm(
            self,
            self.tr("Decide the same way"),
            self.tr(
                "Place {place} reads {readings}; you decided it: {status} (“{reading}”).\n\n"
                "Decide the %n other open place(s) reading {readings} the same way?\n"
                "One step: Ctrl+Z undoes it.",
                "",
                count,
            ).format(
                place=place,
                readings=readings,
                status=status_text(view.review, place),
                reading=view.review.reading(place),
            )
            + "\n\n"
            + self.tr("Ctrl+Shift+R decides them in the whole library."),
            yes_by_default=True,
        ):
            done = view.decide_series()
            self.statusBar().showMessage(
                self.tr("Decided %n more place(s) the same way.", "", done), 8000
            )

    def type_reading(self) -> None:
        view = self.review_view
        if view.current is None:
            return
        start, end = view.review.span(view.current)
        readings = view.review.readings(view.current)
        dialog = ReadingDialog(
            self,
            view.review.text()[start:end],
            {view.labels.get(w, w): readings[w].text for w in view.review.witness_ids},
            view.font,
        )
        point, line_height = view.place_on_screen(view.current)
        dialog.place_beside(point, line_height)
        if dialog.exec():
            view.type_reading(dialog.reading())

    # Notes and history

    def annotate(self) -> None:
        """Write a note on the passage selected in the last focused pane."""
        view = self.review_view
        selected = view.selected_passage() if view.review else None
        if selected is None:
            self.statusBar().showMessage(
                self.tr("Select a passage in a text first, then add a note."), 6000
            )
            return
        pane, start, end = selected
        dialog = AnnotationDialog(self, view.text_of(pane)[start:end])
        if dialog.exec():
            view.add_note(pane, start, end, dialog.note(), dialog.tags())
            self.notes_dock.raise_()

    def edit_note(self, annotation_id: int) -> None:
        view = self.review_view
        annotation = next(a for a in view.annotations if a.id == annotation_id)
        dialog = AnnotationDialog(self, annotation.anchor.quote, annotation.note, annotation.tags)
        if dialog.exec():
            view.edit_note(annotation_id, dialog.note(), dialog.tags())

    def _show_annotations(self) -> None:
        view = self.review_view
        self.annotations_panel.set_annotations(
            [
                (a, view.pane_label(a), view.annotation_places.get(a.id) is not None)
                for a in view.annotations
            ]
        )

    def _show_history(self) -> None:
        """Refill the history tab, when it is shown: a long history takes time to read."""
        if self.history_panel.visibleRegion().isEmpty():  # a hidden tab is "visible" to Qt
            return
        review = self.review_view.review
        self.history_panel.set_history(
            history(review) if review else [], witness_names(review) if review else {}
        )

    def compare_revision(self, number: int) -> None:
        review = self.review_view.review
        dialog = CompareDialog(
            self, number, text_at(review, number), review.text(), self.review_view.font
        )
        if dialog.exec():
            self.restore_revision(number)

    def restore_revision(self, number: int) -> None:
        """Make the curated text what it was after a revision, as a new undoable step."""
        view = self.review_view
        if view.review is not None:
            view.restore(number)

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.menuBar(), self).exec()

    def about(self) -> None:
        show_about(self)

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

    def _update_status(self) -> None:
        view = self.review_view
        review = view.review
        title = review.document.title if review else self.tr("no document open")
        self.setWindowTitle(
            self.tr("desk — {title} — {library}").format(
                title=title, library=self.library.path.name
            )
        )
        undo = review.undo_label() if review else None
        redo = review.redo_label() if review else None
        names = witness_names(review) if review else {}
        self.undo_action.setText(
            self.tr("&Undo {step}").format(step=step_text(undo, names))
            if undo
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {step}").format(step=step_text(redo, names))
            if redo
            else self.tr("&Redo")
        )
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        if self.library.read_only:
            self.statusBar().showMessage(
                self.tr("Read-only library: you can read, compare and export, not decide."), 0
            )
        if review is None:
            counts = self.tr("%n document(s)", "", len(self.library_pane.documents))
            self._status_labels[0].setText(counts)
            self._status_labels[1].setText("")
            self._status_labels[2].setText(str(self.library.path))
            return
        self._status_labels[0].setText(review.document.title)
        self._status_labels[1].setText(counts_text(review.counts()))
        place = view.current
        where = (
            self.tr("place {place}: {category}").format(
                place=place, category=category_name(review.category(place))
            )
            if place is not None
            else ""
        )
        self._status_labels[2].setText(where)  # numbered as the table and desk review do

    def _save_layout(self) -> None:
        store = settings.settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.closed = True
        self.jobs.stop_all(JOBS_STOP_MS)
        self._counts_timer.stop()
        self._elsewhere_timer.stop()
        self.review_view.close_review()
        if not self._handed_over:  # a rebuilt window's replacement holds the library
            self._save_layout()
            self.lock.unlock()
        if MainWindow.current is self:
            MainWindow.current = None
        super().closeEvent(event)
