"""Deciding the same way in the whole library: every open place of every document whose
witnesses read what a decided place's witnesses read, decided as that place was.

Readings are compared as texts, not by witness (each document has witnesses of its own):
a place matches when the multiset of its witnesses' readings is the decided place's
(every place where one witness reads 邰 and the other 邵, whichever witness reads which).
Open places are the undecided text and script places. Each document gets one step in its
own history; the steps of one library-wide action form a batch, undone or redone together
(`batch_of`, `undo_batch`, `redo_batch`). A batch is a row of review_batches (with the
count of places it decided), and each of its steps names it in review_steps.batch.

Imports history, session, state, library.documents and store; never Qt.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from desk.core.library.failures import LibraryError
from desk.core.library.store import Library, now
from desk.core.review.history import Decision, StepState
from desk.core.review.opening import read_state
from desk.core.review.place_key import PlaceKey
from desk.core.review.session import Review
from desk.core.review.state import TO_REVIEW, ReviewState
from desk.core.review.step_labels import StepLabel

Progress = Callable[[int, int], None]
ReadingSet = tuple[str, ...]  # every witness's reading of a place, sorted


def reading_set(state: ReviewState, place: int) -> ReadingSet:
    """What the witnesses read at a place, as texts, whichever witness reads which."""
    return tuple(sorted(reading.text for reading in state.readings(place).values()))


def readings_shown(readings: ReadingSet) -> str:
    """A reading set as the window and the step label show it: 邰 / 邵, ∅ for nothing."""
    return " / ".join(text or "∅" for text in readings)


def open_places(state: ReviewState, readings: ReadingSet) -> list[int]:
    """The undecided text and script places of a document that read these texts."""
    if len(state.witness_ids) != len(readings):
        return []
    return [
        p
        for p in state.variant_places
        if p not in state.decisions
        and state.category(p) in TO_REVIEW
        and reading_set(state, p) == readings
    ]


@dataclass(frozen=True)
class Series:
    """What deciding the same way in the whole library would decide: the decided place's
    readings and decision, and for each document the keys of its open places that read
    the same (documents with none left out)."""

    readings: ReadingSet
    decision: Decision
    places: dict[int, tuple[PlaceKey, ...]]  # document id -> place keys
    titles: dict[int, str]

    @property
    def count(self) -> int:
        """How many places it would decide."""
        return sum(len(keys) for keys in self.places.values())

    @property
    def documents(self) -> int:
        """In how many documents."""
        return len(self.places)


def _candidates(library: Library, readings: ReadingSet) -> list[int]:
    """The documents that may hold such places: as many witnesses as there are readings,
    and each reading's text somewhere in their witnesses."""
    rows = library.db.execute(
        "SELECT document_id FROM witnesses GROUP BY document_id HAVING count(*) = ?",
        [len(readings)],
    )
    found = {document_id for (document_id,) in rows}
    for text in sorted(set(readings) - {""}):
        holding = library.db.execute(
            "SELECT DISTINCT document_id FROM witnesses WHERE instr(text, ?) > 0", [text]
        )
        found &= {document_id for (document_id,) in holding}
    return sorted(found)


def find_series(
    library: Library, document_id: int, place_key: PlaceKey, progress: Progress | None = None
) -> Series:
    """The open places of the whole library (this document too) reading as the decided
    place `place_key` of `document_id` does. ValueError if that place is not decided."""
    source = read_state(library, document_id, getpass.getuser())
    place = source.find(place_key)
    decision = None if place is None else source.status(place)
    if decision is None:
        raise ValueError("the place is not decided")
    readings = reading_set(source, place)
    places: dict[int, tuple[PlaceKey, ...]] = {}
    titles: dict[int, str] = {}
    candidates = _candidates(library, readings)
    for done, candidate in enumerate(candidates, start=1):
        state = source if candidate == document_id else _opened(library, candidate)
        if state is not None:
            found = open_places(state, readings)
            if found:
                places[candidate] = tuple(state.keys[p] for p in found)
                titles[candidate] = state.document.title
        if progress is not None:
            progress(done, len(candidates))
    return Series(readings, decision, places, titles)


def _opened(library: Library, document_id: int) -> ReviewState | None:
    try:
        return read_state(library, document_id, getpass.getuser())
    except (LibraryError, ValueError):  # removed meanwhile, or one witness left
        return None


@dataclass(frozen=True)
class Batch:
    """The steps one library-wide action took: (document id, step number) each, and
    how many places they decided."""

    id: str
    steps: tuple[tuple[int, int], ...]
    places: int = 0

    @property
    def documents(self) -> int:
        return len(self.steps)


def apply_series(
    library: Library, series: Series, author: str, progress: Progress | None = None
) -> Batch:
    """Decide the series' places, one step in each document, all in one transaction
    (a failure or a cancel raised by `progress` leaves the library as it was). Places
    decided since the series was found are left as they are."""
    batch_id = uuid.uuid4().hex
    steps: list[tuple[int, int]] = []
    decided = 0
    with library.atomic():
        for done, (document_id, keys) in enumerate(sorted(series.places.items()), start=1):
            review = Review(library, document_id, author)
            state = review.state
            places = [state.find(key) for key in keys]
            places = [
                p
                for p in places
                if p is not None
                and p not in state.decisions
                and reading_set(state, p) == series.readings
                and review.decision_like(p, series.decision) is not None
            ]
            said = StepLabel.of(
                "library_series", count=len(places), readings=readings_shown(series.readings)
            )
            outcome = review.decide_like(places, series.decision, said)
            if outcome.step is not None:
                steps.append((document_id, outcome.step.number))
                decided += len(places)
            if progress is not None:
                progress(done, len(series.places))
        if steps:
            library.db.execute(
                "INSERT INTO review_batches (id, places, created_at) VALUES (?, ?, ?)",
                [batch_id, decided, now()],
            )
            library.db.conn.executemany(
                "UPDATE review_steps SET batch = ? WHERE document_id = ? AND number = ?",
                [(batch_id, document_id, number) for document_id, number in steps],
            )
    return Batch(batch_id, tuple(steps), decided)


def batch_of(library: Library, document_id: int, number: int) -> Batch | None:
    """The library-wide batch a document's step belongs to, or None."""
    found = library.db.execute(
        "SELECT b.id, b.places FROM review_steps s JOIN review_batches b ON b.id = s.batch"
        " WHERE s.document_id = ? AND s.number = ?",
        [document_id, number],
    ).fetchone()
    if found is None:
        return None
    steps = library.db.execute(
        "SELECT document_id, number FROM review_steps WHERE batch = ? ORDER BY document_id",
        [found[0]],
    ).fetchall()
    return Batch(found[0], tuple((d, n) for d, n in steps), found[1])


@dataclass(frozen=True)
class BatchResult:
    """What undoing or redoing a batch did: the documents changed, and those left as
    they were because later steps lie on top of the batch's (or it is gone)."""

    changed: tuple[int, ...]
    left: tuple[int, ...]


def undo_batch(
    library: Library, batch: Batch, author: str, progress: Progress | None = None
) -> BatchResult:
    """Undo the batch's step in every document where it is the last applied step."""
    return _set_batch(library, batch, author, undo=True, progress=progress)


def redo_batch(
    library: Library, batch: Batch, author: str, progress: Progress | None = None
) -> BatchResult:
    """Redo the batch's step in every document where it is the next to redo."""
    return _set_batch(library, batch, author, undo=False, progress=progress)


def _set_batch(
    library: Library, batch: Batch, author: str, undo: bool, progress: Progress | None
) -> BatchResult:
    changed, left = [], []
    with library.atomic():
        for done, (document_id, number) in enumerate(batch.steps, start=1):
            found = batch_of(library, document_id, number)
            if found is None or found.id != batch.id:  # the document was removed since
                left.append(document_id)
                continue
            try:
                review = Review(library, document_id, author)
            except (LibraryError, ValueError):
                left.append(document_id)
                continue
            steps = review.state.steps
            state = {s.number: s.state for s in steps}.get(number)
            applied = [s.number for s in steps if s.state == StepState.APPLIED]
            undone = [s.number for s in steps if s.state == StepState.UNDONE]
            if undo and applied and applied[-1] == number:
                review.undo()
                changed.append(document_id)
            elif not undo and undone and undone[0] == number:
                review.redo()
                changed.append(document_id)
            elif state != (StepState.UNDONE if undo else StepState.APPLIED):  # not done already
                left.append(document_id)
            if progress is not None:
                progress(done, len(batch.steps))
    return BatchResult(tuple(changed), tuple(left))
