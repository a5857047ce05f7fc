"""What the review view's helpers (painting, typing, finding, notes, moves) use of the
view: its parts and a few of its doings, so that none of them depends on the whole view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance

    from desk.core.notes.annotations import Annotation
    from desk.core.review.outcome import Outcome
    from desk.core.review.session import Review
    from desk.gui.scroll_sync import ScrollSync
    from desk.gui.text_pane import TextPane
    from desk.gui.variant_table import PlaceTableModel
    from desk.gui.write_guard import WriteGuard


class NotesShown(Protocol):
    """What the helpers use of the notes the view shows."""

    annotations: list[Annotation]
    places: dict[int, tuple[int, int] | None]  # where each passage is now

    def reload(self) -> None:
        """Read the document's notes and find where each passage is now."""


class ViewParts(Protocol):
    review: Review | None
    panes: dict[str, TextPane]  # by pane id: the curated text's, then each witness's
    current: int | None
    show_faint: bool
    last_focused: str
    guard: WriteGuard
    sync: ScrollSync
    model: PlaceTableModel | None
    notes: NotesShown
    statuses_changed: SignalInstance
    annotations_changed: SignalInstance

    def repaint(self, statuses_changed: bool = False) -> None:
        """Repaint every pane's spans and overview."""

    def act(self, action: Callable[[], Outcome], advance: bool = False) -> None:
        """Run a review action and show what it did."""
