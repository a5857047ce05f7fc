"""The open document: witnesses and curated text side by side, and the list of items.

Every action is a call into desk.core.curate.Review wrapped in an undo command; this
module only shows results: it applies the curated-text edits the review reports, paints
the visible spans, keeps the panes level and the table in step.
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.annotations import Annotation, list_annotations, place
from desk.core.curate import PROPOSAL_READING, Item, Outcome, Review
from desk.core.store import LibraryError
from desk.gui.commands import StepCommand
from desk.gui.overview_marks import OverviewMarks
from desk.gui.scroll_sync import AnchorMap, ScrollSync, same_position
from desk.gui.style import FAINT, move_format, note_format, omission_format, span_format
from desk.gui.text_pane import TextPane
from desk.gui.variant_table import FilterBar, ItemFilter, ItemTableModel

CURATED = "curated"
LONG_SPAN = 400  # longer spans are always checked for visibility
MANY_EDITS = 300  # past this many edits at once, the curated pane is simply reloaded


class _PaneSpans:
    """A witness pane's variant spans, sorted, for finding the visible ones fast."""

    def __init__(self, spans: list[tuple[int, int, Item]]) -> None:
        self.short = sorted((s for s in spans if s[1] - s[0] <= LONG_SPAN), key=lambda s: s[0])
        self.starts = [s[0] for s in self.short]
        self.long = [s for s in spans if s[1] - s[0] > LONG_SPAN]

    def between(self, start: int, end: int) -> list[tuple[int, int, Item]]:
        first = bisect_left(self.starts, start - LONG_SPAN)
        last = bisect_right(self.starts, end)
        found = [s for s in self.short[first:last] if s[1] >= start]
        return found + [s for s in self.long if s[0] <= end and s[1] >= start]


class ReviewView(QWidget):
    """Side-by-side panes of the open document and its item table (shown by the window)."""

    current_changed = Signal()
    statuses_changed = Signal()
    annotations_changed = Signal()

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.font = font
        self.review: Review | None = None
        self.current: Item | None = None
        self.show_faint = True
        self.undo_stack = QUndoStack(self)
        self.sync = ScrollSync()
        self.panes: dict[str, TextPane] = {}
        self._spans: dict[str, _PaneSpans] = {}
        self._applying = False  # the curated pane is being changed by us, not typed in
        self._replaying = False  # the undo stack is being rebuilt: commands must not act
        self._overview: dict[str, OverviewMarks] = {}
        self.annotations: list[Annotation] = []
        self.annotation_places: dict[int, tuple[int, int] | None] = {}
        self._last_focused = CURATED
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.filter_bar = FilterBar()
        self.proxy = ItemFilter()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setWordWrap(False)
        self.table_panel = QWidget()
        table_layout = QVBoxLayout(self.table_panel)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.filter_bar)
        table_layout.addWidget(self.table)
        self.filter_bar.changed.connect(self.proxy.set_filter)
        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._save_timer.timeout.connect(self._save_position)

    # Opening

    def open_review(self, review: Review, labels: dict[str, str]) -> None:
        """Show a document's review: one pane per witness, base first, then the curated text."""
        self.close_review()
        self.review = review
        for witness in review.collation.witnesses:
            pane = TextPane(labels.get(witness.id, witness.id), self.font)
            pane.set_text(witness.text)
            self._add_pane(witness.id, pane)
        curated = TextPane("Curated text (editable)", self.font, editable=True)
        curated.set_text(review.text())
        curated.editor.document().contentsChange.connect(self._typed)
        self._add_pane(CURATED, curated)
        self._index_spans()
        self._connect_sync()
        self.model = ItemTableModel(review, labels)
        self.proxy.setSourceModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate([110, 110] + [260] * len(review.collation.witnesses)):
            self.table.setColumnWidth(column, width)
        self._rebuild_undo_stack()
        self.reload_annotations()
        self.go_to(review.saved_position() or review.next_open(None))

    def close_review(self) -> None:
        """Forget the open document."""
        self._save_timer.stop()
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
        self.undo_stack.clear()
        self.review, self.current = None, None

    def _add_pane(self, name: str, pane: TextPane) -> None:
        self.panes[name] = pane
        self.splitter.addWidget(pane)
        pane.scrolled.connect(lambda name=name: self.sync.scrolled(name))
        pane.clicked.connect(lambda position, name=name: self.go_to_position(name, position))
        pane.focused.connect(lambda name=name: setattr(self, "_last_focused", name))

    def _index_spans(self) -> None:
        review = self.review
        for witness in review.collation.witnesses:
            spans = [
                (item.readings[witness.id].start, item.readings[witness.id].end, item)
                for item in review.items
                if witness.id in item.readings
            ]
            self._spans[witness.id] = _PaneSpans(spans)
            marks = OverviewMarks(
                witness.id,
                len(witness.text),
                review.items,
                lambda item: review.status(item) is None,
                lambda item: self.show_faint or item.category not in FAINT,
            )
            self._overview[witness.id] = marks
            self.panes[witness.id].set_spans(
                lambda s, e, w=witness.id: self._witness_spans(w, s, e), marks.marks
            )
        self._base_starts = [item.base_span[0] for item in review.items]
        self.panes[CURATED].set_spans(self._curated_spans, self._overview[review.base_id].marks)

    def _connect_sync(self) -> None:
        review = self.review
        base = review.base_id
        for witness in review.collation.witnesses:
            pane = self.panes[witness.id]
            if witness.id == base:
                to_base = from_base = same_position
            else:
                pairs = [(0, 0)]
                for variant in review.collation.variants:
                    b, w = variant.readings[base], variant.readings[witness.id]
                    pairs += [(w.start, b.start), (w.end, b.end)]
                to_base = AnchorMap(pairs)
                from_base = AnchorMap([(b, w) for w, b in pairs])
            self.sync.add_pane(
                witness.id, pane.middle_position, pane.show_position, to_base, from_base
            )
        curated = self.panes[CURATED]
        self.sync.add_pane(
            CURATED,
            curated.middle_position,
            curated.show_position,
            review.curated.to_base,
            review.curated.to_curated,
        )

    def _rebuild_undo_stack(self) -> None:
        """The review's saved steps as undo commands, undone ones in undone state."""
        self._replaying = True
        try:
            for step in self.review.steps:
                self.undo_stack.push(self._command(step.label, step.kind == "edit"))
            applied = sum(1 for step in self.review.steps if step.state == "applied")
            self.undo_stack.setIndex(applied)
            self.undo_stack.setClean()
        finally:
            self._replaying = False

    # Painting

    def _format(self, item: Item, start: int, end: int):
        current = self.current is not None and item.key == self.current.key
        decided = self.review.status(item) is not None
        if start == end:
            return start, start + 1, omission_format(item.category, current)
        return start, end, span_format(item.category, decided, current)

    def _visible(self, item: Item) -> bool:
        return self.show_faint or item.category not in FAINT or item is self.current

    def _witness_spans(self, witness: str, start: int, end: int):
        moves = [
            (m.readings[witness].start, m.readings[witness].end, move_format())
            for m in self.review.collation.moves
            if witness in m.readings
            and m.readings[witness].start <= end
            and m.readings[witness].end >= start
        ]
        spans = [
            self._format(i, s, e)
            for s, e, i in self._spans[witness].between(start, end)
            if self._visible(i)
        ]
        return moves + self._note_spans(witness, start, end) + spans

    def _items_near_base(self, start: int, end: int | None = None) -> list[Item]:
        """Items starting in the base between `start` - LONG_SPAN and `end` (+1)."""
        first = bisect_left(self._base_starts, start - LONG_SPAN)
        last = bisect_right(self._base_starts, (start if end is None else end) + 1)
        return self.review.items[first:last]

    def _note_spans(self, pane: str, start: int, end: int):
        target = None if pane == CURATED else int(pane)
        return [
            (place[0], place[1], note_format())
            for annotation in self.annotations
            if annotation.witness_id == target
            and (place := self.annotation_places.get(annotation.id)) is not None
            and place[0] <= end
            and place[1] >= start
        ]

    def _curated_spans(self, start: int, end: int):
        review = self.review
        spans = self._note_spans(CURATED, start, end)
        for item in self._items_near_base(
            review.curated.to_base(start), review.curated.to_base(end)
        ):
            if self._visible(item):
                s, e = review.curated_span(item)
                if e >= start and s <= end:
                    spans.append(self._format(item, s, e))
        return spans

    def repaint(self, statuses_changed: bool = False) -> None:
        """Repaint every pane's spans and overview."""
        if statuses_changed:
            for marks in self._overview.values():
                marks.recompute_all()
        for pane in self.panes.values():
            pane.refresh()

    def set_show_faint(self, show: bool) -> None:
        """Show or hide layout and punctuation variants, in the panes and the table."""
        self.show_faint = show
        self.filter_bar.set_faint_shown(show)
        self.repaint(statuses_changed=True)

    # Moving about

    def go_to(self, item: Item | None) -> None:
        """Make an item current: every pane shows it, the table selects it."""
        self.current = item
        if item is not None and self.review is not None:
            self.sync.enabled = False
            try:
                for witness, reading in item.readings.items():
                    if witness in self.panes:
                        self.panes[witness].show_position(reading.start)
                self.panes[CURATED].show_position(self.review.curated_span(item)[0])
            finally:
                self.sync.enabled = True
            self._select_row(item)
            self._save_timer.start()
        self.repaint()
        self.current_changed.emit()

    def _select_row(self, item: Item) -> None:
        source = self.model.index(self.review.position[item.key], 0)
        row = self.proxy.mapFromSource(source)
        if row.isValid() and self.table.currentIndex().row() != row.row():
            self.table.selectionModel().setCurrentIndex(
                row,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(row)

    def _row_chosen(self, index) -> None:
        if index.isValid():
            item = self.review.items[self.proxy.mapToSource(index).row()]
            if item is not self.current:
                self.go_to(item)

    def categories_shown(self) -> set[str] | None:
        return None if self.show_faint else {"text", "script"}

    def next_open(self, backwards: bool = False) -> None:
        """Go to the next (or previous) open item."""
        if self.review is not None:
            found = self.review.next_open(self.current, backwards, self.categories_shown())
            if found is not None:
                self.go_to(found)

    def item_at(self, pane: str, position: int) -> Item | None:
        """The shortest shown item whose span in `pane` holds `position`."""
        if pane == CURATED:
            found = [
                (e - s, item)
                for item in self._items_near_base(self.review.curated.to_base(position))
                for s, e in [self.review.curated_span(item)]
                if s <= position <= e
            ]
        else:
            found = [(e - s, i) for s, e, i in self._spans[pane].between(position, position)]
        found = [(length, item) for length, item in found if self._visible(item)]
        return min(found, key=lambda f: f[0])[1] if found else None

    def go_to_position(self, pane: str, position: int) -> None:
        """A click in a pane: the item under it becomes current."""
        if self.review is not None:
            item = self.item_at(pane, position)
            if item is not None and item is not self.current:
                self.go_to(item)

    def move_at_cursor(self) -> tuple[str, int] | None:
        """(pane, move index) of the moved passage under the focused witness pane's
        cursor, else of the one the current item lies in."""
        for name, pane in self.panes.items():
            if pane.editor.hasFocus() and name != CURATED:
                position = pane.qt_to_code_points(pane.editor.textCursor().position())
                for index, move in enumerate(self.review.collation.moves):
                    reading = move.readings.get(name)
                    if reading and reading.start <= position <= reading.end:
                        return name, index
        if self.current is not None and self.current.move is not None:
            return self.review.base_id, self.current.move
        return None

    def go_to_counterpart(self) -> None:
        """Show a moved passage in every pane: where it sits in each witness."""
        found = self.move_at_cursor() if self.review is not None else None
        if found is None:
            return
        here, index = found
        self.sync.enabled = False
        try:
            for witness, reading in self.review.collation.moves[index].readings.items():
                if witness != here:
                    self.panes[witness].show_position(reading.start)
        finally:
            self.sync.enabled = True

    def _save_position(self) -> None:
        """Remember the current item; a failure here must never stop the editor."""
        if self.review is not None and self.current is not None:
            try:
                self.review.save_position(self.current)
            except LibraryError as error:
                print(f"desk: could not remember the position: {error}", file=sys.stderr)

    # Deciding

    def take(self, number: int) -> None:
        """Take the reading of witness `number` (1 = the base) for the current item."""
        witnesses = [w.id for w in self.review.collation.witnesses]
        if self.current is not None and self.current.rule is None and number <= len(witnesses):
            self._after(self.review.take_reading(self.current, witnesses[number - 1]))

    def accept_proposal(self) -> None:
        """Accept the current cleaning proposal."""
        if self.current is not None and self.current.rule is not None:
            self._after(self.review.take_reading(self.current, PROPOSAL_READING))

    def type_reading(self, text: str) -> None:
        """Make the curated text read `text` at the current item."""
        if self.current is not None:
            self._after(self.review.type_reading(self.current, text))

    def keep(self) -> None:
        """Decide the current item, leaving the curated text as it is."""
        if self.current is not None:
            self._after(self.review.keep(self.current))

    def accept_all(
        self, category: str | None = None, rule: str | None = None, witness: str | None = None
    ) -> None:
        """Decide every open item of a category or rule as one undoable action."""
        self._after(
            self.review.accept_all(category=category, rule=rule, witness=witness), advance=False
        )

    def restore(self, number: int) -> None:
        """Make the curated text what it was after revision `number`, as one step."""
        self._after(self.review.restore(number), advance=False)

    def _after(self, outcome: Outcome, advance: bool = True) -> None:
        if outcome.step is None:
            return
        self._show_edits(outcome)
        self.undo_stack.push(self._command(outcome.step.label, False))
        self.model.refresh_items(outcome.decided)
        self.statuses_changed.emit()
        for marks in self._overview.values():
            marks.items_changed(outcome.decided)
        self.reload_annotations()
        if advance:
            self.next_open()
        else:
            self.repaint()

    def _command(self, label: str, typing: bool) -> StepCommand:
        return StepCommand(label, self._undo_step, self._redo_step, typing)

    def _undo_step(self) -> None:
        if not self._replaying:
            self._shown(self.review.undo())

    def _redo_step(self) -> None:
        if not self._replaying:
            self._shown(self.review.redo())

    def _shown(self, outcome: Outcome) -> None:
        self._show_edits(outcome)
        self.model.refresh_all()
        self.statuses_changed.emit()
        for marks in self._overview.values():
            marks.items_changed(outcome.decided)
        self.reload_annotations()
        self.repaint()

    def _show_edits(self, outcome: Outcome) -> None:
        """Make the curated pane show what the review now holds."""
        pane = self.panes[CURATED]
        self._applying = True
        try:
            if len(outcome.edits) > MANY_EDITS:
                bar = pane.editor.verticalScrollBar().value()
                pane.set_text(self.review.text())
                pane.editor.verticalScrollBar().setValue(bar)
                return
            cursor = QTextCursor(pane.editor.document())
            cursor.beginEditBlock()
            for edit in outcome.edits:  # last first: earlier offsets stay valid
                cursor.setPosition(pane.code_points_to_qt(edit.start))
                cursor.setPosition(
                    pane.code_points_to_qt(edit.end), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.insertText(edit.text)
            cursor.endEditBlock()
            pane.reindex()
        finally:
            self._applying = False

    def _typed(self, position: int, removed: int, added: int) -> None:
        """The editor typed in the curated pane: record it as an edit."""
        if self._applying or self.review is None:
            return
        pane = self.panes[CURATED]
        old = self.review.text()
        start, old_stop = (
            pane.qt_to_code_points(position),
            pane.qt_to_code_points(position + removed),
        )
        pane.reindex()
        new = pane.editor.toPlainText()
        new_stop = pane.qt_to_code_points(position + added)
        # Qt may report a wider range than what changed: narrow it to the real change.
        while start < old_stop and start < new_stop and old[start] == new[start]:
            start += 1
        while old_stop > start and new_stop > start and old[old_stop - 1] == new[new_stop - 1]:
            old_stop -= 1
            new_stop -= 1
        if start == old_stop == new_stop:
            return
        outcome = self.review.edit(start, old_stop, new[start:new_stop])
        command = self._command(outcome.step.label, True)
        command.merged = outcome.merged
        self.undo_stack.push(command)
        self.statuses_changed.emit()
        if any(a.witness_id is None for a in self.annotations):
            self.reload_annotations()
        pane.refresh()

    # Notes on passages

    def text_of(self, pane: str) -> str:
        """The text a pane shows: the curated text, or a witness's."""
        if pane == CURATED:
            return self.review.text()
        return next(w.text for w in self.review.collation.witnesses if w.id == pane)

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
            return "curated text"
        pane = self.panes.get(str(annotation.witness_id))
        return pane.title.text() if pane else "a witness no longer here"

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
        self._after(self.review.add_note(witness, start, end, note, tags), advance=False)

    def edit_note(self, annotation_id: int, note: str, tags) -> None:
        """Change a note's text and tags, as one undoable step."""
        self._after(self.review.edit_note(annotation_id, note, tags), advance=False)

    def delete_note(self, annotation_id: int) -> None:
        """Delete a note, as one undoable step."""
        self._after(self.review.delete_note(annotation_id), advance=False)

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
