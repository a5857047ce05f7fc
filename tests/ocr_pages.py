"""Test pages with known line boxes: a text drawn into an image with Qt, and the ALTO,
PAGE and hOCR files an OCR engine would write for it (one String per Han character,
as Chinese OCR output has them)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

MARGIN = 60
LINE_GAP = 18
REGION_GAP = 60


@dataclass(frozen=True)
class DrawnLine:
    text: str
    box: tuple[int, int, int, int]  # x, y, width, height in the image's pixels
    chars: tuple[tuple[str, tuple[int, int, int, int]], ...]  # each character and its box


@dataclass(frozen=True)
class TestPage:
    image: Path
    regions: tuple[tuple[DrawnLine, ...], ...]
    width: int
    height: int

    @property
    def text(self) -> str:
        """The page's text as the OCR readers give it: lines, a blank line between regions."""
        return "\n\n".join("\n".join(line.text for line in region) for region in self.regions)


def draw_page(regions: list[list[str]], path: Path, point_size: int = 28) -> TestPage:
    """Draw each region's lines, black on white, one below the other, and save a PNG."""
    font = QFont("WenQuanYi Micro Hei")
    font.setPixelSize(point_size)
    metrics = QFontMetrics(font)
    width = MARGIN * 2 + max(metrics.horizontalAdvance(line) for r in regions for line in r)
    height = (
        MARGIN * 2
        + sum(len(r) * (metrics.height() + LINE_GAP) for r in regions)
        + REGION_GAP * (len(regions) - 1)
    )
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    drawn_regions = []
    y = MARGIN
    for region in regions:
        drawn = []
        for text in region:
            x = MARGIN
            chars = []
            for char in text:
                advance = metrics.horizontalAdvance(char)
                chars.append((char, (x, y, advance, metrics.height())))
                painter.drawText(
                    QRect(x, y, advance, metrics.height()), Qt.AlignmentFlag.AlignLeft, char
                )
                x += advance
            box = (MARGIN, y, x - MARGIN, metrics.height())
            drawn.append(DrawnLine(text, box, tuple(chars)))
            y += metrics.height() + LINE_GAP
        drawn_regions.append(tuple(drawn))
        y += REGION_GAP
    painter.end()
    image.save(str(path))
    return TestPage(path, tuple(drawn_regions), width, height)


def _words(line: DrawnLine) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Han characters one by one; a run of other characters (Latin, digits) as one word."""
    words: list[tuple[str, list[int]]] = []
    for char, (x, y, w, h) in line.chars:
        if char == " ":
            words.append(("", [x + w, y, 0, h]))
            continue
        latin = char.isascii() and char.isalnum()
        if words and latin and words[-1][0] and words[-1][0][-1].isascii():
            text, box = words[-1]
            words[-1] = (text + char, [box[0], y, x + w - box[0], h])
        else:
            words.append((char, [x, y, w, h]))
    return [(text, tuple(box)) for text, box in words if text]


def alto(page: TestPage, confidence: float = 0.93, doubtful: str = "") -> str:
    """ALTO v4 for the page; the characters in `doubtful` read with confidence 0.3."""
    blocks = []
    for r, region in enumerate(page.regions):
        lines = []
        for n, line in enumerate(region):
            x, y, w, h = line.box
            strings = "".join(
                f'<String CONTENT="{escape(text)}" HPOS="{bx}" VPOS="{by}" WIDTH="{bw}"'
                f' HEIGHT="{bh}" WC="{0.3 if text in doubtful else confidence}"/>'
                for text, (bx, by, bw, bh) in _words(line)
            )
            lines.append(
                f'<TextLine ID="r{r}l{n}" HPOS="{x}" VPOS="{y}" WIDTH="{w}" HEIGHT="{h}">'
                f"{strings}</TextLine>"
            )
        blocks.append(f'<TextBlock ID="r{r}">{"".join(lines)}</TextBlock>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Description>'
        f"<sourceImageInformation><fileName>{page.image.name}</fileName>"
        "</sourceImageInformation></Description><Layout>"
        f'<Page ID="p1" WIDTH="{page.width}" HEIGHT="{page.height}" PHYSICAL_IMG_NR="1">'
        f"<PrintSpace>{''.join(blocks)}</PrintSpace></Page></Layout></alto>"
    )


def _points(box: tuple[int, int, int, int]) -> str:
    x, y, w, h = box
    return f"{x},{y} {x + w},{y} {x + w},{y + h} {x},{y + h}"


def page_xml(page: TestPage) -> str:
    """PAGE 2019 for the page: each line's TextEquiv."""
    regions = []
    for r, region in enumerate(page.regions):
        lines = "".join(
            f'<TextLine id="r{r}l{n}"><Coords points="{_points(line.box)}"/>'
            f"<TextEquiv><Unicode>{escape(line.text)}</Unicode></TextEquiv></TextLine>"
            for n, line in enumerate(region)
        )
        regions.append(
            f'<TextRegion id="r{r}"><Coords points="0,0 1,0 1,1 0,1"/>{lines}</TextRegion>'
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">'
        f'<Page imageFilename="{page.image.name}" imageWidth="{page.width}"'
        f' imageHeight="{page.height}">{"".join(regions)}</Page></PcGts>'
    )


def hocr(page: TestPage, confidence: int = 91) -> str:
    """Tesseract-style hOCR for the page."""

    def bbox(box: tuple[int, int, int, int]) -> str:
        x, y, w, h = box
        return f"bbox {x} {y} {x + w} {y + h}"

    paragraphs = []
    for r, region in enumerate(page.regions):
        lines = []
        for n, line in enumerate(region):
            words = "".join(
                f"<span class='ocrx_word' title='{bbox(box)}; x_wconf {confidence}'>"
                f"{escape(text)}</span>"
                for text, box in _words(line)
            )
            lines.append(
                f"<span class='ocr_line' id='line_{r}_{n}' title='{bbox(line.box)}'>{words}</span>"
            )
        paragraphs.append(f"<p class='ocr_par' id='par_{r}'>{''.join(lines)}</p>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>'
        f"<div class='ocr_page' id='page_1' title='image \"{page.image.name}\"; "
        f"bbox 0 0 {page.width} {page.height}'>{''.join(paragraphs)}</div></body></html>"
    )
