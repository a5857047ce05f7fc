"""What the window's helpers (menus, documents, actions) use of the window: its parts and
a few of its doings, so that none of them depends on the whole window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from desk.core.library.store import Library
    from desk.gui.jobs import JobRunner
    from desk.gui.library_pane import LibraryPane
    from desk.gui.review_view import ReviewView
    from desk.gui.write_guard import WriteGuard


class Documents(Protocol):
    """What the helpers use of the window's document controller."""

    def open_document(self, document_id: int, wait: bool = False) -> None:
        """Collate and show a document."""

    def witnesses_changed(self) -> None:
        """This window added or moved a witness: list the library, reopen the document."""

    def catch_up_listing(self) -> None:
        """List the library again after this window's own change."""


class WindowParts(Protocol):
    library: Library
    review_view: ReviewView
    library_pane: LibraryPane
    guard: WriteGuard
    jobs: JobRunner
    documents: Documents  # opening, importing, keeping up with the library
    closed: bool  # jobs that finish after the window closed leave it be

    def window(self) -> QMainWindow:
        """The window itself: the parent of dialogs, the holder of docks."""

    def say(self, text: str, milliseconds: int = 8000) -> None:
        """A line in the status bar, for a while."""

    def report_failure(self, error: Exception, title: str = "desk") -> None:
        """Why a background job failed, said once."""

    def refresh(self) -> None:
        """Show again what depends on the open document: title, counts, Undo, history."""
