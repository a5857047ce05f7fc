"""Exports an edition can cite: TEI apparatus, CSV apparatus and log, Web Annotations."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner
from test_review_places import place_reading

from desk.cli import main
from desk.core.export.files import export_documents
from desk.core.library.documents import list_documents
from desk.core.notes.annotations import add_annotation
from desk.core.review.session import Review

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture
def reviewed(seeded):
    """The seed page with decisions, a hand edit (CRLF typed in) and two annotations."""
    page = next(d for d in list_documents(seeded) if len(d.witnesses) == 2)
    review = Review(seeded, page.id, author="editor")
    other = review.state.alignment.witnesses[1].id
    review.take(place_reading(review, "出", "平"), other)
    review.type_reading(place_reading(review, "邰", "邵"), "邵(?)")
    review.decide_all("punctuation", other)
    review.edit(0, 0, "头版\r\n")
    text = review.state.text()
    start = text.index("牧人优品")
    add_annotation(seeded, page.id, None, text, start, start + 4, "brand name?", ["query"], "ann")
    witness = review.state.alignment.witnesses[1]
    where = witness.text.index("邵向东")
    add_annotation(seeded, page.id, int(witness.id), witness.text, where, where + 3, "", [], "bo")
    assert review.document.title == "头版"  # the title followed the first line typed in
    return seeded, review.document, review


def exported(library, tmp_path, formats):
    files = export_documents(library, tmp_path, formats)
    return {path.name: path.read_text(encoding="utf-8") for path in files}


def lemma_text(block: ET.Element) -> str:
    """The TEI text with every <app> replaced by its <lem>."""
    pieces = [block.text or ""]
    for app in block:
        assert app.tag == TEI + "app"
        pieces.append(app.find(TEI + "lem").text or "")
        pieces.append(app.tail or "")
    return "".join(pieces)


def test_tei_is_well_formed_declares_its_witnesses_and_its_lemmas_give_the_clean_text(
    reviewed, tmp_path
):
    library, page, review = reviewed
    files = exported(library, tmp_path, ["txt", "tei"])
    title = page.title
    root = ET.fromstring(files[f"{title}.tei.xml"])
    declared = {w.get(XML_ID) for w in root.iter(TEI + "witness")}
    assert declared == {f"w{w.id}" for w in page.witnesses}
    cited = {
        ref.lstrip("#")
        for element in root.iter()
        if element.get("wit")
        for ref in element.get("wit").split()
    }
    assert cited and cited <= declared
    block = root.find(f"{TEI}text/{TEI}body/{TEI}ab")
    assert lemma_text(block) + "\n" == files[f"{title}.txt"]  # a text file ends its last line
    apps = list(block)
    readings = [
        ({a.text for a in app.iter(TEI + "lem")}, {r.text for r in app.iter(TEI + "rdg")})
        for app in apps
    ]
    assert ({"平"}, {"出"}) in readings
    assert ({"邵(?)"}, {"邰", "邵"}) in readings


def test_csv_apparatus_and_decision_log(reviewed, tmp_path):
    library, page, review = reviewed
    files = exported(library, tmp_path, ["txt", "csv"])
    clean = files[f"{page.title}.txt"]
    rows = list(csv.DictReader(io.StringIO(files[f"{page.title}.apparatus.csv"])))
    labels = [w.label for w in page.witnesses]
    row = next(r for r in rows if r["curated_reading"] == "平")
    assert (row[f"reading:{labels[0]}"], row[f"reading:{labels[1]}"]) == ("出", "平")
    assert clean[int(row["curated_start"]) : int(row["curated_end"])] == "平"
    assert row["category"] == "text"
    log = list(csv.DictReader(io.StringIO(files[f"{page.title}.decisions.csv"])))
    actions = [r["action"] for r in log]
    assert actions[0] == "Take witness 2's reading “平” at place 4" and actions[1].startswith(
        "Type “邵(?)” at place"
    )
    assert {r["author"] for r in log} == {"editor"}
    typed = next(r for r in log if r["action"].startswith("Type “"))
    assert (typed["decision"], typed["text"], typed["replaced"]) == ("typed", "邵(?)", "")
    assert log[-1]["action"] == "Edit text" and log[-1]["decision"] == "typed"


def test_annotations_as_web_annotations(reviewed, tmp_path):
    library, page, review = reviewed
    files = exported(library, tmp_path, ["txt", "annotations"])
    clean = files[f"{page.title}.txt"]
    collection = json.loads(files[f"{page.title}.annotations.json"])
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 2
    curated, witness = collection["first"]["items"]
    assert curated["target"]["source"] == f"{page.title}.txt"
    quote, position = curated["target"]["selector"]
    assert quote["exact"] == "牧人优品"
    assert clean[position["start"] : position["end"]] == "牧人优品"  # counted with LF endings
    start = position["start"]  # the quote's context as the exported file reads it
    assert clean[start - len(quote["prefix"]) : start] == quote["prefix"]
    assert clean[position["end"] : position["end"] + len(quote["suffix"])] == quote["suffix"]
    assert "\r" not in quote["prefix"] + quote["suffix"]
    assert {b["purpose"]: b["value"] for b in curated["body"]} == {
        "commenting": "brand name?",
        "tagging": "query",
    }
    assert curated["creator"]["name"] == "ann"
    assert witness["target"]["source"].startswith("file://")
    assert witness["target"]["selector"][0]["exact"] == "邵向东"


def test_the_export_command_takes_formats_and_refuses_unknown_ones(reviewed, tmp_path):
    library, page, _ = reviewed
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(
        main,
        [
            "export",
            "--library",
            str(library.path),
            "--out",
            str(out),
            "--format",
            "txt,tei,csv,annotations",
        ],
    )
    assert result.exit_code == 0, result.output
    names = {p.name for p in out.iterdir()}
    for suffix in (".txt", ".tei.xml", ".apparatus.csv", ".decisions.csv", ".annotations.json"):
        assert f"{page.title}{suffix}" in names
    wrong = runner.invoke(
        main, ["export", "--library", str(library.path), "--out", str(out), "--format", "pdf"]
    )
    assert wrong.exit_code == 2 and "pdf" in wrong.output


def test_tei_is_well_formed_whatever_the_text_holds(library, tmp_path):
    """pdftotext writes \\f at page breaks; a vertical tab or a stray control may come too."""
    from desk.core.library.documents import import_paths

    page = "第一页的文字，出台了新政策。\f第二页\v的文字，继续写下去。\r\n第三行。"
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    (tmp_path / "b.txt").write_text(page.replace("出台", "平台"), encoding="utf-8")
    import_paths(library, [tmp_path / "a.txt", tmp_path / "b.txt"])
    review = Review(library, list_documents(library)[0].id, author="editor")
    review.take(place_reading(review, "出", "平"), review.state.witness_ids[1])
    files = exported(library, tmp_path / "out", ["tei"])
    [tei] = [text for name, text in files.items() if name.endswith(".tei.xml")]
    root = ET.fromstring(tei)  # well-formed
    assert root.find(f"{TEI}text/{TEI}body/{TEI}ab") is not None
