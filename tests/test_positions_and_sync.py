"""Code point and UTF-16 positions; scroll sync through the alignment, with no window."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desk.gui.positions import Utf16Index
from desk.gui.scroll_sync import AnchorMap, ScrollSync


def test_positions_after_astral_characters():
    text = "吉𠮷野家😀a"
    index = Utf16Index(text)
    assert [index.to_qt(n) for n in range(len(text) + 1)] == [0, 1, 3, 4, 5, 7, 8]
    assert index.from_qt(2) == 1  # inside 𠮷's surrogate pair: its start
    assert index.from_qt(3) == 2


@given(st.text(alphabet="a吉𠮷😀\n", max_size=40))
def test_round_trip(text):
    index = Utf16Index(text)
    utf16_length = len(text.encode("utf-16-le")) // 2
    assert index.to_qt(len(text)) == utf16_length
    for n in range(len(text) + 1):
        assert index.from_qt(index.to_qt(n)) == n


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
