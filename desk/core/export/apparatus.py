"""The apparatus of decided variants, for other tools: TEI P5 and CSV; the decision log.

TEI uses parallel segmentation: the curated text, with an `<app>` where each decided
variant sits, its `<lem>` the curated reading and a `<rdg>` for every other reading, the
witnesses declared in `<listWit>`. Replacing each `<app>` with its `<lem>` gives the clean
text exactly as exported, but for what XML cannot hold (a page break \\f is written as
a line break). All texts are written with LF line endings, as the clean text is. Page
images and OCR line boxes go in a `<facsimile>`: a `<surface>` per page, a `<zone>` per
line. Imports review, library, ocr_lines and page_images only.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from desk import __version__
from desk.core.alignment.category_names import CATEGORIES
from desk.core.library.documents import Document
from desk.core.library.store import Library, now
from desk.core.ocr.lines import ocr_lines, ocr_page_info
from desk.core.ocr.page_images import page_images
from desk.core.review.history import Step
from desk.core.review.state import ReviewState
from desk.core.review.step_labels import english
from desk.core.text.line_endings import exported_offset, unify_line_endings

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


@dataclass(frozen=True)
class App:
    """One place of the apparatus: decided places that touch in the curated text."""

    start: int  # in the curated text
    end: int
    lemma: str
    readings: dict[str, str]  # witness id -> its text there
    keys: tuple[str, ...]  # the places decided here
    category: str


def decided_apps(state: ReviewState) -> list[App]:
    """The decided places where witnesses differ, merged where their curated spans meet,
    in text order."""
    text = state.text()
    clusters: list[list] = []
    for place in state.variant_places:  # in curated-text order
        if state.status(place) is None:
            continue
        start, end = state.span(place)
        if clusters and start < clusters[-1][1]:
            clusters[-1][1] = max(clusters[-1][1], end)
            clusters[-1][2].append(place)
        else:
            clusters.append([start, end, [place]])
    apps = []
    for start, end, places in clusters:
        readings = {}
        for witness in state.alignment.witnesses:
            spans = [state.readings(p)[witness.id] for p in places]
            first, last = min(r.start for r in spans), max(r.end for r in spans)
            readings[witness.id] = witness.text[first:last]
        strongest = max(CATEGORIES.index(state.category(p)) for p in places)
        keys = tuple(f"p{p}" for p in places)
        apps.append(App(start, end, text[start:end], readings, keys, CATEGORIES[strongest]))
    return apps


_NOT_XML = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """Text as TEI holds it: LF line endings, a page break (\\f, as pdftotext writes it)
    as a line break, and any other character XML 1.0 cannot hold as U+FFFD."""
    return _NOT_XML.sub("\ufffd", unify_line_endings(text).replace("\f", "\n"))


def _witness_ref(witness_id: str) -> str:
    return f"w{witness_id}"


def tei_document(
    state: ReviewState | None, document: Document, curated: str, library: Library | None = None
) -> str:
    """The document as TEI P5: witnesses, the page images and OCR line zones (given the
    library), then the curated text with its apparatus."""
    ET.register_namespace("", TEI_NS)
    tei = ET.Element(f"{{{TEI_NS}}}TEI")
    header = ET.SubElement(tei, f"{{{TEI_NS}}}teiHeader")
    file_desc = ET.SubElement(header, f"{{{TEI_NS}}}fileDesc")
    title_stmt = ET.SubElement(file_desc, f"{{{TEI_NS}}}titleStmt")
    ET.SubElement(title_stmt, f"{{{TEI_NS}}}title").text = document.title
    publication = ET.SubElement(file_desc, f"{{{TEI_NS}}}publicationStmt")
    ET.SubElement(publication, f"{{{TEI_NS}}}p").text = f"Exported by desk {__version__}, {now()}"
    source = ET.SubElement(file_desc, f"{{{TEI_NS}}}sourceDesc")
    list_wit = ET.SubElement(source, f"{{{TEI_NS}}}listWit")
    surfaces = _surfaces(library, document) if library is not None else []
    for witness in document.witnesses:
        element = ET.SubElement(list_wit, f"{{{TEI_NS}}}witness")
        element.set(f"{{{XML_NS}}}id", _witness_ref(str(witness.id)))
        element.text = f"{witness.label} ({witness.path}, {witness.encoding})"
        pages = [s.ident for s in surfaces if s.witness_id == witness.id and s.lines]
        if pages:
            element.set("facs", " ".join(f"#{ident}" for ident in pages))
    encoding = ET.SubElement(header, f"{{{TEI_NS}}}encodingDesc")
    variant_encoding = ET.SubElement(encoding, f"{{{TEI_NS}}}variantEncoding")
    variant_encoding.set("method", "parallel-segmentation")
    variant_encoding.set("location", "internal")
    if surfaces:
        _facsimile(tei, surfaces)
    body = ET.SubElement(ET.SubElement(tei, f"{{{TEI_NS}}}text"), f"{{{TEI_NS}}}body")
    block = ET.SubElement(body, f"{{{TEI_NS}}}ab")
    block.set(f"{{{XML_NS}}}space", "preserve")
    apps = decided_apps(state) if state is not None else []
    position = 0
    last = None
    block.text = ""
    for app in apps:
        between = _xml_text(curated[position : app.start])
        if last is None:
            block.text += between
        else:
            last.tail = (last.tail or "") + between
        last = _app_element(block, app)
        position = app.end
    rest = _xml_text(curated[position:])
    if last is None:
        block.text += rest
    else:
        last.tail = (last.tail or "") + rest
    ET.indent(header)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(tei, encoding="unicode") + "\n"


@dataclass(frozen=True)
class _Surface:
    """One page of the facsimile: an image, the OCR lines on it, or both."""

    ident: str
    size: tuple[int, int] | None
    image_path: str | None
    image_size: tuple[int | None, int | None]
    witness_id: int | None
    lines: tuple = ()


def _surfaces(library: Library, document: Document) -> list[_Surface]:
    """A surface per page image, holding the lines of the OCR witness it belongs to, and
    one per OCR witness without an image of its own."""
    images = page_images(library, document.id)
    surfaces = []
    placed: set[int] = set()
    for image in images:
        lines: tuple = ()
        size = (image.width, image.height) if image.width and image.height else None
        witness = image.witness_id
        info = ocr_page_info(library, witness) if witness is not None else None
        if info is not None and witness not in placed:
            placed.add(witness)
            lines = ocr_lines(library, witness) or ()
            if info.width and info.height:  # the boxes are in the OCR file's units
                size = (info.width, info.height)
        surfaces.append(
            _Surface(
                f"img{image.id}", size, image.path, (image.width, image.height), witness, lines
            )
        )
    for witness in document.witnesses:
        info = ocr_page_info(library, witness.id)
        if info is None or witness.id in placed:
            continue
        size = (info.width, info.height) if info.width and info.height else None
        lines = ocr_lines(library, witness.id) or ()
        surfaces.append(_Surface(f"page{witness.id}", size, None, (None, None), witness.id, lines))
    return surfaces


def _facsimile(tei: ET.Element, surfaces: list[_Surface]) -> None:
    """The `<facsimile>`, between the header and the text: each page with its zones."""
    facsimile = ET.Element(f"{{{TEI_NS}}}facsimile")
    tei.insert(1, facsimile)
    for surface in surfaces:
        element = ET.SubElement(facsimile, f"{{{TEI_NS}}}surface")
        element.set(f"{{{XML_NS}}}id", surface.ident)
        if surface.size is not None:
            _corners(element, 0, 0, *surface.size)
        if surface.witness_id is not None and surface.lines:
            element.set("corresp", f"#{_witness_ref(str(surface.witness_id))}")
        if surface.image_path is not None:
            graphic = ET.SubElement(element, f"{{{TEI_NS}}}graphic")
            graphic.set("url", Path(surface.image_path).as_uri())
            width, height = surface.image_size
            if width and height:
                graphic.set("width", f"{width}px")
                graphic.set("height", f"{height}px")
        for number, line in enumerate(surface.lines, start=1):
            zone = ET.SubElement(element, f"{{{TEI_NS}}}zone")
            zone.set(f"{{{XML_NS}}}id", f"{_witness_ref(str(surface.witness_id))}-l{number}")
            zone.set("type", "line")
            zone.set("n", str(number))
            x, y, w, h = line.box
            _corners(zone, x, y, w, h)
    ET.indent(facsimile)
    facsimile.tail = "\n"


def _corners(element: ET.Element, x: int, y: int, width: int, height: int) -> None:
    element.set("ulx", str(x))
    element.set("uly", str(y))
    element.set("lrx", str(x + width))
    element.set("lry", str(y + height))


def _app_element(parent: ET.Element, app: App) -> ET.Element:
    element = ET.SubElement(parent, f"{{{TEI_NS}}}app")
    element.set("type", app.category)
    element.set("n", " ".join(app.keys))
    agreeing = [
        w
        for w, text in app.readings.items()
        if unify_line_endings(text) == unify_line_endings(app.lemma)
    ]
    lemma = ET.SubElement(element, f"{{{TEI_NS}}}lem")
    lemma.text = _xml_text(app.lemma)
    if agreeing:
        lemma.set("wit", " ".join(f"#{_witness_ref(w)}" for w in agreeing))
    others: dict[str, list[str]] = {}
    for witness, text in app.readings.items():
        if witness not in agreeing:
            others.setdefault(_xml_text(text), []).append(witness)
    for text, witnesses in others.items():
        reading = ET.SubElement(element, f"{{{TEI_NS}}}rdg")
        reading.set("wit", " ".join(f"#{_witness_ref(w)}" for w in witnesses))
        reading.text = text or None
    return element


def _csv(rows: list[list]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


def apparatus_csv(state: ReviewState | None, document: Document) -> str:
    """One row per decided place: where, category, the curated reading, every witness's."""
    witnesses = [w for w in document.witnesses]
    header = ["items", "category", "curated_start", "curated_end", "curated_reading"]
    header += [f"reading:{w.label}" for w in witnesses]
    rows = [header]
    text = state.text() if state is not None else ""
    for app in decided_apps(state) if state is not None else []:
        start, end = exported_offset(text, app.start), exported_offset(text, app.end)
        rows.append(
            [" ".join(app.keys), app.category, start, end, unify_line_endings(app.lemma)]
            + [unify_line_endings(app.readings.get(str(w.id), "")) for w in witnesses]
        )
    return _csv(rows)


def decision_log_csv(state: ReviewState | None, history: list[Step]) -> str:
    """Every step ever taken on the document, one row per place it decided (or one row
    for a step that decided none), with what each decision replaced."""
    rows = [
        [
            "step",
            "state",
            "time",
            "author",
            "action",
            "place",
            "decision",
            "text",
            "witness",
            "replaced",
        ]
    ]
    names = state.witness_names() if state is not None else {}
    for step in history:
        said = english(step.label, names)
        base = [step.number, step.state, step.created, step.author, said]
        if not step.changes:
            rows.append(base + ["", "", "", "", ""])
        for change in step.changes:
            after, before = change.after, change.before
            rows.append(
                base
                + [
                    str(change.place),
                    "undecided" if after is None else after.kind,
                    "" if after is None else unify_line_endings(after.text),
                    "" if after is None else after.witness,
                    "" if before is None else unify_line_endings(before.text),
                ]
            )
    return _csv(rows)
