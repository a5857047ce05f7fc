"""A library that stops taking writes (a full disk): one message for a burst of failed
actions, the window paused until the editor retries, and nothing shown as done that the
library does not hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_gui_review import open_window
from test_review_places import place_reading

from desk.core.library.documents import import_paths
from desk.core.library.failures import DiskFull
from desk.core.library.store import open_library
from desk.core.review.session import Review
from desk.gui.main_window import MainWindow
from desk.gui.positions import shown_text
from desk.gui.review_view import CURATED

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def open_on_samples(folder: Path, qtbot) -> MainWindow:
    library = open_library(folder / "library.db")
    import_paths(library, [SEEDS])
    return open_window(library, qtbot)


def library_text(window: MainWindow) -> str:
    """The curated text as another connection reads it from the library."""
    other = open_library(window.library.path)
    try:
        return Review(other, window.review_view.review.document.id).state.text()
    finally:
        other.close()


def settle() -> None:
    """Let the window handle what the events queued (a message box comes after the
    event that failed)."""
    for _ in range(5):
        QApplication.processEvents()


def test_a_full_disk_is_said_once_pauses_the_window_and_retry_resumes(
    small_disk, qtbot, monkeypatch
):
    said = []
    monkeypatch.setattr(
        "desk.gui.write_guard.warn", lambda parent, title, text: said.append((title, text))
    )
    window = open_on_samples(small_disk.folder, qtbot)
    view = window.review_view
    before, steps = view.review.state.text(), [s.label for s in view.review.state.steps]
    small_disk.fill()
    for _ in range(4):  # a burst of decisions
        qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    editor = view.panes[CURATED].editor
    editor.setFocus()
    qtbot.keyClicks(editor, "abc")  # and of typing
    view.notes.add(CURATED, 0, 2, "查", ["query"])  # and a note
    qtbot.waitUntil(lambda: bool(said))
    settle()
    assert len(said) == 1
    assert said[0][0] == "Not saved" and "is full" in said[0][1] and "Retry" in said[0][1]
    assert window.guard.isVisible() and "is full" in window.guard.label.text()
    assert editor.isReadOnly()
    assert view.review.state.text() == before
    assert editor.toPlainText() == shown_text(before)
    assert [s.label for s in view.review.state.steps] == steps  # no phantom step
    assert library_text(window) == before
    assert window.guard.retry() is False  # still full: still paused, no second box
    settle()
    assert len(said) == 1 and window.guard.paused
    small_disk.free()
    qtbot.mouseClick(window.guard.retry_button, Qt.MouseButton.LeftButton)
    assert not window.guard.paused and not window.guard.isVisible()
    assert not editor.isReadOnly()
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert view.review.state.text() != before
    assert library_text(window) == view.review.state.text()
    window.close()
    window.library.close()


@pytest.mark.parametrize("version", [0, 1])
def test_opening_or_bringing_up_to_date_a_library_on_a_full_disk_says_the_disk_is_full(
    small_disk, version
):
    if not small_disk.mounted:
        pytest.skip("needs a real full disk: opening fails before any COMMIT")
    path = small_disk.folder / "library.db"
    if version:
        open_library(path, upto=version).close()
    small_disk.fill()
    with pytest.raises(DiskFull, match="full"):
        open_library(path)
    small_disk.free()
    open_library(path).close()


def test_a_failed_decision_and_retry_leave_every_pane_where_the_editor_was(
    small_disk, qtbot, monkeypatch
):
    monkeypatch.setattr("desk.gui.write_guard.warn", lambda parent, title, text: None)
    window = open_on_samples(small_disk.folder, qtbot)
    window.resize(1200, 700)
    view = window.review_view
    place = place_reading(view.review, "双", "两")  # late in the page
    view.go_to(place)
    settle()
    where = {pane: reading.start for pane, reading in view.review.state.readings(place).items()}
    where[CURATED] = view.review.state.span(place)[0]

    def every_pane_shows_the_place() -> bool:
        shown = {pane: view.panes[pane].visible_range() for pane in where}
        return all(shown[p][0] <= where[p] < shown[p][1] for p in where)

    assert every_pane_shows_the_place()
    top = view.panes[CURATED].visible_range()[0]
    small_disk.fill()
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.guard.paused)
    settle()
    assert every_pane_shows_the_place()
    assert view.panes[CURATED].visible_range()[0] == top
    small_disk.free()
    qtbot.mouseClick(window.guard.retry_button, Qt.MouseButton.LeftButton)
    settle()
    assert every_pane_shows_the_place()
    assert view.panes[CURATED].visible_range()[0] == top
    assert view.current == place
    window.close()
    window.library.close()
