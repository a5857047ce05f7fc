"""The notes on the open document's passages: read, each passage found again in its
pane's text as it is now, and brought into view when chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from desk.core.notes.annotations import Annotation, list_annotations, place
from desk.gui.pane_ids import CURATED, pane_of, witness_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from desk.gui.view_parts import ViewParts


class PaneNotes(QObject):
    def __init__(self, view: ViewParts) -> None:
        super().__init__(view)
        self.view = view
        self.annotations: list[Annotation] = []
        self.places: dict[int, tuple[int, int] | None] = {}  # where each passage is now

    def clear(self) -> None:
        self.annotations, self.places = [], {}

    def reload(self) -> None:
        """Read the document's notes and find where each passage is now."""
        if self.view.review is None:
            return
        self.annotations = list_annotations(self.view.review.library, self.view.review.document.id)
        texts: dict[str, str] = {}  # built only for panes that have notes: a book is large
        self.places = {}
        for annotation in self.annotations:
            pane = pane_of(annotation.witness_id)
            if pane not in self.view.panes:
                self.places[annotation.id] = None
                continue
            if pane not in texts:
                texts[pane] = self.text_of(pane)
            self.places[annotation.id] = place(annotation, texts[pane])
        self.view.annotations_changed.emit()
        self.view.repaint()

    def pane_label(self, annotation: Annotation) -> str:
        """Where a note is: the curated text or a witness pane's title."""
        if annotation.witness_id is None:
            return self.tr("curated text")
        pane = self.view.panes.get(pane_of(annotation.witness_id))
        return pane.title.full_text if pane else self.tr("a witness no longer here")

    def go_to(self, annotation_id: int) -> None:
        """Bring a note's passage into view and select it."""
        annotation = next((a for a in self.annotations if a.id == annotation_id), None)
        found = self.places.get(annotation_id)
        if annotation is None or found is None:
            return
        pane_name = pane_of(annotation.witness_id)
        pane = self.view.panes.get(pane_name)
        if pane is None:
            return
        pane.show_position(found[0])
        cursor = pane.editor.textCursor()
        cursor.setPosition(pane.code_points_to_qt(found[0]))
        cursor.setPosition(pane.code_points_to_qt(found[1]), QTextCursor.MoveMode.KeepAnchor)
        pane.editor.setTextCursor(cursor)
        self.view.sync.scrolled(pane_name)

    def text_of(self, pane: str) -> str:
        """The text a pane shows: the curated text, or a witness's."""
        if pane == CURATED:
            return self.view.review.state.text()
        return next(w.text for w in self.view.review.state.alignment.witnesses if w.id == pane)

    def selected_passage(self) -> tuple[str, int, int] | None:
        """(pane, start, end) of the text selected in the last focused pane, in code points."""
        pane = self.view.panes.get(self.view.last_focused)
        if pane is None:
            return None
        cursor = pane.editor.textCursor()
        if not cursor.hasSelection():
            return None
        start = pane.qt_to_code_points(cursor.selectionStart())
        end = pane.qt_to_code_points(cursor.selectionEnd())
        return self.view.last_focused, start, end

    def add(self, pane: str, start: int, end: int, note: str, tags: Iterable[str]) -> None:
        """Annotate a passage of a pane, as one undoable step."""
        witness = witness_of(pane)
        self.view.act(lambda: self.view.review.add_note(witness, start, end, note, tags))

    def edit(self, annotation_id: int, note: str, tags: Iterable[str]) -> None:
        """Change a note's text and tags, as one undoable step."""
        self.view.act(lambda: self.view.review.edit_note(annotation_id, note, tags))

    def delete(self, annotation_id: int) -> None:
        """Delete a note, as one undoable step."""
        self.view.act(lambda: self.view.review.delete_note(annotation_id))
