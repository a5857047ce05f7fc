"""A place's line boxes and lowest word confidence in each OCR witness, and the open
places read with low confidence."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ocr_files import alto, generated_lines

from desk.core.library.documents import import_paths, move_witness
from desk.core.ocr.lines import line_at, ocr_lines
from desk.core.review.confidence import (
    line_indexes,
    low_confidence_places,
    lowest_confidence,
    next_low_confidence,
    place_at_point,
    place_boxes,
    place_lines,
    place_near,
)
from desk.core.review.session import Review

LINES = ("锡林郭勒盟位于内蒙古", "自治区中部是草原", "首府锡林浩特市")


@pytest.fixture
def review(library, tmp_path):
    """An ALTO witness (林 read with 0.3) and a plain-text one reading 材 and 首都."""
    (tmp_path / "ocr.xml").write_bytes(alto(lines=LINES))
    (tmp_path / "typed.txt").write_text(
        "锡材郭勒盟位于内蒙古\n自治区中部是草原\n\n首都锡林浩特市", encoding="utf-8"
    )
    ocr, typed = import_paths(library, [tmp_path / "ocr.xml", tmp_path / "typed.txt"]).added
    if typed.document_id != ocr.document_id:
        move_witness(library, typed.id, ocr.document_id)
    return Review(library, ocr.document_id, author="editor")


def place_of(review: Review, text: str) -> int:
    for place in review.state.variant_places:
        if text in [r.text for r in review.state.readings(place).values()]:
            return place
    raise LookupError(text)


def test_a_place_gives_the_box_of_its_line_in_the_ocr_witness_only(review):
    ocr, typed = review.state.witness_ids
    first, last = place_of(review, "林"), place_of(review, "府")
    assert place_boxes(review, first) == {ocr: ((10, 10, 200, 20),)}
    assert place_boxes(review, last) == {ocr: ((10, 70, 140, 20),)}
    assert place_lines(review, last) == {ocr: (2,)}


def test_lowest_confidence_per_witness_and_the_low_places(review):
    ocr, typed = review.state.witness_ids
    doubtful, sure = place_of(review, "林"), place_of(review, "府")
    assert lowest_confidence(review, doubtful) == {ocr: pytest.approx(0.3), typed: None}
    assert lowest_confidence(review, sure) == {ocr: pytest.approx(0.9), typed: None}
    assert low_confidence_places(review) == [doubtful]
    assert low_confidence_places(review, threshold=0.95) == [doubtful, sure]
    review.take(doubtful, typed)
    assert low_confidence_places(review) == []  # decided: no longer open


def test_the_next_low_confidence_place_comes_before_the_sure_ones_and_wraps(review):
    doubtful, sure = place_of(review, "林"), place_of(review, "府")
    assert next_low_confidence(review, None) == doubtful
    assert next_low_confidence(review, sure) == doubtful  # wraps round to it
    assert next_low_confidence(review, sure, backwards=True) == doubtful
    assert next_low_confidence(review, doubtful) is None  # the only one: nothing else
    review.take(doubtful, review.state.witness_ids[1])
    assert next_low_confidence(review, None) is None


def test_the_place_near_a_click_is_on_the_clicked_line_or_none(review):
    ocr, _ = review.state.witness_ids
    lines = ocr_lines(review.library, int(ocr))
    first, last = place_of(review, "林"), place_of(review, "府")
    assert place_near(review, ocr, lines[0], lines[0].end - 1, ["text"]) == first
    assert place_near(review, ocr, lines[2], lines[2].start, ["text"]) == last
    assert place_near(review, ocr, lines[1], lines[1].start, ["text"]) is None  # none there
    x, y, w, h = lines[0].box
    assert place_at_point(review, ocr, x + w - 1, y + h / 2, ["text"]) == first  # on line 1
    assert place_at_point(review, ocr, x, y + 500, ["text"]) is None  # below every line


def test_without_ocr_witnesses_nothing_has_boxes_or_confidence(library, tmp_path):
    for name, text in (
        ("a", "陕西宝鸡出台元宇宙产业发展行动计划"),
        ("b", "陕西宝鸡平台元宇宙产业发展行动计划"),
    ):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    a, b = import_paths(library, [tmp_path / "a.txt", tmp_path / "b.txt"]).added
    if a.document_id != b.document_id:
        move_witness(library, b.id, a.document_id)
    review = Review(library, a.document_id, author="editor")
    place = review.state.variant_places[0]
    assert place_boxes(review, place) == {}
    assert set(lowest_confidence(review, place).values()) == {None}
    assert low_confidence_places(review) == []


@settings(max_examples=200, deadline=None)
@given(lines=generated_lines(), data=st.data())
def test_a_span_lies_on_the_lines_it_overlaps_or_the_line_holding_its_start(lines, data):
    start = data.draw(st.integers(0, lines[-1].end))
    end = data.draw(st.integers(start, lines[-1].end + 2))
    found = line_indexes(lines, start, end)
    overlapping = [i for i, line in enumerate(lines) if line.start < end and line.end > start]
    if overlapping:
        assert list(found) == overlapping
    else:
        assert [lines[i] for i in found] == [line_at(lines, start)]
