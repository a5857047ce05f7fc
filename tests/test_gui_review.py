"""The review window as an editor uses it, on the seed pair (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel
from test_review_places import place_reading

from desk.core.library.documents import import_paths, list_documents
from desk.core.library.failures import WriteFailed
from desk.core.library.store import open_library
from desk.core.review.opening import start_new_reviews_from_proposals
from desk.core.review.session import Review
from desk.gui.document_controller import witness_labels
from desk.gui.library_lock import LibraryLocked
from desk.gui.main_window import MainWindow
from desk.gui.positions import shown_text
from desk.gui.review_view import CURATED
from desk.gui.settings import text_font
from desk.gui.variant_table import PLACE_ROLE


def open_window(library, qtbot) -> MainWindow:
    """The main window on a library, shown, active (its shortcuts need that) and on its
    last document."""
    window = MainWindow(library, text_font())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.documents.open_last_document(wait=True)
    return window


def find(view, *texts) -> int:
    return place_reading(view.review, *texts)


def curated(window) -> str:
    return window.review_view.panes[CURATED].editor.toPlainText()


def shows_the_review(window) -> bool:
    """The curated pane shows exactly the review's text (line breaks as Qt keeps them)."""
    return curated(window) == shown_text(window.review_view.review.state.text())


def test_the_seed_pair_opens_side_by_side(window):
    view = window.review_view
    assert view.review.document.title == "陕西宝鸡出台元宇宙产业发展行动计划"
    assert len(view.panes) == 3
    assert shows_the_review(window)
    assert view.current is not None and view.review.state.status(view.current) is None
    assert view.review.state.category(view.current) == "text"
    assert "17 to review, 0 reviewed" in window.status_line.labels[1].text()


def test_stepping_through_and_taking_readings_with_the_keyboard(window, qtbot):
    view = window.review_view
    view.go_to(find(view, "出", "平"))
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert "陕西宝鸡平台元宇宙" in curated(window)
    assert view.review.state.category(view.current) == "text"  # moved on to the next place
    assert (
        view.review.state.status(find(view, "出", "平")).witness == view.review.state.witness_ids[1]
    )
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert view.review.state.status(view.current) is None
    assert "16 to review, 1 reviewed" in window.status_line.labels[1].text()


def test_highlights_sit_on_the_variant_characters(window):
    view = window.review_view
    view.go_to(find(view, "出", "平"))
    for name in (view.review.state.base_id, CURATED):
        pane = view.panes[name]
        pane.paint_spans()
        painted = [s.cursor.selectedText() for s in pane.editor.extraSelections()]
        assert "出" in painted


def test_bulk_decision_then_undo_and_redo_from_the_menu(window):
    view = window.review_view
    before = curated(window)
    view.decide_all("text", view.review.state.witness_ids[1])
    assert curated(window) != before and shows_the_review(window)
    assert window.menus.undo_action.text().startswith("&Undo Take witness 2's reading of all text")
    window.menus.undo_action.trigger()
    assert curated(window) == before
    window.menus.redo_action.trigger()
    assert shows_the_review(window) and curated(window) != before


def test_hand_edits_are_typed_readings_and_ctrl_z_undoes_the_saved_step(window, qtbot, seeded):
    view = window.review_view
    editor = view.panes[CURATED].editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "ab")  # real key presses (QTest types ASCII only)
    editor.insertPlainText("校")  # as an input method commits it
    assert view.review.state.text().startswith("ab校")
    assert Review(seeded, view.review.document.id).state.text().startswith("ab校")  # saved
    assert window.menus.undo_action.text() == "&Undo Edit text"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not view.review.state.text().startswith("a")  # quick typing is one step
    assert shows_the_review(window)


def test_a_write_that_fails_leaves_window_and_library_as_they_were(window, qtbot, monkeypatch):
    view = window.review_view
    before = view.review.state.text()
    messages = []
    monkeypatch.setattr(
        "desk.gui.write_guard.warn", lambda parent, title, text: messages.append(text)
    )

    def failing_disk():
        raise WriteFailed("library.db: could not write to the library (disk I/O error)")

    monkeypatch.setattr(view.review.library, "atomic", failing_disk)
    view.go_to(find(view, "邰", "邵"))
    view.take(2)
    editor = view.panes[CURATED].editor
    editor.setFocus()
    qtbot.keyClicks(editor, "x")  # refused: the pane takes no typing until Retry
    qtbot.waitUntil(lambda: bool(messages))
    assert len(messages) == 1 and "disk I/O error" in messages[0]
    assert view.review.state.text() == before and shows_the_review(window)
    monkeypatch.undo()
    assert Review(view.review.library, view.review.document.id).state.text() == before
    assert view.review.state.status(find(view, "邰", "邵")) is None


def test_decisions_and_position_survive_closing_and_reopening(seeded, qtbot, window):
    view = window.review_view
    view.go_to(find(view, "邰", "邵"))
    view.take(2)
    view.go_to(find(view, "牛", "羊"))
    text = view.review.state.text()
    window.close()
    library = open_library(seeded.path)
    again = MainWindow(library, text_font())
    qtbot.addWidget(again)
    again.documents.open_last_document(wait=True)
    view = again.review_view
    assert view.review.state.text() == text and shows_the_review(again)
    assert view.review.state.status(find(view, "邰", "邵")) is not None
    assert view.current == find(view, "牛", "羊")
    assert again.menus.undo_action.isEnabled()
    again.menus.undo_action.trigger()
    assert view.review.state.status(find(view, "邰", "邵")) is None
    again.close()


def test_a_second_window_on_the_same_library_is_refused(window, seeded):
    with pytest.raises(LibraryLocked, match="open in another desk window"):
        MainWindow(seeded, text_font())


def test_table_filters_and_selection_bring_panes_to_the_place(window):
    view = window.review_view
    view.filter_bar.boxes["layout"].setChecked(False)
    view.filter_bar.boxes["punctuation"].setChecked(False)
    shown = view.table.model()
    categories = {shown.index(row, 0).data() for row in range(shown.rowCount())}
    assert "layout" not in categories and "text" in categories
    row = next(r for r in range(shown.rowCount()) if shown.index(r, 3).data() == "邵")
    view.table.selectRow(row)
    assert view.review.state.readings(view.current)[view.review.state.base_id].text == "邰"


def test_the_undecided_filter_drops_a_place_once_it_is_decided(window, qtbot):
    view = window.review_view
    view.filter_bar.status.setCurrentIndex(view.filter_bar.status.findData("open"))
    shown = view.table.model()
    before = shown.rowCount()
    place = find(view, "邰", "邵")
    view.go_to(place)
    view.take(2)
    assert shown.rowCount() == before - 1 and shown.row_of(place) is None
    assert shown.index(view.table.currentIndex().row(), 0).data(PLACE_ROLE) == view.current
    view.undo()
    assert shown.rowCount() == before and shown.row_of(place) is not None


def test_import_in_the_background_reopens_the_document_with_the_new_witness(
    window, qtbot, tmp_path, seeds
):
    page = tmp_path / "third.txt"
    page.write_text(seeds[1].read_text(encoding="utf-8").replace("王东说", "王冬说"), "utf-8")
    view = window.review_view
    window.documents.import_paths([page])
    qtbot.waitUntil(lambda: len(view.panes) == 4, timeout=20_000)  # 3 witnesses + curated
    assert len(list_documents(window.library)[0].witnesses) == 3
    assert len(view.review.state.witness_ids) == 3
    assert "Imported 1 file(s)" in window.statusBar().currentMessage()
    window.documents.check_elsewhere()
    assert not window.documents.reload_bar.isVisible()  # the window's own import is not news


def test_regrouping_a_witness_from_the_library_pane(window, qtbot):
    pane = window.library_pane
    second = pane.documents[0].witnesses[1]
    pane.move_witness_to(second.id, None)
    assert [len(d.witnesses) for d in pane.documents] == [1, 1, 1, 1, 1]
    # the open document goes on with the one witness it has left, reviewed on its own
    qtbot.waitUntil(
        lambda: (
            window.review_view.review is not None
            and window.review_view.review.state.witness_ids
            == (str(pane.documents[0].witnesses[0].id),)
        ),
        timeout=5_000,
    )


def test_the_overview_strip_shows_where_open_places_are_and_follows_decisions(window):
    view = window.review_view
    base = view.review.state.base_id
    place = find(view, "邰", "邵")
    strip = view.panes[base].overview
    length = len(view.review.state.alignment.witnesses[0].text)
    where = view.review.state.readings(place)[base].start / length

    def colour_near():
        marks = [(f, c) for f, c in strip.marks() if abs(f - where) <= 1 / 400]
        assert marks, "the variant's place should be marked"
        return marks[0][1].name()

    before = colour_near()
    view.go_to(place)
    view.take(2)
    assert colour_near() != before  # an undecided text place is drawn darker
    view.undo()
    assert colour_near() == before


def test_clicking_a_highlight_makes_its_place_current(window, qtbot):
    view = window.review_view
    other = view.review.state.witness_ids[1]
    place = find(view, "邰", "邵")
    start = view.review.state.readings(place)[other].start
    pane = view.panes[other]
    pane.show_position(start)
    cursor = QTextCursor(pane.editor.document())
    cursor.setPosition(pane.code_points_to_qt(start))
    point = pane.editor.cursorRect(cursor).center()
    point.setX(point.x() + 3)  # inside the character, not on its left edge
    qtbot.mouseClick(pane.editor.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.current == place
    assert view.table.currentIndex().siblingAtColumn(3).data() == "邵"


def test_a_moved_caption_is_shown_where_it_sits_in_each_witness(window):
    view = window.review_view
    base, other = view.review.state.witness_ids
    inside = find(view, "仓", "")
    index = view.review.state.alignment.move_of(inside)
    assert index is not None
    move = view.review.state.alignment.moves[index]
    view.go_to(inside)
    view.panes[other].show_position(0)  # scrolled away from the caption
    view.moves.go_to_counterpart()
    start, end = view.panes[other].visible_range()
    assert start <= move.readings[other].start <= end
    assert "广西梧州中外运" in view.panes[other].editor.toPlainText()[start:end]


def test_the_take_menu_names_each_witness_of_the_open_document(window):
    visible = [a.text() for a in window.menus.take_actions if a.isVisible()]
    assert visible == [
        f"Take Reading of {label}"
        for label in witness_labels(window.library, window.review_view.review.document.id).values()
    ]
    assert window.menus.take_actions[0].shortcut().toString() == "Alt+1"


def test_the_library_pane_and_the_status_bar_count_the_same(window, qtbot):
    view = window.review_view
    pane = window.library_pane
    row = next(
        r
        for r in range(pane.model().rowCount())
        if pane.model().index(r, 0).data() == view.review.document.title
    )
    assert pane.model().index(row, 1).data() == "17"
    view.go_to(find(view, "出", "平"))
    view.take(2)
    qtbot.waitUntil(lambda: pane.model().index(row, 1).data() == "16", timeout=3000)
    tip = pane.model().index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == view.review.state.counts().describe()
    assert view.review.state.counts().describe() in window.status_line.labels[1].text()


def test_document_choices_change_undecided_places_only(window):
    from dataclasses import replace

    view = window.review_view
    second = view.review.state.witness_ids[1]
    view.go_to(find(view, "邰", "邵"))
    view.take(2)
    view.set_choices(replace(view.review.state.choices, full_width=False, order=second))
    assert view.review.state.base_id == second
    assert view.panes[second].title.full_text.endswith("base: order and words")
    assert list(view.panes)[:2] == list(
        view.review.state.witness_ids[::-1]
    )  # still the document's order
    assert "副局长邵向东说" in curated(window) and shows_the_review(window)
    assert ",持续深化" in curated(window)  # punctuation as read
    window.menus.undo_action.trigger()
    assert "，持续深化" in curated(window) and shows_the_review(window)


def test_crlf_lone_cr_and_astral_characters_highlight_and_type_where_they_show(
    library, qtbot, tmp_path
):
    lines = ["𠮷野家的牛丼很好吃。", "第二行写着出台了新政策。", "第三行𩸽鱼在这里。"]
    (tmp_path / "a.txt").write_bytes("\r\n".join(lines).encode("utf-8"))
    other = [lines[0], lines[1].replace("出台", "平台"), lines[2]]
    (tmp_path / "b.txt").write_bytes("\r".join(other).encode("utf-8"))
    from desk.core.library.documents import import_paths

    import_paths(library, [tmp_path / "a.txt", tmp_path / "b.txt"])
    window = open_window(library, qtbot)
    view = window.review_view
    place = find(view, "出", "平")
    view.go_to(place)
    for name in [*view.review.state.witness_ids, CURATED]:
        pane = view.panes[name]
        pane.paint_spans()
        painted = {s.cursor.selectedText() for s in pane.editor.extraSelections()}
        assert {"出", "平"} & painted, name  # exactly the reading, not a character off
    pane = view.panes[CURATED]
    shown = pane.editor.toPlainText()
    cursor = pane.editor.textCursor()
    before_fish = shown[: shown.index("鱼")]
    cursor.setPosition(len(before_fish.encode("utf-16-le")) // 2)  # Qt counts UTF-16 units
    pane.editor.setTextCursor(cursor)
    pane.editor.insertPlainText("X")
    assert "𩸽X鱼" in view.review.state.text()
    assert "𩸽X鱼" in Review(library, view.review.document.id).state.text()
    assert shows_the_review(window)
    window.close()


def test_f8_and_ctrl_j_say_so_when_there_is_nothing_to_go_to(window, qtbot):
    from desk.core.library.documents import list_documents, remove_document

    for document in list_documents(window.library):  # no other document left to review
        if len(document.witnesses) == 1:
            remove_document(window.library, document.id)
    view = window.review_view
    view.decide_all("text", view.review.state.witness_ids[0])
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert "nothing is left to decide" in window.statusBar().currentMessage()
    view.go_to(find(view, "邰", "邵"))  # not in a moved passage
    window.review_actions.go_to_counterpart()
    assert "Not in a moved passage" in window.statusBar().currentMessage()


def test_layout_and_punctuation_shown_or_not_is_kept(window, seeded, qtbot):
    from desk.gui import settings

    assert not window.review_view.show_faint
    window.review_actions.show_layout_and_punctuation(True)
    assert settings.show_layout_and_punctuation()
    window.close()
    again = MainWindow(open_library(seeded.path), text_font())
    qtbot.addWidget(again)
    assert again.review_view.show_faint
    again.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_sequence_of_window_actions_shows_exactly_what_the_review_holds(window, seed):
    """Random decisions, bulk steps, choices, typing, undo and redo through the window: after
    each, the curated pane shows the review's text and the review the library's."""
    import random
    from dataclasses import replace

    rng = random.Random(seed)
    view = window.review_view
    editor = view.panes[CURATED].editor
    for _ in range(30):
        action = rng.choice(
            ["take", "take", "clean", "keep", "bulk", "choices", "type", "undo", "redo"]
        )
        places = view.review.state.variant_places
        if action in ("take", "clean", "keep"):
            view.go_to(rng.choice(places))
            {
                "take": lambda: view.take(rng.randint(1, 2)),
                "clean": view.take_clean,
                "keep": view.keep,
            }[action]()
        elif action == "bulk":
            view.decide_all(
                rng.choice(["text", "layout", "punctuation"]),
                rng.choice([None, *view.review.state.witness_ids]),
            )
        elif action == "choices":
            choices = view.review.state.choices
            view.set_choices(replace(choices, full_width=not choices.full_width))
        elif action == "type":
            cursor = editor.textCursor()
            cursor.setPosition(rng.randrange(editor.document().characterCount()))
            editor.setTextCursor(cursor)
            editor.insertPlainText(rng.choice(["字", "两字", "\n"]))
        else:
            (window.menus.undo_action if action == "undo" else window.menus.redo_action).trigger()
        assert shows_the_review(window), action
    assert (
        Review(view.review.library, view.review.document.id).state.text()
        == view.review.state.text()
    )


def test_decisions_without_a_place_are_listed_when_the_document_opens(
    window, qtbot, tmp_path, seeds, monkeypatch
):
    from desk.core.library.documents import import_paths, move_witness

    third = tmp_path / "third.txt"
    third.write_text(seeds[1].read_text(encoding="utf-8").replace("牧民优品", "牧民良品"), "utf-8")
    [added] = import_paths(window.library, [third]).added
    window.documents.open_document(added.document_id, wait=True)
    view = window.review_view
    place = next(
        p
        for p in view.review.state.variant_places
        if view.review.state.readings(p)[str(added.id)].text == "良"
        and len({r.text for r in view.review.state.readings(p).values()}) == 2
    )
    view.go_to(place)
    view.take(3)
    move_witness(window.library, added.id, None)
    shown = []
    monkeypatch.setattr(
        "desk.gui.document_controller.warn", lambda parent, title, text: shown.append((title, text))
    )
    window.documents.open_document(view.review.document.id, wait=True)
    [(title, text)] = shown
    assert title == "Decisions without a place" and "“良” (a witness no longer here" in text
    assert "【优】品" in text  # the passage it was on, in the witnesses still here


def test_the_position_is_saved_as_soon_as_the_editor_moves(window):
    view = window.review_view
    place = find(view, "牛", "羊")
    view.go_to(place)
    # Read by another session at once, as after a crash: no timer to wait for.
    assert Review(view.review.library, view.review.document.id).saved_position() == place


def test_a_read_only_library_is_shown_and_says_why_nothing_can_be_decided(
    seeded, qtbot, monkeypatch
):
    from desk.core.library import store

    path = seeded.path
    seeded.close()
    monkeypatch.setattr(store, "_writable", lambda _path: False)
    library = open_library(path)
    shown = []
    monkeypatch.setattr("desk.gui.write_guard.warn", lambda parent, title, text: shown.append(text))
    window = open_window(library, qtbot)
    view = window.review_view
    assert shows_the_review(window)
    assert "Read-only library" in window.statusBar().currentMessage()
    editor = view.panes[CURATED].editor
    assert editor.isReadOnly()
    before = view.review.state.text()
    view.go_to(find(view, "邰", "邵"))
    view.take(2)
    assert shown == []  # quiet: the status bar says it
    assert "Read-only library" in window.statusBar().currentMessage()
    assert view.review.state.text() == before and shows_the_review(window)
    window.close()
    library.close()


def test_a_witness_added_by_another_desk_is_offered_not_forced(window, qtbot, tmp_path):
    from desk.core.library.documents import import_paths

    view = window.review_view
    view.go_to(find(view, "邰", "邵"))
    view.take(2)
    page = view.review.document
    third = tmp_path / "third.txt"
    third.write_text(witness_text_of(view, 0).replace("牧人", "牧民"), encoding="utf-8")
    other = open_library(window.library.path)  # `desk import` beside the window
    import_paths(other, [third])
    other.close()
    window.documents.check_elsewhere()
    bar = window.documents.reload_bar
    assert bar.isVisible() and "1 witness added" in bar.label.text()
    assert len(view.review.state.witness_ids) == 2  # nothing reloaded under the editor's hands
    qtbot.mouseClick(bar.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(view.review.state.witness_ids) == 3, timeout=10_000)
    assert not bar.isVisible()
    assert view.review.document.id == page.id
    assert (
        view.review.state.status(find(view, "邰", "邵", "邰")) is not None
    )  # the decision is kept
    window.documents.check_elsewhere()
    assert not bar.isVisible()


def witness_text_of(view, index: int) -> str:
    return view.review.state.alignment.witnesses[index].text


def test_a_witness_is_moved_through_a_list_when_the_library_is_large(window, monkeypatch):
    pane = window.library_pane
    second = pane.documents[0].witnesses[1]
    target = pane.documents[2]
    others = pane.documents[1:]
    offered = []

    def pick_last(parent, title, label, names, current, editable):
        offered.extend(names)
        return names[others.index(target)], True

    monkeypatch.setattr("desk.gui.library_pane.QInputDialog.getItem", pick_last)
    pane.ask_document_for(second.id, others)
    assert offered == [f"{d.title}  (#{d.id})" for d in others]
    moved = next(d for d in pane.documents if d.id == target.id)
    assert second.id in [w.id for w in moved.witnesses]


def test_regrouping_a_read_only_library_says_why_it_cannot(seeded, qtbot, monkeypatch):
    from desk.core.library import store

    path = seeded.path
    seeded.close()
    monkeypatch.setattr(store, "_writable", lambda _path: False)
    library = open_library(path)
    shown = []
    monkeypatch.setattr(
        "desk.gui.library_pane.warn", lambda parent, title, text: shown.append(text)
    )
    window = MainWindow(library, text_font())
    qtbot.addWidget(window)
    pane = window.library_pane
    pane.move_witness_to(pane.documents[0].witnesses[1].id, None)
    assert len(shown) == 1 and "read-only" in shown[0]
    assert [len(d.witnesses) for d in pane.documents] == [2, 1, 1, 1]
    window.close()
    library.close()


def test_find_highlights_every_hit_in_every_pane_and_f3_goes_through_them(window, qtbot):
    view = window.review_view
    texts = {w.id: w.text for w in view.review.state.alignment.witnesses}
    editor = view.panes[CURATED].editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible() and view.find_bar.field.hasFocus()
    view.find_bar.field.insert("乡村")  # as an input method commits it
    for witness, text in texts.items():
        assert len(view.panes[witness].found) == text.count("乡村") > 0
    curated_hits = view.panes[CURATED].found
    assert len(curated_hits) == view.review.state.text().count("乡村")
    assert view.find_bar.count.text() == f"{len(curated_hits)} found"
    qtbot.keyClick(view.find_bar.field, Qt.Key.Key_Return)
    assert editor.textCursor().selectedText() == "乡村"
    assert view.find_bar.count.text() == f"1 of {len(curated_hits)}"
    qtbot.keyClick(editor, Qt.Key.Key_F3)
    assert view.find_bar.count.text() == f"2 of {len(curated_hits)}"
    qtbot.keyClick(editor, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.find_bar.count.text() == f"1 of {len(curated_hits)}"
    start, _ = curated_hits[0]
    assert view.panes[CURATED].qt_to_code_points(editor.textCursor().selectionStart()) == start
    view.find_bar.field.setFocus()
    qtbot.keyClick(view.find_bar.field, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible()
    assert all(not pane.found for pane in view.panes.values())


def test_find_follows_the_curated_text_through_a_decision(window, qtbot):
    view = window.review_view
    view.finder.open()
    view.find_bar.field.setText("邵")
    before = len(view.panes[CURATED].found)
    view.go_to(find(view, "邰", "邵"))
    view.take(2)
    assert len(view.panes[CURATED].found) == before + 1
    assert view.review.state.text().count("邵") == before + 1


def test_find_in_library_lists_documents_and_opens_one_with_the_string_found(
    window, qtbot, monkeypatch
):
    from desk.gui.library_find_dialog import LibraryFindDialog

    dialog = LibraryFindDialog(window.library, "乡村振兴")
    qtbot.addWidget(dialog)
    titles = [dialog.results.item(row).text() for row in range(dialog.results.count())]
    assert titles and all("found)" in title for title in titles)
    assert "4 documents hold “乡村振兴”" in dialog.summary.text()
    dialog.show()
    dialog.field.setText("不在任何文本里")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.results.count() == 0
    assert dialog.isVisible()  # Enter searched; it did not close the dialog

    view = window.review_view
    page = view.review.document.id
    view.close_review()

    def choose_the_page(self):
        self.chosen_document = page
        self.field.setText("乡村")
        return True

    monkeypatch.setattr(LibraryFindDialog, "exec", choose_the_page)
    window.find_in_library()
    assert view.review.document.id == page
    assert view.find_bar.isVisible() and view.find_bar.field.text() == "乡村"
    assert len(view.panes[CURATED].found) == view.review.state.text().count("乡村")
    assert view.panes[CURATED].editor.textCursor().selectedText() == "乡村"


def test_a_witness_renamed_in_the_library_pane_is_named_so_everywhere(window, qtbot, monkeypatch):
    from PySide6.QtGui import QAction

    from desk.core.review.summary import status_words

    view = window.review_view
    second = window.library_pane.documents[0].witnesses[1]
    monkeypatch.setattr(
        "desk.gui.library_pane.QInputDialog.getText", lambda *args, **kwargs: ("OCR B", True)
    )
    window.library_pane.ask_witness_name(second.id)
    qtbot.waitUntil(lambda: view.panes[str(second.id)].title.full_text.startswith("2. OCR B"))
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "2. OCR B"
    assert any("2. OCR B" in action.text() for action in window.findChildren(QAction))
    place = find(view, "邰", "邵")
    view.go_to(place)
    view.take(2)
    assert status_words(view.review.state, place) == "took OCR B"


def test_f2_types_a_reading_enter_confirms_and_shift_enter_breaks_the_line(
    window, qtbot, monkeypatch
):
    from desk.gui.reading_dialog import ReadingDialog

    view = window.review_view
    place = find(view, "邰", "邵")
    view.go_to(place)
    opened = []

    def type_and_confirm(dialog):
        opened.append(dialog)
        dialog.show()
        assert "1. 000_fb3b383f19a53a8f: 邰" in dialog.findChildren(QLabel)[0].text()
        dialog.field.selectAll()
        dialog.field.insertPlainText("邵")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        dialog.field.insertPlainText("杰")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(ReadingDialog, "exec", type_and_confirm)
    editor = view.panes[CURATED].editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F2)
    assert len(opened) == 1
    assert view.review.state.reading(place) == "邵\n杰"
    assert view.review.state.status(place).kind == "typed"
    point, _ = view.place_on_screen(place)
    assert not opened[0].geometry().contains(point)  # beside the place, not over it


def test_the_panes_share_the_width_evenly(window, qtbot):
    window.resize(1024, 700)

    def even() -> None:
        sizes = window.review_view.splitter.sizes()
        assert len(sizes) == 3 and max(sizes) - min(sizes) <= 2
        assert sum(sizes) > 600  # laid out at the new width, not the old one

    qtbot.waitUntil(even, timeout=5_000)


def test_a_narrow_pane_shortens_its_title_and_keeps_it_whole_in_the_tooltip(window, qtbot):
    window.resize(700, 600)
    title = window.review_view.panes[window.review_view.review.state.base_id].title
    qtbot.waitUntil(lambda: title.text().endswith("…"), timeout=5_000)
    assert len(title.text()) < len(title.full_text)
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.width()
    assert "base: order and words" in title.toolTip()


def test_ctrl_r_decides_the_same_readings_after_asking_with_the_count(
    library, qtbot, tmp_path, monkeypatch
):
    from desk.core.library.documents import import_paths

    clean = "本报记者邵向东报道，邵向东说，乡村要振兴。牧人优品散养牛羊肉走出去。邵向东。"
    for name, text in (("a.txt", clean.replace("邵", "邰")), ("b.txt", clean)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    import_paths(library, [tmp_path / "a.txt", tmp_path / "b.txt"])
    start_new_reviews_from_proposals(library, False)  # the text starts with a's 邰
    window = open_window(library, qtbot)
    view = window.review_view
    first = find(view, "邰", "邵")
    view.go_to(first)
    view.take(2)
    assert "2 more places read the same" in window.statusBar().currentMessage()
    asked = []
    monkeypatch.setattr(
        "desk.gui.review_actions.confirm",
        lambda parent, title, text, yes_by_default: asked.append(text) or True,
    )
    editor = view.panes[CURATED].editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and "the 2 other open places reading 邰 / 邵" in asked[0]
    assert "took witness 2 (“邵”)" in asked[0]
    assert window.statusBar().currentMessage() == "Decided 2 more places the same way."
    assert view.review.state.text().count("邵向东") == 3 and shows_the_review(window)
    qtbot.keyClick(view.panes[CURATED].editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.review.state.text().count("邵向东") == 1  # the series was one step


def test_decide_all_shows_its_counts_and_asks_before_a_large_one(window, monkeypatch):
    view = window.review_view
    window.menus.fill_accept_all()
    entries = {a.text(): a for a in window.menus.accept_all_menu.actions() if a.text()}
    text_count = len(view.review.state.undecided("text"))
    punctuation = len(view.review.state.undecided("punctuation"))
    assert f"Text Places ({text_count}): the Clean Reading" in entries
    assert text_count < 20 <= punctuation
    answers = []
    monkeypatch.setattr(
        "desk.gui.review_actions.confirm",
        lambda parent, title, text, yes_by_default: answers.append(text) or False,
    )
    before = view.review.state.text()
    entries[f"Punctuation Places ({punctuation}): the Clean Reading"].trigger()
    assert len(answers) == 1 and f"the {punctuation} undecided punctuation places" in answers[0]
    assert view.review.state.text() == before and view.review.state.undecided(
        "punctuation"
    )  # declined
    second = witness_labels(window.library, view.review.document.id)[
        view.review.state.witness_ids[1]
    ]
    entries[f"Text Places ({text_count}): {second}'s Reading"].trigger()
    assert len(answers) == 1  # a small one is not asked about
    assert view.review.state.undecided("text") == []
    window.menus.fill_accept_all()
    greyed = [
        a for a in window.menus.accept_all_menu.actions() if a.text().startswith("Text Places")
    ]
    assert greyed and all(not a.isEnabled() and "(0)" in a.text() for a in greyed)


def test_the_table_and_notes_follow_the_text_font(window, monkeypatch):
    from desk.gui.preferences_dialog import PreferencesDialog

    def choose_22_points(dialog) -> int:  # the editor sets the size and presses OK
        dialog.size.setValue(22)
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", choose_22_points)
    window.open_preferences()
    view = window.review_view
    assert view.table.font().pointSize() == 22
    assert window.annotations_panel.table.font().pointSize() == 22
    assert all(pane.editor.font().pointSize() == 22 for pane in view.panes.values())
    row = view.table.verticalHeader().defaultSectionSize()
    assert row >= view.table.fontMetrics().lineSpacing()  # rows tall enough for the font


def test_the_move_column_says_where_a_moved_passage_sits_in_each_witness(window):
    from desk.core.review.summary import move_words

    view = window.review_view
    view.filter_bar.set_faint_shown(True)  # every category in the table
    review = view.review
    model = view.model
    assert model.headers[-1] == "Move" and model.headers[-2] == "Curated"
    moved = [
        p for p in review.state.variant_places if review.state.alignment.move_of(p) is not None
    ]
    still = [p for p in review.state.variant_places if review.state.alignment.move_of(p) is None]
    assert moved and still
    place = moved[0]
    words = model.data(model.index(model.row_of(place), model.move_column))
    assert words == move_words(review.state, place) and words.startswith("moved: witness 1 line ")
    assert ", witness 2 line " in words
    assert model.data(model.index(model.row_of(still[0]), model.move_column)) == ""
    index = review.state.alignment.move_of(place)
    reading = review.state.alignment.moves[index].readings[review.state.witness_ids[0]]
    text = review.state.alignment.witnesses[0].text
    assert f"line {text.count(chr(10), 0, reading.start) + 1}" in words


def test_the_library_pane_menu_offers_find_in_library(window, monkeypatch):
    from desk.gui.library_find_dialog import LibraryFindDialog

    opened = []
    monkeypatch.setattr(LibraryFindDialog, "exec", lambda self: opened.append(self) or False)
    window.library_pane.find_requested.emit()
    assert len(opened) == 1 and opened[0].library is window.library


def test_the_status_column_is_wide_enough_for_its_words(window):
    view = window.review_view
    view.go_to(find(view, "邰", "邵"))
    view.take(2)
    width = view.table.columnWidth(1)
    assert view.table.fontMetrics().horizontalAdvance("took witness 2") < width


def test_the_word_that_all_is_reviewed_goes_when_ctrl_z_reopens_a_place(library, qtbot, tmp_path):
    text = "各级人员已经到位，工作人员正在检查设备，确保明天的会议顺利进行。" * 3
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("检查", "检杳", 1) + "\n\n", encoding="utf-8")
    import_paths(library, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert len(list_documents(library)) == 1
    window = open_window(library, qtbot)
    view = window.review_view
    qtbot.keyClick(view, Qt.Key.Key_F8)
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert window.statusBar().currentMessage().startswith("Every text place is reviewed")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.review.state.counts().open == 1)
    assert not window.statusBar().currentMessage().startswith("Every text place")


def test_moving_a_witness_out_of_the_open_document_shows_what_is_left_to_review(window, qtbot):
    from desk.core.review.prepare import saved_counts

    pane, view = window.library_pane, window.review_view
    page = view.review.document
    second = page.witnesses[1]
    pane.move_witness_to(second.id, None)  # into a document of its own
    qtbot.waitUntil(lambda: view.review is not None and len(view.review.state.witness_ids) == 1)
    state = view.review.state
    assert view.model.review is view.review  # the table shows the new review's places
    assert list(view.model.rows) == list(view.model._filtered())
    assert len(view.model.witness_ids) == 1
    assert saved_counts(window.library)[page.id].open == state.counts().open
    moved = next(d for d in pane.documents if second.id in [w.id for w in d.witnesses])
    qtbot.waitUntil(lambda: moved.id in saved_counts(window.library))  # prepared again
    row = pane.model().row_of(moved.id)
    qtbot.waitUntil(lambda: pane.model().index(row, 1).data() != "—")  # its Open count shown


def test_alt_shift_takes_a_reading_as_the_witness_has_it(library, qtbot, tmp_path):
    from desk.core.review.opening import start_new_reviews_from_proposals

    start_new_reviews_from_proposals(library, False)
    shared = "各级人员已经到位，工作人员正在检查设备，确保明天的会议顺利进行。"
    extra = "据了解,本次会议将持续三天,共有二百人参加。"
    (tmp_path / "base.txt").write_text(shared * 2 + "\n", encoding="utf-8")
    (tmp_path / "fuller.txt").write_text(shared + extra + shared + "\n\n", encoding="utf-8")
    import_paths(library, [tmp_path / "base.txt", tmp_path / "fuller.txt"])
    window = open_window(library, qtbot)
    view = window.review_view
    fuller = view.review.state.witness_ids[1]
    added = next(
        p
        for p in view.review.state.variant_places
        if "本次会议" in view.review.state.readings(p)[fuller].text
    )
    view.go_to(added)
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert "据了解，本次会议将持续三天，共有二百人参加。" in curated(window)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    view.go_to(added)
    alt_shift = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view, Qt.Key.Key_2, alt_shift)
    assert extra in curated(window)


def test_deciding_the_headline_renames_the_document_in_the_pane_and_the_window(
    library, qtbot, tmp_path
):
    from desk.core.review.opening import start_new_reviews_from_proposals

    start_new_reviews_from_proposals(library, False)
    body = "各级人员已经到位，工作人员正在检查设备，确保明天的会议顺利进行。" * 3
    (tmp_path / "ocr.txt").write_text("打造特色末来乡村\n\n" + body + "\n", encoding="utf-8")
    (tmp_path / "web.txt").write_text("打造特色未来乡村\n\n" + body + "\n\n", encoding="utf-8")
    import_paths(library, [tmp_path / "ocr.txt", tmp_path / "web.txt"])
    window = open_window(library, qtbot)
    view = window.review_view
    view.go_to(find(view, "末", "未"))
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    pane = window.library_pane
    qtbot.waitUntil(lambda: pane.model().index(0, 0).data() == "打造特色未来乡村")
    assert "打造特色未来乡村" in window.windowTitle()


def test_opening_a_document_says_where_its_order_and_words_come_from(window):
    said = window.statusBar().currentMessage()
    assert said.startswith("Order and words of witness 1; paragraphs from witness 2;")
    assert "Document Choices (Ctrl+D)" in said


def test_text_typed_where_the_witnesses_agree_is_listed_in_the_place_table(window, qtbot):
    view = window.review_view
    editor = view.panes[CURATED].editor
    text = view.review.state.text()
    at = text.index("近年来")  # the witnesses agree here
    assert view.review.state.category(view.review.state.place_at(at)) is None
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(view.panes[CURATED].positions.to_qt(at))
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "xy")
    model = view.model

    def edited_rows() -> list[int]:
        return [r for r in range(model.rowCount()) if model.index(r, 0).data() == "edited"]

    qtbot.waitUntil(lambda: len(edited_rows()) == 1)
    row = edited_rows()[0]
    assert (
        "typed" in model.index(row, 1).data()
        and "xy" in model.index(row, model.curated_column).data()
    )
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: edited_rows() == [])


def test_with_many_witnesses_decide_all_undecided_nests_a_menu_per_category(
    library, qtbot, tmp_path
):
    text = "各级人员已经到位，工作人员正在检查设备，确保明天的会议顺利进行。" * 3
    paths = []
    for n in range(5):
        paths.append(tmp_path / f"w{n}.txt")
        paths[-1].write_text(
            text.replace("检查", "检查"[:1] + "杳", n % 2) + "\n" * (n + 1), "utf-8"
        )
    import_paths(library, paths)
    assert len(list_documents(library)) == 1
    window = open_window(library, qtbot)
    menu = window.menus.accept_all_menu
    menu.aboutToShow.emit()
    top = [a for a in menu.actions() if a.text()]
    assert len(top) == 4  # one entry per category, each a submenu: it fits the screen
    text_places = next(a for a in top if a.text().startswith("Text Places"))
    readings = [a.text() for a in text_places.menu().actions()]
    assert readings[0] == "the Clean Reading" and len(readings) == 6
    keyed = {a.shortcut().toString(): a for a in text_places.menu().actions()}
    assert "Ctrl+Alt+1" in keyed  # the keyed actions stay in it


def test_seven_witnesses_leave_the_curated_text_whole_on_a_small_screen(library, qtbot, tmp_path):
    from desk.gui.review_view import CURATED_PANE_MIN

    text = "各级人员已经到位，工作人员正在检查设备，确保明天的会议顺利进行。" * 3
    paths = []
    for n in range(7):
        paths.append(tmp_path / f"w{n}.txt")
        paths[-1].write_text(text.replace("检查", "检杳", n % 2) + "\n" * (n + 1), "utf-8")
    import_paths(library, paths)
    window = open_window(library, qtbot)
    window.resize(1024, 700)
    view = window.review_view
    assert len(view.panes) == 8

    def fits() -> None:
        curated = view.panes[CURATED]
        assert window.width() <= 1024
        assert curated.width() >= CURATED_PANE_MIN
        right = curated.mapTo(window, curated.rect().topRight()).x()
        assert right <= window.width()  # not pushed off the window

    qtbot.waitUntil(fits, timeout=5_000)
