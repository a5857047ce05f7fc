"""The open document: witnesses and curated text side by side, and the list of places.

Every action is a call into desk.core.review; this module only shows what the review
holds. It applies the curated-text edits an action reports (or reloads the text), paints
the visible spans and keeps the panes level and the table in step. It keeps no text and
no history of its own: Undo and Redo are the review's, and when a write fails the panes
are shown again from the review, which is as the library holds it.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
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
from desk.core.library.find import find_all, next_hit
from desk.core.library.store import LibraryError
from desk.core.notes.annotations import Annotation, list_annotations, place
from desk.core.review import notes
from desk.core.review.revisions import restore
from desk.core.review.session import TO_REVIEW, Outcome, Review
from desk.core.review.summary import move_lines
from desk.gui.find_bar import FindBar
from desk.gui.overview_marks import OverviewMarks
from desk.gui.positions import shown_text, typed_edit
from desk.gui.scroll_sync import AnchorMap, ScrollSync, same_position
from desk.gui.style import (
    FAINT,
    move_format,
    note_format,
    omission_colour,
    span_format,
    whitespace_colour,
)
from desk.gui.text_pane import OMISSION, TextMark, TextPane, reading_marks
from desk.gui.variant_table import PLACE_ROLE, FilterBar, PlaceTableModel
from desk.gui.words import category_name, move_text, witness_names
from desk.gui.write_guard import WriteGuard

CURATED = "curated"
LONG_SPAN = 400  # longer spans are always checked for visibility
MANY_EDITS = 300  # past this many edits at once, the curated pane is simply reloaded


class _PaneSpans:
    """A witness pane's variant spans (start, end, place), sorted, to find visible ones."""

    def __init__(self, starts: np.ndarray, ends: np.ndarray, places: np.ndarray) -> None:
        short = ends - starts <= LONG_SPAN
        order = np.argsort(starts[short], kind="stable")
        self.starts = starts[short][order]
        self.ends = ends[short][order]
        self.places = places[short][order]
        self.long = list(
            zip(starts[~short].tolist(), ends[~short].tolist(), places[~short].tolist())
        )

    def between(self, start: int, end: int) -> list[tuple[int, int, int]]:
        first = int(np.searchsorted(self.starts, start - LONG_SPAN, side="left"))
        last = int(np.searchsorted(self.starts, end, side="right"))
        found = [
            (s, e, p)
            for s, e, p in zip(
                self.starts[first:last].tolist(),
                self.ends[first:last].tolist(),
                self.places[first:last].tolist(),
            )
            if e >= start
        ]
        return found + [s for s in self.long if s[0] <= end and s[1] >= start]


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
        self._texts: dict[str, str] = {}  # witness id -> its text
        self.model: PlaceTableModel | None = None
        self._move_places: list[list[int]] = []
        self._move_labels: dict[tuple[int, str], str] = {}
        self.review: Review | None = None
        self.current: int | None = None
        self.show_faint = False  # layout and punctuation follow the document choices
        self.sync = ScrollSync()
        self.panes: dict[str, TextPane] = {}
        self._spans: dict[str, _PaneSpans] = {}
        self._applying = False  # the curated pane is being changed by us, not typed in
        self._overview: dict[str, OverviewMarks] = {}
        self.annotations: list[Annotation] = []
        self.annotation_places: dict[int, tuple[int, int] | None] = {}
        self._last_focused = CURATED
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        self.find_bar = FindBar()
        layout.addWidget(self.find_bar, 0)
        self.find_bar.changed.connect(self.find)
        self.find_bar.next_requested.connect(lambda: self.find_next(backwards=False))
        self.find_bar.previous_requested.connect(lambda: self.find_next(backwards=True))
        self.find_bar.closed.connect(self._find_closed)
        self.statuses_changed.connect(self._refind)
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

    def open_review(self, review: Review, labels: dict[str, str]) -> None:
        """Show a document's review: one pane per witness in the document's order (so
        that Alt+1 takes the first pane's reading, whichever is the base), then the
        curated text."""
        self.close_review()
        self.review = review
        self.labels = labels
        self.last_decided = None
        texts = {w.id: w.text for w in review.alignment.witnesses}
        self._texts = texts
        for witness in (str(w.id) for w in review.document.witnesses):
            title = labels.get(witness, witness)
            if witness == review.base_id:
                title = self.tr("{witness} — base: order and words").format(witness=title)
            pane = TextPane(title, self.font)
            pane.set_text(texts[witness])
            self._add_pane(witness, pane)
        editable = not review.library.read_only
        title = (
            self.tr("Curated text (editable)")
            if editable
            else self.tr("Curated text (read-only library)")
        )
        curated = TextPane(title, self.font, editable=editable and not self.guard.paused)
        curated.set_text(review.text())
        curated.editor.document().contentsChange.connect(self._typed)
        self._add_pane(CURATED, curated)
        self._index_spans()
        self._connect_sync()
        self.model = PlaceTableModel(review, labels, *self.shown_filter)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()  # the text font: widths follow its size
        widest = (
            max((category_name(c) for c in CATEGORIES), key=metrics.horizontalAdvance),
            self.tr("took witness 10", "the widest status, to size the Status column"),
        )
        fixed = [metrics.horizontalAdvance(words) + 24 for words in widest]
        for column, width in enumerate(fixed + [240] * (len(review.witness_ids) + 1)):
            self.table.setColumnWidth(column, width)
        self.reload_annotations()
        self.review_changed.emit()
        self.go_to(review.saved_position() or review.next_open(None))

    def close_review(self) -> None:
        """Forget the open document."""
        self._save_position()
        for pane in self.panes.values():
            pane.detach()
            pane.setParent(None)
            pane.deleteLater()
        self.panes.clear()
        self._spans.clear()
        self._overview.clear()
        self.annotations, self.annotation_places = [], {}
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
        pane.setMinimumWidth(120)
        self.splitter.setSizes([1] * self.splitter.count())  # share the width evenly
        pane.scrolled.connect(lambda name=name: self.sync.scrolled(name))
        pane.clicked.connect(lambda position, name=name: self.go_to_position(name, position))
        pane.focused.connect(lambda name=name: setattr(self, "_last_focused", name))

    def _index_spans(self) -> None:
        review = self.review
        self._move_places = [
            review.alignment.places_of_move(index) for index in range(len(review.alignment.moves))
        ]
        self._move_labels = {}
        places = review.variant_array
        categories = review.alignment.places.category[places]
        for row, witness in enumerate(review.alignment.witnesses):
            starts = review.alignment.places.starts[row, places]
            ends = review.alignment.places.ends[row, places]
            self._spans[witness.id] = _PaneSpans(starts, ends, places)
            marks = OverviewMarks(
                len(witness.text),
                places,
                starts,
                categories,
                review.undecided_mask,
                self._visible_places,
            )
            self._overview[witness.id] = marks
            self.panes[witness.id].set_spans(
                lambda s, e, w=witness.id: self._witness_spans(w, s, e), marks.marks
            )
            self.panes[witness.id].set_marks(
                lambda s, e, w=witness.id: self._witness_marks(w, s, e),
                lambda s, e, w=witness.id: self._witness_moves(w, s, e),
            )
        self.panes[CURATED].set_spans(self._curated_spans, self._overview[review.base_id].marks)
        self.panes[CURATED].set_marks(self._curated_marks, self._curated_moves)

    def _connect_sync(self) -> None:
        review = self.review
        places = review.alignment.places
        variants = review.variant_array
        for row, witness in enumerate(review.alignment.witnesses):
            pane = self.panes[witness.id]
            if row == 0:
                to_base = from_base = same_position
            else:  # the two ends of every variant place correspond
                here = np.concatenate(
                    ([0], places.starts[row, variants], places.ends[row, variants])
                )
                there = np.concatenate(([0], places.starts[0, variants], places.ends[0, variants]))
                to_base = AnchorMap(np.stack([here, there], axis=1))
                from_base = AnchorMap(np.stack([there, here], axis=1))
            self.sync.add_pane(
                witness.id, pane.middle_position, pane.show_position, to_base, from_base
            )
        curated = self.panes[CURATED]
        self.sync.add_pane(
            CURATED,
            curated.middle_position,
            curated.show_position,
            lambda offset: self.review.to_base(offset),
            lambda offset: self.review.to_curated(offset),
        )

    # Painting

    def _format(self, place: int, start: int, end: int):
        """A place's span as painted; an omission is a caret painted over the text
        (see _marks), not a format: its span is empty."""
        current = place == self.current
        category = self.review.category(place)
        decided = self.review.status(place) is not None
        return start, end, span_format(category, decided, current)

    def _visible_places(self, places: np.ndarray) -> np.ndarray:
        """Which of these places are painted (as `_visible`, for many at once)."""
        if self.show_faint:
            return np.ones(len(places), dtype=bool)
        faint = [CATEGORIES.index(c) for c in FAINT]
        shown = ~np.isin(self.review.alignment.places.category[places], faint)
        return shown | (places == (-1 if self.current is None else self.current))

    def _visible(self, place: int) -> bool:
        return self.show_faint or self.review.category(place) not in FAINT or place == self.current

    def _witness_spans(self, witness: str, start: int, end: int):
        moves = [
            (m.readings[witness].start, m.readings[witness].end, move_format())
            for m in self.review.alignment.moves
            if witness in m.readings
            and m.readings[witness].start <= end
            and m.readings[witness].end >= start
        ]
        spans = [
            self._format(p, s, e)
            for s, e, p in self._spans[witness].between(start, end)
            if self._visible(p) and s < e
        ]
        return moves + self._note_spans(witness, start, end) + spans

    def _marks(self, place: int, start: int, reading: str) -> list[TextMark]:
        """The marks over a shown place's reading in a pane: a caret for an omission,
        dots and ⏎ for a reading of spaces and line breaks."""
        current = place == self.current
        category = self.review.category(place)
        return [
            (
                kind,
                offset,
                omission_colour(category, current)
                if kind == OMISSION
                else whitespace_colour(current),
                current,
            )
            for kind, offset in reading_marks(reading, start)
        ]

    def _witness_marks(self, witness: str, start: int, end: int) -> list[TextMark]:
        text = self._texts[witness]
        return [
            mark
            for s, e, p in self._spans[witness].between(start, end)
            if self._visible(p)
            for mark in self._marks(p, s, text[s:e])
        ]

    def _curated_marks(self, start: int, end: int) -> list[TextMark]:
        review = self.review
        variant = review.alignment.places.variant
        return [
            mark
            for p in review.places_between(start, end)
            if variant[p] and self._visible(p)
            for mark in self._marks(p, review.span(p)[0], review.reading(p))
        ]

    def _witness_moves(self, witness: str, start: int, end: int):
        """(start, end, label) of the moved passages in view in a witness's pane."""
        found = []
        for index, move in enumerate(self.review.alignment.moves):
            reading = move.readings.get(witness)
            if reading is not None and reading.start <= end and reading.end >= start:
                found.append((reading.start, reading.end, self._move_label(index, witness)))
        return found

    def _curated_moves(self, start: int, end: int):
        """(start, end, label) of the moved passages in view in the curated text, where
        the base witness puts them."""
        found = []
        for index, inside in enumerate(self._move_places):
            if not inside:
                continue
            first, last = self.review.span(inside[0])[0], self.review.span(inside[-1])[1]
            if first <= end and last >= start:
                found.append((first, last, self._move_label(index, CURATED)))
        return found

    def _move_label(self, index: int, pane: str) -> str:
        """What a moved passage's label says in a pane: where it sits in the other
        witnesses (in the curated text: in every witness)."""
        key = (index, pane)
        if key not in self._move_labels:
            if pane == CURATED:
                inside = self._move_places[index]
                label = move_text(self.review, inside[0]) if inside else ""
            else:
                names = witness_names(self.review)
                where = [
                    self.tr("{witness}, line {line}").format(witness=names[w], line=line)
                    for w, line in move_lines(self.review, index)
                    if w != pane
                ]
                between = self.tr("; ", "between the witnesses a moved passage's label names")
                label = self.tr("moved: see {where}").format(where=between.join(where))
            self._move_labels[key] = label
        return self._move_labels[key]

    def _note_spans(self, pane: str, start: int, end: int):
        target = None if pane == CURATED else int(pane)
        return [
            (found[0], found[1], note_format())
            for annotation in self.annotations
            if annotation.witness_id == target
            and (found := self.annotation_places.get(annotation.id)) is not None
            and found[0] <= end
            and found[1] >= start
        ]

    def _curated_spans(self, start: int, end: int):
        review = self.review
        spans = self._note_spans(CURATED, start, end)
        variant = review.alignment.places.variant
        for p in review.places_between(start, end):
            if variant[p] and self._visible(p):
                s, e = review.span(p)
                if s < e:
                    spans.append(self._format(p, s, e))
        return spans

    def repaint(self, statuses_changed: bool = False) -> None:
        """Repaint every pane's spans and overview."""
        if statuses_changed:
            for marks in self._overview.values():
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
                for witness, reading in self.review.readings(place).items():
                    if witness in self.panes:
                        self.panes[witness].show_position(reading.start)
                self.panes[CURATED].show_position(self.review.span(place)[0])
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

    def _row_chosen(self, index) -> None:
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
        found = self.review.next_open(self.current, backwards, TO_REVIEW)
        if found is not None:
            self.go_to(found)
        return found is not None

    def place_at(self, pane: str, position: int) -> int | None:
        """The shortest shown variant place whose span in `pane` holds `position`."""
        review = self.review
        if pane == CURATED:
            variant = review.alignment.places.variant
            found = [
                (e - s, p)
                for p in review.places_between(position, position)
                if variant[p]
                for s, e in [review.span(p)]
            ]
        else:
            found = [(e - s, p) for s, e, p in self._spans[pane].between(position, position)]
        found = [(length, p) for length, p in found if self._visible(p)]
        return min(found)[1] if found else None

    def go_to_position(self, pane: str, position: int) -> None:
        """A click in a pane: the place under it becomes current."""
        if self.review is not None:
            found = self.place_at(pane, position)
            if found is not None and found != self.current:
                self.go_to(found)

    def move_at_cursor(self) -> tuple[str, int] | None:
        """(pane, move index) of the moved passage under the focused witness pane's
        cursor, else of the one the current place lies in."""
        moves = self.review.alignment.moves
        for name, pane in self.panes.items():
            if pane.editor.hasFocus() and name != CURATED:
                position = pane.qt_to_code_points(pane.editor.textCursor().position())
                for index, move in enumerate(moves):
                    reading = move.readings.get(name)
                    if reading and reading.start <= position <= reading.end:
                        return name, index
        if self.current is not None:
            index = self.review.alignment.move_of(self.current)
            if index is not None:
                return self.review.base_id, index
        return None

    def go_to_counterpart(self) -> bool:
        """Show the moved passage under the cursor (or the current place's) in every pane:
        where it sits in each witness, and in the curated text. False if there is none."""
        found = self.move_at_cursor() if self.review is not None else None
        if found is None:
            return False
        _, index = found
        review = self.review
        self.sync.enabled = False
        try:
            for witness, reading in review.alignment.moves[index].readings.items():
                self.panes[witness].show_position(reading.start)
            inside = review.alignment.places_of_move(index)
            if inside:
                self.panes[CURATED].show_position(review.span(inside[0])[0])
        finally:
            self.sync.enabled = True
        return True

    def place_on_screen(self, place: int) -> tuple[QPoint, int]:
        """Where a place starts in the curated pane, on the screen, and a line's height."""
        pane = self.panes[CURATED]
        cursor = QTextCursor(pane.editor.document())
        cursor.setPosition(pane.code_points_to_qt(self.review.span(place)[0]))
        rect = pane.editor.cursorRect(cursor)
        return pane.editor.viewport().mapToGlobal(rect.topLeft()), rect.height()

    # Finding

    def open_find(self) -> None:
        """Show the Find bar, holding the text selected in the last used pane if any."""
        pane = self.panes.get(self._last_focused)
        selected = pane.editor.textCursor().selectedText() if pane is not None else ""
        self.find_bar.open(selected if "\u2029" not in selected else "")
        self.find(self.find_bar.field.text())

    def find(self, query: str) -> None:
        """Paint every hit of `query` in every pane."""
        if self.review is None:
            return
        texts = {w.id: w.text for w in self.review.alignment.witnesses}
        texts[CURATED] = self.review.text()
        for name, pane in self.panes.items():
            pane.set_found(find_all(texts.get(name, ""), query))
        pane = self.panes.get(self._last_focused) or self.panes.get(CURATED)
        self.find_bar.set_count(None, len(pane.found) if pane else 0)

    def find_next(self, backwards: bool = False) -> None:
        """Go to the next (or previous) hit in the pane last used, round its end."""
        pane = self.panes.get(self._last_focused) or self.panes.get(CURATED)
        if pane is None:
            return
        if not self.find_bar.isVisible():
            self.open_find()
            return
        cursor = pane.editor.textCursor()
        position = pane.qt_to_code_points(cursor.selectionStart())
        if not cursor.hasSelection() and not backwards:
            position -= 1  # a hit starting at the cursor is the next one
        index = next_hit(pane.found, position, backwards)
        pane.set_found(pane.found, index)
        self.find_bar.set_count(index, len(pane.found))
        if index is not None:
            start, end = pane.found[index]
            pane.show_position(start)
            selection = pane.editor.textCursor()
            selection.setPosition(pane.code_points_to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            pane.editor.setTextCursor(selection)

    def _refind(self) -> None:
        """After a decision or an edit, paint the hits of the curated text as it is now."""
        if self.find_bar.isVisible():
            self.find(self.find_bar.field.text())

    def _find_closed(self) -> None:
        for pane in self.panes.values():
            pane.set_found([])
        pane = self.panes.get(self._last_focused)
        if pane is not None:
            pane.editor.setFocus()

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
        alignment = self.review.alignment
        try:
            outcome = action()
        except LibraryError as error:
            self.guard.report(error)
            if self.review.alignment is not alignment:  # read again on another base
                self.open_review(self.review, self.labels)
            else:
                self.reload_from_review()
            return
        if outcome.step is None:
            return
        if self.review.alignment is not alignment:  # a new base: its panes, in its order
            self.open_review(self.review, self.labels)
            self.statuses_changed.emit()
            return
        self._show_edits(outcome)
        self.model.refresh_places(outcome.places)
        if len(outcome.places) > MANY_EDITS:
            self.model.refresh_all()
        for marks in self._overview.values():
            marks.places_changed(outcome.places)
        if outcome.step.note_action is not None or outcome.edits:
            self.reload_annotations()
        self.statuses_changed.emit()
        if advance:
            self.next_open()
        else:
            self.repaint()

    def take(self, number: int) -> None:
        """Take the reading of the document's witness `number` (1, 2, ...) here."""
        witnesses = [str(w.id) for w in self.review.document.witnesses] if self.review else []
        if number <= len(witnesses):
            self._decide_here(lambda place: self.review.take(place, witnesses[number - 1]))

    def take_clean(self) -> None:
        """Take the reading the document choices give here."""
        self._decide_here(lambda place: self.review.take_clean(place))

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
        if self.review is None or self.review.status(place) is None:
            return
        self.last_decided = place
        more = self.review.same_readings_count(place)
        if more:
            # English singular from the English .qm; the source reads as the plural.
            self.hint.emit(
                self.tr("%n more place(s) read the same: Ctrl+R decides them too.", "", more)
            )

    def decide_series(self) -> int:
        """Decide the places reading as the last decided one the same way, in one step;
        return how many."""
        place = self.last_decided
        if self.review is None or place is None or self.review.status(place) is None:
            return 0
        count = self.review.same_readings_count(place)
        if count:
            self.act(lambda: self.review.decide_series(place))
        return count

    def decide_all(self, category: str, witness: str | None) -> None:
        """Decide every undecided place of a category as one step."""
        self.act(lambda: self.review.decide_all(category, witness))

    def set_choices(self, choices) -> None:
        """Change the document choices; a new base shows the texts in its order."""
        self.act(lambda: self.review.set_choices(choices))

    def restore(self, number: int) -> None:
        """Make every place what it was after revision `number`, as one step."""
        self.act(lambda: restore(self.review, number))

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
            self.reload_from_review()

    def reload_from_review(self) -> None:
        """Show the curated text and every status again as the review holds them."""
        if self.review is None:
            return
        self._applying = True
        try:
            self.panes[CURATED].replace_text(self.review.text())
        finally:
            self._applying = False
        self.model.refresh_all()
        self.reload_annotations()
        self.repaint(statuses_changed=True)
        self.statuses_changed.emit()

    def _show_edits(self, outcome: Outcome) -> None:
        """Make the curated pane show what the review now holds."""
        pane = self.panes[CURATED]
        if len(outcome.edits) > MANY_EDITS:
            self.reload_from_review()
            return
        self._applying = True
        try:
            cursor = QTextCursor(pane.editor.document())
            cursor.beginEditBlock()
            for edit in outcome.edits:  # last first: earlier offsets stay valid
                cursor.setPosition(pane.code_points_to_qt(edit.start))
                cursor.setPosition(
                    pane.code_points_to_qt(edit.end), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.insertText(shown_text(edit.text))
            cursor.endEditBlock()
        finally:
            self._applying = False
        if outcome.edits:  # one edit from the first changed character to the last
            first = min(edit.start for edit in outcome.edits)
            last = max(edit.end for edit in outcome.edits)
            delta = sum(len(edit.text) - (edit.end - edit.start) for edit in outcome.edits)
            text = self.review.text()
            pane.positions.edited(first, last, text[first : last + delta], text)

    def _typed(self, position: int, removed: int, added: int) -> None:
        """The editor typed in the curated pane: the review records it as typed readings.

        The edit is worked out from the text before (the review's) and after (the
        pane's), never from Qt's numbers alone: an input method's commit is reported as
        a change to its whole block, past the end of the text in the last one. Qt's range
        only narrows where to compare, and is widened to the whole text when its lengths
        do not add up."""
        if self._applying or self.review is None:
            return
        pane = self.panes[CURATED]
        document = pane.editor.document()
        before = self.review.text()
        shown_before = pane.code_points_to_qt(len(before))
        shown_after = document.characterCount() - 1
        old_end = min(position + removed, shown_before)
        new_end = min(position + added, shown_after)
        if position > old_end or shown_before - old_end != shown_after - new_end:
            position, old_end, new_end = 0, shown_before, shown_after
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(new_end, QTextCursor.MoveMode.KeepAnchor)
        edit = typed_edit(before, pane.positions, position, old_end, cursor.selectedText())
        if edit is None:
            return
        if not self.guard.allows_writing():
            self.reload_from_review()
            return
        try:
            self.review.edit(*edit)
        except LibraryError as error:
            self.guard.report(error)
            self.reload_from_review()
            return
        pane.positions.edited(*edit, self.review.text())
        self.statuses_changed.emit()
        if any(a.witness_id is None for a in self.annotations):
            self.reload_annotations()
        pane.refresh()

    # Notes on passages

    def text_of(self, pane: str) -> str:
        """The text a pane shows: the curated text, or a witness's."""
        if pane == CURATED:
            return self.review.text()
        return next(w.text for w in self.review.alignment.witnesses if w.id == pane)

    def reload_annotations(self) -> None:
        """Read the document's notes and find where each passage is now."""
        if self.review is None:
            return
        self.annotations = list_annotations(self.review.library, self.review.document.id)
        texts: dict[str, str] = {}  # built only for panes that have notes: a book is large
        self.annotation_places = {}
        for annotation in self.annotations:
            pane = CURATED if annotation.witness_id is None else str(annotation.witness_id)
            if pane not in self.panes:
                self.annotation_places[annotation.id] = None
                continue
            if pane not in texts:
                texts[pane] = self.text_of(pane)
            self.annotation_places[annotation.id] = place(annotation, texts[pane])
        self.annotations_changed.emit()
        self.repaint()

    def pane_label(self, annotation: Annotation) -> str:
        """Where a note is: the curated text or a witness pane's title."""
        if annotation.witness_id is None:
            return self.tr("curated text")
        pane = self.panes.get(str(annotation.witness_id))
        return pane.title.full_text if pane else self.tr("a witness no longer here")

    def selected_passage(self) -> tuple[str, int, int] | None:
        """(pane, start, end) of the text selected in the last focused pane, in code points."""
        pane = self.panes.get(self._last_focused)
        if pane is None:
            return None
        cursor = pane.editor.textCursor()
        if not cursor.hasSelection():
            return None
        start = pane.qt_to_code_points(cursor.selectionStart())
        end = pane.qt_to_code_points(cursor.selectionEnd())
        return self._last_focused, start, end

    def add_note(self, pane: str, start: int, end: int, note: str, tags) -> None:
        """Annotate a passage of a pane, as one undoable step."""
        witness = None if pane == CURATED else int(pane)
        self.act(lambda: notes.add_note(self.review, witness, start, end, note, tags))

    def edit_note(self, annotation_id: int, note: str, tags) -> None:
        """Change a note's text and tags, as one undoable step."""
        self.act(lambda: notes.edit_note(self.review, annotation_id, note, tags))

    def delete_note(self, annotation_id: int) -> None:
        """Delete a note, as one undoable step."""
        self.act(lambda: notes.delete_note(self.review, annotation_id))

    def go_to_note(self, annotation_id: int) -> None:
        """Bring a note's passage into view and select it."""
        annotation = next((a for a in self.annotations if a.id == annotation_id), None)
        found = self.annotation_places.get(annotation_id)
        if annotation is None or found is None:
            return
        pane_name = CURATED if annotation.witness_id is None else str(annotation.witness_id)
        pane = self.panes.get(pane_name)
        if pane is None:
            return
        pane.show_position(found[0])
        cursor = pane.editor.textCursor()
        cursor.setPosition(pane.code_points_to_qt(found[0]))
        cursor.setPosition(pane.code_points_to_qt(found[1]), QTextCursor.MoveMode.KeepAnchor)
        pane.editor.setTextCursor(cursor)
        self.sync.scrolled(pane_name)
