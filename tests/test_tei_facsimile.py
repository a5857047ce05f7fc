"""TEI export with page images and OCR line zones in a <facsimile>."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ocr_files import alto, write_png
from test_export_formats import TEI, XML_ID, exported, lemma_text

from desk.core.library.documents import import_paths, list_documents, move_witness, witness_text
from desk.core.ocr.lines import ocr_lines
from desk.core.ocr.page_images import attach_image
from desk.core.review.session import Review

LINES = ("锡林郭勒盟位于内蒙古", "自治区中部是草原", "首府锡林浩特市")


def test_tei_has_a_surface_per_page_and_a_zone_per_ocr_line(library, tmp_path):
    (tmp_path / "ocr.xml").write_bytes(alto(image="page.png", lines=LINES))
    write_png(tmp_path / "page.png", 400, 300)
    (tmp_path / "typed.txt").write_text(
        "锡材郭勒盟位于内蒙古\n自治区中部是草原\n\n首都锡林浩特市", encoding="utf-8"
    )
    ocr, typed = import_paths(library, [tmp_path / "ocr.xml", tmp_path / "typed.txt"]).added
    if typed.document_id != ocr.document_id:
        move_witness(library, typed.id, ocr.document_id)
    extra = attach_image(library, ocr.document_id, write_png(tmp_path / "back.png", 20, 10))
    review = Review(library, ocr.document_id, author="editor")
    review.take(review.state.variant_places[0], str(typed.id))
    files = exported(library, tmp_path / "out", ["txt", "tei"])
    [tei] = [text for name, text in files.items() if name.endswith(".tei.xml")]
    [txt] = [text for name, text in files.items() if name.endswith(".txt")]
    root = ET.fromstring(tei)
    assert [child.tag for child in root] == [TEI + "teiHeader", TEI + "facsimile", TEI + "text"]
    page, back = root.find(TEI + "facsimile")
    assert (page.get("ulx"), page.get("uly"), page.get("lrx"), page.get("lry")) == (
        "0",
        "0",
        "400",
        "300",
    )
    assert page.get("corresp") == f"#w{ocr.id}"
    assert page.find(TEI + "graphic").get("url") == (tmp_path / "page.png").as_uri()
    zones = page.findall(TEI + "zone")
    lines = ocr_lines(library, ocr.id)
    assert len(zones) == len(lines) == 3
    for zone, line in zip(zones, lines):
        x, y, w, h = line.box
        corners = tuple(int(zone.get(k)) for k in ("ulx", "uly", "lrx", "lry"))
        assert corners == (x, y, x + w, y + h)
    assert [z.get(XML_ID) for z in zones] == [f"w{ocr.id}-l{n}" for n in (1, 2, 3)]
    assert back.get(XML_ID) == f"img{extra.id}" and back.findall(TEI + "zone") == []
    assert back.get("lrx") == "20"
    witnesses = {w.get(XML_ID): w for w in root.iter(TEI + "witness")}
    assert witnesses[f"w{ocr.id}"].get("facs") == f"#{page.get(XML_ID)}"
    assert witnesses[f"w{typed.id}"].get("facs") is None
    block = root.find(f"{TEI}text/{TEI}body/{TEI}ab")
    assert lemma_text(block) + "\n" == txt  # the apparatus is as it was
    assert witness_text(library, ocr.id).startswith("锡林")


def test_an_ocr_witness_without_its_image_still_has_its_zones(library, tmp_path):
    (tmp_path / "ocr.xml").write_bytes(alto(image="missing.png", lines=LINES))
    import_paths(library, [tmp_path / "ocr.xml"])
    files = exported(library, tmp_path / "out", ["tei"])
    root = ET.fromstring(next(iter(files.values())))
    [surface] = root.find(TEI + "facsimile")
    assert surface.find(TEI + "graphic") is None
    assert len(surface.findall(TEI + "zone")) == 3
    assert len(list_documents(library)) == 1


def test_plain_text_documents_have_no_facsimile(library, tmp_path):
    (tmp_path / "a.txt").write_text("陕西宝鸡出台元宇宙产业发展行动计划", encoding="utf-8")
    import_paths(library, [tmp_path / "a.txt"])
    root = ET.fromstring(next(iter(exported(library, tmp_path / "out", ["tei"]).values())))
    assert root.find(TEI + "facsimile") is None
