"""What an OCR file gives: the text in reading order, and each line's place on the page."""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[int, int, int, int]


class OcrError(ValueError):
    """An OCR file that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class OcrLine:
    start: int  # code-point range of the line in OcrPage.text
    end: int
    box: Box  # x, y, width, height on the page, in the file's own units (pixels as a rule)
    confidence: float | None  # 0..1: the line's own, else the mean of its words'
    word_confidences: tuple[tuple[int, int, float], ...] = ()  # (start, end, conf) per word
    word_boxes: tuple[tuple[int, int, Box], ...] = ()  # (start, end, box) per word with one


@dataclass(frozen=True)
class OcrPage:
    format: str  # "alto", "page" or "hocr"
    text: str
    lines: tuple[OcrLine, ...]
    image: str | None  # the image file the OCR names, as written there
    width: int | None
    height: int | None


# Characters written without spaces between them: Han, kana, CJK punctuation and the
# fullwidth forms. Hangul is left out: Korean puts spaces between words.
_CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x2FF0, 0x303F),  # ideographic description, CJK symbols and punctuation
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x3190, 0x31FF),  # kanbun, bopomofo extended, strokes, katakana extensions
    (0x3200, 0x33FF),  # enclosed CJK, compatibility
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFE50, 0xFE6F),  # small form variants
    (0xFF00, 0xFFEF),  # fullwidth and halfwidth forms (，。！？：；（）…)
    (0x20000, 0x3FFFF),  # extensions B onwards
)


def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def joins_without_space(left: str, right: str) -> bool:
    """Two OCR words that meet without a space: CJK on both sides of the join."""
    return bool(left) and bool(right) and is_cjk(left[-1]) and is_cjk(right[0])


def clean(text: str | None) -> str:
    """A word's or line's text on one line: runs of whitespace become one space."""
    return " ".join(text.split()) if text else ""


@dataclass
class Word:
    text: str
    confidence: float | None = None
    box: Box | None = None
    attached: bool = False  # written onto the word before it (ALTO HYP)


def union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def unit(value: float | None) -> float | None:
    """A confidence kept within 0..1."""
    if value is None:
        return None
    return min(1.0, max(0.0, value))


class TextBuilder:
    """Writes regions and lines into one text, and keeps each line's range."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self._lines: list[OcrLine] = []
        self._new_region = True

    def region(self) -> None:
        """The next line opens a new region (a blank line before it)."""
        self._new_region = True

    def line(
        self,
        words: list[Word],
        box: Box | None = None,
        confidence: float | None = None,
        text: str | None = None,
    ) -> None:
        """One line, from its words, or from its own text (PAGE) with its words located in it.

        A line without text is left out: it would read as a region break.
        """
        word_ranges: list[tuple[int, int, float]] = []
        word_boxes: list[tuple[int, int, Box]] = []
        if text is not None and clean(text):
            line_text = clean(text)
            at = 0
            for word in words:
                piece = clean(word.text)
                found = line_text.find(piece, at) if piece else -1
                if found < 0:
                    continue
                at = found + len(piece)
                if word.confidence is not None:
                    word_ranges.append((found, at, unit(word.confidence)))
                if word.box is not None:
                    word_boxes.append((found, at, word.box))
        else:
            pieces: list[str] = []
            length = 0
            previous = ""
            for word in words:
                piece = clean(word.text)
                if not piece:
                    continue
                if pieces and not word.attached and not joins_without_space(previous, piece):
                    pieces.append(" ")
                    length += 1
                pieces.append(piece)
                if word.confidence is not None and not word.attached:
                    word_ranges.append((length, length + len(piece), unit(word.confidence)))
                if word.box is not None and not word.attached:
                    word_boxes.append((length, length + len(piece), word.box))
                length += len(piece)
                previous = piece
            line_text = "".join(pieces)
        if not line_text:
            return
        if self._lines:
            separator = "\n\n" if self._new_region else "\n"
            self._parts.append(separator)
            self._pos += len(separator)
        self._new_region = False
        start = self._pos
        self._parts.append(line_text)
        self._pos += len(line_text)
        if box is None:
            box = union([w.box for w in words if w.box is not None]) or (0, 0, 0, 0)
        if confidence is None:
            confidence = mean([w.confidence for w in words if w.confidence is not None])
        self._lines.append(
            OcrLine(
                start=start,
                end=self._pos,
                box=box,
                confidence=unit(confidence),
                word_confidences=tuple((start + a, start + b, c) for a, b, c in word_ranges),
                word_boxes=tuple((start + a, start + b, box) for a, b, box in word_boxes),
            )
        )

    def page(
        self, format: str, image: str | None, width: int | None, height: int | None
    ) -> OcrPage:
        return OcrPage(
            format=format,
            text="".join(self._parts),
            lines=tuple(self._lines),
            image=image or None,
            width=width,
            height=height,
        )


BEYOND_ANY_PAGE = 1e9  # a coordinate this large is damage, not a page (nor SQLite's int)


def number(value: str | None) -> float | None:
    """A number attribute, or None where it is missing or not a number."""
    if value is None:
        return None
    try:
        result = float(value.strip())
    except ValueError:
        return None
    return result if result == result and abs(result) < BEYOND_ANY_PAGE else None


def integer(value: str | None) -> int | None:
    result = number(value)
    return None if result is None else round(result)
