"""Where a place sits on the page, and how sure the OCR was of it.

For a place of the review, each witness read from an OCR file with coordinates gives the
boxes of the lines its reading lies on (for the image pane), and the lowest confidence
of the words its reading touches (so that a doubtful 出台/平台 can be found). Plain-text
witnesses give neither. Imports ocr.lines and the review session; never Qt.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from desk.core.ocr.lines import line_index_at, ocr_lines
from desk.core.ocr.model import Box, OcrLine, union
from desk.core.review.session import Review
from desk.core.review.state import TO_REVIEW

LOW_CONFIDENCE = 0.6


@dataclass(frozen=True)
class WitnessCoordinates:
    """One OCR witness's lines, and its word (or, where a line has no words' confidence,
    line) confidences as sorted ranges."""

    lines: tuple[OcrLine, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    confidences: tuple[float, ...]
    longest: int  # the longest range, so a search can start far enough back


def _coordinates(lines: tuple[OcrLine, ...]) -> WitnessCoordinates:
    ranges: list[tuple[int, int, float]] = []
    for line in lines:
        if line.word_confidences:
            ranges.extend(line.word_confidences)
        elif line.confidence is not None:
            ranges.append((line.start, line.end, line.confidence))
    ranges.sort()
    return WitnessCoordinates(
        lines,
        tuple(r[0] for r in ranges),
        tuple(r[1] for r in ranges),
        tuple(r[2] for r in ranges),
        max((end - start for start, end, _ in ranges), default=0),
    )


# Per review, per alignment: a new alignment (a witness added) reads the lines again.
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def coordinates(review: Review) -> dict[str, WitnessCoordinates]:
    """The witnesses of the review that have coordinates, by witness id (read once)."""
    kept = _CACHE.get(review)
    if kept is not None and kept[0] is review.state.alignment:
        return kept[1]
    found = {}
    for witness in review.state.alignment.witnesses:
        lines = ocr_lines(review.library, int(witness.id))
        if lines is not None:
            found[witness.id] = _coordinates(lines)
    _CACHE[review] = (review.state.alignment, found)
    return found


def line_indexes(lines: tuple[OcrLine, ...], start: int, end: int) -> tuple[int, ...]:
    """The lines a span [start, end) of the witness text lies on; an empty span, or one of
    white space between lines, gives the line holding its start (or the one before)."""
    first = line_index_at(lines, start)
    if first is None:
        if not lines:
            return ()
        first = 0
    elif lines[first].end <= start and end > start:
        first += 1  # starts in the gap after a line: that line is not touched
    found = []
    for index in range(first, len(lines)):
        if lines[index].start >= end:
            break
        found.append(index)
    if not found:
        held = line_index_at(lines, start)
        return () if held is None else (held,)
    return tuple(found)


def place_lines(review: Review, place: int) -> dict[str, tuple[int, ...]]:
    """For each witness with coordinates, the indexes of the lines its reading of the
    place lies on."""
    readings = review.state.readings(place)
    return {
        witness: line_indexes(coords.lines, readings[witness].start, readings[witness].end)
        for witness, coords in coordinates(review).items()
    }


def place_boxes(review: Review, place: int) -> dict[str, tuple[Box, ...]]:
    """For each witness with coordinates, the boxes (x, y, w, h on its page) of the lines
    its reading of the place lies on."""
    found = coordinates(review)
    return {
        witness: tuple(found[witness].lines[i].box for i in indexes)
        for witness, indexes in place_lines(review, place).items()
    }


def place_character_boxes(review: Review, place: int) -> dict[str, tuple[Box, ...]]:
    """For each witness with word boxes, the box round the characters its reading of the
    place covers, one on each line (none for an omission, or where the file gave no word
    boxes there): so a place read in a witness without coordinates is still framed on
    the scan, through the alignment, by what the witness with them reads there."""
    readings = review.state.readings(place)
    found = {}
    for witness, coords in coordinates(review).items():
        start, end = readings[witness].start, readings[witness].end
        boxes = []
        for index in line_indexes(coords.lines, start, end) if end > start else ():
            inside = [box for a, b, box in coords.lines[index].word_boxes if a < end and b > start]
            joined = union(inside)
            if joined is not None:
                boxes.append(joined)
        found[witness] = tuple(boxes)
    return found


def _lowest(coords: WitnessCoordinates, start: int, end: int) -> float | None:
    """The lowest confidence among the words overlapping [start, end); None if none do."""
    if end <= start:
        return None
    first = bisect_left(coords.starts, start - coords.longest)
    last = bisect_right(coords.starts, end - 1)
    values = [coords.confidences[i] for i in range(first, last) if coords.ends[i] > start]
    return min(values) if values else None


def lowest_confidence(review: Review, place: int) -> dict[str, float | None]:
    """Every witness's lowest word confidence at the place: None for a witness without
    confidences, an omission, or a reading that touches no word (white space)."""
    readings = review.state.readings(place)
    found = coordinates(review)
    return {
        witness: (_lowest(found[witness], reading.start, reading.end) if witness in found else None)
        for witness, reading in readings.items()
    }


def low_confidence_places(review: Review, threshold: float = LOW_CONFIDENCE) -> list[int]:
    """The open (undecided) places where the witnesses differ and some witness's reading
    has a word read with less than `threshold` confidence, in text order."""
    if not coordinates(review):
        return []
    return [
        place
        for place in review.state.variant_places
        if review.state.status(place) is None
        and any(
            value is not None and value < threshold
            for value in lowest_confidence(review, place).values()
        )
    ]


def next_low_confidence(
    review: Review,
    after: int | None,
    backwards: bool = False,
    categories: Iterable[str] = TO_REVIEW,
) -> int | None:
    """The next (or previous) open place of the categories read with low confidence,
    after a place, wrapping round; None when there is none but `after` itself."""
    doubtful = [
        p
        for p in low_confidence_places(review)
        if review.state.category(p) in categories and p != after
    ]
    if not doubtful:
        return None
    if after is None:
        return doubtful[-1] if backwards else doubtful[0]
    if backwards:
        before = [p for p in doubtful if p < after]
        return before[-1] if before else doubtful[-1]
    beyond = [p for p in doubtful if p > after]
    return beyond[0] if beyond else doubtful[0]


def place_near(
    review: Review, witness: str, line: OcrLine, offset: int, categories: Iterable[str]
) -> int | None:
    """The place of the categories whose reading in `witness` lies on `line` and comes
    nearest `offset` (a click on the scan), or None when the line has none."""
    wanted = set(categories)
    found = []
    for place in review.state.variant_places:
        reading = review.state.readings(place)[witness]
        if reading.end < line.start or reading.start > line.end:
            continue
        if review.state.category(place) in wanted:
            inside = reading.start <= offset < max(reading.end, reading.start + 1)
            distance = 0 if inside else min(abs(offset - reading.start), abs(offset - reading.end))
            found.append((distance, place))
    return min(found)[1] if found else None


def place_at_point(
    review: Review, witness: str, x: float, y: float, categories: Iterable[str]
) -> int | None:
    """The place a click at (x, y) on a witness's page (its OCR coordinates) points to:
    on the line under the point, the place nearest the character there (read from the
    point's share of the line's width); None off every line."""
    found = coordinates(review).get(witness)
    if found is None:
        return None
    line = next((line for line in found.lines if _inside(line.box, x, y)), None)
    if line is None:
        return None
    left, _, width, _ = line.box
    share = min(1.0, max(0.0, (x - left) / width)) if width else 0.0
    length = line.end - line.start
    offset = line.start + max(0, min(length - 1, int(share * length)))
    return place_near(review, witness, line, offset, categories)


def _inside(box: Box, x: float, y: float) -> bool:
    left, top, width, height = box
    return left <= x <= left + width and top <= y <= top + height
