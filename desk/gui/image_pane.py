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
from typing import TYPE_CHECKING

from PySide6.QtCore import (
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
    QImage,
    QPainter,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from desk.gui.image_decode import (
    SHOWN,
    UNREADABLE,
    Decoded,
    decode_in_background,
    read_preview,
    read_region,
    region_to_decode,
)
from desk.gui.image_pane_input import DragToPan, zoom_actions
from desk.gui.image_view import (
    EMPTY,
    LOADING,
    image_message,
    paint_message,
    paint_page,
    scroll_to_show,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QPaintEvent, QResizeEvent, QWheelEvent


PREVIEW_WIDTHS = 2.0  # the preview is about this many pane widths wide
PREVIEW_MIN, PREVIEW_MAX = 1600, 4096  # device pixels, whatever the pane's width now
SHARP_DELAY_MS = 150  # wait this long after the view stops changing
MAX_SCALE = 8.0  # screen pixels per image pixel
WHEEL_STEP, KEY_STEP = 1.25, 1.25


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
        self._sharp_timer = QTimer(self, singleShot=True, interval=SHARP_DELAY_MS)
        self._sharp_timer.timeout.connect(self._update_sharp)
        # Fit width would flicker between two scales if the bar came and went.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._panning = DragToPan(self)
        self._panning.clicked.connect(self._clicked)
        self._actions = zoom_actions(self, self.zoom_in, self.zoom_out, self.fit_width)

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

    def sharp_region(self) -> Decoded | None:
        """The region drawn past the preview's resolution, if any."""
        return self._sharp

    def preview_size(self) -> QSize | None:
        """The size the preview was decoded at, once it is."""
        return None if self._preview is None else self._preview.size()

    def boxes(self, current: bool) -> list[QRectF]:
        """The current place's line boxes, or the other ones (full-image pixels)."""
        return list(self._boxes[current])

    def source(self) -> tuple[str | None, bytes | None]:
        """The image's path, and the kept copy's bytes when shown from those."""
        return self._path, self._data

    def message(self) -> str:
        """The plain text drawn in the pane instead of an image ('' when there is one)."""
        return "" if self._state == SHOWN else image_message(self._state, self._path, self._reason)

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

    def _start(self, token: int, read: Callable[[], Decoded], done: Callable) -> None:
        failed = self._failed
        decode_in_background(
            self._pool, token, lambda: self._token, read, done, lambda why: failed(token, why)
        )

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

    def visible_image_rect(self) -> QRectF:
        """The part of the image on screen now (full-image pixels)."""
        top_left = self.viewport_to_image(QPointF(0, 0))
        bottom_right = self.viewport_to_image(QPointF(self.viewport().rect().bottomRight()))
        return QRectF(top_left, bottom_right).intersected(QRectF(QPointF(0, 0), self._full))

    def _update_sharp(self) -> None:
        factor = self._needed_factor()
        if factor == 0.0:
            self._sharp = None  # the preview is enough: free the region
            return
        region = region_to_decode(
            self.visible_image_rect(), self._full, self._sharp, self._sharp_factor, factor
        )
        if region is None:
            return
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
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        moves = scroll_to_show(self._to_view(union), QRectF(self.viewport().rect()))
        h.setValue(h.value() + moves[0])
        v.setValue(v.value() + moves[1])

    # -- Qt overrides -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.palette().color(self.backgroundRole()).darker(115))
        if self._preview is None or self._full is None:
            area = self.viewport().rect().adjusted(16, 16, -16, -16)
            colour = self.palette().color(self.foregroundRole())
            paint_message(painter, area, self.message(), colour)
        else:
            paint_page(painter, self._to_view, self._full, self._preview, self._sharp, self._boxes)
        painter.end()

    def _to_view(self, rect: QRectF) -> QRectF:
        return QRectF(
            self.image_to_viewport(rect.left(), rect.top()),
            self.image_to_viewport(rect.right(), rect.bottom()),
        )

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

    def _clicked(self, point: QPointF) -> None:
        if self._full is None:
            return
        image = self.viewport_to_image(point)
        x, y = math.floor(image.x()), math.floor(image.y())
        if 0 <= x < self._full.width() and 0 <= y < self._full.height():
            self.clicked_at.emit(x, y)
