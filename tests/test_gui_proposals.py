"""The window shows desk's proposals and their reasons, and Ctrl+Shift+A accepts the sure ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_gui_review import open_window
from test_gui_series import answering
from test_proposals import SENTENCE, place_of

from desk.core.library.documents import import_paths
from desk.gui.review_view import CURATED

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def window_on(library, folder, qtbot, *texts: str):
    """The window on one document of these witnesses, the first the base (each file
    ends in its own number of line breaks, so that none is another's copy)."""
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"w{number}.txt"
        path.write_text(text + "\n" * number, encoding="utf-8")
        paths.append(path)
    import_paths(library, paths)
    return open_window(library, qtbot)


def test_the_table_and_status_bar_say_the_proposal_and_ctrl_shift_a_accepts(
    library, qtbot, tmp_path, monkeypatch
):
    text = SENTENCE * 3
    first = text.replace("工作人员", "工作入员", 1)  # the base, wrong here
    window = window_on(library, tmp_path, qtbot, first, text.replace("检查", "检杳", 1), text)
    view = window.review_view
    assert view.panes[CURATED].editor.toPlainText() == text  # the majority everywhere
    place = place_of(view.review, "入", "人", "人")
    view.go_to(place)
    model = view.table.model()
    row = model.row_of(place)
    assert model.index(row, model.proposal_column).data().startswith("人 · ")
    reasons = model.index(row, model.proposal_column).data(Qt.ItemDataRole.ToolTipRole)
    assert "2 of 3 witnesses" in reasons
    qtbot.waitUntil(lambda: "2 of 3 witnesses" in window.status_line.labels[2].text())
    asked = answering(monkeypatch, True)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.waitUntil(lambda: view.review.state.status(place) is not None)
    assert "at least 95% sure" in asked[0]
    assert model.index(row, 1).data() != "to review"
    assert view.panes[CURATED].editor.toPlainText() == text
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.review.state.status(place) is None)


def test_f8_visits_the_least_sure_proposals_first_when_asked(library, qtbot, tmp_path):
    text = SENTENCE * 2
    first = text.replace("工作人员", "工作入员", 1).replace("顺利", "顺刺", 1)
    window = window_on(library, tmp_path, qtbot, first, text.replace("检查", "检杳", 1), text)
    view = window.review_view
    window.menus.least_sure_action.trigger()  # the editor ticks it in the Review menu
    state = view.review.state
    first = state.next_least_sure(view.current)  # the order itself: test_proposals
    second = state.next_least_sure(first)
    qtbot.keyClick(view, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: view.current == first)
    qtbot.keyClick(view, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: view.current == second)
    window.menus.least_sure_action.trigger()  # and unticks it: the setting is remembered


def test_a_one_witness_document_opens_with_its_suspects_and_alt_0_takes_one(
    library, qtbot, tmp_path
):
    from test_proposals import MISREAD

    (tmp_path / "page.txt").write_text(MISREAD, encoding="utf-8")
    import_paths(library, [tmp_path / "page.txt"])
    window = open_window(library, qtbot)
    view = window.review_view
    assert list(view.panes) == [view.review.state.witness_ids[0], CURATED]
    model = view.table.model()
    assert model.rowCount() == 3
    assert [model.index(r, model.proposal_column).data()[0] for r in range(3)] == list("人天利")
    assert view.panes[CURATED].editor.toPlainText() == MISREAD
    place = place_of(view.review, "入")
    view.go_to(place)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "工作人员" in view.panes[CURATED].editor.toPlainText())
    assert view.review.state.status(place) is not None
