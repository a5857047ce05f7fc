"""Opening a document's review: its state as the library holds it now.

The steps are replayed from the document's first choices on its alignment in the order
the choices name; a document an earlier desk decided gets those decisions as its first
step. Imports the state, history, earlier, saved_alignment and saved_proposals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from desk.core.library.documents import get_document
from desk.core.library.failures import ReadOnly
from desk.core.library.store import Library
from desk.core.review.choices import Choices, default_choices
from desk.core.review.earlier import earlier_step
from desk.core.review.history import Step, StepState, insert_step, load_steps
from desk.core.review.saved_alignment import document_alignment, document_witnesses
from desk.core.review.saved_proposals import witness_proposals
from desk.core.review.state import ReviewState
from desk.core.text.cleaning import Proposal


def read_state(
    library: Library, document_id: int, author: str, earlier: ReviewState | None = None
) -> ReviewState:
    """The document's review as the library holds it; `earlier`, a state of the same
    document read before, lends its alignment if the base is still the same."""
    document = get_document(library, document_id)
    steps = load_steps(library, document_id) or _adopt_earlier_decisions(
        library, document_id, author
    )
    ids = sorted(str(w.id) for w in document.witnesses)
    if earlier is not None and sorted(earlier.proposals) == ids:
        proposals = earlier.proposals
    else:
        proposals = {
            w.id: witness_proposals(library, int(w.id), w.text)
            for w in document_witnesses(library, document_id)
        }
    first = first_choices(library, document_id, proposals)
    order = first.order
    for step in steps:
        if step.state == StepState.APPLIED and step.choices is not None:
            order = step.choices[1].order
    if earlier is not None and earlier.alignment.base == order and proposals is earlier.proposals:
        alignment = earlier.alignment
    else:
        alignment = document_alignment(library, document_id, order)
    return ReviewState.made(document, alignment, proposals, steps, first)


def first_choices(
    library: Library, document_id: int, proposals: Mapping[str, Sequence[Proposal]]
) -> Choices:
    """The choices the document's review started from: saved with its first step, else
    the defaults its witnesses (with their cleaning proposals) suggest, from the
    proposals or the base's words as the library says new reviews start."""
    row = library.db.execute(
        "SELECT first_choices FROM review_documents WHERE document_id = ?", [document_id]
    ).fetchone()
    if row is not None and row[0]:
        return Choices.from_json(row[0])
    witnesses = document_witnesses(library, document_id)
    made = default_choices([(w.id, w.text, proposals[w.id]) for w in witnesses])
    return replace(made, proposed_words=new_reviews_start_from_proposals(library))


def new_reviews_start_from_proposals(library: Library) -> bool:
    """Whether a document opened for the first time reads desk's proposals where its
    witnesses differ (the default), or its base's words."""
    return library.get_meta(_START_FROM) != _BASE_WORDS


def start_new_reviews_from_proposals(library: Library, proposals: bool) -> None:
    """Say how documents opened for the first time start (reviews begun keep theirs)."""
    with library.atomic():
        library.set_meta(_START_FROM, _PROPOSALS if proposals else _BASE_WORDS)


_START_FROM = "new_reviews_start_from"
_PROPOSALS, _BASE_WORDS = "proposals", "base_words"


def _adopt_earlier_decisions(library: Library, document_id: int, author: str) -> list[Step]:
    """An earlier desk's decisions on this document, as the first step (saved if the
    library can be written)."""
    step = earlier_step(library, document_id, author)
    if step is None:
        return []
    try:
        with library.atomic():
            insert_step(library, document_id, step)
    except ReadOnly:
        pass  # shown all the same; saved by the next session that can write
    return [step]
