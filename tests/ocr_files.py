"""Small OCR files (ALTO, PAGE, hOCR) and page images made in tests, standard library only."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from hypothesis import strategies as st

from desk.core.ocr.model import OcrLine

ALTO_NS = "http://www.loc.gov/standards/alto/ns-v4#"
PAGE_NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"


def png_bytes(width: int, height: int, shade: int = 0) -> bytes:
    """A grey PNG of the given size (a real one: any viewer opens it)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([shade % 256]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def write_png(path: Path, width: int = 40, height: int = 30, shade: int = 0) -> Path:
    path.write_bytes(png_bytes(width, height, shade))
    return path


def _strings(chars: str, x: int, y: int, confidences: list[float]) -> str:
    return "".join(
        f'<String CONTENT="{c}" HPOS="{x + 20 * i}" VPOS="{y}" WIDTH="20" HEIGHT="20"'
        f' WC="{confidences[i]}"/>'
        for i, c in enumerate(chars)
    )


def alto(image: str = "page.png", lines: tuple[str, ...] = ("锡林郭勒", "内蒙古", "位于")) -> bytes:
    """ALTO v4: one String per Chinese character; the first two lines in one block, the
    rest in a second; the second character of the first line read with low confidence."""
    first, *middle, last = lines
    block_one = [first, *middle]
    confidences = [[0.9] * len(line) for line in lines]
    confidences[0][1] = 0.3
    text_lines = []
    for number, line in enumerate(lines):
        text_lines.append(
            f'<TextLine ID="l{number}" HPOS="10" VPOS="{10 + 30 * number}" WIDTH="'
            f'{20 * len(line)}" HEIGHT="20">'
            + _strings(line, 10, 10 + 30 * number, confidences[number])
            + "</TextLine>"
        )
    one, two = text_lines[: len(block_one)], text_lines[len(block_one) :]
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="{ALTO_NS}">
  <Description><sourceImageInformation><fileName>{image}</fileName>
  </sourceImageInformation></Description>
  <Layout><Page WIDTH="400" HEIGHT="300"><PrintSpace>
    <TextBlock ID="b1">{"".join(one)}</TextBlock>
    <TextBlock ID="b2">{"".join(two)}</TextBlock>
  </PrintSpace></Page></Layout>
</alto>""".encode()


def page_xml(image: str = "scan.jpg") -> bytes:
    """PAGE 2019: two regions, one line each, words with confidences."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="{PAGE_NS}">
  <Metadata><Creator>test</Creator><Created>2024-01-01T00:00:00</Created>
  <LastChange>2024-01-01T00:00:00</LastChange></Metadata>
  <Page imageFilename="{image}" imageWidth="400" imageHeight="300">
    <TextRegion id="r1"><Coords points="10,10 90,10 90,30 10,30"/>
      <TextLine id="r1l1"><Coords points="10,10 90,10 90,30 10,30"/>
        <Word id="w1"><Coords points="10,10 30,10 30,30 10,30"/>
          <TextEquiv conf="0.95"><Unicode>出</Unicode></TextEquiv></Word>
        <Word id="w2"><Coords points="30,10 50,10 50,30 30,30"/>
          <TextEquiv conf="0.4"><Unicode>台</Unicode></TextEquiv></Word>
        <TextEquiv><Unicode>出台</Unicode></TextEquiv>
      </TextLine>
    </TextRegion>
    <TextRegion id="r2"><Coords points="10,50 90,50 90,70 10,70"/>
      <TextLine id="r2l1"><Coords points="10,50 90,50 90,70 10,70"/>
        <TextEquiv conf="0.8"><Unicode>计划</Unicode></TextEquiv>
      </TextLine>
    </TextRegion>
  </Page>
</PcGts>""".encode()


def hocr(image: str = "leaf.png") -> bytes:
    """hOCR: two paragraphs, one line each, x_wconf per word."""
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>hOCR</title>
<meta name="ocr-system" content="tesseract"/></head><body>
<div class="ocr_page" title='image "{image}"; bbox 0 0 400 300'>
 <p class="ocr_par"><span class="ocr_line" title="bbox 10 10 90 30">
  <span class="ocrx_word" title="bbox 10 10 30 30; x_wconf 96">宝</span>
  <span class="ocrx_word" title="bbox 30 10 50 30; x_wconf 50">鸡</span></span></p>
 <p class="ocr_par"><span class="ocr_line" title="bbox 10 50 90 70">
  <span class="ocrx_word" title="bbox 10 50 30 70; x_wconf 90">陕</span>
  <span class="ocrx_word" title="bbox 30 50 50 70; x_wconf 91">西</span></span></p>
</div></body></html>""".encode()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE alto [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page><PrintSpace>
<TextBlock><TextLine><String CONTENT="&lol3;"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>"""


@st.composite
def generated_lines(draw) -> tuple[OcrLine, ...]:
    """Lines as an OCR page lays them out: in order, each at least a character long,
    separated by a line break or a blank line."""
    lines, position = [], 0
    for _ in range(draw(st.integers(1, 12))):
        length = draw(st.integers(1, 20))
        lines.append(OcrLine(position, position + length, (0, 0, 1, 1), None))
        position += length + draw(st.sampled_from([1, 2]))
    return tuple(lines)
