"""The slow part of opening a document, done ahead (after an import, off the GUI thread),
and the counts every document's review left in the library.

Imports library, saved_proposals, session and store.
"""

from __future__ import annotations

from collections.abc import Callable

from desk.core.cancel import checkpoint
from desk.core.library.documents import Document, ImportReport, list_documents
from desk.core.library.store import Library
from desk.core.review.saved_alignment import document_alignment, document_witnesses
from desk.core.review.saved_proposals import witness_proposals
from desk.core.review.session import Review
from desk.core.review.source_reliability import keep_reliability
from desk.core.review.state import Counts

Progress = Callable[[int, int], None]


def prepare_review(
    library: Library,
    document_id: int,
    author: str | None = None,
    progress: Progress | None = None,
) -> Review:
    """Align the document and find its witnesses' cleaning proposals, both kept in the
    library, and keep its counts there too, so that opening it is quick; the review
    made on the way (the window takes it over: `Review.use_library`). `progress(done,
    total)` is told after the alignment, each witness's proposals and the review."""
    report = progress or (lambda done, total: None)
    witnesses = document_witnesses(library, document_id)
    total = len(witnesses) + 2
    document_alignment(library, document_id)
    report(1, total)
    for done, witness in enumerate(witnesses, start=2):
        witness_proposals(library, int(witness.id), witness.text)
        report(done, total)
    review = Review(library, document_id, author)
    alignment = review.state.alignment
    alignment.build_indexes()
    labels = {str(w.id): w.label for w in review.document.witnesses}
    ids = alignment.witness_ids
    keep_reliability(library, ids, [labels[w] for w in ids], alignment.likely.reliability)
    review.follow_title()
    review.save_counts()
    report(total, total)
    return review


STEPS = 100  # progress steps a document's preparation is told in


def prepare_imported(
    library: Library, report: ImportReport, progress: Callable[[int, int], None] | None = None
) -> None:
    """Prepare every document an import gave a new witness. `progress(done, total)` moves
    within each document too (its alignment, then each witness's proposals), so that a
    large one does not stand still."""
    changed = {w.document_id for w in report.added}
    ready = [d.id for d in list_documents(library) if d.id in changed and d.witnesses]
    total = len(ready) * STEPS
    for number, document_id in enumerate(ready):
        checkpoint()

        def within(done: int, of: int, number: int = number) -> None:
            if progress is not None:
                progress(number * STEPS + done * STEPS // max(of, 1), total)

        within(0, 1)
        prepare_review(library, document_id, progress=within)


def saved_counts(library: Library) -> dict[int, Counts]:
    """Each prepared document's counts, as its review last saved them."""
    return {
        document_id: Counts(open_, total - open_ - decided, decided, total)
        for document_id, open_, decided, total in library.db.execute(
            "SELECT document_id, open, decided, total FROM review_documents"
        )
    }


def next_to_review(library: Library, after: int) -> Document | None:
    """The next document after `after` (round the library's end) with places still to
    review, or not compared yet; None when every document is reviewed."""
    counts = saved_counts(library)
    documents = [d for d in list_documents(library) if d.witnesses and d.id != after]
    ordered = [d for d in documents if d.id > after] + [d for d in documents if d.id < after]
    return next((d for d in ordered if d.id not in counts or counts[d.id].open > 0), None)
