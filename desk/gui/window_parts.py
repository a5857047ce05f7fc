"""What the window's helpers (menus, documents, actions) use of the window: its parts and
a few of its doings, so that none of them depends on the whole window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desk.core.library.store import Library
    from desk.gui.document_controller import DocumentController
    from desk.gui.jobs import JobRunner
    from desk.gui.library_pane import LibraryPane
    from desk.gui.review_view import ReviewView
    from desk.gui.write_guard import WriteGuard


class WindowParts(Protocol):
    library: Library
    review_view: ReviewView
    library_pane: LibraryPane
    guard: WriteGuard
    jobs: JobRunner
    documents: DocumentController  # opening, importing, keeping up with the library
    closed: bool  # jobs that finish after the window closed leave it be

    def window(self) -> QWidget:
        """The window itself, as the parent of dialogs."""

    def say(self, text: str, milliseconds: int = 8000) -> None:
        """A line in the status bar, for a while."""

    def report_failure(self, error: Exception, title: str = "desk") -> None:
        """Why a background job failed, said once."""

    def refresh(self) -> None:
        """Show again what depends on the open document: title, counts, Undo, history."""
