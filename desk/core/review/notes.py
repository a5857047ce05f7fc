"""Notes on passages as review steps, so that Undo and the history see them too.

A note on the curated text or on a witness is added, edited or deleted inside the step's
transaction; undoing the step does the opposite (a deleted note is only marked, so it
comes back). Imports annotations, note_actions and the session.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desk.core.notes.annotations import (
    add_annotation,
    clean_tags,
    get_annotation,
)
from desk.core.notes.note_actions import NoteAction, NoteOp, NoteWords
from desk.core.review.history import StepKind
from desk.core.review.step_labels import StepLabel

if TYPE_CHECKING:
    from desk.core.review.session import Outcome, Review


def _short(quote: str, length: int = 12) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= length else quote[:length] + "…"


def add_note(
    review: Review,
    witness_id: int | None,
    start: int,
    end: int,
    note: str,
    tags: Iterable[str],
) -> Outcome:
    """Annotate [start, end) of the curated text (witness_id None) or of a witness."""
    if witness_id is None:
        text = review.text()
    else:
        text = next(w.text for w in review.alignment.witnesses if w.id == str(witness_id))
    with review.library.atomic():
        made = add_annotation(
            review.library,
            review.document.id,
            witness_id,
            text,
            start,
            end,
            note,
            tags,
            review.author,
        )
        action = NoteAction(NoteOp.ADD, made.id)
        label = StepLabel.of("note_add", quote=_short(made.anchor.quote))
        return review.commit(StepKind.NOTE, label, {}, note_action=action)


def edit_note(review: Review, annotation_id: int, note: str, tags: Iterable[str]) -> Outcome:
    """Change a note's text and tags."""
    old = get_annotation(review.library, annotation_id)
    action = NoteAction(
        NoteOp.EDIT,
        annotation_id,
        NoteWords(old.note, tuple(old.tags)),
        NoteWords(note, clean_tags(tags)),
    )
    label = StepLabel.of("note_edit", quote=_short(old.anchor.quote))
    return review.commit(StepKind.NOTE, label, {}, note_action=action)


def delete_note(review: Review, annotation_id: int) -> Outcome:
    """Delete a note (kept in the library, so that undo brings it back)."""
    old = get_annotation(review.library, annotation_id)
    label = StepLabel.of("note_delete", quote=_short(old.anchor.quote))
    return review.commit(
        StepKind.NOTE, label, {}, note_action=NoteAction(NoteOp.DELETE, annotation_id)
    )
