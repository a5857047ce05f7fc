"""The window's menus, each made from one table of entries: text, what it does, keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desk.core.alignment.category_names import CATEGORIES, TEXT
from desk.core.review.step_labels import StepLabel
from desk.gui import settings
from desk.gui.document_controller import witness_labels
from desk.gui.guide_dialog import show_guide
from desk.gui.help_dialogs import ShortcutsDialog, show_about
from desk.gui.words import category_name, step_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenuBar

    from desk.core.library.store import Library
    from desk.gui.export_actions import ExportActions
    from desk.gui.library_series_actions import LibrarySeriesActions
    from desk.gui.page_images_actions import PageImageActions
    from desk.gui.review_actions import ReviewActions
    from desk.gui.review_view import ReviewView
    from desk.gui.window_parts import Documents

Keys = Sequence[str | QKeySequence.StandardKey]


@dataclass(frozen=True)
class Entry:
    """One menu entry: its text, what it does, its keys; `checked` makes it a toggle
    (starting ticked or not) whose slot is given the new state."""

    text: str
    slot: Callable
    keys: Keys = ()
    checked: bool | None = None


SEPARATOR = None
WITNESS_KEYS = 9  # Alt+1 … Alt+9 take a witness's reading


class MenuHolder(Protocol):
    """What the menus use of the window: the objects their entries call, and the window
    itself, which holds the menu bar and the actions."""

    library: Library
    review_view: ReviewView
    documents: Documents
    review_actions: ReviewActions
    exports: ExportActions
    library_series: LibrarySeriesActions
    page_images: PageImageActions
    docks: list[QDockWidget]

    def window(self) -> QMainWindow: ...

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 (Qt's name)

    def addAction(self, action: QAction) -> None: ...  # noqa: N802 (Qt's name)

    def close(self) -> bool: ...

    def annotate(self) -> None: ...

    def find_in_library(self) -> None: ...

    def open_preferences(self) -> None: ...


# Readings (the clean one and each witness's) listed flat under Decide All Undecided; with
# more, each category gets a submenu, so that the menu fits a 1000 px screen.
FLAT_READINGS = 3


class WindowMenus(QObject):
    """Builds the menu bar; keeps the entries whose text or state follows the review."""

    def __init__(self, window: MenuHolder) -> None:
        super().__init__(window.window())
        self.window = window
        view, documents, review = window.review_view, window.documents, window.review_actions
        bar = window.menuBar()
        file_menu = self._menu(
            self.tr("&File"),
            [
                Entry(self.tr("&Import Files…"), documents.import_files, ["Ctrl+I"]),
                Entry(self.tr("Import &Folder…"), documents.import_folder, ["Ctrl+Shift+I"]),
                SEPARATOR,
                Entry(
                    self.tr("&Open Library…"),
                    documents.choose_library,
                    [QKeySequence.StandardKey.Open],
                ),
            ],
        )
        self.recent_menu = file_menu.addMenu(self.tr("Recent Libraries"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._add(
            file_menu,
            [
                SEPARATOR,
                Entry(
                    self.tr("&Export Current Document…"),
                    window.exports.export_current,
                    ["Ctrl+E"],
                ),
                Entry(
                    self.tr("Export &All Documents…"), window.exports.export_all, ["Ctrl+Shift+E"]
                ),
            ],
        )
        before_quit = file_menu.addSeparator()  # File > Attach Page Image goes above it
        self._add(
            file_menu, [Entry(self.tr("&Quit"), window.close, [QKeySequence.StandardKey.Quit])]
        )

        edit = self._menu(
            self.tr("&Edit"),
            [
                # The review's own history, wherever the focus is (the panes keep none).
                Entry(
                    self.tr("&Undo"), window.library_series.undo, [QKeySequence.StandardKey.Undo]
                ),
                Entry(
                    self.tr("&Redo"),
                    window.library_series.redo,
                    [QKeySequence.StandardKey.Redo, "Ctrl+Y"],
                ),
                SEPARATOR,
                Entry(self.tr("&Find…"), view.finder.open, [QKeySequence.StandardKey.Find]),
                Entry(
                    self.tr("Find &Next"),
                    lambda: view.finder.find_next(backwards=False),
                    [QKeySequence.StandardKey.FindNext],
                ),
                Entry(
                    self.tr("Find &Previous"),
                    lambda: view.finder.find_next(backwards=True),
                    [QKeySequence.StandardKey.FindPrevious],
                ),
                Entry(self.tr("Find in &Library…"), window.find_in_library, ["Ctrl+Shift+F"]),
                SEPARATOR,
                Entry(self.tr("&Preferences…"), window.open_preferences, ["Ctrl+,"]),
            ],
        )
        self.undo_action, self.redo_action = edit.actions()[:2]
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        takes = [
            Entry(
                self.tr("Take Reading of Witness {n}").format(n=n),
                lambda _=False, n=n: view.take(n),
                [f"Alt+{n}"],
            )
            for n in range(1, WITNESS_KEYS + 1)
        ]
        review_menu = self._menu(
            self.tr("&Review"),
            [
                Entry(self.tr("&Next Place to Review"), lambda: review.next_place(), ["F8"]),
                Entry(
                    self.tr("&Previous Place to Review"),
                    lambda: review.next_place(backwards=True),
                    ["Shift+F8"],
                ),
                Entry(
                    self.tr("Visit Places Read with &Low Confidence First"),
                    settings.save_low_confidence_first,
                    checked=settings.low_confidence_first(),
                ),
                Entry(
                    self.tr("Visit the Least &Sure Proposals First"),
                    settings.save_least_sure_first,
                    checked=settings.least_sure_first(),
                ),
                SEPARATOR,
                *takes,
                Entry(self.tr("Take the &Clean Reading"), view.take_clean, ["Alt+P"]),
                Entry(self.tr("Take the Pr&oposal"), view.take_proposal, ["Alt+0"]),
                Entry(self.tr("&Type a Reading…"), review.type_reading, ["F2"]),
                Entry(self.tr("&Keep the Reading as It Is"), view.keep, ["Alt+K"]),
                Entry(
                    self.tr("Decide the Same Way Where the &Readings Are the Same…"),
                    review.decide_series,
                    ["Ctrl+R"],
                ),
                Entry(
                    self.tr("Decide the Same Way in the &Whole Library…"),
                    window.library_series.decide_in_library,
                    ["Ctrl+Shift+R"],
                ),
                Entry(
                    self.tr("&Accept Sure Proposals…"),
                    review.accept_sure_proposals,
                    ["Ctrl+Shift+A"],
                ),
                Entry(self.tr("&Note on Selection…"), window.annotate, ["Ctrl+M"]),
            ],
        )
        actions = review_menu.actions()
        self.low_first_action = actions[2]
        self.least_sure_action = actions[3]
        self.take_actions = actions[5 : 5 + WITNESS_KEYS]
        as_read = QMenu(self.tr("Take Reading &as Read"), review_menu)
        review_menu.insertMenu(actions[5 + WITNESS_KEYS], as_read)
        self.take_as_read_actions = []
        for n in range(1, WITNESS_KEYS + 1):
            action = as_read.addAction(self.tr("Witness {n}").format(n=n))
            action.setShortcut(QKeySequence(f"Alt+Shift+{n}"))
            action.triggered.connect(lambda _=False, n=n: view.take(n, as_read=True))
            self.window.addAction(action)  # its keys work with the submenu closed
            self.take_as_read_actions.append(action)
        self.name_take_actions([self.tr("Witness 1"), self.tr("Witness 2")])
        self.accept_all_menu = review_menu.addMenu(self.tr("Decide All Undecided"))
        self.accept_all_menu.aboutToShow.connect(self.fill_accept_all)
        self.accept_all_menu.aboutToHide.connect(self._enable_bulk_text_actions)
        self.bulk_text_actions = self._bulk_text_actions()
        self.fill_accept_all()
        self._add(
            review_menu,
            [
                Entry(self.tr("Document &Choices…"), review.choose_document_choices, ["Ctrl+D"]),
                SEPARATOR,
                Entry(self.tr("Go to Moved &Counterpart"), review.go_to_counterpart, ["Ctrl+J"]),
            ],
        )

        view_menu = self._menu(
            self.tr("&View"),
            [
                Entry(
                    self.tr("Show &Layout and Punctuation Places"),
                    review.show_layout_and_punctuation,
                    ["Ctrl+L"],
                    checked=settings.show_layout_and_punctuation(),
                ),
                Entry(
                    self.tr("&Synchronise Scrolling"),
                    lambda on: setattr(view.sync, "enabled", on),
                    checked=True,
                ),
                SEPARATOR,
            ],
        )
        self.faint_action = view_menu.actions()[0]
        view.set_show_faint(self.faint_action.isChecked())
        for dock in window.docks:
            view_menu.addAction(dock.toggleViewAction())
        window.page_images.add_to_menus(file_menu, before_quit, review_menu, view_menu)

        self._menu(
            self.tr("&Help"),
            [
                Entry(
                    self.tr("&Keyboard Shortcuts"),
                    lambda: ShortcutsDialog(bar, window.window()).exec(),
                    [QKeySequence.StandardKey.HelpContents, "?"],
                ),
                Entry(self.tr("&Guide"), lambda: show_guide(window.window())),
                Entry(self.tr("&About desk"), lambda: show_about(window.window())),
            ],
        )

    def _menu(self, title: str, entries: list[Entry | None]) -> QMenu:
        menu = self.window.menuBar().addMenu(title)
        self._add(menu, entries)
        return menu

    def _add(self, menu: QMenu, entries: list[Entry | None]) -> None:
        for entry in entries:
            if entry is SEPARATOR:
                menu.addSeparator()
                continue
            action = QAction(entry.text, self.window.window())
            action.setShortcuts([QKeySequence(keys) for keys in entry.keys])
            if entry.checked is not None:
                action.setCheckable(True)
                action.setChecked(entry.checked)
            action.triggered.connect(entry.slot)
            menu.addAction(action)

    def _bulk_text_actions(self) -> list[QAction]:
        """Every undecided text place at once by keyboard: Ctrl+Alt+P to the clean
        reading, Ctrl+Alt+N to witness N's. The submenu is refilled as it opens, so these
        live on the window and the submenu lists them among its entries."""
        made = []
        for number in range(WITNESS_KEYS + 1):
            action = QAction(
                self.tr("Text Places: the Clean Reading")
                if number == 0
                else self.tr("Text Places: Reading of Witness {n}").format(n=number),
                self.window.window(),
            )
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{number}" if number else "Ctrl+Alt+P"))
            action.triggered.connect(
                lambda _=False, n=number: self.window.review_actions.decide_all_text(n)
            )
            self.window.addAction(action)
            made.append(action)
        return made

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_libraries():
            self.recent_menu.addAction(
                path, lambda p=path: self.window.documents.switch_library(Path(p))
            )

    def fill_accept_all(self) -> None:
        """One entry per category and reading, each with the number of places it would
        decide; a category with none left is greyed, so the menu keeps its shape."""
        menu = self.accept_all_menu
        menu.clear()
        review = self.window.review_view.review
        if review is None:
            menu.addActions(self.bulk_text_actions)  # listed in Help > Keyboard Shortcuts
            return
        labels = witness_labels(self.window.library, review.document.id)
        readings = [(None, self.tr("the Clean Reading"))] + [
            (str(w.id), self.tr("{witness}'s Reading").format(witness=labels[str(w.id)]))
            for w in review.document.witnesses
        ]
        nested = len(readings) > FLAT_READINGS  # many witnesses: a submenu per category
        for category in CATEGORIES:
            count = len(review.state.undecided(category))
            name = category_name(category)
            shown = name[:1].upper() + name[1:]
            places = self.tr("{category} Places ({count})").format(category=shown, count=count)
            into = menu.addMenu(places) if nested else menu
            into.setEnabled(count > 0)
            for number, (witness, reading) in enumerate(readings):
                text = (
                    reading
                    if nested
                    else self.tr("{category} Places ({count}): {reading}").format(
                        category=shown, count=count, reading=reading
                    )
                )
                if category == TEXT and number < len(self.bulk_text_actions):
                    action = self.bulk_text_actions[number]  # the one with keys
                    action.setText(text)
                    into.addAction(action)
                else:
                    action = into.addAction(
                        text,
                        lambda c=category, w=witness: self.window.review_actions.decide_all(c, w),
                    )
                action.setEnabled(count > 0)
            if not nested:
                menu.addSeparator()

    def _enable_bulk_text_actions(self) -> None:
        """Keys work whatever the submenu greyed when it was last shown (a count of none
        then may be more after an undo); decide_all_text says when there is nothing."""
        for action in self.bulk_text_actions:
            action.setEnabled(True)

    def name_take_actions(self, labels: list[str]) -> None:
        """Review > Take Reading, and Take Reading as Read: one entry per witness of the
        open document, by name."""
        for number, (action, as_read) in enumerate(
            zip(self.take_actions, self.take_as_read_actions), start=1
        ):
            action.setVisible(number <= len(labels))
            as_read.setVisible(number <= len(labels))
            if number <= len(labels):
                action.setText(
                    self.tr("Take Reading of {witness}").format(witness=labels[number - 1])
                )
                as_read.setText(labels[number - 1])

    def show_undo(
        self, undo: StepLabel | None, redo: StepLabel | None, names: dict[str, str]
    ) -> None:
        """Edit > Undo and Redo name the steps they would undo and redo."""
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
