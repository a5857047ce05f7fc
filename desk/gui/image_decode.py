"""Reading page images for the image pane, off the GUI thread: a preview of the whole
page, or a region at the resolution a zoom needs, never keeping the full image.

JPEG decodes scaled or clipped natively; PNG and TIFF cannot, so their reads decode the
full image in the worker, and the preview is shrunk from it in strips to keep the peak
near the decoded size. Plain functions: no widget, callable from any thread;
`decode_in_background` runs one on a thread pool for the pane.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
)
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QPainter

from desk.gui.jobs import Job, Progress

# Qt's default limit (256 MB) refuses a 10,000 x 14,000 PNG, which Qt can only decode
# whole (560 MB as 32-bit); 1 GB still refuses a decompression bomb. Process-wide.
ALLOCATION_LIMIT_MB = 1024
STRIP_ROWS = 16  # preview rows per strip: each Qt call holds the GIL, so keep them short

SHOWN, MISSING, UNREADABLE = "shown", "missing", "unreadable"


@dataclass(frozen=True)
class Decoded:
    """What a worker read: `image` covers `region` (full-image pixels) of an image of
    `full_size`; or `state` and `reason` say why nothing can be shown."""

    image: QImage | None
    full_size: QSize
    region: QRect
    state: str = SHOWN
    reason: str = ""


def _reader(path: str | None, data: bytes | None) -> tuple[QImageReader, str]:
    """A reader on the file, or on the kept copy when the file is gone; and the state."""
    if path:
        try:
            found = os.stat(path)
        except OSError:
            found = None
        if found is not None and not stat.S_ISREG(found.st_mode):
            return QImageReader(), UNREADABLE  # a FIFO would block the read forever
        if found is not None:
            reader = QImageReader(path)
            reader.setAutoTransform(False)  # OCR boxes are in the stored pixels
            return reader, SHOWN
    if data is None:
        return QImageReader(), MISSING
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(False)
    reader._buffer = buffer  # the reader does not own its device
    return reader, SHOWN


def _allow_large_reads() -> None:
    limit = QImageReader.allocationLimit()
    if limit and limit < ALLOCATION_LIMIT_MB:
        QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)


def _supports(reader: QImageReader, option: QImageIOHandler.ImageOption) -> bool:
    return reader.supportsOption(option)


def _shrink(image: QImage, target: QSize) -> QImage:
    """`image` scaled down to `target` a strip at a time: smooth-scaling it whole would
    first convert it to 32 bits (a 140 MB grey scan becomes 560 MB)."""
    if image.size() == target:
        return image
    alpha = image.hasAlphaChannel()
    out = QImage(
        target, QImage.Format.Format_ARGB32_Premultiplied if alpha else QImage.Format.Format_RGB32
    )
    out.fill(Qt.GlobalColor.transparent if alpha else Qt.GlobalColor.white)
    ratio = image.height() / target.height()
    painter = QPainter(out)
    for top in range(0, target.height(), STRIP_ROWS):
        rows = min(STRIP_ROWS, target.height() - top)
        first, last = round(top * ratio), min(image.height(), round((top + rows) * ratio))
        strip = image.copy(0, first, image.width(), max(1, last - first))
        painter.drawImage(
            0,
            top,
            strip.scaled(
                target.width(),
                rows,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            ),
        )
    painter.end()
    return out


def read_preview(path: str | None, data: bytes | None, width: int) -> Decoded:
    """The whole image at most `width` pixels wide (never the full image kept)."""
    reader, state = _reader(path, data)
    if state != SHOWN:
        return Decoded(None, QSize(), QRect(), state)
    full = reader.size()
    if not full.isValid() or full.isEmpty():
        return Decoded(None, QSize(), QRect(), UNREADABLE, reader.errorString())
    target = (
        full
        if full.width() <= width
        else QSize(width, max(1, round(full.height() * width / full.width())))
    )
    _allow_large_reads()
    native = _supports(reader, QImageIOHandler.ImageOption.ScaledSize)
    if native:
        reader.setScaledSize(target)
    image = reader.read()
    if image.isNull():
        return Decoded(None, full, QRect(), UNREADABLE, reader.errorString())
    if not native:
        image = _shrink(image, target)
    return Decoded(image, full, QRect(QPoint(0, 0), full))


def read_region(path: str | None, data: bytes | None, region: QRect, factor: float) -> Decoded:
    """`region` (full-image pixels) decoded at `factor` of full resolution (<= 1)."""
    reader, state = _reader(path, data)
    if state != SHOWN:
        return Decoded(None, QSize(), QRect(), state)
    full = reader.size()
    _allow_large_reads()
    out = QSize(max(1, round(region.width() * factor)), max(1, round(region.height() * factor)))
    if factor < 0.999 and _supports(reader, QImageIOHandler.ImageOption.ScaledClipRect):
        scaled = QSize(max(1, round(full.width() * factor)), max(1, round(full.height() * factor)))
        reader.setScaledSize(scaled)
        reader.setScaledClipRect(
            QRect(round(region.x() * factor), round(region.y() * factor), out.width(), out.height())
        )
        image = reader.read()
    else:
        # Without native clipping Qt decodes the whole image and copies the region out.
        reader.setClipRect(region)
        image = reader.read()
        if not image.isNull() and image.size() != out:
            image = image.scaled(
                out,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
    if image.isNull():
        return Decoded(None, full, region, UNREADABLE, reader.errorString())
    return Decoded(image, full, region)


def region_to_decode(
    visible: QRectF, full: QSize, sharp: Decoded | None, sharp_factor: float, factor: float
) -> QRect | None:
    """The region of the full image to decode at `factor` of full resolution so that the
    `visible` part is drawn sharp; None if nothing is visible or the sharp region drawn
    now already covers it at about that resolution. Half a view of margin each way, so a
    short pan needs no new decode."""
    if visible.isEmpty():
        return None
    if (
        sharp is not None
        and QRectF(sharp.region).contains(visible)
        and factor * 0.9 <= sharp_factor <= factor * 1.5
    ):
        return None
    margin_x, margin_y = visible.width() / 2, visible.height() / 2
    region = visible.adjusted(-margin_x, -margin_y, margin_x, margin_y)
    return region.intersected(QRectF(QPointF(0, 0), full)).toAlignedRect()


def decode_in_background(
    pool: QThreadPool,
    token: int,
    current: Callable[[], int],
    read: Callable[[], Decoded],
    done: Callable[[tuple[int, Decoded] | None], None],
    failed: Callable[[str], None],
) -> None:
    """Run `read` on the pool; `done` gets (token, what it read), or None if `current()`
    was no longer `token` when it came to start (a newer image or view superseded it:
    the decode is skipped)."""

    def work(_progress: Progress) -> tuple[int, Decoded] | None:
        if token != current():
            return None
        return token, read()

    job = Job(work)
    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    pool.start(job)
