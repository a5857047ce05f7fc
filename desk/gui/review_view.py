"""The open document: witnesses and curated text side by side, and the list of places.

Every action is a call into desk.core.review; this module only shows what the review
holds. It applies the curated-text edits an action reports (or reloads the text), paints
the visible spans and keeps the panes level and the table in step. It keeps no text and
no history of its own: Undo and Redo are the review's, and when a write fails the panes
are shown again from the review, which is as the library holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.alignment.category_names import CATEGORIES, SHOWN_ORDER
from desk.core.library.failures import LibraryError
from desk.core.review.outcome import Outcome
from desk.core.review.session import Review
from desk.core.review.state import TO_REVIEW
from desk.gui.curated_typing import MANY_EDITS, CuratedTyping
from desk.gui.pane_find import PaneFind
from desk.gui.pane_ids import CURATED
from desk.gui.pane_moves import PaneMoves
from desk.gui.pane_notes import PaneNotes
from desk.gui.pane_painting import PanePainting
from desk.gui.scroll_sync import ScrollSync, follow_review
from desk.gui.text_pane import TextPane
from desk.gui.variant_table import PLACE_ROLE, FilterBar, PlaceTableModel, size_columns
from desk.gui.write_guard import WriteGuard

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from desk.core.review.choices import Choices
    from desk.gui.pane_documents import PaneDocuments


CURATED_PANE_MIN = 160  # pixels
WITNESS_PANE_MIN = 60  # pixels: seven witnesses and the curated text fit 1024 px
EVEN_SHARE = 10_000  # a pane's share of the splitter when the panes are laid out anew


class ReviewView(QWidget):
    """Side-by-side panes of the open document and its place table (shown by the window)."""

    current_changed = Signal()
    statuses_changed = Signal()  # decisions, choices or the history changed
    annotations_changed = Signal()
    hint = Signal(str)  # a word for the status bar
    review_changed = Signal()  # a document opened, or the open one closed

    def __init__(self, font: QFont, guard: WriteGuard) -> None:
        super().__init__()
        self.font = font
        self.guard = guard  # told of every failed write; while paused, nothing is written
        guard.paused_changed.connect(self._writing_paused)
        self.labels: dict[str, str] = {}  # witness id -> its name in the panes and the table
        self.last_decided: int | None = None  # the place Ctrl+R repeats
        self.model: PlaceTableModel | None = None
        self.review: Review | None = None
        self.current: int | None = None
        self.show_faint = False  # layout and punctuation follow the document choices
        self.sync = ScrollSync()
        self.panes: dict[str, TextPane] = {}
        self.typing = CuratedTyping(self)
        self.painting = PanePainting(self)
        self.notes = PaneNotes(self)
        self.moves = PaneMoves(self)
        self.last_focused = CURATED
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        self.finder = PaneFind(self)
        self.find_bar = self.finder.bar
        layout.addWidget(self.find_bar, 0)
        self.statuses_changed.connect(self.finder.refind)
        self.filter_bar = FilterBar()
        self.shown_filter: tuple[set[str], str] = (set(CATEGORIES), "all")
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.set_text_font(font)
        self.table_panel = QWidget()
        table_layout = QVBoxLayout(self.table_panel)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.filter_bar)
        table_layout.addWidget(self.table)
        self.filter_bar.changed.connect(self._filter_changed)
        self.filter_bar.set_faint_shown(self.show_faint)

    def _filter_changed(self, categories: set[str], status: str) -> None:
        """The table's filter: kept for the next document too."""
        self.shown_filter = (categories, status)
        if self.model is not None:
            self.model.set_filter(categories, status)
            if self.current is not None:
                self._select_row(self.current)

    def set_text_font(self, font: QFont) -> None:
        """Texts, and the readings in the table, in the editor's font: a small table font
        makes 肓 and 育 look alike."""
        self.font = font
        for pane in self.panes.values():
            pane.editor.setFont(font)
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(QFontMetrics(font).lineSpacing() + 8)

    # Opening

    def open_review(
        self, review: Review, labels: dict[str, str], documents: PaneDocuments | None = None
    ) -> None:
        """Show a document's review: one pane per witness in the document's order (so
        that Alt+1 takes the first pane's reading, whichever is the base), then the
        curated text; with `documents`, the panes' texts made beforehand, off the GUI
        thread (each used only if it holds the text its pane shows)."""
        self.close_review()
        self.review = review
        self.labels = labels
        self.last_decided = None
        texts = {w.id: w.text for w in review.state.alignment.witnesses}
        for witness in (str(w.id) for w in review.document.witnesses):
            title = labels.get(witness, witness)
            if witness == review.state.base_id:
                title = self.tr("{witness} — base: order and words").format(witness=title)
            self._add_pane(witness, TextPane(title, self.font))
        editable = not review.library.read_only
        title = (
            self.tr("Curated text (editable)")
            if editable
            else self.tr("Curated text (read-only library)")
        )
        curated = TextPane(title, self.font, editable=editable and not self.guard.paused)
        self._add_pane(CURATED, curated)
        # The texts go in once every pane has its width: a book laid out again at each
        # new pane's arrival cost 0.4 s.
        for name, pane in self.panes.items():
            text = review.state.text() if name == CURATED else texts[name]
            made = (documents or {}).get(name)
            if made is not None and made[1] == text:
                pane.show_document(made[0], text)
            else:
                pane.set_text(text)
        curated.editor.document().contentsChange.connect(self.typing.typed)
        self.painting.index()
        follow_review(self.sync, review, self.panes)
        self.model = PlaceTableModel(review, labels, *self.shown_filter)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        size_columns(self.table, len(review.state.witness_ids))
        self.notes.reload()
        self.review_changed.emit()
        self.go_to(review.saved_position() or review.state.next_open(None))

    def close_review(self) -> None:
        """Forget the open document."""
        self._save_position()
        for pane in self.panes.values():
            pane.detach()
            pane.setParent(None)
            pane.deleteLater()
        self.panes.clear()
        self.painting.clear()
        self.notes.clear()
        self.sync.clear()
        self.table.setModel(None)
        self.model = None
        opened = self.review is not None
        self.review, self.current = None, None
        if opened:
            self.review_changed.emit()

    def _add_pane(self, name: str, pane: TextPane) -> None:
        self.panes[name] = pane
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(self.splitter.indexOf(pane), 1)
        # The curated text, the editor's own, keeps room; many witnesses narrow their
        # panes rather than push it off a small screen.
        pane.setMinimumWidth(CURATED_PANE_MIN if name == CURATED else WITNESS_PANE_MIN)
        # Equal shares: sizes this small would be shared out in proportion to the minimums.
        self.splitter.setSizes([EVEN_SHARE] * self.splitter.count())
        pane.scrolled.connect(lambda name=name: self.sync.scrolled(name))
        pane.clicked.connect(lambda position, name=name: self.go_to_position(name, position))
        pane.focused.connect(lambda name=name: setattr(self, "last_focused", name))

    def repaint(self, statuses_changed: bool = False) -> None:
        """Repaint every pane's spans and overview."""
        if statuses_changed:
            for marks in self.painting.overview.values():
                marks.recompute_all()
        for pane in self.panes.values():
            pane.refresh()

    def set_show_faint(self, show: bool) -> None:
        """Show or hide layout and punctuation places, in the panes and the table."""
        self.show_faint = show
        self.filter_bar.set_faint_shown(show)
        self.repaint(statuses_changed=True)

    # Moving about

    def go_to(self, place: int | None) -> None:
        """Make a place current: every pane shows it, the table selects it."""
        self.current = place if self.review is not None else None
        if place is not None and self.review is not None:
            self.sync.enabled = False
            try:
                for witness, reading in self.review.state.readings(place).items():
                    if witness in self.panes:
                        self.panes[witness].show_position(reading.start)
                self.panes[CURATED].show_position(self.review.state.span(place)[0])
            finally:
                self.sync.enabled = True
            self._select_row(place)
            self._save_position()  # now, not later: a crash reopens on this place
        self.repaint()
        self.current_changed.emit()

    def _select_row(self, place: int) -> None:
        row = self.model.row_of(place)
        if row is None:
            return
        index = self.model.index(row, 0)
        if index.isValid() and self.table.currentIndex().row() != index.row():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _row_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            place = index.data(PLACE_ROLE)
            if place != self.current:
                self.go_to(place)

    def categories_shown(self) -> tuple[str, ...]:
        return SHOWN_ORDER if self.show_faint else TO_REVIEW

    def next_open(self, backwards: bool = False) -> bool:
        """Go to the next (or previous) undecided text or script place; False if none."""
        if self.review is None:
            return False
        found = self.review.state.next_open(self.current, backwards, TO_REVIEW)
        if found is not None:
            self.go_to(found)
        return found is not None

    def go_to_position(self, pane: str, position: int) -> None:
        """A click in a pane: the place under it becomes current."""
        if self.review is not None:
            found = self.painting.place_at(pane, position)
            if found is not None and found != self.current:
                self.go_to(found)

    def place_on_screen(self, place: int) -> tuple[QPoint, int]:
        """Where a place starts in the curated pane, on the screen, and a line's height."""
        pane = self.panes[CURATED]
        cursor = QTextCursor(pane.editor.document())
        cursor.setPosition(pane.code_points_to_qt(self.review.state.span(place)[0]))
        rect = pane.editor.cursorRect(cursor)
        return pane.editor.viewport().mapToGlobal(rect.topLeft()), rect.height()

    # Finding

    def _save_position(self) -> None:
        """Remember the current place (nothing in a read-only library, or while writing
        is paused)."""
        review = self.review
        if review is None or self.current is None or review.library.read_only or self.guard.paused:
            return
        try:
            review.save_position(self.current)
        except LibraryError as error:
            self.guard.report(error)

    # Deciding: each action is one core call, shown once it is saved

    def act(self, action: Callable[[], Outcome], advance: bool = False) -> None:
        """Run a review action and show what it did; a failed write changes nothing."""
        if self.review is None or not self.guard.allows_writing():
            return
        alignment = self.review.state.alignment
        try:
            outcome = action()
        except LibraryError as error:
            self.guard.report(error)
            if self.review.state.alignment is not alignment:  # read again on another base
                self.open_review(self.review, self.labels)
            else:
                self.typing.reload_from_review()
            return
        if outcome.step is None:
            return
        if self.review.state.alignment is not alignment:  # a new base: its panes, in its order
            self.open_review(self.review, self.labels)
            self.statuses_changed.emit()
            return
        self.typing.show_edits(outcome)
        self.model.refresh_places(outcome.places)
        if len(outcome.places) > MANY_EDITS:
            self.model.refresh_all()
        for marks in self.painting.overview.values():
            marks.places_changed(outcome.places)
        if outcome.step.note_action is not None or outcome.edits:
            self.notes.reload()
        self.statuses_changed.emit()
        if advance:
            self.next_open()
        else:
            self.repaint()

    def take(self, number: int, as_read: bool = False) -> None:
        """Take the reading of the document's witness `number` (1, 2, ...) here, cleaned
        as the document choices clean it, or exactly as it reads (`as_read`)."""
        witnesses = [str(w.id) for w in self.review.document.witnesses] if self.review else []
        if number <= len(witnesses):
            witness = witnesses[number - 1]
            self._decide_here(lambda place: self.review.take(place, witness, as_read))

    def take_clean(self) -> None:
        """Take the reading the document choices give here."""
        self._decide_here(lambda place: self.review.take_clean(place))

    def take_proposal(self) -> None:
        """Take desk's proposal here."""
        self._decide_here(lambda place: self.review.take_proposal(place))

    def type_reading(self, text: str) -> None:
        """Make the curated text read `text` at the current place."""
        self._decide_here(lambda place: self.review.type_reading(place, text))

    def keep(self) -> None:
        """Decide the current place as it reads now."""
        self._decide_here(lambda place: self.review.keep(place))

    def _decide_here(self, decide: Callable[[int], Outcome]) -> None:
        """Decide the current place, go on to the next, and note the place decided."""
        if self.current is None:
            return
        place = self.current
        self.act(lambda: decide(place), advance=True)
        self._decided_here(place)

    def _decided_here(self, place: int) -> None:
        """Remember the place just decided, and say if more places read the same."""
        if self.review is None or self.review.state.status(place) is None:
            return
        self.last_decided = place
        more = self.review.state.same_readings_count(place)
        if more:
            # English singular from the English .qm; the source reads as the plural.
            self.hint.emit(
                self.tr("%n more place(s) read the same: Ctrl+R decides them too.", "", more)
            )

    def decide_series(self) -> int:
        """Decide the places reading as the last decided one the same way, in one step;
        return how many."""
        place = self.last_decided
        if self.review is None or place is None or self.review.state.status(place) is None:
            return 0
        count = self.review.state.same_readings_count(place)
        if count:
            self.act(lambda: self.review.decide_series(place))
        return count

    def decide_all(self, category: str, witness: str | None) -> None:
        """Decide every undecided place of a category as one step."""
        self.act(lambda: self.review.decide_all(category, witness))

    def accept_proposals(self, min_confidence: float) -> None:
        """Accept every undecided proposal at least this sure, as one step."""
        self.act(lambda: self.review.accept_proposals(min_confidence))

    def set_choices(self, choices: Choices) -> None:
        """Change the document choices; a new base shows the texts in its order."""
        self.act(lambda: self.review.set_choices(choices))

    def restore(self, number: int) -> None:
        """Make every place what it was after step `number`, as one step."""
        self.act(lambda: self.review.restore(number))

    def undo(self) -> None:
        """Undo the review's last step, wherever the focus is."""
        self._history_step(lambda: self.review.undo())

    def redo(self) -> None:
        """Redo the step undone last."""
        self._history_step(lambda: self.review.redo())

    def _history_step(self, action: Callable[[], Outcome]) -> None:
        if self.review is None:
            return
        self.act(action)
        self.repaint()

    def _writing_paused(self, paused: bool) -> None:
        """While the library cannot be written, the curated text takes no typing; when it
        can again, it is shown as the library holds it."""
        pane = self.panes.get(CURATED)
        if pane is None or self.review is None:
            return
        pane.editor.setReadOnly(paused or self.review.library.read_only)
        if not paused:
            self.typing.reload_from_review()
