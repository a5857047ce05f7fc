"""A witness recognised from the page image: Tesseract reads a page drawn with known
lines, and its hOCR gives the text and boxes on those lines; a cancel stops it."""

from __future__ import annotations

import difflib

import pytest
from ocr_pages import draw_page

from desk.core.ocr import read_ocr
from desk.core.ocr.recognise import RecogniseError, installed_languages, recognise, tesseract_path

needs_tesseract = pytest.mark.skipif(
    tesseract_path() is None or "chi_sim" not in installed_languages(),
    reason="Tesseract with chi_sim is installed by scripts/system-deps.sh",
)
REGIONS = [
    ["锡林郭勒盟还结合全盟8个国家级电子商务", "进农村示范县实际，统筹现有资源。"],
    ["乡村产业搭上电商快车", "本报记者余健"],
]


@pytest.fixture
def page(qapp, tmp_path):
    return draw_page(REGIONS, tmp_path / "page.png")


@needs_tesseract
@pytest.mark.parametrize("output", ["hocr", "alto"])
def test_the_recognised_page_reads_the_drawn_text_on_the_drawn_lines(page, output):
    made = recognise(page.image, ["chi_sim"], lambda done, total: None, output)
    read = read_ocr(made, f"page.{output}")
    assert read.format == output
    same = difflib.SequenceMatcher(None, read.text.replace(" ", ""), page.text).ratio()
    assert same > 0.9, read.text
    drawn = [line.box for region in page.regions for line in region]
    assert len(read.lines) == len(drawn)
    for line, (x, y, w, h) in zip(read.lines, drawn, strict=True):
        lx, ly, lw, lh = line.box
        assert x <= lx + lw / 2 <= x + w and y <= ly + lh / 2 <= y + h  # centred in it
        assert line.confidence is not None and 0 < line.confidence <= 1


@needs_tesseract
def test_a_cancel_stops_tesseract_and_is_raised(page):
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        recognise(page.image, ["chi_sim"], cancel)


@needs_tesseract
def test_a_missing_language_or_image_is_said_plainly(page, tmp_path):
    with pytest.raises(RecogniseError, match="no model for xyz"):
        recognise(page.image, ["xyz"], lambda done, total: None)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    with pytest.raises(RecogniseError, match="could not read broken.png"):
        recognise(broken, ["chi_sim"], lambda done, total: None)


@needs_tesseract
def test_the_recognised_witness_joins_the_document_with_its_lines_on_the_page(
    page, library, tmp_path
):
    from desk.core.library.documents import get_document, import_paths, list_documents
    from desk.core.ocr.lines import ocr_lines
    from desk.core.ocr.page_images import attach_image, page_images
    from desk.core.ocr.recognise import recognise_into

    first, second = tmp_path / "web.txt", tmp_path / "print.txt"
    first.write_text(page.text, encoding="utf-8")
    second.write_text(page.text.replace("电商", "电尚"), encoding="utf-8")
    import_paths(library, [first, second])
    (document,) = list_documents(library)  # the two copies are one document
    attached = attach_image(library, document.id, page.image, keep_copy=True)
    page.image.rename(tmp_path / "moved.png")  # recognised from the copy kept
    made = recognise_into(library, attached.id, ["chi_sim"], lambda d, t: None)
    assert made.document_id == document.id
    assert len(get_document(library, document.id).witnesses) == 3
    lines = ocr_lines(library, made.id)
    assert lines is not None and len(lines) == 4
    (image,) = page_images(library, document.id)
    assert image.witness_id == made.id  # its lines are boxes on this image
