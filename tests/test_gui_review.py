"""The review window as an editor uses it, on the seed pair (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desk.core.curate import curated_text
from desk.core.library import list_documents
from desk.core.store import open_library
from desk.gui.main_window import LibraryLocked, MainWindow
from desk.gui.review_view import CURATED
from desk.gui.settings import text_font


def find(view, base_text, other_text):
    item = view.review.find_variant(base_text, other_text)
    assert item is not None
    return item


def curated(window) -> str:
    return window.review_view.panes[CURATED].editor.toPlainText()


def test_the_seed_pair_opens_side_by_side(window):
    view = window.review_view
    assert view.review.document.title == "陕西宝鸡出台元宇宙产业发展行动计划"
    assert len(view.panes) == 3
    assert curated(window) == view.review.text()
    assert view.current is not None and view.review.status(view.current) is None
    items = len(view.review.items)
    assert f"{items} open, 0 decided" in window._status_labels[1].text()


def test_stepping_through_and_taking_readings_with_the_keyboard(window, qtbot):
    view = window.review_view
    view.set_show_faint(False)  # text and script only, as an editor starts
    view.go_to(find(view, "出", "平"))
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert "陕西宝鸡平台元宇宙" in curated(window)
    assert view.current.category in {"text", "script"}  # moved on to the next open item
    assert (
        view.review.status(find(view, "出", "平")).witness == view.review.collation.witnesses[1].id
    )
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert view.current.category in {"text", "script"}


def test_highlights_sit_on_the_variant_characters(window):
    view = window.review_view
    item = find(view, "出", "平")
    view.go_to(item)
    pane = view.panes[view.review.base_id]
    pane.paint_spans()
    painted = [
        s.cursor.selectedText()
        for s in pane.editor.extraSelections()
        if s.cursor.selectedText() in ("出", "仓")
    ]
    assert "出" in painted


def test_bulk_punctuation_then_undo_and_redo(window):
    view = window.review_view
    before = curated(window)
    other = view.review.collation.witnesses[1].id
    view.accept_all(category="punctuation", witness=other)
    assert curated(window) != before
    assert curated(window) == view.review.text()
    assert view.undo_stack.undoText().startswith("Take")
    view.undo_stack.undo()
    assert curated(window) == before
    view.undo_stack.redo()
    assert curated(window) == view.review.text() != before


def test_hand_edits_are_recorded_and_undoable(window, seeded):
    view = window.review_view
    editor = view.panes[CURATED].editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    editor.insertPlainText("【校】")
    assert view.review.text().startswith("【校】")
    assert curated_text(seeded, view.review.document.id).startswith("【校】")
    assert view.undo_stack.undoText() == "Edit text"
    view.undo_stack.undo()
    assert not curated(window).startswith("【")
    assert curated(window) == view.review.text()


def test_decisions_and_position_survive_closing_and_reopening(seeded, qtbot, window):
    view = window.review_view
    view.go_to(find(view, "邰", "邵"))
    view.take(2)
    view.go_to(find(view, "牛", "羊"))
    text = view.review.text()
    window.close()
    library = open_library(seeded.path)
    again = MainWindow(library, text_font())
    qtbot.addWidget(again)
    again.open_last_document(wait=True)
    view = again.review_view
    assert view.review.text() == text
    assert view.review.status(find(view, "邰", "邵")) is not None
    assert view.current.key == find(view, "牛", "羊").key
    assert view.undo_stack.count() == 1 and view.undo_stack.canUndo()
    view.undo_stack.undo()
    assert view.review.status(find(view, "邰", "邵")) is None
    again.close()


def test_a_second_window_on_the_same_library_is_refused(window, seeded):
    with pytest.raises(LibraryLocked, match="open in another desk window"):
        MainWindow(seeded, text_font())


def test_table_filters_and_selection_bring_panes_to_the_item(window):
    view = window.review_view
    view.filter_bar.boxes["layout"].setChecked(False)
    view.filter_bar.boxes["punctuation"].setChecked(False)
    categories = {view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount())}
    assert "layout" not in categories and "text" in categories
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 3).data() == "邵")
    view.table.selectRow(row)
    assert view.current.readings[view.review.base_id].text == "邰"


def test_import_in_the_background_reopens_the_document_with_the_new_witness(
    window, qtbot, tmp_path, seeds
):
    page = tmp_path / "third.txt"
    page.write_text(seeds[1].read_text(encoding="utf-8").replace("王东说", "王冬说"), "utf-8")
    view = window.review_view
    window.import_paths([page])
    qtbot.waitUntil(lambda: len(view.panes) == 4, timeout=20_000)  # 3 witnesses + curated
    assert len(list_documents(window.library)[0].witnesses) == 3
    assert len(view.review.collation.witnesses) == 3
    assert "Imported 1 file(s)" in window.statusBar().currentMessage()


def test_regrouping_a_witness_from_the_library_pane(window, qtbot):
    pane = window.library_pane
    second = pane.documents[0].witnesses[1]
    pane._move(second.id, None)
    assert [len(d.witnesses) for d in pane.documents] == [1, 1, 1, 1, 1]
    qtbot.waitUntil(
        lambda: window.review_view.review is None or len(window.review_view.panes) == 0,
        timeout=5_000,
    )


def test_the_overview_strip_shows_where_open_items_are_and_follows_decisions(window):
    view = window.review_view
    base = view.review.base_id
    item = find(view, "邰", "邵")
    strip = view.panes[base].overview
    length = len(view.review.collation.witnesses[0].text)
    where = item.readings[base].start / length

    def colour_near():
        marks = [(f, c) for f, c in strip._marks() if abs(f - where) <= 1 / 400]
        assert marks, "the variant's place should be marked"
        return marks[0][1].name()

    before = colour_near()
    view.go_to(item)
    view.take(2)
    after = colour_near()
    assert after != before  # an open text variant is drawn darker than a decided one
    view.undo_stack.undo()
    assert colour_near() == before


def test_clicking_a_highlight_makes_its_variant_current(window, qtbot):
    view = window.review_view
    other = view.review.collation.witnesses[1].id
    item = find(view, "邰", "邵")
    pane = view.panes[other]
    pane.show_position(item.readings[other].start)
    cursor = QTextCursor(pane.editor.document())
    cursor.setPosition(pane.code_points_to_qt(item.readings[other].start))
    point = pane.editor.cursorRect(cursor).center()
    point.setX(point.x() + 3)  # inside the character, not on its left edge
    qtbot.mouseClick(pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.current is item
    assert view.table.currentIndex().siblingAtColumn(3).data() == "邵"


def test_a_moved_caption_is_shown_where_it_sits_in_each_witness(window):
    view = window.review_view
    base, other = (w.id for w in view.review.collation.witnesses)
    inside = find(view, "仓", "")
    assert inside.move is not None
    move = view.review.collation.moves[inside.move]
    view.go_to(inside)
    view.panes[other].show_position(0)  # scrolled away from the caption
    view.go_to_counterpart()
    start, end = view.panes[other].visible_range()
    assert start <= move.readings[other].start <= end
    assert "广西梧州中外运" in view.panes[other].editor.toPlainText()[start:end]


def test_the_take_menu_names_each_witness_of_the_open_document(window):
    visible = [a.text() for a in window.take_actions if a.isVisible()]
    assert visible == [
        f"Take Reading of {label}"
        for label in window._labels(window.review_view.review.document.id).values()
    ]
    assert window.take_actions[0].shortcut().toString() == "Alt+1"


def test_the_library_pane_counts_open_variants_as_they_are_decided(window, qtbot):
    view = window.review_view
    pane = window.library_pane
    row = next(
        r
        for r in range(pane.model().rowCount())
        if pane.model().index(r, 0).data() == view.review.document.title
    )
    total = len(view.review.collation.variants)
    assert pane.model().index(row, 1).data() == f"{total} of {total}"
    view.go_to(find(view, "出", "平"))
    view.take(2)
    qtbot.waitUntil(
        lambda: pane.model().index(row, 1).data() == f"{total - 1} of {total}", timeout=3000
    )
