"""hOCR written from what an engine read, so that desk's own engine's witness is taken
in by the same reader (hocr.py) as any OCR file: its lines with their boxes, each
word or character with its box and confidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from desk.core.ocr.model import Box


@dataclass(frozen=True)
class ReadWord:
    text: str
    box: Box  # x, y, width, height in pixels
    confidence: float  # 0..1


@dataclass(frozen=True)
class ReadLine:
    box: Box
    confidence: float
    words: tuple[ReadWord, ...]


def _bbox(box: Box) -> str:
    x, y, w, h = box
    return f"bbox {x} {y} {x + w} {y + h}"


def hocr_bytes(
    lines: Sequence[ReadLine], image_name: str, size: tuple[int, int], engine: str
) -> bytes:
    """An hOCR page of these lines, in their order, on an image of `size` (w, h)."""
    width, height = size
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title>',
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>',
        f'<meta name="ocr-system" content="{escape(engine)}"/>',
        "</head><body>",
        f'<div class="ocr_page" title="image &quot;{escape(image_name)}&quot;;'
        f' bbox 0 0 {width} {height}">',
        '<div class="ocr_carea"><p class="ocr_par">',
    ]
    for line in lines:
        out.append(
            f'<span class="ocr_line" title="{_bbox(line.box)};'
            f' x_wconf {line.confidence * 100:.1f}">'
        )
        for word in line.words:
            out.append(
                f'<span class="ocrx_word" title="{_bbox(word.box)};'
                f' x_wconf {word.confidence * 100:.1f}">{escape(word.text)}</span>'
            )
        out.append("</span>")
    out.append("</p></div></div></body></html>")
    return "\n".join(out).encode("utf-8")
