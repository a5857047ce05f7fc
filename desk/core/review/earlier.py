"""Decisions made with an earlier desk, which kept them on variants, taken into the review.

The first time such a document is opened, every variant decision still in force becomes
a decision on the place with the same readings, in one step named for it; one whose place
this alignment lacks is listed as lost, like any other. Hand edits of the earlier desk
were replacements of the base text with no place of their own: they are not carried
over (the earlier history stays in the library, untouched). Imports history and store.
"""

from __future__ import annotations

import json

from desk.core.library.store import Library, now
from desk.core.review.history import Decision, DecisionKind, PlaceChange, Step, StepKind, StepState
from desk.core.review.place_key import PlaceKey
from desk.core.review.step_labels import StepLabel

_KINDS = {"witness": DecisionKind.WITNESS, "typed": DecisionKind.TYPED, "kept": DecisionKind.KEPT}


def earlier_step(library: Library, document_id: int, author: str) -> Step | None:
    """The earlier desk's variant decisions in force, as one step; None if there are none."""
    tables = set(library.db.table_names())
    if not {"decisions", "revisions", "variants"} <= tables:
        return None
    rows = library.db.execute(
        "SELECT d.choice, d.text, d.witness_id, d.author, d.created_at, v.readings"
        " FROM decisions d JOIN revisions r ON r.id = d.revision_id"
        " JOIN variants v ON v.id = d.variant_id"
        " WHERE d.document_id = ? AND r.state = ? ORDER BY d.id",
        [document_id, StepState.APPLIED],
    ).fetchall()
    changes: dict[PlaceKey, PlaceChange] = {}
    for choice, text, witness, who, when, readings in rows:
        key = PlaceKey.of((wid, r["start"], r["end"]) for wid, r in json.loads(readings).items())
        kind = _KINDS.get(choice)
        if kind is None:
            continue  # an accepted cleaning proposal: the document choices give those now
        decision = Decision(kind, text, "" if witness is None else str(witness), who, when)
        changes[key] = PlaceChange(key, None, decision)
    if not changes:
        return None
    return Step(
        1,
        StepKind.EARLIER,
        StepLabel.of("earlier"),
        StepState.APPLIED,
        0,
        author,
        now(),
        tuple(changes.values()),
    )
