"""The page image beside the texts: the current place's line box on the scan, a click
on a line going to its place, places read with low confidence marked and visited
first, images attached by the editor."""

from __future__ import annotations

import pytest
from ocr_pages import alto, draw_page
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from test_gui_review import open_window

from desk.core.library.documents import get_document, import_paths, move_witness

REGIONS = [["锡林郭勒盟还结合全盟8个国家级", "电子商务进农村示范县实际"], ["乡村产业搭上电商快车"]]
TYPED = "锡材郭勒盟还结合全盟8个国家级\n电子商务进农村示范区实际\n\n乡村产业搭上电商快车\n"


@pytest.fixture
def scanned(library, qapp, tmp_path):
    """A document of an ALTO witness (县 read with low confidence), its page image
    beside it, and a typed witness reading 材 for 林 and 区 for 县."""
    page = draw_page(REGIONS, tmp_path / "page.png")
    (tmp_path / "page.xml").write_text(alto(page, doubtful="县"), encoding="utf-8")
    (tmp_path / "typed.txt").write_text(TYPED, encoding="utf-8")
    ocr, typed = import_paths(library, [tmp_path / "page.xml", tmp_path / "typed.txt"]).added
    if typed.document_id != ocr.document_id:
        move_witness(library, typed.id, ocr.document_id)
    return page


def place_reading(view, text: str) -> int:
    return next(
        p
        for p in view.review.state.variant_places
        if text in [r.text for r in view.review.state.readings(p).values()]
    )


def test_the_current_place_is_boxed_on_the_scan_and_doubtful_places_come_first(
    library, scanned, qtbot
):
    window = open_window(library, qtbot)
    view, panel = window.review_view, window.page_images.panel
    assert window.page_images.dock.isVisible()
    assert len(window.library_pane.documents) == 1  # nothing imported as a witness
    qtbot.waitUntil(panel.pane.has_preview)
    window.menus.low_first_action.setChecked(True)
    view.go_to(None)
    window.review_actions.next_place()  # F8: the place the OCR was unsure of, before 林/材 above it
    county = place_reading(view, "县")
    assert view.current == county
    second_line = scanned.regions[0][1]
    county_drawn = next(box for char, box in second_line.chars if char == "县")
    # the place's own character framed, its line drawn faintly round it
    assert [box.getRect() for box in panel.pane.boxes(current=True)] == [county_drawn]
    assert [box.getRect() for box in panel.pane.boxes(current=False)] == [second_line.box]
    row = view.model.row_of(county)
    assert "⚠" in view.model.index(row, 0).data()
    window.review_actions.next_place()  # no other doubtful place: the usual order goes on
    assert view.current == place_reading(view, "林")


def test_a_click_on_a_character_of_the_scan_goes_to_its_place(library, scanned, qtbot):
    window = open_window(library, qtbot)
    view, pane = window.review_view, window.page_images.panel.pane
    qtbot.waitUntil(pane.has_preview)
    char, (x, y, w, h) = scanned.regions[0][0].chars[1]
    assert char == "林"
    at = pane.image_to_viewport(x + w / 2, y + h / 2)
    qtbot.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(at.x()), int(at.y()))
    )
    assert view.current == place_reading(view, "林")


def test_a_click_elsewhere_on_a_line_goes_to_the_place_on_that_line(library, scanned, qtbot):
    window = open_window(library, qtbot)
    view, pane = window.review_view, window.page_images.panel.pane
    qtbot.waitUntil(pane.has_preview)
    view.go_to(place_reading(view, "林"))
    char, (x, y, w, h) = scanned.regions[0][1].chars[-1]  # the last character of line 2
    assert char == "际"
    at = pane.image_to_viewport(x + w / 2, y + h / 2)
    point = QPoint(int(at.x()), int(at.y()))
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.current == place_reading(view, "县")  # 县/区, the place on that line


def test_an_image_dropped_on_an_open_document_is_attached_not_imported(
    library, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from desk.core.ocr.page_images import page_images

    (tmp_path / "one.txt").write_text("锡林郭勒盟还结合全盟\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("锡材郭勒盟还结合全盟\n", encoding="utf-8")
    import_paths(library, [tmp_path / "one.txt", tmp_path / "two.txt"])
    window = open_window(library, qtbot)
    assert not window.page_images.dock.isVisible()  # no image yet: no room taken
    page = draw_page([["锡林郭勒盟还结合全盟"]], tmp_path / "scan.png")
    monkeypatch.setattr("desk.gui.page_images_actions.confirm", lambda *a, **k: False)
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(page.image))])
    window.dropEvent(
        QDropEvent(
            QPointF(300, 300),
            Qt.DropAction.CopyAction,
            dropped,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    qtbot.waitUntil(window.page_images.dock.isVisible)  # attached in the background
    (image,) = page_images(library, window.review_view.review.document.id)
    assert image.path == str(page.image) and image.state == "ok"
    assert window.page_images.dock.isVisible()
    assert len(window.library_pane.documents) == 1  # nothing imported as a witness


def test_opening_a_document_without_a_scan_empties_and_hides_the_page(
    library, scanned, qtbot, tmp_path
):
    (tmp_path / "one.txt").write_text(
        "大雨过后山路难行，村民们清早就上山抢修。\n", encoding="utf-8"
    )
    (tmp_path / "two.txt").write_text(
        "大雨过后出路难行，村民们清早就上山抢修。\n", encoding="utf-8"
    )
    import_paths(library, [tmp_path / "one.txt", tmp_path / "two.txt"])
    window = open_window(library, qtbot)
    actions, view = window.page_images, window.review_view
    plain = next(d.id for d in window.library_pane.documents if "大雨" in d.title)
    window.documents.open_document(plain, wait=True)
    assert actions.panel.images == [] and not actions.dock.isVisible()
    view.close_review()
    assert actions.panel.review is None
    actions.panel.pane.clicked_at.emit(70, 70)  # a click left on the pane changes nothing
    assert view.current is None


def test_a_changed_scan_with_a_kept_copy_shows_the_copy(library, scanned, qtbot):
    from desk.core.library.documents import list_documents
    from desk.core.ocr.page_images import attach_image

    (document,) = list_documents(library)
    attached = scanned.image.read_bytes()
    attach_image(library, document.id, scanned.image, keep_copy=True)
    scanned.image.write_bytes(attached + b"changed since")
    window = open_window(library, qtbot)
    panel = window.page_images.panel
    assert panel.image().state == "changed"
    assert "copy kept" in panel.state.text()
    assert panel.pane.source() == (None, attached)  # the bytes attached
    qtbot.waitUntil(panel.pane.has_preview)


def test_recognising_the_scan_with_desk_s_engine_adds_its_witness_in_the_background(
    library, scanned, qtbot, monkeypatch
):
    from desk.core.ocr.rapid_engine import engine_installed

    if not engine_installed():
        pytest.skip("rapidocr is a dependency")
    window = open_window(library, qtbot)
    offered = []

    def pick_desk_s_engine(parent, title, label, items, current, editable):
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr("desk.gui.page_images_actions.QInputDialog.getItem", pick_desk_s_engine)
    recognise = next(
        a for a in window.findChildren(QAction) if a.text().startswith("Recognise Text")
    )
    recognise.trigger()
    assert offered[0].startswith("desk's engine (RapidOCR)")
    document = window.review_view.review.document.id
    qtbot.waitUntil(
        lambda: [w.label for w in get_document(library, document).witnesses][2:] == ["RapidOCR"],
        timeout=60_000,
    )
    qtbot.waitUntil(lambda: "RapidOCR" in window.statusBar().currentMessage())
