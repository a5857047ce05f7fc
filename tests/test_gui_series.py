"""The window's library-wide Ctrl+Shift+R, its undo in every document at once, and the
keys that decide every undecided text place (Ctrl+Alt+P, Ctrl+Alt+1…9)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_gui_review import find, open_window, shows_the_review
from test_series import SHAO, document, works

from desk.core.library.documents import list_documents
from desk.core.review.session import Review
from desk.gui.help_dialogs import shortcut_rows
from desk.gui.review_view import CURATED

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = CTRL | Qt.KeyboardModifier.AltModifier


def answering(monkeypatch, answer: bool) -> list[str]:
    """Answer every question of the window so; the questions asked, in order."""
    asked: list[str] = []

    def answer_it(parent, title, text, yes_by_default) -> bool:
        asked.append(text)
        return answer

    for module in ("desk.gui.review_actions", "desk.gui.library_series_actions"):
        monkeypatch.setattr(f"{module}.confirm", answer_it)
    return asked


def test_ctrl_shift_r_counts_places_and_documents_then_decides_and_undoes_everywhere(
    tmp_path, qtbot, monkeypatch
):
    library = works(tmp_path)
    a, b = document(library, "记者"), document(library, "宝鸡")
    window = open_window(library, qtbot)
    view = window.review_view
    assert view.review.document.id == a
    view.go_to(find(view, "邰", "邵"))
    view.take(2)
    asked = answering(monkeypatch, True)
    title = next(d.title for d in list_documents(library) if d.id == b)  # as it is asked
    editor = view.panes[CURATED].editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "in 2 documents" in window.statusBar().currentMessage())
    assert "Decide the 5 open places reading 邰 / 邵 in the whole library" in asked[0]
    assert "They are in 2 documents" in asked[0] and "took witness 2 (“邵”)" in asked[0]
    assert f"“{title}”: 3" in asked[0] and "”: 2" in asked[0]  # each document's count
    assert window.statusBar().currentMessage() == "Decided 5 places the same way in 2 documents."
    assert Review(library, b).state.text() == SHAO["b"]
    assert view.review.state.text() == SHAO["a"] and shows_the_review(window)
    assert window.library_pane.model().counts[b].open == 0  # the library pane counts it

    editor = view.panes[CURATED].editor
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: "Undone in" in window.statusBar().currentMessage())
    assert "taken in 2 documents at once" in asked[1]
    assert window.statusBar().currentMessage() == "Undone in 2 documents."
    assert Review(library, b).state.text().count("邰") == 3
    assert view.review.state.text().count("邵") == 1 and shows_the_review(window)  # the first stays
    assert window.library_pane.model().counts[b].open == 3


def test_undo_of_a_library_step_may_stay_in_this_document(tmp_path, qtbot, monkeypatch):
    library = works(tmp_path)
    b = document(library, "宝鸡")
    window = open_window(library, qtbot)
    view = window.review_view
    view.go_to(find(view, "邰", "邵"))
    view.take(2)
    answering(monkeypatch, True)
    window.library_series.decide_in_library()
    qtbot.waitUntil(lambda: "in 2 documents" in window.statusBar().currentMessage())
    asked = answering(monkeypatch, False)  # No: this document only
    window.menus.undo_action.trigger()
    assert len(asked) == 1 and view.review.state.text().count("邵") == 1
    assert Review(library, b).state.text() == SHAO["b"]  # the other document keeps its step


def test_ctrl_shift_r_says_so_when_nothing_else_reads_the_same(tmp_path, qtbot, monkeypatch):
    library = works(tmp_path)
    window = open_window(library, qtbot)
    view = window.review_view
    asked = answering(monkeypatch, True)
    window.library_series.decide_in_library()
    assert "Decide a place first" in window.statusBar().currentMessage()
    window.documents.open_document(document(library, "大雨"), wait=True)  # 山 / 出 twice, only here
    for place in [
        p for p in view.review.state.variant_places if view.review.state.category(p) == "text"
    ]:
        view.go_to(place)
        view.take(2)
    window.library_series.decide_in_library()
    message = "No open place in the library reads 出 / 山."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == message)
    assert asked == []


def test_ctrl_alt_keys_decide_every_undecided_text_place(seeded, qtbot, monkeypatch):
    window = open_window(seeded, qtbot)
    view = window.review_view
    editor = view.panes[CURATED].editor
    editor.setFocus()
    count = len(view.review.state.undecided("text"))
    assert 0 < count
    qtbot.keyClick(editor, Qt.Key.Key_2, CTRL_ALT)
    assert view.review.state.undecided("text") == []
    assert window.menus.undo_action.text().startswith("&Undo Take witness 2's reading of all text")
    assert window.statusBar().currentMessage().startswith(f"Gave {count} text places")
    window.menus.undo_action.trigger()
    assert len(view.review.state.undecided("text")) == count

    monkeypatch.setattr("desk.gui.review_actions.ASK_BEFORE_DECIDING", 1)
    asked = answering(monkeypatch, True)
    qtbot.keyClick(editor, Qt.Key.Key_P, CTRL_ALT)
    assert len(asked) == 1 and f"Give the {count} undecided text places the clean" in asked[0]
    assert view.review.state.undecided("text") == [] and shows_the_review(window)
    qtbot.keyClick(editor, Qt.Key.Key_1, CTRL_ALT)
    assert "No text place is left undecided." == window.statusBar().currentMessage()
    qtbot.keyClick(editor, Qt.Key.Key_3, CTRL_ALT)
    assert "This document has no witness 3." == window.statusBar().currentMessage()


def test_the_keys_are_listed_in_the_submenu_and_work_after_it_greyed_them(seeded, qtbot):
    window = open_window(seeded, qtbot)
    view = window.review_view
    rows = {keys: (menu, command) for menu, command, keys in shortcut_rows(window.menuBar())}
    assert rows["Ctrl+Alt+P"][0] == "Review > Decide All Undecided"
    assert rows["Ctrl+Shift+R"][1] == "Decide the Same Way in the Whole Library"
    window.menus.fill_accept_all()
    keyed = {a.shortcut().toString(): a for a in window.menus.accept_all_menu.actions()}
    count = len(view.review.state.undecided("text"))
    assert keyed["Ctrl+Alt+P"].text() == f"Text Places ({count}): the Clean Reading"
    assert keyed["Ctrl+Alt+2"].text().startswith(f"Text Places ({count}): 2. ")
    assert "Ctrl+Alt+3" not in keyed  # two witnesses
    view.decide_all("text", None)
    window.menus.fill_accept_all()  # the menu opens: nothing left, greyed
    assert not keyed["Ctrl+Alt+P"].isEnabled()
    window.menus.accept_all_menu.aboutToHide.emit()
    window.menus.undo_action.trigger()
    editor = view.panes[CURATED].editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_P, CTRL_ALT)
    assert view.review.state.undecided("text") == []
