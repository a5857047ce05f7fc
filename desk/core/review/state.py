"""The review of one document as state: its places, what each reads, the history.

A place reads its decision if it has one, else what the document choices give it; the
decisions and choices are those of the applied steps, replayed from the library, each
place found by its key. This module answers questions about that state; the session
(session.py) changes it. Imports alignment, review, library.documents, saved_proposals and store.
"""

from __future__ import annotations

import getpass
import json
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from desk.core.alignment.category_names import CATEGORIES, LAYOUT, PUNCTUATION, SCRIPT, TEXT
from desk.core.alignment.collation import Reading
from desk.core.library.documents import get_document, named_by_editor
from desk.core.library.failures import LibraryError, ReadOnly
from desk.core.library.store import Library
from desk.core.review.choices import Choices, default_choices
from desk.core.review.earlier import earlier_step
from desk.core.review.history import (
    Decision,
    Step,
    StepState,
    insert_step,
    load_steps,
    replay,
)
from desk.core.review.place_key import PlaceKey
from desk.core.review.readings import default_readings, witness_cleaned
from desk.core.review.saved_alignment import Alignment, document_alignment, document_witnesses
from desk.core.review.saved_proposals import witness_proposals
from desk.core.review.step_labels import StepLabel

TO_REVIEW = (TEXT, SCRIPT)  # categories an editor decides place by place
BY_CHOICE = (LAYOUT, PUNCTUATION)  # categories the document choices settle


@dataclass(frozen=True)
class Counts:
    """Where the review stands: text and script places still to decide and decided, the
    layout and punctuation places (the document choices settle those not decided one by
    one), and all places where the witnesses differ."""

    open: int
    by_choice: int
    decided: int
    total: int

    def describe(self) -> str:
        return (
            f"{self.open} to review, {self.decided} reviewed;"
            f" {self.by_choice} layout and punctuation places"
        )


class ChangedElsewhere(LibraryError):
    """The document's history was changed by another session (`desk decide` in a script,
    say) since this one read it: nothing was saved, and the review is read again."""


class ReviewState:
    """A document's review as the library holds it, and the questions the views ask."""

    def __init__(
        self,
        library: Library,
        document_id: int,
        author: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.library = library
        self.document = get_document(library, document_id)
        self.author = author or getpass.getuser()
        self._clock = clock
        self._last_typing = float("-inf")
        self._typing_at = -1  # where the last keystroke left the cursor
        self.alignment: Alignment | None = None
        self._cleaned_cache: dict[tuple, list[str]] = {}
        self._reload()

    # State, rebuilt from the library

    def _reload(self) -> None:
        """Read the history again and rebuild every reading from it."""
        steps = load_steps(self.library, self.document.id)
        if not steps:
            steps = self._adopt_earlier_decisions()
        self.steps = [s for s in steps if s.state != StepState.ABANDONED]
        self.first_choices = self._first_choices()
        choices = self.first_choices
        for step in self.steps:
            if step.state == StepState.APPLIED and step.choices is not None:
                choices = step.choices[1]
        self._align(choices.order)
        self.choices = choices.fitted(self.witness_ids)
        self.decisions: dict[int, Decision] = {}
        self.lost: dict[PlaceKey, Decision] = {}  # decisions whose place this alignment lacks
        for step in self.steps:
            if step.state == StepState.APPLIED:
                replay(step, True, self.find, self.decisions, self.lost)
        self._decided = np.zeros(len(self.alignment.places), dtype=bool)
        self._decided[np.fromiter(self.decisions, np.int64, len(self.decisions))] = True
        self._defaults = default_readings(self.alignment, self.proposals, self.choices)
        self._readings = [
            self.decisions[n].text if n in self.decisions else text
            for n, text in enumerate(self._defaults)
        ]
        self._offsets = np.zeros(len(self._readings) + 1, dtype=np.int64)
        lengths = np.fromiter(map(len, self._readings), np.int64, len(self._readings))
        np.cumsum(lengths, out=self._offsets[1:])
        self._text: str | None = None
        self._fingerprint = self._history_fingerprint()

    def use_library(self, library: Library) -> None:
        """Go on through another connection to the same library: a review made in a
        background thread (an SQLite connection belongs to its thread) handed to the
        window. A step taken elsewhere meanwhile is found at the next write."""
        self.library = library

    def _history_fingerprint(self) -> tuple:
        """What changes whenever any session takes, undoes or redoes a step here."""
        return self.library.db.execute(
            "SELECT max(number), count(*) FROM review_steps"
            " WHERE document_id = ? AND state = 'applied'",
            [self.document.id],
        ).fetchone()

    def _adopt_earlier_decisions(self) -> list[Step]:
        """An earlier desk's decisions on this document, as the first step (saved if the
        library can be written)."""
        step = earlier_step(self.library, self.document.id, self.author)
        if step is None:
            return []
        try:
            with self.library.atomic():
                insert_step(self.library, self.document.id, step)
        except ReadOnly:
            pass  # shown all the same; saved by the next session that can write
        return [step]

    def _align(self, order: str) -> None:
        """Take on the alignment table in the order of witness `order`."""
        if self.alignment is not None and self.alignment.base == order:
            return
        self.alignment = document_alignment(self.library, self.document.id, order)
        self.witness_ids = [w.id for w in self.alignment.witnesses]
        self.base_id = self.alignment.base
        self.keys = self.alignment.keys()
        self.proposals = {
            w.id: witness_proposals(self.library, int(w.id), w.text)
            for w in self.alignment.witnesses
        }
        places = self.alignment.places
        self.variant_array = np.flatnonzero(places.variant)
        self.variant_places = self.variant_array.tolist()
        self._category_index = places.category.tolist()
        self._to_review = places.variant & np.isin(
            places.category, [CATEGORIES.index(c) for c in TO_REVIEW]
        )

    def find(self, key: PlaceKey) -> int | None:
        """The place a key names: exactly, or by the spans of the witnesses the key and
        this alignment share (a witness added to the document or taken from it)."""
        return self.alignment.find(key)

    def _first_choices(self) -> Choices:
        row = self.library.db.execute(
            "SELECT first_choices FROM review_documents WHERE document_id = ?", [self.document.id]
        ).fetchone()
        if row is not None and row[0]:
            return Choices.from_json(row[0])
        witnesses = document_witnesses(self.library, self.document.id)
        return default_choices(
            [(w.id, w.text, witness_proposals(self.library, int(w.id), w.text)) for w in witnesses]
        )

    # What the views show

    def text(self) -> str:
        """The curated text now."""
        if self._text is None:
            self._text = "".join(self._readings)
        return self._text

    def span(self, place: int) -> tuple[int, int]:
        """Where a place sits in the curated text now."""
        return int(self._offsets[place]), int(self._offsets[place + 1])

    def reading(self, place: int) -> str:
        """The place's reading in the curated text now."""
        return self._readings[place]

    def readings(self, place: int) -> dict[str, Reading]:
        """Every witness's reading of the place, by witness id."""
        places = self.alignment.places
        found = {}
        for row, witness in enumerate(self.alignment.witnesses):
            start, end = int(places.starts[row, place]), int(places.ends[row, place])
            found[witness.id] = Reading(start, end, witness.text[start:end])
        return found

    def undecided_mask(self, places: np.ndarray) -> np.ndarray:
        """Which of these places are not decided (the choices give their readings)."""
        return ~self._decided[places]

    def same_readings(self, place: int) -> list[int]:
        """The other undecided places where every witness reads as it does at `place`
        (every 邰 read where the other witness reads 邵)."""
        readings = self._reading_texts(place)
        return [p for p in self._alike(place).tolist() if self._reading_texts(p) == readings]

    def same_readings_count(self, place: int) -> int:
        """How many places `same_readings` finds (its index alone: no reading compared)."""
        return len(self._alike(place))

    def _alike(self, place: int) -> np.ndarray:
        found = self.alignment.places_reading_as(place)
        return found[~self._decided[found] & (found != place)]

    def _reading_texts(self, place: int) -> tuple[str, ...]:
        places = self.alignment.places
        return tuple(
            witness.text[places.starts[row, place] : places.ends[row, place]]
            for row, witness in enumerate(self.alignment.witnesses)
        )

    def clean_reading(self, place: int) -> str:
        """What the document choices give the place (its reading while undecided)."""
        return self._defaults[place]

    def category(self, place: int) -> str | None:
        """The place's category; None where all witnesses agree."""
        return self.alignment.category(place)

    def status(self, place: int) -> Decision | None:
        """The decision on a place, or None while the choices give its reading."""
        return self.decisions.get(place)

    def place_at(self, offset: int) -> int:
        """The place holding the character at `offset` of the curated text (the last
        place for the end of the text)."""
        place = int(np.searchsorted(self._offsets[1:], offset, side="right"))
        return min(place, len(self._readings) - 1)

    def variant_row(self, place: int) -> int | None:
        """The position of a place among the variant places (or of the next one)."""
        row = bisect_left(self.variant_places, place)
        return row if row < len(self.variant_places) else None

    def places_between(self, start: int, end: int) -> range:
        """The places whose curated spans meet [start, end]."""
        first = int(np.searchsorted(self._offsets[1:], start, side="left"))
        last = int(np.searchsorted(self._offsets[:-1], end, side="right"))
        return range(first, max(first, last))

    def to_base(self, offset: int) -> int:
        """The base witness's offset that a curated-text offset stands for (scrolling)."""
        place = self.place_at(offset)
        start, end = self.span(place)
        base_start = int(self.alignment.places.starts[0, place])
        base_end = int(self.alignment.places.ends[0, place])
        return base_start + min(offset - start, base_end - base_start)

    def to_curated(self, base_offset: int) -> int:
        """The curated-text offset that a base witness's offset stands for (scrolling)."""
        base_ends = self.alignment.places.ends[0]
        place = min(int(np.searchsorted(base_ends, base_offset, side="right")), len(base_ends) - 1)
        base_start = int(self.alignment.places.starts[0, place])
        start, end = self.span(place)
        return start + min(max(base_offset - base_start, 0), end - start)

    def save_position(self, place: int | None) -> None:
        """Remember where the editor is, for the next time the document opens."""
        state = json.dumps({"place": None if place is None else str(self.keys[place])})
        with self.library.atomic() as db:  # a document removed meanwhile keeps nothing
            db.execute(
                "UPDATE documents SET review_state = ? WHERE id = ?", [state, self.document.id]
            )

    def saved_position(self) -> int | None:
        """The place the editor was at when the document was last open."""
        row = self.library.db.execute(
            "SELECT review_state FROM documents WHERE id = ?", [self.document.id]
        ).fetchone()
        try:
            key = json.loads(row[0]).get("place") if row and row[0] else None
            return None if key is None else self.find(PlaceKey.parse(key))
        except (ValueError, AttributeError):
            return None

    def counts(self) -> Counts:
        """Where the review stands (the one count the window and the library show)."""
        return self._counts(self.decisions)

    def _counts(self, decisions: dict[int, Decision]) -> Counts:
        places = self.alignment.places
        decided = np.zeros(len(places), dtype=bool)
        decided[np.fromiter(decisions, np.int64, len(decisions))] = True
        to_review = int((self._to_review & ~decided).sum())
        done = int((self._to_review & decided).sum())
        total = len(self.variant_places)
        return Counts(to_review, total - done - to_review, done, total)

    def next_open(
        self, after: int | None, backwards: bool = False, categories: Iterable[str] = TO_REVIEW
    ) -> int | None:
        """The next (or previous) undecided place of the categories after a place,
        wrapping round."""
        wanted = {CATEGORIES.index(c) for c in categories}
        kinds = self._category_index
        places = self.variant_places
        if not places:
            return None
        if after is None:
            here = len(places) if backwards else -1
        else:
            side = "left" if backwards else "right"
            here = int(np.searchsorted(self.variant_array, after, side=side))
            here = here if backwards else here - 1
        step = -1 if backwards else 1
        for distance in range(1, len(places) + 1):
            place = places[(here + step * distance) % len(places)]
            if kinds[place] in wanted and place not in self.decisions:
                return place
        return None

    def undo_label(self) -> StepLabel | None:
        """What Undo would undo, or None."""
        applied = [s for s in self.steps if s.state == StepState.APPLIED]
        return applied[-1].label if applied else None

    def redo_label(self) -> StepLabel | None:
        """What Redo would redo, or None."""
        undone = [s for s in self.steps if s.state == StepState.UNDONE]
        return undone[0].label if undone else None

    # Actions: each one step, saved before it shows

    def _cleaned(self, witness: str) -> list[str]:
        """A witness's reading at every place, cleaned under the current choices."""
        key = (self.alignment.base, witness, self.choices)
        if key not in self._cleaned_cache:
            row = self.witness_ids.index(witness)
            found = witness_cleaned(self.alignment, self.proposals, self.choices, row)
            self._cleaned_cache = {key: found}
        return self._cleaned_cache[key]

    def witness_namings(self) -> dict[str, str | int]:
        """Each witness's id -> the name the editor gave it, else its number (1, 2, ...
        in the document's order, the order they were imported in, whichever is the base):
        each front end says "witness 2" in its own language."""
        return {
            str(w.id): w.label if named_by_editor(w) else n
            for n, w in enumerate(self.document.witnesses, 1)
        }

    def witness_names(self) -> dict[str, str]:
        """Each witness's id -> its name in English: the editor's, else "witness 2"."""
        return {
            wid: name if isinstance(name, str) else f"witness {name}"
            for wid, name in self.witness_namings().items()
        }
