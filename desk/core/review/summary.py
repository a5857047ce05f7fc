"""A review as plain data, for scripts (`desk review --json`) and for tests.

Offsets are code points: readings into each witness as decoded, `curated` into the
curated text now. Imports history, session and line_endings only.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desk.core.review.history import Decision, DecisionKind
from desk.core.review.session import TO_REVIEW, Review
from desk.core.review.step_labels import StepLabel, english
from desk.core.text.line_endings import line_number


def _decision(decision: Decision | None) -> dict[str, Any] | None:
    return None if decision is None else asdict(decision)


_KIND_WORDS = {
    DecisionKind.TYPED: "typed",
    DecisionKind.KEPT: "kept",
    DecisionKind.CLEAN: "took clean",
}


def status_words(review: Review, place: int) -> str:
    """A place's status as the window and `desk review` say it."""
    decision = review.status(place)
    if decision is None:
        return "to review" if review.category(place) in TO_REVIEW else "by choice"
    if decision.kind == DecisionKind.WITNESS:
        return "took " + review.witness_names().get(decision.witness, decision.witness)
    return {
        DecisionKind.TYPED: "typed",
        DecisionKind.KEPT: "kept",
        DecisionKind.CLEAN: "took clean",
    }.get(decision.kind, "decided")


def move_lines(review: Review, move: int) -> list[tuple[str, int]]:
    """Where a moved passage sits: (witness id, line number) for each witness that has
    it, in the document's order of witnesses."""
    readings = review.alignment.moves[move].readings
    texts = {w.id: w.text for w in review.alignment.witnesses}
    return [
        (witness, line_number(texts[witness], readings[witness].start))
        for witness in (str(d.id) for d in review.document.witnesses)
        if witness in readings
    ]


def move_words(review: Review, place: int) -> str:
    """Where the moved passage a place lies in sits in each witness ("moved: witness 1
    line 3, witness 2 line 40"), or "" for a place in no moved passage."""
    index = review.alignment.move_of(place)
    if index is None:
        return ""
    names = review.witness_names()
    return "moved: " + ", ".join(f"{names[w]} line {n}" for w, n in move_lines(review, index))


def lost_spans(review: Review) -> list[tuple[Decision, list[tuple[str, int, int]]]]:
    """The decisions this alignment has no place for (after a new base, a witness added
    or taken away), each with the spans (witness id, start, end) it was on."""
    found = []
    for key, decision in review.lost.items():
        found.append((decision, list(key.spans)))
    return found


def lost_lines(review: Review) -> list[str]:
    """The decisions this alignment has no place for, one line each: what was decided,
    by whom, where it was."""
    names = review.witness_names()
    gone = "a witness no longer here"
    lines = []
    for decision, spans in lost_spans(review):
        where = ", ".join(f"{names.get(w, gone)} {start}-{end}" for w, start, end in spans)
        what = (
            names.get(decision.witness, gone)
            if decision.kind == DecisionKind.WITNESS
            else decision.kind
        )
        lines.append(f"“{decision.text}” ({what}, {decision.author}) at {where}")
    return lines


def place_record(review: Review, place: int) -> dict[str, Any]:
    """One place: category, status, its decision, where it sits in the curated text, what
    the choices read there, and every witness's reading."""
    start, end = review.span(place)
    decision = review.status(place)
    return {
        "place": place,
        "key": str(review.keys[place]),
        "category": review.category(place),
        "status": "decided" if decision is not None else "open",
        "status_words": status_words(review, place),
        "decision": _decision(decision),
        "curated": {"start": start, "end": end, "text": review.reading(place)},
        "clean": review.clean_reading(place),
        "move": review.alignment.move_of(place),
        "readings": {
            wid: {"start": r.start, "end": r.end, "text": r.text}
            for wid, r in review.readings(place).items()
        },
    }


def _said(review: Review, label: StepLabel | None) -> str | None:
    return None if label is None else english(label, review.witness_names())


def review_record(review: Review, categories: tuple[str, ...] = TO_REVIEW) -> dict[str, Any]:
    """The document, its witnesses, choices, counts, what Undo and Redo would do, and the
    places of the chosen categories where the witnesses differ."""
    counts = review.counts()
    names = {str(w.id): w.label for w in review.document.witnesses}
    return {
        "document": {"id": review.document.id, "title": review.document.title},
        "base": review.base_id,
        "witnesses": [{"id": wid, "label": names.get(wid, wid)} for wid in review.witness_ids],
        "choices": asdict(review.choices),
        "choices_described": review.choices.describe(review.witness_names()),
        "counts": asdict(counts),
        "undo": _said(review, review.undo_label()),
        "redo": _said(review, review.redo_label()),
        "lost": [{"key": str(key), "decision": _decision(d)} for key, d in review.lost.items()],
        "places": [
            place_record(review, place)
            for place in review.variant_places
            if review.category(place) in categories
        ],
    }
