"""Writing a review's step to the library, with what it changes beside the history.

One transaction holds the step, the notes its edits move, its note action, the
readings its places were decided on (decided_readings) and the document's counts; it
is refused if another session took, undid or redid a step on the document since this
one read it. Imports history, notes and store; never Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from desk.core.library.documents import Document
from desk.core.library.failures import LibraryError
from desk.core.library.store import Library, now
from desk.core.notes.annotations import shift_curated_annotations
from desk.core.review.decided_readings import keep_decided_readings
from desk.core.review.history import (
    PlaceChange,
    Step,
    StepKind,
    StepState,
    insert_step,
    update_step,
)
from desk.core.review.next_state import Transition
from desk.core.review.state import ReviewState
from desk.core.review.step_labels import StepLabel


class ChangedElsewhere(LibraryError):
    """The document's history was changed by another session (`desk decide` in a script,
    say) since this one read it: nothing was saved, and the review is read again."""


@contextmanager
def saving_step(
    library: Library, document: Document, fingerprint: tuple, saved: Callable[[tuple], None]
) -> Iterator[None]:
    """One transaction for a step, refused if the document's history is no longer what
    `fingerprint` says (another session took, undid or redid a step). `saved` gets the
    history's new fingerprint once the library holds the step: a step inside a larger
    transaction (a note's) waits for that one's commit."""
    with library.atomic():
        if history_fingerprint(library, document.id) != fingerprint:
            raise ChangedElsewhere(
                f"“{document.title}” was changed in another window or by the"
                " desk command: it is shown again as the library now holds it."
            )
        yield
        now = history_fingerprint(library, document.id)
        library.after_commit(lambda: saved(now))


def history_fingerprint(library: Library, document_id: int) -> tuple:
    """What changes whenever any session takes, undoes or redoes a step on the document."""
    return library.db.execute(
        "SELECT max(number), count(*) FROM review_steps"
        " WHERE document_id = ? AND state = 'applied'",
        [document_id],
    ).fetchone()


def new_step(
    library: Library,
    state: ReviewState,
    kind: StepKind,
    label: StepLabel,
    author: str,
    changes: tuple[PlaceChange, ...],
) -> Step:
    """A step taken now on the state: numbered after every step the document ever had,
    made on the last applied one."""
    row = library.db.execute(
        "SELECT max(number) FROM review_steps WHERE document_id = ?", [state.document.id]
    ).fetchone()
    number = max([s.number for s in state.steps] + [row[0] or 0]) + 1
    applied = state.applied_steps()
    parent = applied[-1].number if applied else 0
    return Step(number, kind, label, StepState.APPLIED, parent, author, now(), changes)


def save_step(library: Library, step: Step, transition: Transition, existing: bool) -> None:
    """Write the step (new, or a taken one's new state) and what it does to the notes and
    the counts (call inside `atomic()`)."""
    document_id = transition.state.document.id
    shift_curated_annotations(library, document_id, list(transition.edits))
    if step.note_action is not None:
        step.note_action.replay(library, step.state == StepState.APPLIED)
    write_step(library, document_id, step, existing)
    keep_decided_readings(library, transition.state, (c.place for c in step.changes))
    save_counts(library, transition.state)


def write_step(library: Library, document_id: int, step: Step, existing: bool) -> None:
    """Write the step alone (call inside `atomic()`)."""
    if existing:
        update_step(library, document_id, step)
    else:
        insert_step(library, document_id, step)


def save_counts(library: Library, state: ReviewState) -> None:
    """Keep the state's counts, and the first choices, for the library's list (call
    inside `atomic()`)."""
    counts = state.counts()
    library.db["review_documents"].upsert(
        {
            "document_id": state.document.id,
            "first_choices": state.first_choices.to_json(),
            "open": counts.open,
            "decided": counts.decided,
            "total": counts.total,
        },
        pk="document_id",
    )
