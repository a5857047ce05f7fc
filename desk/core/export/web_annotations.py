"""A document's annotations as W3C Web Annotation JSON-LD (an AnnotationCollection).

Each annotation targets the exported clean text (or the witness file it was made on)
with a TextQuoteSelector and, where its passage is found, a TextPositionSelector counted
in the exported text's characters. An orphaned annotation keeps only its quote and says
so. Imports annotations, library and line_endings.
"""

from __future__ import annotations

import json
from pathlib import Path

from desk.core.library.documents import Document, witness_text
from desk.core.library.store import Library
from desk.core.notes.annotations import Annotation, list_annotations, place
from desk.core.notes.selectors import CONTEXT as QUOTE_CONTEXT
from desk.core.text.line_endings import exported_offset, unify_line_endings

CONTEXT = ["http://www.w3.org/ns/anno.jsonld"]


def _selectors(annotation: Annotation, text: str, exported: bool) -> list[dict]:
    anchor = annotation.anchor
    quote = {
        "type": "TextQuoteSelector",
        "exact": anchor.quote,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
    }
    found = place(annotation, text)
    if found is None:
        return [quote]
    start, end = found
    target = text
    if exported:  # the quote and its context as the exported file reads them (LF only)
        start, end = exported_offset(text, start), exported_offset(text, end)
        target = unify_line_endings(text)
    quote["exact"] = target[start:end]
    quote["prefix"] = target[max(0, start - QUOTE_CONTEXT) : start]
    quote["suffix"] = target[end : end + QUOTE_CONTEXT]
    return [quote, {"type": "TextPositionSelector", "start": start, "end": end}]


def annotation_json(annotation: Annotation, source: str, text: str, exported: bool) -> dict:
    """One annotation as a Web Annotation."""
    bodies = [{"type": "TextualBody", "value": annotation.note, "purpose": "commenting"}]
    bodies += [
        {"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in annotation.tags
    ]
    selectors = _selectors(annotation, text, exported)
    item = {
        "id": f"urn:desk:annotation:{annotation.id}",
        "type": "Annotation",
        "created": annotation.created,
        "modified": annotation.updated,
        "creator": {"type": "Person", "name": annotation.author},
        "body": bodies,
        "target": {"source": source, "selector": selectors},
    }
    if len(selectors) == 1:
        item["desk:orphaned"] = True  # its passage is no longer in the text
    return item


def annotations_collection(
    library: Library, document: Document, curated: str, clean_file: str
) -> str:
    """All of a document's annotations as one JSON-LD AnnotationCollection."""
    witnesses = {w.id: w for w in document.witnesses}
    items = []
    for annotation in list_annotations(library, document.id):
        if annotation.witness_id is None:
            items.append(annotation_json(annotation, clean_file, curated, exported=True))
        elif annotation.witness_id in witnesses:
            source = Path(witnesses[annotation.witness_id].path).resolve().as_uri()
            text = witness_text(library, annotation.witness_id)
            items.append(annotation_json(annotation, source, text, exported=False))
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": document.title,
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
