"""desk's own OCR engine reads drawn pages (simplified, traditional, Latin) onto the drawn
lines, with a confidence for every character; it becomes a witness of the document;
`desk recognise` reads a batch into files; a cancel stops it; bad images are said plainly."""

from __future__ import annotations

import difflib

import pytest
from click.testing import CliRunner
from ocr_pages import draw_page

from desk.cli import main
from desk.core.ocr import read_ocr
from desk.core.ocr.rapid_engine import engine_installed
from desk.core.ocr.recognise import Engine, RecogniseError, page_hocr

pytestmark = pytest.mark.skipif(not engine_installed(), reason="rapidocr is a dependency")

REGIONS = [
    ["锡林郭勒盟还结合全盟8个国家级电子商务", "进农村示范县实际，统筹现有资源。"],
    ["鄉村產業搭上電商快車", "The county road opened in 1998."],
]


def overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """The share of the smaller box inside the other."""
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    inside = max(0, x1 - x0) * max(0, y1 - y0)
    return inside / min(a[2] * a[3], b[2] * b[3])


@pytest.fixture
def page(qapp, tmp_path):
    return draw_page(REGIONS, tmp_path / "page.png")


def test_the_engine_reads_the_drawn_text_on_the_drawn_lines_with_each_character_s_confidence(
    page,
):
    read = read_ocr(page_hocr(page.image, Engine.RAPIDOCR, (), lambda d, t: None), "page.hocr")
    drawn = [line for region in page.regions for line in region]
    assert len(read.lines) == len(drawn)
    for line, wanted in zip(read.lines, drawn, strict=True):
        said = read.text[line.start : line.end]
        same = difflib.SequenceMatcher(None, said.replace(" ", ""), wanted.text.replace(" ", ""))
        assert same.ratio() > 0.9, (said, wanted.text)
        assert overlap(line.box, wanted.box) > 0.8
        assert line.word_confidences and all(0 < c <= 1 for _, _, c in line.word_confidences)
    chinese = read.lines[0]
    characters = read.text[chinese.start : chinese.end].replace(" ", "")
    assert len(chinese.word_confidences) == len(characters)  # one a character
    assert "1998" in read.text and "鄉村產業" in read.text
    assert "county road" in read.text  # Latin letters one word each, spaces kept


def test_a_cancel_stops_the_engine_and_is_raised(page):
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        page_hocr(page.image, Engine.RAPIDOCR, (), cancel)


def test_a_file_that_is_no_image_is_said_plainly(tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    with pytest.raises(RecogniseError, match="broken.png"):
        page_hocr(broken, Engine.RAPIDOCR, (), lambda d, t: None)


def test_the_engine_s_witness_joins_the_document_named_after_it(page, library, tmp_path):
    from desk.core.library.documents import get_document, import_paths, list_documents
    from desk.core.ocr.lines import ocr_lines
    from desk.core.ocr.page_images import attach_image, page_images
    from desk.core.ocr.recognise import recognise_into

    text = tmp_path / "web.txt"
    text.write_text(page.text.replace("电商", "电尚"), encoding="utf-8")
    import_paths(library, [text])
    (document,) = list_documents(library)
    attached = attach_image(library, document.id, page.image)
    made = recognise_into(library, attached.id, (), lambda d, t: None, Engine.RAPIDOCR)
    assert made.document_id == document.id and made.label == "RapidOCR"
    assert len(get_document(library, document.id).witnesses) == 2
    lines = ocr_lines(library, made.id)
    assert lines is not None and len(lines) == 4
    assert page_images(library, document.id)[0].witness_id == made.id


def test_desk_recognise_writes_each_image_s_text_and_goes_on_past_a_bad_one(qapp, tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    first = draw_page([REGIONS[0]], tmp_path / "a" / "page.png")
    second = draw_page([REGIONS[1]], tmp_path / "b" / "page.png")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["recognise", str(first.image), str(broken), str(second.image), "--out", str(out)]
        + ["--format", "hocr", "--jobs", "2"],
    )
    assert result.exit_code == 1 and "1 of 3 images could not be read" in result.output
    assert "broken.png" in result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "page-2.hocr",
        "page-2.txt",
        "page.hocr",
        "page.txt",
    ]
    assert "锡林郭勒盟" in (out / "page.txt").read_text(encoding="utf-8")
    assert "1998" in (out / "page-2.txt").read_text(encoding="utf-8")


def test_a_page_set_in_vertical_lines_is_refused_with_a_word(qapp, tmp_path):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    columns = [
        "锡林郭勒盟还结合全盟八个国家级",
        "电子商务进农村示范县实际统筹",
        "现有资源推动产业发展壮大",
    ]
    image = QImage(400, 700, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont("WenQuanYi Micro Hei")
    font.setPixelSize(36)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    for column, text in enumerate(columns):  # right to left, top to bottom
        for row, char in enumerate(text):
            box = QRect(300 - column * 90, 30 + row * 42, 42, 42)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, char)
    painter.end()
    image.save(str(tmp_path / "book.png"))
    with pytest.raises(RecogniseError, match="vertical lines"):
        page_hocr(tmp_path / "book.png", Engine.RAPIDOCR, (), lambda d, t: None)
