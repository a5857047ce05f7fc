"""An OCR witness's lines as the library keeps them: their ranges in the witness text,
their boxes on the page, their confidences and their words'.

Saved once at import (save_ocr) and read back as the OcrLine values the OCR readers
make, so one dataclass stands for a line everywhere. Imports ocr.model and store only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from desk.core.library.store import Library
from desk.core.ocr.model import Box, OcrLine, OcrPage

Scale = tuple[float, float]  # image pixels per OCR unit, across and down


@dataclass(frozen=True)
class OcrPageInfo:
    """What an OCR file said of its page: its format, the image it names, its size."""

    format: str  # "alto", "page" or "hocr"
    image: str | None  # as written in the OCR file
    width: int | None  # in the OCR file's own units (pixels as a rule)
    height: int | None


def save_ocr(db: Database, witness_id: int, page: OcrPage) -> None:
    """Keep an OCR page's lines, word confidences and page facts for a witness whose
    text is `page.text` (call inside the transaction that adds the witness)."""
    db["ocr_pages"].insert(
        {
            "witness_id": witness_id,
            "format": page.format,
            "image": page.image,
            "width": page.width,
            "height": page.height,
        }
    )
    db.conn.executemany(
        "INSERT INTO ocr_lines (witness_id, number, start, [end], x, y, w, h, confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (witness_id, number, line.start, line.end, *line.box, line.confidence)
            for number, line in enumerate(page.lines)
        ],
    )
    db.conn.executemany(
        "INSERT INTO ocr_words (witness_id, start, [end], confidence) VALUES (?, ?, ?, ?)",
        [
            (witness_id, start, end, confidence)
            for line in page.lines
            for start, end, confidence in line.word_confidences
        ],
    )
    db.conn.executemany(
        "INSERT INTO ocr_word_boxes (witness_id, start, [end], x, y, w, h)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (witness_id, start, end, *(int(v) for v in box))
            for line in page.lines
            for start, end, box in line.word_boxes
        ],
    )


def ocr_page_info(library: Library, witness_id: int) -> OcrPageInfo | None:
    """The page facts of an OCR witness; None for a witness read from plain text."""
    row = library.db.execute(
        "SELECT format, image, width, height FROM ocr_pages WHERE witness_id = ?", [witness_id]
    ).fetchone()
    return None if row is None else OcrPageInfo(*row)


def ocr_lines(library: Library, witness_id: int) -> tuple[OcrLine, ...] | None:
    """A witness's lines in text order, each with its words' confidences; None for a
    witness without coordinates (read from plain text)."""
    if ocr_page_info(library, witness_id) is None:
        return None
    words = library.db.execute(
        "SELECT start, [end], confidence FROM ocr_words WHERE witness_id = ? ORDER BY start",
        [witness_id],
    ).fetchall()
    boxes = [
        (start, end, (x, y, w, h))
        for start, end, x, y, w, h in library.db.execute(
            "SELECT start, [end], x, y, w, h FROM ocr_word_boxes WHERE witness_id = ?"
            " ORDER BY start",
            [witness_id],
        )
    ]
    lines = []
    for start, end, x, y, w, h, confidence in library.db.execute(
        "SELECT start, [end], x, y, w, h, confidence FROM ocr_lines WHERE witness_id = ?"
        " ORDER BY number",
        [witness_id],
    ):
        inside = tuple(tuple(word) for word in _within(words, start, end))
        boxed = tuple(_within(boxes, start, end))
        lines.append(OcrLine(start, end, (x, y, w, h), confidence, inside, boxed))
    return tuple(lines)


def _within(ranges: list, start: int, end: int) -> list:
    """The rows of `ranges` (sorted by their start, then end) inside [start, end)."""
    first = bisect_left(ranges, (start,))
    last = bisect_left(ranges, (end,))
    return [row for row in ranges[first:last] if row[1] <= end]


def line_index_at(lines: Sequence[OcrLine], offset: int) -> int | None:
    """The index of the line holding a code-point offset of the witness text: the line
    it falls in, or in the gap after a line (a line break, a blank line between regions)
    that line; None before the first line or without lines."""
    index = bisect_right(lines, offset, key=_start) - 1
    return index if index >= 0 else None


def _start(line: OcrLine) -> int:
    return line.start


def line_at(lines: Sequence[OcrLine], offset: int) -> OcrLine | None:
    """The line holding a code-point offset, or the nearest line before it (see
    line_index_at)."""
    index = line_index_at(lines, offset)
    return None if index is None else lines[index]


def page_scale(library: Library, witness_id: int, image_size: tuple[int, int] | None) -> Scale:
    """How a witness's OCR coordinates map to the pixels of an image of `image_size`:
    (x factor, y factor). The OCR page's size against the image's: an ALTO file in
    tenths of millimetres, or OCR run on a rescaled scan; (1, 1) when either is unknown."""
    info = ocr_page_info(library, witness_id)
    if info is None or not info.width or not info.height or not image_size:
        return (1.0, 1.0)
    width, height = image_size
    if not width or not height:
        return (1.0, 1.0)
    return (width / info.width, height / info.height)


def scaled_box(box: Box, scale: Scale) -> Box:
    """A box in OCR coordinates, in the image's pixels."""
    x, y, w, h = box
    sx, sy = scale
    return (round(x * sx), round(y * sy), round(w * sx), round(h * sy))
