"""The page image beside the text panes: zoom, pan, line boxes, clicks in image pixels.

A QAbstractScrollArea that paints itself rather than a QGraphicsView: the whole state is
one scale and two scroll values, so mapping image pixels to the viewport is two lines
(`image_to_viewport`, `viewport_to_image`), and swapping the preview or the sharp region
is an assignment, not scene items to keep in step with a view transform.

Large scans stay responsive: images are decoded off the GUI thread (desk.gui.jobs.Job on a
QThreadPool). A preview about twice the pane's width comes first; past the preview's
resolution the visible region (with a margin) is decoded at the needed resolution a moment
after the view stops changing, and drawn over the preview (the reads: image_decode).
Box coordinates are always full-image pixels, whatever is decoded. Imports Qt and
desk.gui only.
"""

from __future__ import annotations

import math
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from desk.gui.image_decode import (
    MISSING,
    SHOWN,
    UNREADABLE,
    Decoded,
    read_preview,
    read_region,
)
from desk.gui.jobs import Job
from desk.gui.style import CURRENT_COLOUR, MARK_COLOUR

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QMouseEvent, QPaintEvent, QResizeEvent, QWheelEvent

    from desk.gui.jobs import Progress

PREVIEW_WIDTHS = 2.0  # the preview is about this many pane widths wide
PREVIEW_MIN, PREVIEW_MAX = 1600, 4096  # device pixels, whatever the pane's width now
SHARP_DELAY_MS = 150  # wait this long after the view stops changing
MAX_SCALE = 8.0  # screen pixels per image pixel
WHEEL_STEP, KEY_STEP = 1.25, 1.25

EMPTY, LOADING = "empty", "loading"


def _message(state: str, path: str | None, reason: str) -> str:
    name = os.path.basename(path) if path else ""
    if state == EMPTY:
        return QCoreApplication.translate("ImagePane", "No page image for this document.")
    if state == LOADING:
        return QCoreApplication.translate("ImagePane", "Loading the page image…") + "\n" + name
    if state == MISSING:
        text = QCoreApplication.translate("ImagePane", "The page image is missing:")
        return f"{text}\n{name}\n{os.path.dirname(path or '')}"
    text = QCoreApplication.translate("ImagePane", "The page image cannot be read:")
    return f"{text}\n{name}\n{reason}".rstrip()


class ImagePane(QAbstractScrollArea):
    """The page image, zoomable and pannable, with the current place's line boxes."""

    clicked_at = Signal(int, int)  # image pixels, a click without a drag
    image_shown = Signal()  # the preview is on screen (or the message, if none)
    sharp_shown = Signal()  # a region decoded past the preview's resolution is drawn
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._path: str | None = None
        self._data: bytes | None = None
        self._state, self._reason = EMPTY, ""
        self._full: QSize | None = None
        self._preview: QImage | None = None
        self._sharp: Decoded | None = None
        self._sharp_factor = 0.0
        self._token = 0  # rises with each image and each region asked for
        self._scale, self._fit = 1.0, True
        self._boxes: dict[bool, list[QRectF]] = {True: [], False: []}
        self._pending: tuple[str, object] | None = None  # a scroll asked before loading
        self._press: tuple[QPointF, int, int] | None = None
        self._dragged = False
        self._sharp_timer = QTimer(self, singleShot=True, interval=SHARP_DELAY_MS)
        self._sharp_timer.timeout.connect(self._update_sharp)
        # Fit width would flicker between two scales if the bar came and went.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        self._actions = self._make_actions()

    # -- the API the window uses ------------------------------------------------------

    def set_image(self, path: str | None, data: bytes | None = None) -> None:
        """Show the image at `path` (or `data`, a kept copy, when the file is gone)."""
        self._token += 1
        self._path, self._data = path, data
        self._full, self._preview, self._sharp = None, None, None
        self._boxes = {True: [], False: []}
        self._pending, self._fit = None, True
        self._state = LOADING if (path or data is not None) else EMPTY
        self._update_scrollbars()
        self.viewport().update()
        if self._state == EMPTY:
            self.image_shown.emit()
            return
        width = self.viewport().width() * self.devicePixelRatioF() * PREVIEW_WIDTHS
        width = int(min(PREVIEW_MAX, max(PREVIEW_MIN, width)))
        self._start(self._token, lambda: read_preview(path, data, width), self._preview_read)

    def show_boxes(self, boxes: list[tuple[int, int, int, int]], current: bool) -> None:
        """Draw line boxes (x, y, w, h in image pixels), replacing the earlier current or
        other ones; the current ones clearly, scrolled into view if off screen."""
        self._boxes[current] = [QRectF(*box) for box in boxes]
        if current and boxes:
            self._scroll_or_wait(("boxes", self._boxes[True]))
        self.viewport().update()

    def scroll_to_fraction(self, fraction: float) -> None:
        """Scroll to this fraction of the page's height (for text without coordinates)."""
        self._scroll_or_wait(("fraction", min(1.0, max(0.0, fraction))))

    def fit_width(self) -> None:
        """Zoom so the page's width fills the pane (and keep doing so on resize)."""
        if self._full is None:
            return
        centre = self.viewport_to_image(QPointF(self.viewport().rect().center()))
        self._set_scale(self._fit_scale(), QPointF(self.viewport().rect().center()), centre)
        self._fit = True

    def set_zoom(self, scale: float, anchor: QPointF | None = None) -> None:
        """Zoom to `scale` screen pixels per image pixel, keeping the image point under
        `anchor` (viewport coordinates; the centre by default) where it is."""
        if self._full is None:
            return
        anchor = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        self._set_scale(scale, anchor, self.viewport_to_image(anchor))
        self._fit = False

    def zoom_in(self) -> None:
        """Zoom in a step around the pane's centre."""
        self.set_zoom(self._scale * KEY_STEP)

    def zoom_out(self) -> None:
        """Zoom out a step around the pane's centre."""
        self.set_zoom(self._scale / KEY_STEP)

    def zoom(self) -> float:
        """Screen pixels per image pixel."""
        return self._scale

    def image_size(self) -> QSize | None:
        """The full image's pixel size, once known."""
        return self._full

    def state(self) -> str:
        """empty, loading, shown, missing or unreadable."""
        return self._state

    def has_preview(self) -> bool:
        """True once the page is on screen."""
        return self._preview is not None

    def has_sharp_region(self) -> bool:
        """True while a region past the preview's resolution is drawn."""
        return self._sharp is not None

    def message(self) -> str:
        """The plain text drawn in the pane instead of an image ('' when there is one)."""
        return "" if self._state == SHOWN else _message(self._state, self._path, self._reason)

    def zoom_actions(self) -> list[QAction]:
        """Zoom in, zoom out, fit width: shortcuts while the pane has focus; a window
        may add them to a View menu too."""
        return list(self._actions)

    def image_to_viewport(self, x: float, y: float) -> QPointF:
        """Where image pixel (x, y) is in the viewport."""
        origin = self._origin()
        return QPointF(origin.x() + x * self._scale, origin.y() + y * self._scale)

    def viewport_to_image(self, point: QPointF) -> QPointF:
        """The image pixel at a viewport point."""
        origin = self._origin()
        return QPointF(
            (point.x() - origin.x()) / self._scale, (point.y() - origin.y()) / self._scale
        )

    # -- decoding -----------------------------------------------------------------------

    def _start(
        self,
        token: int,
        read: Callable[[], Decoded],
        done: Callable[[tuple[int, Decoded] | None], None],
    ) -> None:
        def work(_progress: Progress) -> tuple[int, Decoded] | None:
            if token != self._token:
                return None  # superseded before it started: skip the decode
            return token, read()

        job = Job(work)
        job.signals.finished.connect(done)
        job.signals.failed.connect(lambda reason: self._failed(token, reason))
        self._pool.start(job)

    def _preview_read(self, result: tuple[int, Decoded] | None) -> None:
        if result is None or result[0] != self._token:
            return
        decoded: Decoded = result[1]
        self._state, self._reason = decoded.state, decoded.reason
        if decoded.image is not None:
            self._full, self._preview = decoded.full_size, decoded.image
            self._scale = self._fit_scale()
            self._update_scrollbars()
            self.horizontalScrollBar().setValue(0)
            self.verticalScrollBar().setValue(0)
            self.zoom_changed.emit(self._scale)
            if self._pending is not None:
                self._scroll_or_wait(self._pending)
                self._pending = None
            self._view_changed()
        self.viewport().update()
        self.image_shown.emit()

    def _failed(self, token: int, reason: str) -> None:
        """A read failed: the image loading now is unreadable, unless the failure is an
        earlier image's (or view's), which no longer matters."""
        if token == self._token and self._preview is None and self._state == LOADING:
            self._state, self._reason = UNREADABLE, reason
            self.viewport().update()
            self.image_shown.emit()

    def _needed_factor(self) -> float:
        """Full resolution's share needed to draw sharp now; 0 when the preview will do."""
        if self._preview is None or self._full is None:
            return 0.0
        wanted = self._scale * self.devicePixelRatioF()
        has = self._preview.width() / self._full.width()
        return min(1.0, wanted) if wanted > has * 1.1 else 0.0

    def _visible_image_rect(self) -> QRectF:
        top_left = self.viewport_to_image(QPointF(0, 0))
        bottom_right = self.viewport_to_image(QPointF(self.viewport().rect().bottomRight()))
        return QRectF(top_left, bottom_right).intersected(QRectF(QPointF(0, 0), self._full))

    def _update_sharp(self) -> None:
        factor = self._needed_factor()
        if factor == 0.0:
            self._sharp = None  # the preview is enough: free the region
            return
        visible = self._visible_image_rect()
        if visible.isEmpty():
            return
        sharp = self._sharp
        if (
            sharp is not None
            and QRectF(sharp.region).contains(visible)
            and self._sharp_factor >= factor * 0.9
            and self._sharp_factor <= factor * 1.5
        ):
            return
        # A margin of half a view each way, so a short pan needs no new decode.
        margin_x, margin_y = visible.width() / 2, visible.height() / 2
        region = visible.adjusted(-margin_x, -margin_y, margin_x, margin_y)
        region = region.intersected(QRectF(QPointF(0, 0), self._full)).toAlignedRect()
        self._token += 1
        token, path, data = self._token, self._path, self._data
        self._start(token, lambda: read_region(path, data, region, factor), self._sharp_read)

    def _sharp_read(self, result: tuple[int, Decoded] | None) -> None:
        if result is None or result[0] != self._token or result[1].image is None:
            return
        decoded: Decoded = result[1]
        self._sharp = decoded
        self._sharp_factor = decoded.image.width() / max(1, decoded.region.width())
        self.viewport().update()
        self.sharp_shown.emit()

    def _view_changed(self) -> None:
        self.viewport().update()
        if self._preview is not None:
            self._sharp_timer.start()

    # -- geometry -----------------------------------------------------------------------

    def _fit_scale(self) -> float:
        if self._full is None:
            return 1.0
        return max(1, self.viewport().width()) / self._full.width()

    def _min_scale(self) -> float:
        if self._full is None:
            return 1.0
        page = max(1, self.viewport().height()) / self._full.height()
        return min(self._fit_scale(), page) / 2

    def _origin(self) -> QPointF:
        """The image's top left in the viewport: centred while smaller than it."""
        if self._full is None:
            return QPointF(0, 0)
        size = self.viewport().size()
        width, height = self._full.width() * self._scale, self._full.height() * self._scale
        x = max(0.0, (size.width() - width) / 2) - self.horizontalScrollBar().value()
        y = max(0.0, (size.height() - height) / 2) - self.verticalScrollBar().value()
        return QPointF(x, y)

    def _update_scrollbars(self) -> None:
        size = self.viewport().size()
        width = height = 0
        if self._full is not None:
            width = math.ceil(self._full.width() * self._scale)
            height = math.ceil(self._full.height() * self._scale)
        for bar, content, page in (
            (self.horizontalScrollBar(), width, size.width()),
            (self.verticalScrollBar(), height, size.height()),
        ):
            bar.setRange(0, max(0, content - page))
            bar.setPageStep(max(1, page))
            bar.setSingleStep(max(1, page // 20))

    def _set_scale(self, scale: float, anchor: QPointF, image_point: QPointF) -> None:
        scale = min(MAX_SCALE, max(self._min_scale(), scale))
        changed = scale != self._scale
        self._scale = scale
        self._update_scrollbars()
        # Put `image_point` back under `anchor`: with zero scroll it would sit at origin0.
        self.horizontalScrollBar().setValue(0)
        self.verticalScrollBar().setValue(0)
        origin = self._origin()
        self.horizontalScrollBar().setValue(
            round(origin.x() + image_point.x() * scale - anchor.x())
        )
        self.verticalScrollBar().setValue(round(origin.y() + image_point.y() * scale - anchor.y()))
        self._view_changed()
        if changed:
            self.zoom_changed.emit(scale)

    def _scroll_or_wait(self, what: tuple[str, object]) -> None:
        if self._preview is None:
            self._pending = what
            return
        kind, value = what
        bar = self.verticalScrollBar()
        if kind == "fraction":
            bar.setValue(round(value * bar.maximum()))
            return
        union = QRectF()
        for box in value:
            union = union.united(box)
        shown = QRectF(
            self.image_to_viewport(union.left(), union.top()),
            self.image_to_viewport(union.right(), union.bottom()),
        )
        view = QRectF(self.viewport().rect())
        if not view.contains(shown):
            if shown.height() < view.height():
                bar.setValue(round(bar.value() + shown.center().y() - view.center().y()))
            else:
                bar.setValue(round(bar.value() + shown.top() - 8))
        if shown.left() < view.left() or shown.right() > view.right():
            hbar = self.horizontalScrollBar()
            if shown.width() < view.width():
                hbar.setValue(round(hbar.value() + shown.center().x() - view.center().x()))
            else:
                hbar.setValue(round(hbar.value() + shown.left() - 8))

    # -- Qt overrides -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().color(self.backgroundRole()).darker(115))
        if self._preview is None or self._full is None:
            self._paint_message(painter)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        full = QRectF(QPointF(0, 0), self._full)
        painter.drawImage(self._to_view(full), self._preview)
        if self._sharp is not None:
            painter.drawImage(self._to_view(QRectF(self._sharp.region)), self._sharp.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        faint = QColor(MARK_COLOUR)
        faint.setAlpha(150)
        painter.setPen(QPen(faint, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for box in self._boxes[False]:
            painter.drawRect(self._to_view(box))
        fill = QColor(CURRENT_COLOUR)
        fill.setAlpha(90)
        painter.setPen(QPen(CURRENT_COLOUR.darker(160), 2))
        painter.setBrush(fill)
        for box in self._boxes[True]:
            painter.drawRect(self._to_view(box).adjusted(-2, -2, 2, 2))
        painter.end()

    def _to_view(self, rect: QRectF) -> QRectF:
        return QRectF(
            self.image_to_viewport(rect.left(), rect.top()),
            self.image_to_viewport(rect.right(), rect.bottom()),
        )

    def _paint_message(self, painter: QPainter) -> None:
        # QPainter.drawText never reads markup: a file named <b>x</b>.png shows as that.
        area = self.viewport().rect().adjusted(16, 16, -16, -16)
        metrics = painter.fontMetrics()
        lines = [
            metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, area.width())
            for line in self.message().split("\n")
        ]
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self._view_changed()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._full is None:
            return
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        if self._fit:
            self._scale = self._fit_scale()
        self._update_scrollbars()
        if self._fit:
            bar.setValue(round(fraction * bar.maximum()))
        self._view_changed()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._scale * WHEEL_STEP**steps, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._press = (
            event.position(),
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
        )
        self._dragged = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return super().mouseMoveEvent(event)
        start, h, v = self._press
        moved = event.position() - start
        if not self._dragged and moved.manhattanLength() < QApplication.startDragDistance():
            return
        if not self._dragged:
            self._dragged = True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        self.horizontalScrollBar().setValue(round(h - moved.x()))
        self.verticalScrollBar().setValue(round(v - moved.y()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self._press = None
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        if self._dragged or self._full is None:
            return
        point = self.viewport_to_image(event.position())
        x, y = math.floor(point.x()), math.floor(point.y())
        if 0 <= x < self._full.width() and 0 <= y < self._full.height():
            self.clicked_at.emit(x, y)

    def _make_actions(self) -> list[QAction]:
        made = []
        for text, keys, slot in (
            (
                QCoreApplication.translate("ImagePane", "Zoom In"),
                [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
                self.zoom_in,
            ),
            (
                QCoreApplication.translate("ImagePane", "Zoom Out"),
                [QKeySequence(QKeySequence.StandardKey.ZoomOut)],
                self.zoom_out,
            ),
            (
                QCoreApplication.translate("ImagePane", "Fit Width"),
                [QKeySequence("Ctrl+0")],
                self.fit_width,
            ),
        ):
            action = QAction(text, self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            made.append(action)
        return made
