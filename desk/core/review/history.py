"""The review's history: every step ever taken on a document, as the library keeps it.

A step is one user action: the decisions it put on places (and what each replaced), the
document choices it changed, or the note it touched. Places are named by their keys
(each witness's reading span), so the history outlives a new alignment. Undo marks a
step undone, redo applied again; a new step after an undo abandons the undone ones.
Imports choices and store.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from desk.core.library.store import Library
from desk.core.notes.note_actions import NoteAction
from desk.core.review.choices import Choices
from desk.core.review.place_key import PlaceKey
from desk.core.review.step_labels import StepLabel

K = TypeVar("K")  # how a caller names places: an index into its alignment, or a key


class StepState(StrEnum):
    """Whether a step is in force. Stored as its value."""

    APPLIED = "applied"
    UNDONE = "undone"
    ABANDONED = "abandoned"  # undone, then left behind by a new step


class DecisionKind(StrEnum):
    """Where a decided reading comes from. Stored as its value."""

    WITNESS = "witness"  # a witness's reading
    CLEAN = "clean"  # the reading the cleaning rules make of the base's
    TYPED = "typed"  # typed by the editor
    KEPT = "kept"  # the reading the place read undecided, kept as it is


class StepKind(StrEnum):
    """What an editor did in a step. Stored as its value."""

    DECISION = "decision"  # one place decided
    BULK = "bulk"  # many places decided at once
    EDIT = "edit"  # typing in the curated text
    CHOICES = "choices"  # the document choices changed
    NOTE = "note"  # a note added, edited or deleted
    RESTORE = "restore"  # back to the text after an earlier step
    EARLIER = "earlier"  # the decisions an earlier desk made


@dataclass(frozen=True)
class Decision:
    """The chosen reading of a place: a witness's, the cleaning rules', typed, or kept."""

    kind: DecisionKind
    text: str
    witness: str = ""  # the witness taken (kind witness)
    author: str = ""
    created: str = ""  # ISO 8601

    def to_json(self) -> list:
        return [self.kind, self.text, self.witness, self.author, self.created]

    @classmethod
    def from_json(cls, data: list | None) -> Decision | None:
        return None if data is None else cls(DecisionKind(data[0]), *data[1:])


@dataclass(frozen=True)
class PlaceChange:
    """One place's decision before and after a step (None: open)."""

    place: PlaceKey
    before: Decision | None
    after: Decision | None


@dataclass(frozen=True)
class Step:
    """One undoable action, as stored."""

    number: int
    kind: StepKind
    label: StepLabel
    state: StepState
    parent: int  # the step applied just before this one was made; 0: none
    author: str
    created: str
    changes: tuple[PlaceChange, ...] = ()
    choices: tuple[Choices, Choices] | None = None  # before, after
    note_action: NoteAction | None = None


def _changes_json(step: Step) -> str:
    return json.dumps(
        {
            "places": [
                [
                    str(c.place),
                    None if c.before is None else c.before.to_json(),
                    None if c.after is None else c.after.to_json(),
                ]
                for c in step.changes
            ],
            "choices": None
            if step.choices is None
            else [json.loads(c.to_json()) for c in step.choices],
            "note": None if step.note_action is None else step.note_action.to_json(),
        },
        ensure_ascii=False,
    )


def replay(
    step: Step,
    forward: bool,
    places_of: Callable[[Sequence[PlaceKey]], Sequence[K | None]],
    decisions: dict[K, Decision] | None,
    lost: dict[PlaceKey, Decision] | None = None,
) -> None:
    """Put what `step` decided (forward) or what it replaced (back) into `decisions`, at
    the place each change names (`places_of`: keys -> their places, None for one not
    found, asked once for all); a change whose place is not found goes into `lost`.
    Either may be None: not kept."""
    places = places_of([change.place for change in step.changes])
    for change, place in zip(step.changes, places):
        decision = change.after if forward else change.before
        target, key = (lost, change.place) if place is None else (decisions, place)
        if target is None:
            continue
        if decision is None:
            target.pop(key, None)
        else:
            target[key] = decision


def load_steps(library: Library, document_id: int) -> list[Step]:
    """Every step of the document, abandoned ones too, in order."""
    steps = []
    for number, kind, label, state, parent, author, created, changes in library.db.execute(
        "SELECT number, kind, label, state, parent, author, created_at, changes"
        " FROM review_steps WHERE document_id = ? ORDER BY number",
        [document_id],
    ):
        data = json.loads(changes)
        steps.append(
            Step(
                number,
                StepKind(kind),
                StepLabel.from_json(label),
                StepState(state),
                parent or 0,
                author or "",
                created or "",
                tuple(
                    PlaceChange(
                        PlaceKey.parse(key), Decision.from_json(before), Decision.from_json(after)
                    )
                    for key, before, after in data["places"]
                ),
                None
                if data["choices"] is None
                else (Choices(**data["choices"][0]), Choices(**data["choices"][1])),
                None if data["note"] is None else NoteAction.from_json(data["note"]),
            )
        )
    return steps


def insert_step(library: Library, document_id: int, step: Step) -> None:
    """Write a new step, abandoning the undone ones (call inside `atomic()`)."""
    db = library.db
    db.execute(
        "UPDATE review_steps SET state = ? WHERE document_id = ? AND state = ?",
        [StepState.ABANDONED, document_id, StepState.UNDONE],
    )
    db["review_steps"].insert(
        {
            "document_id": document_id,
            "number": step.number,
            "kind": step.kind,
            "label": step.label.to_json(),
            "state": step.state,
            "parent": step.parent,
            "author": step.author,
            "created_at": step.created,
            "changes": _changes_json(step),
        }
    )


def update_step(library: Library, document_id: int, step: Step) -> None:
    """Write a step's new state or changes (call inside `atomic()`)."""
    library.db.execute(
        "UPDATE review_steps SET state = ?, changes = ? WHERE document_id = ? AND number = ?",
        [step.state, _changes_json(step), document_id, step.number],
    )


def merged(first: tuple[PlaceChange, ...], then: tuple[PlaceChange, ...]) -> tuple:
    """The changes of two steps taken as one: each place from its first before to its
    last after."""
    combined: dict[PlaceKey, PlaceChange] = {c.place: c for c in first}
    for change in then:
        earlier = combined.get(change.place)
        before = change.before if earlier is None else earlier.before
        combined[change.place] = PlaceChange(change.place, before, change.after)
    return tuple(combined.values())
