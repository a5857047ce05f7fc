"""One text side by side with others: plain text, spans painted only where visible."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.gui.messages import plain_tooltip
from desk.gui.positions import TextPositions
from desk.gui.style import found_format

# (start, end, format) in code points; the provider gets the visible code point range.
SpanProvider = Callable[[int, int], list[tuple[int, int, object]]]
Marks = Callable[[], list[tuple[float, QColor]]]
PAINT_DELAY_MS = 8
_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class OverviewStrip(QWidget):
    """A narrow strip beside the scroll bar: where the variants are; a click goes there."""

    clicked = Signal(float)  # fraction of the text, 0 to 1

    def __init__(self, marks: Marks) -> None:
        super().__init__()
        self._marks = marks
        self.setFixedWidth(12)
        self.setToolTip(
            self.tr("Where the variants are: strong marks are open ones. Click to go there.")
        )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#fafafa"))
        height = max(1, self.height())
        for fraction, colour in self._marks():
            y = int(fraction * (height - 2))
            painter.fillRect(1, y, self.width() - 2, 2, colour)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.clicked.emit(max(0.0, min(1.0, event.position().y() / max(1, self.height()))))


class ElidedLabel(QLabel):
    """A one-line plain-text label that ends in … when narrower than its text, the whole
    text in its tooltip: a narrow pane never cuts its title off."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = text
        self.setToolTip(plain_tooltip(text))
        self.setText(text)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        room = self.contentsRect().width() - 2 * self.margin() - 8
        self.setText(
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        )


class TextPane(QWidget):
    """A titled plain-text view with painted spans, an overview strip and positions in
    code points."""

    scrolled = Signal()
    clicked = Signal(int)  # a code point position the editor clicked without selecting
    focused = Signal()

    def __init__(self, title: str, font: QFont, editable: bool = False) -> None:
        super().__init__()
        self.title = ElidedLabel(title)
        self.title.setStyleSheet("font-weight: bold; padding: 2px 4px;")
        self.editor = QPlainTextEdit()
        self.editor.setFont(font)
        self.editor.setReadOnly(not editable)
        self.editor.setUndoRedoEnabled(False)  # undo belongs to the review's history
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._provider: SpanProvider = lambda start, end: []
        self.found: list[tuple[int, int]] = []  # Find's hits, painted over the spans
        self.found_current: int | None = None
        self._index = TextPositions("")
        self.overview = OverviewStrip(lambda: [])
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.editor)
        row.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.title)
        layout.addLayout(row)
        self._timer = QTimer(self, singleShot=True, interval=PAINT_DELAY_MS)
        self._timer.timeout.connect(self.paint_spans)
        self.editor.verticalScrollBar().valueChanged.connect(self._on_scroll)
        self.overview.clicked.connect(self.show_fraction)
        self.editor.viewport().installEventFilter(self)
        self.editor.installEventFilter(self)  # focus arrives at the editor, not its viewport

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit()
        if event.type() == QEvent.Type.ShortcutOverride and any(
            event.matches(key) for key in _HISTORY_KEYS
        ):
            # Undo and Redo are the review's, not the text view's: let the window's
            # shortcuts have these keys.
            event.ignore()
            return True
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and not self.editor.textCursor().hasSelection()
        ):
            position = self.editor.cursorForPosition(event.position().toPoint()).position()
            self.clicked.emit(self._index.from_qt(position))
        return False

    def set_text(self, text: str) -> None:
        """Show a text (always as plain text, never markup)."""
        self._index = TextPositions(text)
        self.editor.setPlainText(text)

    def reindex(self, text: str) -> None:
        """After the shown text was changed in place to `text` (as the core holds it)."""
        self._index = TextPositions(text)

    def set_spans(self, provider: SpanProvider, marks: Marks) -> None:
        """How to find the spans to paint, and the overview's marks."""
        self._provider = provider
        self.overview._marks = marks
        self.refresh()

    def detach(self) -> None:
        """Stop painting: the pane is about to go."""
        self._timer.stop()
        self._provider = lambda start, end: []
        self.overview._marks = lambda: []

    def refresh(self) -> None:
        """Repaint spans and overview soon (coalesced)."""
        self._timer.start()
        self.overview.update()

    def _on_scroll(self) -> None:
        self._timer.start()
        self.scrolled.emit()

    def visible_range(self) -> tuple[int, int]:
        """The code point range shown in the view."""
        viewport = self.editor.viewport()
        first = self.editor.cursorForPosition(QPoint(0, 0)).position()
        last = self.editor.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return self._index.from_qt(first), self._index.from_qt(last) + 1

    def paint_spans(self) -> None:
        """Paint the spans inside the visible range."""
        start, end = self.visible_range()
        last = self.editor.document().characterCount() - 1
        selections = []
        for span_start, span_end, fmt in [*self._provider(start, end), *self._found(start, end)]:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(min(self._index.to_qt(span_start), last))
            cursor.setPosition(
                min(self._index.to_qt(span_end), last), QTextCursor.MoveMode.KeepAnchor
            )
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def set_found(self, hits: list[tuple[int, int]], current: int | None = None) -> None:
        """Paint Find's hits (code points), `current` the one Find is on."""
        self.found, self.found_current = hits, current
        self.refresh()

    def _found(self, start: int, end: int) -> list[tuple[int, int, QTextCharFormat]]:
        """The hits inside the code point range [start, end)."""
        shown = []
        for index in range(max(0, bisect_left(self.found, (start, start)) - 1), len(self.found)):
            hit_start, hit_end = self.found[index]
            if hit_start > end:
                break
            if hit_end >= start:
                shown.append((hit_start, hit_end, found_format(index == self.found_current)))
        return shown

    def middle_position(self) -> int:
        """The code point position at the middle of the view."""
        viewport = self.editor.viewport()
        middle = QPoint(viewport.width() // 2, viewport.height() // 2)
        return self._index.from_qt(self.editor.cursorForPosition(middle).position())

    def show_position(self, position: int, select_to: int | None = None) -> None:
        """Bring a code point position to the middle of the view."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(
            min(self._index.to_qt(position), self.editor.document().characterCount() - 1)
        )
        self.editor.setTextCursor(cursor)
        rect = self.editor.cursorRect(cursor)
        bar = self.editor.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.editor.viewport().height() // 2)
        self.editor.centerCursor()

    def show_fraction(self, fraction: float) -> None:
        """Go to a fraction of the text (from the overview strip)."""
        length = len(self.editor.toPlainText())
        self.show_position(int(fraction * length))
        self.scrolled.emit()

    def qt_to_code_points(self, position: int) -> int:
        """A Qt position in this pane as a code point position."""
        return self._index.from_qt(position)

    def code_points_to_qt(self, position: int) -> int:
        """A code point position in this pane as a Qt position."""
        return self._index.to_qt(position)
