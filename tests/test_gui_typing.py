"""Typing in the curated text through every way Qt delivers it: key presses, input-method
commits (with preedit first, replacing a selection or the text around the cursor, in the
last block), paste and Backspace, on texts with CRLF and lone CR line breaks, characters
outside the BMP and right-to-left script. After every event the pane shows exactly what
the review holds, and the library, read by another connection, holds the same."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_gui_review import open_window

from desk.core.library.documents import import_paths, move_witness
from desk.core.library.store import open_library
from desk.core.review.opening import start_new_reviews_from_proposals
from desk.core.review.session import Review
from desk.gui.main_window import MainWindow
from desk.gui.positions import shown_text
from desk.gui.review_view import CURATED
from desk.gui.settings import text_font

CHARACTERS = "校订正文出台人员的是了，。、“”abc 12" + "𠮷𩸽" + "שלוםمرحبا" + "\u00a0"
TYPED = "校订正字甲乙𠮷ש"
BREAKS = ("\n", "\r\n", "\r")


def pane_text(window: MainWindow) -> str:
    """What the curated pane holds, every line break as "\\n" (no space for NBSP)."""
    return window.review_view.panes[CURATED].editor.document().toRawText().replace("\u2029", "\n")


def qt_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@st.composite
def page_pairs(draw) -> tuple[str, str]:
    """Two transcriptions of a short page: lines of mixed scripts, one kind of line break
    each, the second differing from the first at a few characters."""
    lines = draw(
        st.lists(st.text(alphabet=CHARACTERS, min_size=1, max_size=14), min_size=1, max_size=4)
    )
    first = draw(st.sampled_from(BREAKS)).join(lines)
    if not first.strip():
        first += "校"  # a file of white space alone is refused on import
    second = list(draw(st.sampled_from(BREAKS)).join(lines))
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(second) - 1))
        if second[index] not in "\r\n":
            second[index] = draw(st.sampled_from("平入邵牧"))
    second = "".join(second)
    return first, second if second != first else second + "平"


EVENTS = st.one_of(
    st.tuples(st.just("key"), st.sampled_from(TYPED)),
    st.tuples(
        st.just("ime"),
        st.lists(st.sampled_from("xiao"), max_size=3),
        st.text(TYPED, min_size=1, max_size=3),
    ),
    st.tuples(
        st.just("ime-replace"), st.integers(-3, 0), st.integers(0, 3), st.text(TYPED, max_size=2)
    ),
    st.tuples(st.just("paste"), st.sampled_from(["粘贴", "两\r\n行", "a\nb", "𠮷"])),
    st.tuples(st.just("Backspace")),
    st.tuples(st.just("Delete")),
    st.tuples(st.just("Return")),
    st.tuples(st.just("Ctrl+Z")),
)


def move_cursor(window: MainWindow, fraction: float, selection: float) -> None:
    """Put the cursor (and maybe a selection of a few characters) somewhere in the
    curated pane, between characters as the arrow keys move (never inside a surrogate
    pair)."""
    editor = window.review_view.panes[CURATED].editor
    characters = len(pane_text(window))
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, n=round(fraction * characters))
    cursor.movePosition(
        QTextCursor.MoveOperation.NextCharacter,
        QTextCursor.MoveMode.KeepAnchor,
        round(selection * 4),
    )
    editor.setTextCursor(cursor)


def whole_characters(window: MainWindow, start: int, size: int) -> tuple[int, int]:
    """An input method's replacement of `size` characters from `start` characters before
    the cursor, in the UTF-16 units Qt counts: whole characters, as input methods replace
    (never half of 𠮷)."""
    editor = window.review_view.panes[CURATED].editor
    block = editor.textCursor().block()
    at = editor.textCursor().positionInBlock()
    units = block.text().encode("utf-16-le")
    before = units[: 2 * at].decode("utf-16-le")
    after = units[2 * at :].decode("utf-16-le")
    taken_before = before[len(before) + start :] if start else ""
    taken = (taken_before + after)[:size]
    return -qt_length(taken_before), qt_length(taken)


def send(window: MainWindow, event: tuple) -> None:
    """Deliver one event as Qt would from the keyboard or an input method."""
    editor = window.review_view.panes[CURATED].editor
    editor.setFocus()
    kind = event[0]
    if kind == "key":
        for type_ in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                editor, QKeyEvent(type_, 0, Qt.KeyboardModifier.NoModifier, event[1])
            )
    elif kind == "ime":
        preedit = ""
        for letter in event[1]:  # composing: preedit only, nothing in the text yet
            preedit += letter
            attributes = [
                QInputMethodEvent.Attribute(
                    QInputMethodEvent.AttributeType.TextFormat, 0, len(preedit), QTextCharFormat()
                ),
                QInputMethodEvent.Attribute(
                    QInputMethodEvent.AttributeType.Cursor, len(preedit), 1
                ),
            ]
            QApplication.sendEvent(editor, QInputMethodEvent(preedit, attributes))
        commit = QInputMethodEvent()
        commit.setCommitString(event[2])
        QApplication.sendEvent(editor, commit)
    elif kind == "ime-replace":  # an input method correcting the text around the cursor
        commit = QInputMethodEvent()
        commit.setCommitString(event[3], *whole_characters(window, event[1], event[2]))
        QApplication.sendEvent(editor, commit)
    elif kind == "paste":
        QGuiApplication.clipboard().setText(event[1])
        QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    elif kind == "Ctrl+Z":
        QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    else:
        QTest.keyClick(editor, getattr(Qt.Key, f"Key_{kind}"))


def open_page(folder: Path, first: str, second: str, qtbot) -> MainWindow:
    (folder / "a.txt").write_bytes(first.encode("utf-8"))
    (folder / "b.txt").write_bytes(second.encode("utf-8"))
    library = open_library(folder / "library.db")
    first_witness, second_witness = import_paths(
        library, [folder / "a.txt", folder / "b.txt"]
    ).added
    start_new_reviews_from_proposals(library, False)  # the text typed into is a's
    if second_witness.document_id != first_witness.document_id:  # short texts: grouped by hand
        move_witness(library, second_witness.id, first_witness.document_id)
    return open_window(library, qtbot)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    pair=page_pairs(),
    steps=st.lists(
        st.tuples(st.floats(0, 1), st.floats(0, 1), st.booleans(), EVENTS), min_size=1, max_size=8
    ),
)
def test_whatever_qt_delivers_the_pane_and_the_library_hold_what_the_editor_typed(
    pair, steps, qtbot, tmp_path_factory
):
    folder = tmp_path_factory.mktemp("typing")
    window = open_page(folder, *pair, qtbot)
    review = window.review_view.review
    other = open_library(folder / "library.db")  # another connection: what is saved
    try:
        for fraction, selection, select, event in steps:
            # An input method replaces text around the cursor only when nothing is selected.
            select = select and event[0] != "ime-replace"
            move_cursor(window, fraction, selection if select else 0)
            before = pane_text(window)
            send(window, event)
            if event[0] in ("key", "ime", "paste", "Return") and not select:
                assert pane_text(window) != before, event  # the event reached the text
            assert pane_text(window) == shown_text(review.state.text()), event
            saved = Review(other, review.document.id).state.text()
            assert saved == review.state.text(), event
    finally:
        other.close()
        window.close()
        window.library.close()


def test_preedit_is_never_saved_and_the_commit_is_saved_once(qtbot, tmp_path):
    window = open_page(tmp_path, "第一行\r\n第二行出台了。", "第一行\r\n第二行平台了。", qtbot)
    review = window.review_view.review
    before = review.state.text()
    editor = window.review_view.panes[CURATED].editor
    move_cursor(window, 1.0, 0)
    for preedit in ("j", "ji", "jiao"):
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, 0, len(preedit), QTextCharFormat()
            )
        ]
        QApplication.sendEvent(editor, QInputMethodEvent(preedit, attributes))
        assert review.state.text() == before
        assert (
            Review(open_library(tmp_path / "library.db"), review.document.id).state.text() == before
        )
    commit = QInputMethodEvent()
    commit.setCommitString("校")
    QApplication.sendEvent(editor, commit)
    assert review.state.text() == before + "校"
    assert [s.kind for s in review.state.steps] == ["edit"]
    assert pane_text(window) == shown_text(review.state.text())
    window.close()


def test_an_input_method_commit_in_the_last_block_keeps_the_last_paragraph(qtbot, tmp_path):
    """Qt reports the commit as a change to the whole block, past the text's end."""
    page = "头一段。\r\n\r\n最后一段有好几个字，出台了新政策。"
    window = open_page(tmp_path, page, page.replace("出台", "平台"), qtbot)
    review = window.review_view.review
    editor = window.review_view.panes[CURATED].editor
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().characterCount() - 1 - 5)
    editor.setTextCursor(cursor)
    send(window, ("ime", ["x", "i"], "校"))
    assert review.state.text().endswith("出台校了新政策。")  # five characters before the end
    assert "最后一段有好几个字" in review.state.text()
    assert "\r\n\r\n" in review.state.text()  # the break before it is the witness's, untouched
    assert (
        Review(open_library(tmp_path / "library.db"), review.document.id).state.text()
        == review.state.text()
    )
    window.close()


def test_a_document_opened_in_the_background_shows_its_texts_and_takes_typing(seeded, qtbot):
    """Opened as the window opens documents (collated off the GUI thread, the panes'
    texts made there too and handed over): every pane shows its text exactly, a typed
    character reaches the review and the library, and Ctrl+Z is the review's undo, not
    the text view's own."""
    window = MainWindow(seeded, text_font())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.documents.open_last_document()  # in the background, like a user's start
    view = window.review_view
    qtbot.waitUntil(lambda: view.review is not None, timeout=30_000)
    review = view.review
    for witness in review.state.alignment.witnesses:
        shown = view.panes[witness.id].editor.toPlainText()
        assert shown == shown_text(witness.text)
    assert view.panes[CURATED].editor.toPlainText() == shown_text(review.state.text())
    for pane in view.panes.values():  # each shows the document made off the GUI thread
        assert pane.editor.document().parent() is pane.editor
    before = review.state.text()
    editor = view.panes[CURATED].editor
    cursor = editor.textCursor()
    cursor.setPosition(2)
    editor.setTextCursor(cursor)
    send(window, ("ime", "jiao", "校"))
    assert review.state.text() == before[:2] + "校" + before[2:]
    saved = Review(open_library(seeded.path), review.document.id).state.text()
    assert saved == review.state.text()
    send(window, ("Ctrl+Z",))
    assert review.state.text() == before
    assert pane_text(window) == before.replace("\r\n", "\n").replace("\r", "\n")
