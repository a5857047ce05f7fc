"""Find in the open document: the Find bar, every hit painted in every pane, and the
next or previous hit in the pane last used, round its end."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from desk.core.library.find import find_all, next_hit
from desk.gui.find_bar import FindBar
from desk.gui.pane_ids import CURATED

if TYPE_CHECKING:
    from desk.gui.view_parts import ViewParts


class PaneFind(QObject):
    def __init__(self, view: ViewParts) -> None:
        super().__init__(view)
        self.view = view
        self.bar = FindBar()
        self.bar.changed.connect(self.find)
        self.bar.next_requested.connect(lambda: self.find_next(backwards=False))
        self.bar.previous_requested.connect(lambda: self.find_next(backwards=True))
        self.bar.closed.connect(self.closed)

    def open(self) -> None:
        """Show the Find bar, holding the text selected in the last used pane if any."""
        pane = self.view.panes.get(self.view.last_focused)
        selected = pane.editor.textCursor().selectedText() if pane is not None else ""
        self.bar.open(selected if "\u2029" not in selected else "")
        self.find(self.bar.field.text())

    def find(self, query: str) -> None:
        """Paint every hit of `query` in every pane."""
        if self.view.review is None:
            return
        texts = {w.id: w.text for w in self.view.review.state.alignment.witnesses}
        texts[CURATED] = self.view.review.state.text()
        for name, pane in self.view.panes.items():
            pane.set_found(find_all(texts.get(name, ""), query))
        pane = self.view.panes.get(self.view.last_focused) or self.view.panes.get(CURATED)
        self.bar.set_count(None, len(pane.found) if pane else 0)

    def find_next(self, backwards: bool = False) -> None:
        """Go to the next (or previous) hit in the pane last used, round its end."""
        pane = self.view.panes.get(self.view.last_focused) or self.view.panes.get(CURATED)
        if pane is None:
            return
        if not self.bar.isVisible():
            self.open()
            return
        cursor = pane.editor.textCursor()
        position = pane.qt_to_code_points(cursor.selectionStart())
        if not cursor.hasSelection() and not backwards:
            position -= 1  # a hit starting at the cursor is the next one
        index = next_hit(pane.found, position, backwards)
        pane.set_found(pane.found, index)
        self.bar.set_count(index, len(pane.found))
        if index is not None:
            start, end = pane.found[index]
            pane.show_position(start)
            selection = pane.editor.textCursor()
            selection.setPosition(pane.code_points_to_qt(end), QTextCursor.MoveMode.KeepAnchor)
            pane.editor.setTextCursor(selection)

    def refind(self) -> None:
        """After a decision or an edit, paint the hits of the curated text as it is now."""
        if self.bar.isVisible():
            self.find(self.bar.field.text())

    def closed(self) -> None:
        for pane in self.view.panes.values():
            pane.set_found([])
        pane = self.view.panes.get(self.view.last_focused)
        if pane is not None:
            pane.editor.setFocus()
