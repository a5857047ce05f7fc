"""Marks painted over the texts (pytest-qt, offscreen): dots on spaces, ⏎ on line breaks
and a caret for an omission, on exactly the right characters; moved passages labelled
where they sit in each pane."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat
from test_gui_review import find, open_window

from desk.core.library.documents import import_paths
from desk.core.text.line_endings import line_number
from desk.gui.review_view import CURATED
from desk.gui.text_pane import BREAK, OMISSION, SPACE, reading_marks

FIRST = "春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。\n床前明月光，疑是地上霜。"
SECOND = "春眠不觉晓，处处 闻啼鸟。夜来风雨声，花落知少。\n床前明月光，疑是地上霜。"


@pytest.fixture
def poem(library, qtbot, tmp_path):
    """Two witnesses: the second has a space the first lacks, lacks a line break the
    first has, and lacks 多."""
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SECOND, encoding="utf-8")
    import_paths(library, [tmp_path / "a.txt", tmp_path / "b.txt"])
    window = open_window(library, qtbot)
    yield window
    window.close()


def marks(view, name: str) -> list[tuple[str, int]]:
    pane = view.panes[name]
    pane.paint_spans()
    return pane.visible_marks()


def test_a_reading_of_white_space_gets_a_mark_on_each_character():
    assert reading_marks("", 7) == [(OMISSION, 7)]
    assert reading_marks(" \u3000", 3) == [(SPACE, 3), (SPACE, 4)]
    assert reading_marks("\r\n", 5) == [(BREAK, 5)]  # one break, one ⏎
    assert reading_marks("\n \n", 0) == [(BREAK, 0), (SPACE, 1), (BREAK, 2)]
    assert reading_marks("多", 9) == [] and reading_marks("， ", 9) == []


def test_spaces_line_breaks_and_omissions_are_marked_where_they_are(poem):
    view = poem.review_view
    first, second = view.review.state.witness_ids
    view.set_show_faint(True)
    space = SECOND.index(" ")
    line_break = FIRST.index("\n")
    more = FIRST.index("多")
    assert marks(view, first) == [(OMISSION, space), (BREAK, line_break)]
    # the second lacks the break after 。 and 多: carets before 夜 and 少
    assert marks(view, second) == [
        (SPACE, space),
        (OMISSION, SECOND.index("夜")),
        (OMISSION, SECOND.index("少")),
    ]
    assert SECOND.index("少") == more
    assert marks(view, CURATED) == [(OMISSION, space), (BREAK, line_break)]


def test_layout_places_are_marked_when_shown_or_current(poem):
    view = poem.review_view
    first, second = view.review.state.witness_ids
    view.set_show_faint(False)
    view.go_to(find(view, "多", ""))
    assert marks(view, second) == [(OMISSION, SECOND.index("少"))]
    assert marks(view, first) == []
    view.go_to(find(view, "", " "))  # a layout place, current: marked though hidden
    assert marks(view, second) == [(SPACE, SECOND.index(" ")), (OMISSION, SECOND.index("少"))]
    assert marks(view, first) == [(OMISSION, SECOND.index(" "))]  # not the hidden break


def test_an_omission_is_a_caret_not_an_underline_under_the_next_character(poem):
    view = poem.review_view
    _, second = view.review.state.witness_ids
    place = find(view, "多", "")
    view.go_to(place)
    pane = view.panes[second]
    pane.paint_spans()
    at = pane.code_points_to_qt(SECOND.index("少"))
    for selection in pane.editor.extraSelections():
        cursor = selection.cursor
        assert cursor.hasSelection()  # nothing painted for the empty reading
        assert selection.format.underlineStyle() != QTextCharFormat.UnderlineStyle.WaveUnderline
        assert (cursor.selectionStart(), cursor.selectionEnd()) != (at, at + 1)
    assert (OMISSION, SECOND.index("少")) in pane.visible_marks()
    strong = [m for m in pane.marks if m[0] == OMISSION and m[3]]
    assert strong == [pane.marks[-1]]  # the current place's caret is the strong one
    pane.editor.viewport().grab()  # paints the marks without an error


def test_a_moved_passage_is_labelled_where_it_sits_in_each_witness(window, qtbot):
    window.resize(1600, 1000)  # panes wide enough for a whole label beside a line
    qtbot.waitUntil(lambda: window.review_view.panes[CURATED].editor.viewport().width() > 300)
    view = window.review_view
    review = view.review
    base, other = review.state.witness_ids
    inside = find(view, "仓", "")
    move = review.state.alignment.moves[review.state.alignment.move_of(inside)]
    view.go_to(inside)
    names = review.state.witness_names()
    texts = {w.id: w.text for w in review.state.alignment.witnesses}
    for here, there in ((base, other), (other, base)):
        pane = view.panes[here]
        pane.paint_spans()
        start = move.readings[here].start
        line = line_number(texts[there], move.readings[there].start)
        label = dict(pane.move_labels())[start]
        assert label == f"moved: see {names[there]}, line {line}"
        assert names[here] not in label  # the other witness, not this one
        pane.show_position(start)
        pane.paint_spans()
        pane.editor.viewport().grab()
        painted = [text for _, text in pane.label_rects]
        assert label in painted
        rect = next(r for r, text in pane.label_rects if text == label)
        assert pane.editor.viewport().rect().contains(rect.toRect())
        assert pane.move_label_at(rect.center().toPoint()) == label
    curated = view.panes[CURATED]
    curated.paint_spans()
    assert any(label.startswith("moved: ") for _, label in curated.move_labels())


def test_line_numbers_count_every_kind_of_line_break():
    assert line_number("a\nb\r\nc\rd", 0) == 1
    assert line_number("a\nb\r\nc\rd", 2) == 2
    assert line_number("a\nb\r\nc\rd", 5) == 3
    assert line_number("a\nb\r\nc\rd", 7) == 4
