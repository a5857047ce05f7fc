"""What each decided place read and what was chosen there, kept in the library beside the
history (one row a place, written in the step's transaction), so that the documents
prepared after it learn how such readings are decided (evidence.library_decisions).

A row is kept where the chosen reading is one of the place's readings, white space aside,
and every reading is short enough to recur (a misread character, a word, a byline).
Imports the store, the state and numpy.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from desk.core.alignment.collation import WitnessText
from desk.core.alignment.places import Places
from desk.core.evidence.library_decisions import LibraryDecisions
from desk.core.library.store import Library
from desk.core.review.place_key import PlaceKey

if TYPE_CHECKING:
    from desk.core.review.state import ReviewState

LONGEST_KEPT = 32  # characters of a reading, white space aside

Remembered = dict[str, dict[str, int]]  # readings key -> chosen reading -> times


def readings_key(texts: Iterable[str]) -> str | None:
    """The key of a set of readings, whichever witness reads which and white space aside;
    None for readings that are all alike or too long to recur."""
    squeezed = _squeezed_set(texts)
    return None if squeezed is None else _key(squeezed)


def _squeezed_set(texts: Iterable[str]) -> set[str] | None:
    squeezed = {"".join(text.split()) for text in texts}
    if len(squeezed) < 2 or max(len(text) for text in squeezed) > LONGEST_KEPT:
        return None
    return squeezed


def _key(squeezed: set[str]) -> str:
    return json.dumps(sorted(squeezed), ensure_ascii=False)


def keep_decided_readings(library: Library, state: ReviewState, keys: Iterable[PlaceKey]) -> None:
    """Bring the rows of these places of the state's document up to date with it (call
    inside the step's transaction)."""
    document_id = state.document.id
    kept, gone = [], []
    keys = list(keys)
    for key, place in zip(keys, state.alignment.find_all(keys)):
        row = _row(state, place)
        if row is None:
            gone.append((document_id, str(key)))
        else:
            kept.append((document_id, str(key), *row))
    library.db.conn.executemany(
        "DELETE FROM decided_readings WHERE document_id = ? AND place = ?", gone
    )
    library.db.conn.executemany(
        "INSERT OR REPLACE INTO decided_readings (document_id, place, readings, chosen)"
        " VALUES (?, ?, ?, ?)",
        kept,
    )


def _row(state: ReviewState, place: int | None) -> tuple[str, str] | None:
    """The readings and the chosen reading of a place, if it is decided on one of its
    readings."""
    decision = None if place is None else state.status(place)
    if place is None or decision is None:
        return None
    squeezed = _squeezed_set(state.reading_texts(place))
    chosen = "".join(decision.text.split())
    if squeezed is None or chosen not in squeezed:
        return None
    return _key(squeezed), chosen


def remembered(library: Library, document_id: int) -> Remembered:
    """How the library's other documents decided each set of readings."""
    found: Remembered = defaultdict(dict)
    for readings, chosen, times in library.db.execute(
        "SELECT readings, chosen, count(*) FROM decided_readings WHERE document_id != ?"
        " GROUP BY readings, chosen",
        [document_id],
    ):
        found[readings][chosen] = times
    return found


def library_decisions(
    library: Library, document_id: int, witnesses: Sequence[WitnessText], places: Places
) -> LibraryDecisions:
    """For each variant place of a document's alignment whose readings the library's
    other documents decided, the witnesses reading what was chosen and how often."""
    memory = remembered(library, document_id)
    if not memory or len(witnesses) < 2:
        return LibraryDecisions.none()
    variants = np.flatnonzero(places.variant)
    lengths = places.ends[:, variants] - places.starts[:, variants]
    candidates = variants[lengths.max(axis=0, initial=0) <= 4 * LONGEST_KEPT].tolist()
    found: list[tuple[int, int, int]] = []
    for place in candidates:
        texts = [
            w.text[int(places.starts[row, place]) : int(places.ends[row, place])]
            for row, w in enumerate(witnesses)
        ]
        chosen = memory.get(readings_key(texts) or "")
        if chosen:
            for row, text in enumerate(texts):
                times = chosen.get("".join(text.split()), 0)
                if times:
                    found.append((place, row, times))
    if not found:
        return LibraryDecisions.none()
    return LibraryDecisions.from_array(np.array(found, dtype=np.int64).T)
