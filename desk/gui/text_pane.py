"""One text side by side with others: plain text, spans painted only where visible."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desk.gui.mark_drawing import draw_break, draw_caret, draw_move_label
from desk.gui.messages import plain_tooltip
from desk.gui.positions import TextPositions
from desk.gui.style import found_format

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QMouseEvent, QPaintEvent, QResizeEvent

# (start, end, format) in code points; the provider gets the visible code point range.
SpanProvider = Callable[[int, int], list[tuple[int, int, object]]]
Marks = Callable[[], list[tuple[float, QColor]]]
# Marks painted over the text, never in it: (kind, code point, colour, strong).
SPACE, BREAK, OMISSION = "space", "break", "omission"
TextMark = tuple[str, int, QColor, bool]
MarkProvider = Callable[[int, int], list[TextMark]]
# Moved passages: (start, end, label) in code points.
MoveProvider = Callable[[int, int], list[tuple[int, int, str]]]
LINE_BREAKS = "\r\n\u2028\u2029"
PAINT_DELAY_MS = 8
_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class OverviewStrip(QWidget):
    """A narrow strip beside the scroll bar: where the variants are; a click goes there."""

    clicked = Signal(float)  # fraction of the text, 0 to 1

    def __init__(self, marks: Marks) -> None:
        super().__init__()
        self.marks = marks  # () -> [(fraction of the text, colour)]
        self.setFixedWidth(12)
        self.setToolTip(
            self.tr("Where the variants are: strong marks are open ones. Click to go there.")
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        height = max(1, self.height())
        for fraction, colour in self.marks():
            y = int(fraction * (height - 2))
            painter.fillRect(1, y, self.width() - 2, 2, colour)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        room = self.contentsRect().width() - 2 * self.margin() - 8
        self.setText(
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        )


def reading_marks(reading: str, start: int) -> list[tuple[str, int]]:
    """The marks that make a reading at `start` visible: an empty one is an omission (a
    caret before `start`); one of white space only gets a dot on each space and a ⏎ on
    each line break ("\r\n" is one); any other reading shows itself and gets none."""
    if not reading:
        return [(OMISSION, start)]
    if not reading.isspace():
        return []
    return [
        (BREAK if char in LINE_BREAKS else SPACE, start + index)
        for index, char in enumerate(reading)
        if not (char == "\n" and index and reading[index - 1] == "\r")
    ]


class _Editor(QPlainTextEdit):
    """The pane's text view: after Qt paints the text, the pane paints its marks over it."""

    def __init__(self, pane: TextPane) -> None:
        super().__init__()
        self._pane = pane

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        try:
            self._pane.paint_marks(painter)
        finally:
            painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if hasattr(self._pane, "_timer"):  # not while the pane is being made
            self._pane.refresh()  # other lines are in view: other marks


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
        self.editor = _Editor(self)
        self.editor.setFont(font)
        self.editor.setReadOnly(not editable)
        self.editor.setUndoRedoEnabled(False)  # undo belongs to the review's history
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._provider: SpanProvider = lambda start, end: []
        self._mark_provider: MarkProvider = lambda start, end: []
        self._move_provider: MoveProvider = lambda start, end: []
        self.marks: list[TextMark] = []  # those in view, painted over the text
        self.moves: list[tuple[int, int, str]] = []  # moved passages in view
        self.label_rects: list[tuple[QRectF, str]] = []  # where their labels were painted
        self.found: list[tuple[int, int]] = []  # Find's hits, painted over the spans
        self.found_current: int | None = None
        self.positions = TextPositions("")  # the shown text's index
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit()
        if event.type() == QEvent.Type.ToolTip and watched is self.editor.viewport():
            label = self.move_label_at(event.pos())
            if label:
                QToolTip.showText(event.globalPos(), plain_tooltip(label), self.editor)
            else:
                QToolTip.hideText()
            return True
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
            self.clicked.emit(self.positions.from_qt(position))
        return False

    def set_text(self, text: str) -> None:
        """Show a text (always as plain text, never markup)."""
        self.positions = TextPositions(text)
        self.editor.setPlainText(text)

    def show_document(self, document: QTextDocument, text: str) -> None:
        """Show a document made elsewhere (pane_documents) that holds `text`."""
        self.positions = TextPositions(text)
        document.setParent(self.editor)  # it goes with the pane
        self.editor.setDocument(document)
        self.editor.setUndoRedoEnabled(False)  # undo belongs to the review's history

    def replace_text(self, text: str) -> None:
        """Show another version of the text with the view left where it was: the same
        character at the top and the cursor at the same code point. (A scroll bar value
        kept over setPlainText does not do it: the new text is laid out lazily, so its
        lines, which the value counts, are not yet known.)"""
        top = self.visible_range()[0]
        at = self.positions.from_qt(self.editor.textCursor().position())
        self.set_text(text)
        last = self.editor.document().characterCount() - 1
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(min(self.positions.to_qt(min(top, len(text))), last))
        self.editor.setTextCursor(cursor)
        bar = self.editor.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.editor.ensureCursorVisible()  # scrolling up to it puts it on the top line
        cursor.setPosition(min(self.positions.to_qt(min(at, len(text))), last))
        self.editor.setTextCursor(cursor)

    def set_spans(self, provider: SpanProvider, marks: Marks) -> None:
        """How to find the spans to paint, and the overview's marks."""
        self._provider = provider
        self.overview.marks = marks
        self.refresh()

    def set_marks(self, marks: MarkProvider, moves: MoveProvider) -> None:
        """How to find the marks to paint over the text (spaces, line breaks, omissions)
        and the moved passages to label, in a code point range."""
        self._mark_provider, self._move_provider = marks, moves
        self.refresh()

    def detach(self) -> None:
        """Stop painting: the pane is about to go."""
        self._timer.stop()
        self._provider = lambda start, end: []
        self._mark_provider = lambda start, end: []
        self._move_provider = lambda start, end: []
        self.overview.marks = lambda: []

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
        return self.positions.from_qt(first), self.positions.from_qt(last) + 1

    def paint_spans(self) -> None:
        """Paint the spans inside the visible range."""
        start, end = self.visible_range()
        last = self.editor.document().characterCount() - 1
        selections = []
        for span_start, span_end, fmt in [*self._provider(start, end), *self._found(start, end)]:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(min(self.positions.to_qt(span_start), last))
            cursor.setPosition(
                min(self.positions.to_qt(span_end), last), QTextCursor.MoveMode.KeepAnchor
            )
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.editor.setExtraSelections(selections)
        self.marks = self._mark_provider(start, end)
        self.moves = self._move_provider(start, end)
        self.editor.viewport().update()

    def visible_marks(self) -> list[tuple[str, int]]:
        """(kind, code point) of each mark painted over the text in view: SPACE on a
        space, BREAK on a line break, OMISSION before the character a reading is missing
        from."""
        return [(kind, offset) for kind, offset, _, _ in self.marks]

    def move_labels(self) -> list[tuple[int, str]]:
        """(start, label) of each moved passage in view."""
        return [(start, label) for start, _, label in self.moves]

    def move_label_at(self, point: QPoint) -> str:
        """The label of the moved passage (or of its painted label) at a viewport point."""
        for rect, label in self.label_rects:
            if rect.contains(QPointF(point)):
                return label
        cursor = self.editor.cursorForPosition(point)
        if not self.editor.cursorRect(cursor).adjusted(-40, 0, 40, 0).contains(point):
            return ""  # below the text's end, or far right of a line's end
        position = self.positions.from_qt(cursor.position())
        return next((label for start, end, label in self.moves if start <= position < end), "")

    # Marks over the text

    def _qt_cursor(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.editor.document())
        last = self.editor.document().characterCount() - 1
        cursor.setPosition(max(0, min(self.positions.to_qt(position), last)))
        return cursor

    def paint_marks(self, painter: QPainter) -> None:
        """Paint the marks and the moved passages' labels over the text in view (from
        the editor's paintEvent, after the text)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.editor.font())
        # Carets and ⏎ stand on the page itself, not on a light highlight: lighter ink
        # on a dark page.
        dark = self.editor.palette().color(QPalette.ColorRole.Base).lightness() < 128
        for kind, position, colour, strong in self.marks:
            rect = QRectF(self.editor.cursorRect(self._qt_cursor(position)))
            on_page = colour.lighter(170) if dark else colour
            if kind == OMISSION:
                draw_caret(painter, rect, on_page, strong)
            elif kind == BREAK:
                draw_break(painter, rect, on_page, strong, metrics, self.editor.viewport().width())
            else:
                self._paint_space(painter, position, rect, colour, strong, metrics)
        self.label_rects = []
        for start, _, label in self.moves:
            box = draw_move_label(self.editor, painter, self.positions.to_qt(start), label)
            if box is not None:
                self.label_rects.append((box, label))

    def _paint_space(
        self,
        painter: QPainter,
        position: int,
        rect: QRectF,
        colour: QColor,
        strong: bool,
        metrics: QFontMetricsF,
    ) -> None:
        """A dot centred on a space (of whatever width)."""
        following = QRectF(self.editor.cursorRect(self._qt_cursor(position + 1)))
        if abs(following.top() - rect.top()) < 1 and following.left() > rect.left():
            right = following.left()
        else:  # the space ends its line
            char = self.editor.document().characterAt(self.positions.to_qt(position))
            right = rect.left() + metrics.horizontalAdvance(char or " ")
        radius = max(1.6, min(2.6, (right - rect.left()) / 6)) + (0.6 if strong else 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(
            QPointF((rect.left() + right) / 2, rect.center().y() + 1), radius, radius
        )

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
        return self.positions.from_qt(self.editor.cursorForPosition(middle).position())

    def show_position(self, position: int, select_to: int | None = None) -> None:
        """Bring a code point position to the middle of the view."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(
            min(self.positions.to_qt(position), self.editor.document().characterCount() - 1)
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
        return self.positions.from_qt(position)

    def code_points_to_qt(self, position: int) -> int:
        """A code point position in this pane as a Qt position."""
        return self.positions.to_qt(position)
