"""Code point and UTF-16 positions; scroll sync through the alignment, with no window."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desk.gui.positions import TextPositions
from desk.gui.scroll_sync import AnchorMap, ScrollSync


def test_positions_after_astral_characters():
    text = "吉𠮷野家😀a"
    index = TextPositions(text)
    assert [index.to_qt(n) for n in range(len(text) + 1)] == [0, 1, 3, 4, 5, 7, 8]
    assert index.from_qt(2) == 1  # inside 𠮷's surrogate pair: its start
    assert index.from_qt(3) == 2


def test_positions_after_crlf_and_lone_cr():
    text = "甲\r\n乙\r丙\n丁"
    index = TextPositions(text)
    assert [index.to_qt(n) for n in range(len(text) + 1)] == [0, 1, 2, 2, 3, 4, 5, 6, 7]
    assert index.from_qt(2) == 3  # after the break: after its "\n"


@given(st.text(alphabet="a吉𠮷😀\n\r", max_size=40))
def test_positions_match_what_a_qt_view_shows(qapp, text):
    """Every code point position lands where a QPlainTextEdit shows the same text before it."""
    from PySide6.QtWidgets import QPlainTextEdit

    view = QPlainTextEdit()
    view.setPlainText(text)
    shown = view.toPlainText()
    index = TextPositions(text)
    assert index.to_qt(len(text)) == len(shown.encode("utf-16-le")) // 2
    for n in range(len(text) + 1):
        if text[n - 1 : n + 1] == "\r\n":
            continue  # between "\r" and "\n": no Qt position of its own
        qt = index.to_qt(n)
        before = shown.encode("utf-16-le")[: 2 * qt].decode("utf-16-le")
        assert before == text[:n].replace("\r\n", "\n").replace("\r", "\n")
        assert index.from_qt(qt) == n


def test_anchor_map_follows_the_alignment_not_proportion():
    mapping = AnchorMap([(0, 0), (100, 10), (200, 510)])
    assert mapping(50) == 10  # clamped: never past the next anchor
    assert mapping(150) == 60
    assert mapping(250) == 560


def test_sync_brings_other_panes_level_and_ignores_its_own_echo():
    shown = {"a": [], "b": []}
    sync = ScrollSync()

    def show_b(position):
        shown["b"].append(position)
        sync.scrolled("b")  # the pane scrolling makes it report a scroll: must be ignored

    sync.add_pane("a", lambda: 120, shown["a"].append, lambda p: p, lambda p: p)
    sync.add_pane("b", lambda: 0, show_b, lambda p: p * 2, lambda p: p // 2)
    sync.scrolled("a")
    assert shown == {"a": [], "b": [60]}
    sync.enabled = False
    sync.scrolled("a")
    assert shown["b"] == [60]


@given(
    st.text(alphabet="a吉𠮷\n\r", max_size=30),
    st.integers(0, 30),
    st.integers(0, 5),
    st.text(alphabet="b𩸽\n\r", max_size=4),
)
def test_an_edit_followed_gives_the_positions_of_the_edited_text(text, start, size, inserted):
    start = min(start, len(text))
    end = min(len(text), start + size)
    after = text[:start] + inserted + text[end:]
    followed = TextPositions(text)
    followed.edited(start, end, inserted, after)
    fresh = TextPositions(after)
    assert [followed.to_qt(n) for n in range(len(after) + 1)] == [
        fresh.to_qt(n) for n in range(len(after) + 1)
    ]
