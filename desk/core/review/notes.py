"""Notes on passages as review steps, so that Undo and the history see them too.

Each function here says what a note step does: the note action (done inside the step's
transaction, undone by undoing the step; a deleted note is only marked, so it comes
back) and the step's label. `Review.add_note`, `edit_note` and `delete_note` take the
steps. Imports annotations, note_actions and the state.
"""

from __future__ import annotations

from collections.abc import Iterable

from desk.core.library.store import Library
from desk.core.notes.annotations import add_annotation, clean_tags, get_annotation
from desk.core.notes.note_actions import NoteAction, NoteOp, NoteWords
from desk.core.review.state import ReviewState
from desk.core.review.step_labels import StepLabel


def _short(quote: str, length: int = 12) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= length else quote[:length] + "…"


def note_added(
    library: Library,
    state: ReviewState,
    author: str,
    witness_id: int | None,
    start: int,
    end: int,
    note: str,
    tags: Iterable[str],
) -> tuple[NoteAction, StepLabel]:
    """Annotate [start, end) of the curated text (witness_id None) or of a witness
    (call inside the step's transaction)."""
    if witness_id is None:
        text = state.text()
    else:
        text = next(w.text for w in state.alignment.witnesses if w.id == str(witness_id))
    made = add_annotation(
        library, state.document.id, witness_id, text, start, end, note, tags, author
    )
    return NoteAction(NoteOp.ADD, made.id), StepLabel.of(
        "note_add", quote=_short(made.anchor.quote)
    )


def note_edited(
    library: Library, annotation_id: int, note: str, tags: Iterable[str]
) -> tuple[NoteAction, StepLabel]:
    """A note's new text and tags."""
    old = get_annotation(library, annotation_id)
    action = NoteAction(
        NoteOp.EDIT,
        annotation_id,
        NoteWords(old.note, tuple(old.tags)),
        NoteWords(note, clean_tags(tags)),
    )
    return action, StepLabel.of("note_edit", quote=_short(old.anchor.quote))


def note_deleted(library: Library, annotation_id: int) -> tuple[NoteAction, StepLabel]:
    """A note deleted (kept in the library, so that undo brings it back)."""
    old = get_annotation(library, annotation_id)
    action = NoteAction(NoteOp.DELETE, annotation_id)
    return action, StepLabel.of("note_delete", quote=_short(old.anchor.quote))
