"""The curated pane and the review, kept equal both ways: what the editor types becomes
the review's typed readings (worked out from the text before and after, whatever Qt
delivered), and what an action changed is applied to the pane, edit by edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor

from desk.core.library.failures import LibraryError
from desk.core.review.outcome import Outcome
from desk.gui.pane_ids import CURATED
from desk.gui.positions import shown_text, typed_edit

if TYPE_CHECKING:
    from desk.gui.view_parts import ViewParts

MANY_EDITS = 300  # past this many edits at once, the curated pane is simply reloaded


class CuratedTyping(QObject):
    def __init__(self, view: ViewParts) -> None:
        super().__init__(view)
        self.view = view
        self.applying = False  # the curated pane is being changed by us, not typed in

    def reload_from_review(self) -> None:
        """Show the curated text and every status again as the review holds them."""
        if self.view.review is None:
            return
        self.applying = True
        try:
            self.view.panes[CURATED].replace_text(self.view.review.state.text())
        finally:
            self.applying = False
        self.view.model.refresh_all()
        self.view.notes.reload()
        self.view.repaint(statuses_changed=True)
        self.view.statuses_changed.emit()

    def show_edits(self, outcome: Outcome) -> None:
        """Make the curated pane show what the review now holds."""
        pane = self.view.panes[CURATED]
        if len(outcome.edits) > MANY_EDITS:
            self.reload_from_review()
            return
        self.applying = True
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
            self.applying = False
        if outcome.edits:  # one edit from the first changed character to the last
            first = min(edit.start for edit in outcome.edits)
            last = max(edit.end for edit in outcome.edits)
            delta = sum(len(edit.text) - (edit.end - edit.start) for edit in outcome.edits)
            text = self.view.review.state.text()
            pane.positions.edited(first, last, text[first : last + delta], text)

    def typed(self, position: int, removed: int, added: int) -> None:
        """The editor typed in the curated pane: the review records it as typed readings.

        The edit is worked out from the text before (the review's) and after (the
        pane's), never from Qt's numbers alone: an input method's commit is reported as
        a change to its whole block, past the end of the text in the last one. Qt's range
        only narrows where to compare, and is widened to the whole text when its lengths
        do not add up."""
        if self.applying or self.view.review is None:
            return
        pane = self.view.panes[CURATED]
        document = pane.editor.document()
        before = self.view.review.state.text()
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
        if not self.view.guard.allows_writing():
            self.reload_from_review()
            return
        try:
            outcome = self.view.review.edit(*edit)
        except LibraryError as error:
            self.view.guard.report(error)
            self.reload_from_review()
            return
        pane.positions.edited(*edit, self.view.review.state.text())
        self.view.model.refresh_places(outcome.places)  # typed over: listed in the table
        self.view.statuses_changed.emit()
        if any(a.witness_id is None for a in self.view.notes.annotations):
            self.view.notes.reload()
        pane.refresh()
