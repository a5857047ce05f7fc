"""A review as plain data, for scripts (`desk review --json`) and for tests.

Offsets are code points: readings into each witness as decoded, `curated` into the
curated text now. Imports history, the state and line_endings only.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desk.core.evidence.reasons import english as reason_english
from desk.core.review.history import Decision, DecisionKind
from desk.core.review.state import TO_REVIEW, ReviewState
from desk.core.review.step_labels import StepLabel, english
from desk.core.text.line_endings import line_number


def _decision(decision: Decision | None) -> dict[str, Any] | None:
    return None if decision is None else asdict(decision)


_KIND_WORDS = {
    DecisionKind.TYPED: "typed",
    DecisionKind.KEPT: "kept",
    DecisionKind.CLEAN: "took clean",
}


def status_words(state: ReviewState, place: int) -> str:
    """A place's status as the window and `desk review` say it."""
    decision = state.status(place)
    if decision is None:
        return "to review" if state.category(place) in TO_REVIEW else "by choice"
    if decision.kind == DecisionKind.WITNESS:
        return "took " + state.witness_names().get(decision.witness, decision.witness)
    return {
        DecisionKind.TYPED: "typed",
        DecisionKind.KEPT: "kept",
        DecisionKind.CLEAN: "took clean",
    }.get(decision.kind, "decided")


def move_lines(state: ReviewState, move: int) -> list[tuple[str, int]]:
    """Where a moved passage sits: (witness id, line number) for each witness that has
    it, in the document's order of witnesses."""
    readings = state.alignment.moves[move].readings
    texts = {w.id: w.text for w in state.alignment.witnesses}
    return [
        (witness, line_number(texts[witness], readings[witness].start))
        for witness in (str(d.id) for d in state.document.witnesses)
        if witness in readings
    ]


def move_words(state: ReviewState, place: int) -> str:
    """Where the moved passage a place lies in sits in each witness ("moved: witness 1
    line 3, witness 2 line 40"), or "" for a place in no moved passage."""
    index = state.alignment.move_of(place)
    if index is None:
        return ""
    names = state.witness_names()
    return "moved: " + ", ".join(f"{names[w]} line {n}" for w, n in move_lines(state, index))


def lost_spans(state: ReviewState) -> list[tuple[Decision, list[tuple[str, int, int]]]]:
    """The decisions this alignment has no place for (after a new base, a witness added
    or taken away), each with the spans (witness id, start, end) it was on."""
    found = []
    for key, decision in state.lost.items():
        found.append((decision, list(key.spans)))
    return found


def lost_lines(state: ReviewState) -> list[str]:
    """The decisions this alignment has no place for, one line each: what was decided,
    by whom, where it was."""
    names = state.witness_names()
    gone = "a witness no longer here"
    lines = []
    for decision, spans in lost_spans(state):
        where = ", ".join(f"{names.get(w, gone)} {start}-{end}" for w, start, end in spans)
        what = (
            names.get(decision.witness, gone)
            if decision.kind == DecisionKind.WITNESS
            else decision.kind
        )
        lines.append(f"“{decision.text}” ({what}, {decision.author}) at {where}")
    return lines


def place_record(state: ReviewState, place: int) -> dict[str, Any]:
    """One place: category, status, its decision, where it sits in the curated text, what
    the choices read there, and every witness's reading."""
    start, end = state.span(place)
    decision = state.status(place)
    return {
        "place": place,
        "key": str(state.keys[place]),
        "category": state.category(place),
        "status": "decided" if decision is not None else "open",
        "status_words": status_words(state, place),
        "decision": _decision(decision),
        "curated": {"start": start, "end": end, "text": state.reading(place)},
        "clean": state.clean_reading(place),
        "move": state.alignment.move_of(place),
        **proposal_record(state, place),
        "readings": {
            wid: {"start": r.start, "end": r.end, "text": r.text}
            for wid, r in state.readings(place).items()
        },
    }


def proposal_record(state: ReviewState, place: int) -> dict[str, Any]:
    """desk's proposal at a place: its reading, confidence (0-1) and reasons in words,
    all None where it has none to make."""
    proposal = state.proposal(place)
    if proposal is None:
        return {"proposal": None, "confidence": None, "why": []}
    names = state.witness_names()
    suspect = {"suspect": True} if proposal.suspect else {}
    return {
        **suspect,
        "proposal": proposal.text,
        "confidence": round(proposal.confidence, 3),
        "why": [reason_english(r, names) for r in proposal.reasons],
    }


def _said(state: ReviewState, label: StepLabel | None) -> str | None:
    return None if label is None else english(label, state.witness_names())


def review_record(state: ReviewState, categories: tuple[str, ...] = TO_REVIEW) -> dict[str, Any]:
    """The document, its witnesses, choices, counts, what Undo and Redo would do, and the
    places of the chosen categories where the witnesses differ."""
    counts = state.counts()
    names = {str(w.id): w.label for w in state.document.witnesses}
    return {
        "document": {"id": state.document.id, "title": state.document.title},
        "base": state.base_id,
        "witnesses": [{"id": wid, "label": names.get(wid, wid)} for wid in state.witness_ids],
        "choices": asdict(state.choices),
        "choices_described": state.choices.describe(state.witness_names()),
        "counts": asdict(counts),
        "undo": _said(state, state.undo_label()),
        "redo": _said(state, state.redo_label()),
        "lost": [{"key": str(key), "decision": _decision(d)} for key, d in state.lost.items()],
        "places": [
            place_record(state, place)
            for place in state.variant_places
            if state.category(place) in categories
        ],
    }
