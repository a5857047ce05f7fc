"""The page image pane's mouse and keys: dragging the viewport with the left button pans
it (a press and release without a drag is a click, reported at its viewport point), and
the zoom shortcuts while the pane has focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget


class DragToPan(QObject):
    clicked = Signal(QPointF)  # viewport coordinates

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.area = area
        self._press: tuple[QPointF, int, int] | None = None  # where, and the scroll then
        self._dragged = False
        area.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        area.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            return self._pressed(event)
        if kind == QEvent.Type.MouseMove:
            return self._moved(event)
        if kind == QEvent.Type.MouseButtonRelease:
            return self._released(event)
        return False

    def _pressed(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        bars = self.area.horizontalScrollBar(), self.area.verticalScrollBar()
        self._press = (event.position(), bars[0].value(), bars[1].value())
        self._dragged = False
        return True

    def _moved(self, event: QMouseEvent) -> bool:
        if self._press is None:
            return False
        start, h, v = self._press
        moved = event.position() - start
        if not self._dragged and moved.manhattanLength() < QApplication.startDragDistance():
            return True
        if not self._dragged:
            self._dragged = True
            self.area.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        self.area.horizontalScrollBar().setValue(round(h - moved.x()))
        self.area.verticalScrollBar().setValue(round(v - moved.y()))
        return True

    def _released(self, event: QMouseEvent) -> bool:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        self._press = None
        self.area.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        if not self._dragged:
            self.clicked.emit(event.position())
        return True


def zoom_actions(
    pane: QWidget,
    zoom_in: Callable[[], None],
    zoom_out: Callable[[], None],
    fit_width: Callable[[], None],
) -> list[QAction]:
    """Zoom In, Zoom Out and Fit Width, added to the pane: their keys work while it (or
    a child) has focus."""
    made = []
    for text, keys, slot in (
        (
            QCoreApplication.translate("ImagePane", "Zoom In"),
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
            zoom_in,
        ),
        (
            QCoreApplication.translate("ImagePane", "Zoom Out"),
            [QKeySequence(QKeySequence.StandardKey.ZoomOut)],
            zoom_out,
        ),
        (
            QCoreApplication.translate("ImagePane", "Fit Width"),
            [QKeySequence("Ctrl+0")],
            fit_width,
        ),
    ):
        action = QAction(text, pane)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        pane.addAction(action)
        made.append(action)
    return made
