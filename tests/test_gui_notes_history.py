"""Notes, history and exports in the window, as an editor uses them (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from test_review_places import place_reading

from desk.gui import app as app_module
from desk.gui import review_actions as review_actions_module
from desk.gui import settings
from desk.gui.review_view import CURATED


@pytest.fixture
def answer_dialogs(monkeypatch):
    """Make the note dialog answer with the given note and tags, as if typed."""
    answers = {}

    class Answered(review_actions_module.AnnotationDialog):
        def exec(self):
            self.note_edit.setPlainText(answers["note"])
            for tag, box in self.boxes.items():
                box.setChecked(tag in answers["tags"])
            self.free.setText(", ".join(t for t in answers["tags"] if t not in self.boxes))
            return True

    monkeypatch.setattr(review_actions_module, "AnnotationDialog", Answered)
    return answers


def select(window, pane_name: str, quote: str) -> None:
    pane = window.review_view.panes[pane_name]
    text = pane.editor.toPlainText()
    start = text.index(quote)
    cursor = pane.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(quote), QTextCursor.MoveMode.KeepAnchor)
    pane.editor.setTextCursor(cursor)
    window.activateWindow()
    pane.editor.setFocus()
    assert window.review_view.last_focused == pane_name  # the pane told the view


def rows(window) -> list[list[str]]:
    model = window.annotations_panel.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_note_on_a_selection_is_listed_marked_and_undoable(window, answer_dialogs):
    answer_dialogs.update(note="brand or common noun?", tags=["query", "brands"])
    select(window, CURATED, "牧人优品")
    window.annotate()
    [row] = rows(window)
    assert row[:3] == ["牧人优品", "brand or common noun?", "query, brands"]
    view = window.review_view
    start, end = view.notes.places[view.notes.annotations[0].id]
    assert view.review.state.text()[start:end] == "牧人优品"
    assert window.menus.undo_action.text() == "&Undo Add note on “牧人优品”"
    window.menus.undo_action.trigger()
    assert rows(window) == []
    window.menus.redo_action.trigger()
    assert len(rows(window)) == 1


def test_notes_filter_by_tag_and_author_and_follow_decisions(window, answer_dialogs):
    view = window.review_view
    answer_dialogs.update(note="scan unclear", tags=["check-image"])
    select(window, CURATED, "副局长邰")
    window.annotate()
    witness = view.review.state.witness_ids[1]
    answer_dialogs.update(note="other copy", tags=["uncertain"])
    select(window, witness, "邵向东")
    window.annotate()
    assert [r[3] for r in rows(window)] == ["curated text", view.panes[witness].title.full_text]
    panel = window.annotations_panel
    panel.tag.setCurrentIndex(panel.tag.findData("uncertain"))
    assert [r[1] for r in rows(window)] == ["other copy"]
    panel.tag.setCurrentIndex(0)
    view.go_to(place_reading(view.review, "出", "平"))
    view.take(2)  # the curated text before the note changes
    view.go_to(place_reading(view.review, "邰", "邵"))
    view.take(2)  # and inside it
    note = next(a for a in view.notes.annotations if a.witness_id is None)
    view.notes.go_to(note.id)
    cursor = view.panes[CURATED].editor.textCursor()
    assert cursor.selectedText() == "副局长邵"


def test_editing_and_deleting_a_note_are_undoable(window, answer_dialogs):
    view = window.review_view
    answer_dialogs.update(note="first", tags=[])
    select(window, CURATED, "出台")
    window.annotate()
    note_id = view.notes.annotations[0].id
    answer_dialogs.update(note="second", tags=["query"])
    window.review_actions.edit_note(note_id)
    assert rows(window)[0][1:3] == ["second", "query"]
    view.undo()
    assert rows(window)[0][1:3] == ["first", ""]
    view.notes.delete(note_id)
    assert rows(window) == []
    view.undo()
    assert rows(window)[0][1] == "first"


def test_history_lists_the_steps_and_goes_back_to_one_as_a_new_step(window, monkeypatch):
    view = window.review_view
    window.history_dock.raise_()  # the editor clicks the History tab
    base = view.review.state.text()
    view.go_to(place_reading(view.review, "出", "平"))
    view.take(2)
    view.go_to(place_reading(view.review, "邰", "邵"))
    view.take(2)
    model = window.history_panel.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["2", "1", "0"]
    shown = {}

    def look(dialog):
        shown["changes"] = dialog.changes
        shown["left"] = dialog.panes[0].editor.toPlainText()
        return True  # the editor presses Restore

    monkeypatch.setattr(review_actions_module.CompareDialog, "exec", look)
    window.review_actions.compare_step(0)
    assert shown["left"] == base and shown["changes"] == (2, 2)
    assert view.panes[CURATED].editor.toPlainText() == base
    assert model.index(0, 3).data() == "Go back to step 0"
    view.undo()
    assert "局长邵" in view.panes[CURATED].editor.toPlainText()


def test_export_from_the_window_in_every_format(window, tmp_path):
    out = tmp_path / "out"
    window.exports.export_to(out, ["txt", "tei", "csv", "annotations"], None)
    names = {p.name for p in out.iterdir()}
    assert "陕西宝鸡出台元宇宙产业发展行动计划.tei.xml" in names
    assert len(names) == 4 * 5  # 4 documents: .txt .tei.xml, two .csv, .annotations.json
    assert "Exported" in window.statusBar().currentMessage()


def test_the_author_is_asked_once_on_the_first_run(window, monkeypatch, qtbot):
    asked, guides = [], []
    monkeypatch.setattr(
        app_module.QInputDialog,
        "getText",
        staticmethod(lambda *a, **k: asked.append(a) or ("Lin Wei", True)),
    )
    monkeypatch.setattr(app_module, "show_guide", guides.append)
    assert not settings.author_chosen()
    app_module.greet_on_first_run(window)  # the first start
    qtbot.waitUntil(lambda: guides == [window])
    assert len(asked) == 1
    assert settings.author_chosen() and settings.author() == "Lin Wei"
    app_module.greet_on_first_run(window)  # every later start
    QApplication.processEvents()
    assert len(asked) == 1 and guides == [window]
