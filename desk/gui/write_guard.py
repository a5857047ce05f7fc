"""What the window does when the library refuses a write: one message for a burst of
failures, and the window paused until the editor retries.

A read-only library is said in the status bar only (nothing can be decided there, and the
window says so). A history changed by another desk is said once and shown again. Any
other failure (a full disk, a library busy for too long, an I/O error) is said once in
a box naming its cause and the way out; then every action that would write is refused
in a word, the curated text is read-only, and a bar above the texts offers Retry until a
write succeeds again. Nothing is ever shown as done that the library does not hold: the
views show the library again after each failure.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.core.library.failures import LibraryError, ReadOnly, WriteFailed
from desk.core.library.store import Library, now
from desk.core.review.step_saving import ChangedElsewhere
from desk.gui.messages import warn

WRITE_CHECKED = "write_checked_at"  # the meta key Retry writes to see that writing works


class WriteGuard(QFrame):
    """The bar that holds the window while the library cannot be written."""

    paused_changed = Signal(bool)  # True: writing is paused; False: it works again
    said = Signal(str)  # a word for the status bar

    def __init__(self, library: Callable[[], Library], window: QWidget) -> None:
        super().__init__()
        self._library = library
        self._window = window
        self.paused = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("WriteGuard { background: #ffd7d2; } QLabel { color: #000; }")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(self.retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.hide()

    def report(self, error: LibraryError) -> None:
        """Tell the editor a write failed, once for a burst of failures."""
        if isinstance(error, ReadOnly):
            self.said.emit(self.tr("Read-only library: nothing was changed."))
            return
        if isinstance(error, ChangedElsewhere):
            self._say_later(self.tr("Shown again"), str(error))
            return
        if self.paused:
            return  # said already: the bar is up until Retry works
        self.paused = True
        self.label.setText(
            self.tr("{error} desk saves nothing more until Retry succeeds.").format(error=error)
        )
        self.show()
        self.paused_changed.emit(True)
        self._say_later(
            self.tr("Not saved"),
            self.tr(
                "{error}\n\nUntil then desk saves nothing, and the texts stay as the library"
                " holds them. Press Retry in the bar above the texts when it is fixed."
            ).format(error=error),
        )

    def allows_writing(self) -> bool:
        """Whether an action may write now; if not, the editor is told why in a word."""
        if self.paused:
            self.said.emit(self.tr("Not saved: the library cannot be written. Fix it, then Retry."))
        return not self.paused

    def retry(self) -> bool:
        """Try a write; if it works, the window works again."""
        if not self.paused:
            return True
        library = self._library()
        try:
            with library.atomic():
                library.set_meta(WRITE_CHECKED, now())
        except WriteFailed as error:
            self.label.setText(self.tr("Still not saved: {error}").format(error=error))
            return False
        self.paused = False
        self.hide()
        self.paused_changed.emit(False)
        self.said.emit(self.tr("The library can be written again."))
        return True

    def _say_later(self, title: str, text: str) -> None:
        """A box after the event being handled (a keystroke inside the text's change,
        say) has finished."""
        QTimer.singleShot(0, self, lambda: warn(self._window, title, text))
