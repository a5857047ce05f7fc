"""Moved passages in the open document: which one is under the cursor, and showing it
where it sits in every pane (Ctrl+J)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.gui.pane_ids import CURATED

if TYPE_CHECKING:
    from desk.gui.view_parts import ViewParts


class PaneMoves:
    def __init__(self, view: ViewParts) -> None:
        self.view = view

    def move_at_cursor(self) -> tuple[str, int] | None:
        """(pane, move index) of the moved passage under the focused witness pane's
        cursor, else of the one the current place lies in."""
        moves = self.view.review.state.alignment.moves
        for name, pane in self.view.panes.items():
            if pane.editor.hasFocus() and name != CURATED:
                position = pane.qt_to_code_points(pane.editor.textCursor().position())
                for index, move in enumerate(moves):
                    reading = move.readings.get(name)
                    if reading and reading.start <= position <= reading.end:
                        return name, index
        if self.view.current is not None:
            index = self.view.review.state.alignment.move_of(self.view.current)
            if index is not None:
                return self.view.review.state.base_id, index
        return None

    def go_to_counterpart(self) -> bool:
        """Show the moved passage under the cursor (or the current place's) in every pane:
        where it sits in each witness, and in the curated text. False if there is none."""
        found = self.move_at_cursor() if self.view.review is not None else None
        if found is None:
            return False
        _, index = found
        review = self.view.review
        self.view.sync.enabled = False
        try:
            for witness, reading in review.state.alignment.moves[index].readings.items():
                self.view.panes[witness].show_position(reading.start)
            inside = review.state.alignment.places_of_move(index)
            if inside:
                self.view.panes[CURATED].show_position(review.state.span(inside[0])[0])
        finally:
            self.view.sync.enabled = True
        return True
