"""OCR files imported as witnesses: their text, lines, words, page facts and page image."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ocr_files import BILLION_LAUGHS, alto, generated_lines, hocr, page_xml, write_png

from desk.core.library.documents import (
    get_document,
    import_paths,
    list_documents,
    move_witness,
    remove_document,
    witness_text,
)
from desk.core.library.store import SCHEMA_VERSION, open_library, schema_version
from desk.core.ocr.lines import line_at, line_index_at, ocr_lines, ocr_page_info
from desk.core.ocr.page_images import page_images

BEFORE_OCR = 8  # the schema version before OCR lines and page images


def test_alto_imports_its_text_lines_words_and_named_image(library, tmp_path):
    (tmp_path / "p1.xml").write_bytes(alto(image="page.png"))
    write_png(tmp_path / "page.png", 40, 30)
    report = import_paths(library, [tmp_path / "p1.xml"])
    assert not report.failures
    [witness] = report.added
    assert witness_text(library, witness.id) == "锡林郭勒\n内蒙古\n\n位于"
    assert witness.encoding == "utf-8"
    lines = ocr_lines(library, witness.id)
    assert [(line.start, line.end) for line in lines] == [(0, 4), (5, 8), (10, 12)]
    assert [line.box for line in lines] == [(10, 10, 80, 20), (10, 40, 60, 20), (10, 70, 40, 20)]
    assert lines[0].confidence == pytest.approx(0.75)
    assert lines[0].word_confidences[1] == (1, 2, pytest.approx(0.3))
    assert len(lines[2].word_confidences) == 2
    assert lines[0].word_boxes[1] == (1, 2, (30, 10, 20, 20))  # 林, a box a character
    info = ocr_page_info(library, witness.id)
    assert (info.format, info.image, info.width, info.height) == ("alto", "page.png", 400, 300)
    [image] = page_images(library, witness.document_id)
    assert image.path == str((tmp_path / "page.png").absolute())
    assert (image.width, image.height, image.witness_id, image.state) == (40, 30, witness.id, "ok")


def test_page_and_hocr_import_with_images_found_by_stem(library, tmp_path):
    (tmp_path / "scan.xml").write_bytes(page_xml(image="C:\\scans\\scan.tif"))
    write_png(tmp_path / "scan.png", 20, 10)  # the named .tif is not there; the stem is
    (tmp_path / "leaf.hocr").write_bytes(hocr(image="/elsewhere/leaf.png"))
    write_png(tmp_path / "leaf.png", 30, 10)
    report = import_paths(library, [tmp_path])  # a folder: OCR files are taken by sniffing
    assert not report.failures
    by_label = {w.label: w for w in report.added}
    assert set(by_label) == {"scan", "leaf"}
    assert witness_text(library, by_label["scan"].id) == "出台\n\n计划"
    assert witness_text(library, by_label["leaf"].id) == "宝鸡\n\n陕西"
    assert ocr_page_info(library, by_label["leaf"].id).format == "hocr"
    page_lines = ocr_lines(library, by_label["scan"].id)
    assert page_lines[1].confidence == pytest.approx(0.8)
    assert page_lines[1].word_confidences == ()
    for label, size in (("scan", (20, 10)), ("leaf", (30, 10))):
        witness = by_label[label]
        images = [
            i for i in page_images(library, witness.document_id) if i.witness_id == witness.id
        ]
        assert [(i.width, i.height) for i in images] == [size]


def test_a_damaged_named_image_is_reported_not_swapped_for_another_of_its_stem(library, tmp_path):
    (tmp_path / "scan.xml").write_bytes(page_xml(image="scan.tif"))
    (tmp_path / "scan.tif").write_bytes(b"II*\x00" + b"\xa5" * 40)  # the page named, damaged
    write_png(tmp_path / "scan.png", 20, 10)  # another image that happens to share its stem
    report = import_paths(library, [tmp_path / "scan.xml"])
    [witness] = report.added
    assert page_images(library, witness.document_id) == []
    [refused] = report.images_refused
    assert refused.path == tmp_path / "scan.tif"
    assert "scan.xml" in refused.reason and "not a PNG, JPEG or TIFF" in refused.reason


def test_plain_text_has_no_lines_and_ocr_groups_with_its_text(library, tmp_path):
    (tmp_path / "a.txt").write_text("锡林郭勒盟位于内蒙古自治区中部，" * 4, encoding="utf-8")
    lines = tuple(f"锡林郭勒盟位于内蒙古自治区中部{'，' if i % 2 else '。'}" for i in range(4))
    (tmp_path / "a_ocr.xml").write_bytes(alto(lines=lines))
    (tmp_path / "other.txt").write_text("完全不同的一篇文章讲的是别的事情。" * 3, encoding="utf-8")
    report = import_paths(
        library, [tmp_path / "a.txt", tmp_path / "a_ocr.xml", tmp_path / "other.txt"]
    )
    assert not report.failures
    plain, ocr, other = report.added
    assert ocr_lines(library, plain.id) is None
    assert ocr.document_id == plain.document_id != other.document_id
    assert len(ocr_lines(library, ocr.id)) == 4
    assert page_images(library, ocr.document_id) == []  # named image not there: none attached


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (BILLION_LAUGHS, "refuses a DTD with entities"),
        (
            b'<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Lay',
            "malformed XML",
        ),
        (
            b'<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout/></alto>',
            "without any text",
        ),
    ],
)
def test_bad_ocr_is_a_clean_failure_that_imports_nothing(library, tmp_path, data, reason):
    path = tmp_path / "bad.xml"
    path.write_bytes(data)
    report = import_paths(library, [path])
    assert report.added == ()
    [failure] = report.failures
    assert failure.path == path
    assert reason in failure.reason
    assert list_documents(library) == []
    assert library.db.execute("SELECT count(*) FROM ocr_lines").fetchone()[0] == 0


def test_removing_or_moving_an_ocr_witness_takes_its_rows_and_image(library, tmp_path):
    (tmp_path / "p1.xml").write_bytes(alto(image="page.png"))
    write_png(tmp_path / "page.png")
    (tmp_path / "p2.txt").write_text("锡林郭勒\n内蒙古\n\n位于", encoding="utf-8")
    text_witness, ocr_witness = import_paths(
        library, [tmp_path / "p2.txt", tmp_path / "p1.xml"]
    ).added
    assert text_witness.document_id == ocr_witness.document_id
    moved = move_witness(library, ocr_witness.id, None)
    assert page_images(library, text_witness.document_id) == []
    assert [i.witness_id for i in page_images(library, moved.document_id)] == [ocr_witness.id]
    remove_document(library, moved.document_id)
    for table in ("ocr_lines", "ocr_words", "ocr_word_boxes", "ocr_pages", "page_images"):
        assert library.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert get_document(library, text_witness.document_id).witnesses == (text_witness,)


def test_moving_an_ocr_witness_to_a_document_with_its_scan_keeps_the_kept_copy(library, tmp_path):
    from desk.core.ocr.page_images import attach_image, image_bytes

    (tmp_path / "p1.xml").write_bytes(alto(image="page.png"))
    write_png(tmp_path / "page.png")
    [ocr] = import_paths(library, [tmp_path / "p1.xml"]).added
    attach_image(library, ocr.document_id, tmp_path / "page.png", keep_copy=True)
    (tmp_path / "other.txt").write_text("别的文字，完全不同的一篇。", encoding="utf-8")
    [other] = import_paths(library, [tmp_path / "other.txt"]).added
    attach_image(library, other.document_id, tmp_path / "page.png")  # no copy there
    move_witness(library, ocr.id, other.document_id)
    (tmp_path / "page.png").rename(tmp_path / "elsewhere.png")
    [image] = page_images(library, other.document_id)
    assert image.state == "moved" and image.kept_copy
    assert image_bytes(library, image.id) == (tmp_path / "elsewhere.png").read_bytes()


def test_a_library_from_before_ocr_migrates_and_takes_ocr(tmp_path):
    path = tmp_path / "old.db"
    old = open_library(path, upto=BEFORE_OCR)
    (tmp_path / "a.txt").write_text("旧的文字，旧的文档。", encoding="utf-8")
    [plain] = import_paths(old, [tmp_path / "a.txt"]).added
    assert "ocr_lines" not in old.db.table_names()
    old.close()
    library = open_library(path)
    assert schema_version(library.db) == SCHEMA_VERSION
    assert witness_text(library, plain.id) == "旧的文字，旧的文档。"
    assert ocr_lines(library, plain.id) is None
    (tmp_path / "p.xml").write_bytes(alto())
    [ocr] = import_paths(library, [tmp_path / "p.xml"]).added
    assert len(ocr_lines(library, ocr.id)) == 3
    library.close()
    backups = list(tmp_path.glob(f"old.db.v{BEFORE_OCR}-*.bak"))
    with sqlite3.connect(backups[0]) as backup:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == BEFORE_OCR


@settings(max_examples=200, deadline=None)
@given(lines=generated_lines(), data=st.data())
def test_line_at_gives_the_line_holding_an_offset_or_the_nearest_before(lines, data):
    offset = data.draw(st.integers(0, lines[-1].end + 3))
    index = line_index_at(lines, offset)
    found = lines[index]
    assert line_at(lines, offset) is found
    assert found.start <= offset
    holding = [line for line in lines if line.start <= offset < line.end]
    if holding:
        assert holding == [found]
    else:  # in a gap: no later line starts at or before the offset
        assert all(line.start > offset for line in lines[index + 1 :])
    assert line_index_at(lines, -1) is None
    assert line_at((), 0) is None


def test_a_coordinate_beyond_any_page_neither_stops_the_import_nor_the_files_after_it(
    library, tmp_path
):
    huge = b"""<alto><Layout><Page><PrintSpace><TextBlock>
      <TextLine HPOS="1e30" VPOS="99999999999999999999" WIDTH="3" HEIGHT="4">
      <String CONTENT="hi" HPOS="1" VPOS="2" WIDTH="3" HEIGHT="4"/></TextLine>
      </TextBlock></PrintSpace></Page></Layout></alto>"""
    (tmp_path / "a_huge.xml").write_bytes(huge)
    (tmp_path / "b_plain.txt").write_text("锡林郭勒盟\n", encoding="utf-8")
    report = import_paths(library, [tmp_path / "a_huge.xml", tmp_path / "b_plain.txt"])
    assert len(report.added) == 2 and not report.failures
    (line,) = ocr_lines(library, report.added[0].id)
    assert line.box == (1, 2, 3, 4)  # the damaged box left out: its word's box instead


def test_ocr_coordinates_are_scaled_to_the_image_they_were_read_from(library, tmp_path):
    from desk.core.ocr.lines import page_scale, scaled_box

    (tmp_path / "p1.xml").write_bytes(alto(image="page.png"))  # the page: 400 x 300 units
    write_png(tmp_path / "page.png", 800, 600)  # the scan at twice that
    [witness] = import_paths(library, [tmp_path / "p1.xml"]).added
    [image] = page_images(library, witness.document_id)
    scale = page_scale(library, witness.id, (image.width, image.height))
    assert scale == (2.0, 2.0)
    assert scaled_box(ocr_lines(library, witness.id)[0].box, scale) == (20, 20, 160, 40)
    assert page_scale(library, witness.id, None) == (1.0, 1.0)  # image size unknown


def test_a_place_is_framed_by_the_characters_the_ocr_witness_reads_there(library, tmp_path):
    from desk.core.review.confidence import place_character_boxes
    from desk.core.review.session import Review

    (tmp_path / "p1.xml").write_bytes(alto(image="page.png"))
    write_png(tmp_path / "page.png", 40, 30)
    (tmp_path / "typed.txt").write_text("锡材郭勒\n内蒙\n\n位于", encoding="utf-8")
    ocr, typed = import_paths(library, [tmp_path / "p1.xml", tmp_path / "typed.txt"]).added
    if typed.document_id != ocr.document_id:
        move_witness(library, typed.id, ocr.document_id)
    review = Review(library, ocr.document_id)

    def place_of(text: str) -> int:
        state = review.state
        return next(p for p in state.variant_places if state.readings(p)[str(ocr.id)].text == text)

    framed = place_character_boxes(review, place_of("林"))
    assert framed == {str(ocr.id): ((30, 10, 20, 20),)}  # the typed witness has no boxes
    assert place_character_boxes(review, place_of("古"))[str(ocr.id)] == ((50, 40, 20, 20),)
