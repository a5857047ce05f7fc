"""The page-image pane: fit width, zoom and pan, boxes scrolled into view, clicks in image
pixels, messages for what cannot be shown, and large scans decoded off the GUI thread."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, QThreadPool
from PySide6.QtGui import QColor, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication

from desk.gui.image_decode import MISSING, SHOWN, UNREADABLE
from desk.gui.image_pane import PREVIEW_MAX, ImagePane

WIDTH, HEIGHT, LINES = 1200, 4000, 30
LOAD = 30_000  # ms; a generous bound for a slow machine, never a measured figure


def line_box(number: int) -> tuple[int, int, int, int]:
    """Line `number` (from 0) of the made pages, in image pixels."""
    return (100, 100 + number * 120, 1000, 60)


def make_page(path: Path, width: int = WIDTH, height: int = HEIGHT, grey: bool = False) -> Path:
    """A white page with black bars where the text lines are."""
    image_format = QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB32
    image = QImage(width, height, image_format)
    image.fill(QColor("white"))
    painter = QPainter(image)
    number = 0
    while line_box(number)[1] + 60 < height:
        x, y, w, h = line_box(number)
        painter.fillRect(QRect(x, y, min(w, width - x), h), QColor("black"))
        number += 1
    painter.end()
    assert image.save(str(path))
    return path


@pytest.fixture(scope="session")
def big_scan(tmp_path_factory) -> Path:
    """A 10,000 x 14,000 grey PNG: mostly white, so small on disk and cheap to make."""
    return make_page(tmp_path_factory.mktemp("scan") / "scan.png", 10_000, 14_000, grey=True)


@pytest.fixture
def pane(qtbot) -> ImagePane:
    shown = ImagePane()
    qtbot.addWidget(shown)
    shown.resize(600, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def load(qtbot, pane: ImagePane, path, data: bytes | None = None) -> None:
    with qtbot.waitSignal(pane.image_shown, timeout=LOAD):
        pane.set_image(None if path is None else str(path), data)


def test_the_page_fits_the_pane_width_when_loaded(qtbot, pane, tmp_path):
    load(qtbot, pane, make_page(tmp_path / "page.png"))
    assert pane.state() == SHOWN
    assert pane.image_size().toTuple() == (WIDTH, HEIGHT)
    assert pane.zoom() == pytest.approx(pane.viewport().width() / WIDTH)
    assert pane.horizontalScrollBar().maximum() == 0


def test_the_current_box_is_scrolled_into_view_and_centred(qtbot, pane, tmp_path):
    load(qtbot, pane, make_page(tmp_path / "page.png"))
    box = line_box(25)  # far below the first screen
    assert pane.image_to_viewport(box[0], box[1]).y() > pane.viewport().height()
    pane.show_boxes([box], current=True)
    top_left = pane.image_to_viewport(box[0], box[1])
    bottom_right = pane.image_to_viewport(box[0] + box[2], box[1] + box[3])
    view = QRectF(pane.viewport().rect())
    assert view.contains(QRectF(top_left, bottom_right))
    assert (top_left.y() + bottom_right.y()) / 2 == pytest.approx(view.center().y(), abs=2)
    # A box already on screen leaves the view where it is.
    before = pane.verticalScrollBar().value()
    pane.show_boxes([line_box(26)], current=True)
    assert pane.verticalScrollBar().value() == before
    pane.show_boxes([line_box(1), line_box(2)], current=False)  # others: drawn, no scroll
    assert pane.verticalScrollBar().value() == before
    assert not pane.grab().isNull()


def test_boxes_asked_for_before_the_page_loads_are_shown_once_it_has(qtbot, pane, tmp_path):
    path = make_page(tmp_path / "page.png")
    with qtbot.waitSignal(pane.image_shown, timeout=LOAD):
        pane.set_image(str(path))
        pane.show_boxes([line_box(28)], current=True)
    y = pane.image_to_viewport(0, line_box(28)[1]).y()
    assert 0 <= y <= pane.viewport().height()


def click(qtbot, pane: ImagePane, point: QPoint) -> tuple[int, int]:
    with qtbot.waitSignal(pane.clicked_at, timeout=2000) as blocker:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    return tuple(blocker.args)


def test_a_click_gives_image_pixels_at_two_zoom_levels(qtbot, pane, tmp_path):
    load(qtbot, pane, make_page(tmp_path / "page.png"))
    scale = pane.viewport().width() / WIDTH
    expected = (math.floor(100 / scale), math.floor(200 / scale))
    assert click(qtbot, pane, QPoint(100, 200)) == expected
    pane.set_zoom(2.0)
    pane.horizontalScrollBar().setValue(300)
    pane.verticalScrollBar().setValue(500)
    assert click(qtbot, pane, QPoint(100, 200)) == ((100 + 300) // 2, (200 + 500) // 2)


def test_a_drag_pans_and_is_not_a_click(qtbot, pane, tmp_path):
    load(qtbot, pane, make_page(tmp_path / "page.png"))
    pane.set_zoom(1.0)
    h, v = pane.horizontalScrollBar().value(), pane.verticalScrollBar().value()
    clicks = []
    pane.clicked_at.connect(lambda x, y: clicks.append((x, y)))
    viewport = pane.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    qtbot.mouseMove(viewport, QPoint(280, 260))
    qtbot.mouseMove(viewport, QPoint(250, 200))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(250, 200))
    assert (pane.horizontalScrollBar().value(), pane.verticalScrollBar().value()) == (
        h + 50,
        v + 100,
    )
    assert clicks == []


def test_ctrl_wheel_zooms_around_the_pointer_and_ctrl_0_fits_the_width(qtbot, pane, tmp_path):
    load(qtbot, pane, make_page(tmp_path / "page.png"))
    fit = pane.zoom()
    pointer = QPointF(150, 300)
    under = pane.viewport_to_image(pointer)
    wheel = QWheelEvent(
        pointer,
        QPointF(pane.viewport().mapToGlobal(pointer.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(pane.viewport(), wheel)
    assert pane.zoom() == pytest.approx(fit * 1.25)
    after = pane.viewport_to_image(pointer)
    assert after.x() == pytest.approx(under.x(), abs=2)
    assert after.y() == pytest.approx(under.y(), abs=2)
    pane.activateWindow()
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    qtbot.keyClick(pane, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert pane.zoom() == pytest.approx(fit * 1.25 * 1.25)
    qtbot.keyClick(pane, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pane.zoom() == pytest.approx(fit * 1.25)
    qtbot.keyClick(pane, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pane.zoom() == pytest.approx(fit)
    # Fit width keeps fitting when the pane is resized.
    pane.resize(800, 800)
    qtbot.waitUntil(lambda: pane.zoom() == pytest.approx(pane.viewport().width() / WIDTH))


def test_a_wheel_without_ctrl_scrolls(qtbot, pane, tmp_path):
    load(qtbot, pane, make_page(tmp_path / "page.png"))
    wheel = QWheelEvent(
        QPointF(100, 100),
        QPointF(100, 100),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(pane.viewport(), wheel)
    assert pane.verticalScrollBar().value() > 0
    assert pane.zoom() == pytest.approx(pane.viewport().width() / WIDTH)


def test_scroll_to_fraction_scrolls_in_proportion(qtbot, pane, tmp_path):
    path = make_page(tmp_path / "page.png")
    with qtbot.waitSignal(pane.image_shown, timeout=LOAD):
        pane.set_image(str(path))
        pane.scroll_to_fraction(0.5)  # before the page is there: kept for it
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 0
    assert bar.value() == round(bar.maximum() / 2)
    pane.scroll_to_fraction(1.0)
    assert bar.value() == bar.maximum()


def test_a_missing_file_shows_its_name_as_plain_text(qtbot, pane, tmp_path):
    path = tmp_path / "<b>page<i> 3.png"
    load(qtbot, pane, path)
    assert pane.state() == MISSING
    assert "<b>page<i> 3.png" in pane.message()
    assert not pane.grab().isNull()  # painting the message raises nothing
    pane.show_boxes([line_box(3)], current=True)
    pane.scroll_to_fraction(0.3)


def test_the_kept_copy_is_shown_when_the_file_is_gone(qtbot, pane, tmp_path):
    path = make_page(tmp_path / "page.png")
    data = path.read_bytes()
    path.unlink()
    load(qtbot, pane, path, data)
    assert pane.state() == SHOWN
    assert pane.image_size().toTuple() == (WIDTH, HEIGHT)


def test_an_unreadable_image_and_no_image_say_so(qtbot, pane, tmp_path):
    path = tmp_path / "broken.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    load(qtbot, pane, path)
    assert pane.state() == UNREADABLE
    assert "broken.png" in pane.message()
    load(qtbot, pane, tmp_path)  # a folder, not a file
    assert pane.state() == UNREADABLE
    load(qtbot, pane, None)
    assert pane.message() and not pane.has_preview()
    assert not pane.grab().isNull()


def test_a_large_scan_loads_without_blocking(qtbot, pane, big_scan):
    with qtbot.waitSignal(pane.image_shown, timeout=LOAD):
        pane.set_image(str(big_scan))
        assert not pane.has_preview()  # set_image returned before the decode finished
        assert pane.message()  # "Loading…" meanwhile
    assert pane.has_preview()
    assert pane.image_size().toTuple() == (10_000, 14_000)
    assert pane.zoom() == pytest.approx(pane.viewport().width() / 10_000)


def test_zooming_past_the_preview_decodes_the_visible_region_sharp(qtbot, pane, big_scan):
    load(qtbot, pane, big_scan)
    assert not pane.has_sharp_region()
    x, y, w, h = line_box(50)
    with qtbot.waitSignal(pane.sharp_shown, timeout=LOAD):
        pane.set_zoom(1.0)
        pane.show_boxes([(x, y, w, h)], current=True)
    sharp = pane.sharp_region()
    assert sharp.image.size() == sharp.region.size()  # full resolution
    visible = pane.visible_image_rect()
    assert QRectF(sharp.region).contains(visible)
    # The box (in full-image pixels) sits on the line drawn there: black inside, white
    # just above, in what is on screen.
    shot = pane.viewport().grab().toImage()
    inside = pane.image_to_viewport(x + 200, y + h / 2).toPoint()
    above = pane.image_to_viewport(x + 200, y - 20).toPoint()
    assert QColor(shot.pixel(inside)).lightness() < 140  # black under the yellow fill
    assert QColor(shot.pixel(above)).lightness() > 200
    # Back to fit width: the preview is enough, the region is dropped.
    pane.fit_width()
    qtbot.waitUntil(lambda: not pane.has_sharp_region(), timeout=2000)


def test_a_newer_image_wins_over_one_still_decoding(qtbot, big_scan, tmp_path):
    pool = QThreadPool()  # the pane's own, to know when every decode has ended
    pane = ImagePane(pool=pool)
    qtbot.addWidget(pane)
    pane.resize(600, 800)
    pane.show()
    small = make_page(tmp_path / "page.png")
    pane.set_image(str(big_scan))
    load(qtbot, pane, small)
    assert pane.image_size().toTuple() == (WIDTH, HEIGHT)
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=LOAD)  # the big decode ended
    QApplication.processEvents()  # and whatever it sent back has arrived, to be dropped
    assert pane.image_size().toTuple() == (WIDTH, HEIGHT)
    assert pane.preview_size().width() <= PREVIEW_MAX
