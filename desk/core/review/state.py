"""The review of one document at one moment, as an immutable value.

A place reads its decision if it has one, else what the document choices give it; the
decisions and choices are those of the applied steps. A `ReviewState` answers every
question the views ask about that moment; next_state.py makes the state a step leads to,
sharing whatever the step leaves alone. `Review` (session.py) holds one state and swaps
it for the next once the step is saved. Imports alignment, review and library.documents;
reads nothing from the library.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

import numpy as np

from desk.core.alignment.category_names import (
    CATEGORIES,
    LAYOUT,
    PUNCTUATION,
    TO_REVIEW,
)
from desk.core.alignment.collation import Reading
from desk.core.evidence.reasons import PlaceProposal, place_proposal
from desk.core.library.documents import Document, named_by_editor
from desk.core.review.choices import Choices
from desk.core.review.history import Decision, Step, StepState, replay
from desk.core.review.place_key import PlaceKey
from desk.core.review.place_readings import PlaceReadings
from desk.core.review.readings import default_readings
from desk.core.review.saved_alignment import Alignment, PlaceKeys
from desk.core.review.step_labels import StepLabel
from desk.core.text.cleaning import Proposal
from desk.core.text.edits import TextEdit

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


@dataclass(frozen=True, eq=False)
class ReviewState:
    """A document's review at one moment: its alignment, history, choices and decisions,
    and what every place reads in the curated text. Never changed once made."""

    document: Document
    alignment: Alignment = field(repr=False)
    proposals: Mapping[str, Sequence[Proposal]] = field(repr=False)
    steps: tuple[Step, ...]  # applied and undone, in order (abandoned ones left out)
    first_choices: Choices
    choices: Choices
    decisions: Mapping[int, Decision] = field(repr=False)
    lost: Mapping[PlaceKey, Decision] = field(repr=False)  # decided places this alignment lacks
    defaults: tuple[str, ...] = field(repr=False)  # each place's reading under the choices
    curated: PlaceReadings = field(repr=False)  # each place's reading now
    offsets: np.ndarray = field(repr=False)  # where each place starts in the curated text
    decided: np.ndarray = field(repr=False)  # which places are decided
    to_review: np.ndarray = field(repr=False)  # which places are text or script variants
    reviewable: int  # how many places those are
    reviewed: int  # how many of them are decided
    category_codes: list[int] = field(repr=False)  # each place's index into CATEGORIES
    # The curated text of the state before and the edits that make this one's from it:
    # the text is made when first asked for (a decision in a book need not copy it).
    text_from: tuple[str, tuple[TextEdit, ...]] | None = field(repr=False)

    @classmethod
    def made(
        cls,
        document: Document,
        alignment: Alignment,
        proposals: Mapping[str, Sequence[Proposal]],
        steps: Iterable[Step],
        first_choices: Choices,
    ) -> ReviewState:
        """The state these steps make, replayed on this alignment from the first choices."""
        steps = tuple(s for s in steps if s.state != StepState.ABANDONED)
        choices = first_choices
        decisions: dict[int, Decision] = {}
        lost: dict[PlaceKey, Decision] = {}
        for step in steps:
            if step.state == StepState.APPLIED:
                replay(step, True, alignment.find_all, decisions, lost)
                if step.choices is not None:
                    choices = step.choices[1]
        choices = choices.fitted(list(alignment.witness_ids))
        defaults = tuple(default_readings(alignment, proposals, choices))
        curated = PlaceReadings.of(
            decisions[n].text if n in decisions else t for n, t in enumerate(defaults)
        )
        places = alignment.places
        decided = np.zeros(len(places), dtype=bool)
        decided[np.fromiter(decisions, np.int64, len(decisions))] = True
        to_review = places.variant & np.isin(
            places.category, [CATEGORIES.index(c) for c in TO_REVIEW]
        )
        return cls(
            document,
            alignment,
            MappingProxyType(dict(proposals)),
            steps,
            first_choices,
            choices,
            MappingProxyType(decisions),
            MappingProxyType(lost),
            defaults,
            curated,
            frozen(offsets_of(curated)),
            frozen(decided),
            frozen(to_review),
            int(to_review.sum()),
            int((to_review & decided).sum()),
            places.category.tolist(),
            None,
        )

    # The alignment's facts, as the review asks for them

    @property
    def witness_ids(self) -> tuple[str, ...]:
        return self.alignment.witness_ids

    @property
    def base_id(self) -> str:
        return self.alignment.base

    @property
    def keys(self) -> PlaceKeys:
        return self.alignment.keys()

    @property
    def variant_places(self) -> tuple[int, ...]:
        return self.alignment.variant_places

    @property
    def variant_array(self) -> np.ndarray:
        return self.alignment.variant_array

    def find(self, key: PlaceKey) -> int | None:
        """The place a key names: exactly, or by the spans of the witnesses the key and
        this alignment share (a witness added to the document or taken from it)."""
        return self.alignment.find(key)

    # What the views show

    def text(self) -> str:
        """The curated text now."""
        return self._text

    @cached_property
    def _text(self) -> str:
        if self.text_from is None:
            return self.curated.joined()
        text, edits = self.text_from
        for edit in edits:  # last first: earlier offsets stay valid
            text = text[: edit.start] + edit.text + text[edit.end :]
        return text

    def text_if_made(self) -> str | None:
        """The curated text if it was made already, else None."""
        return self.__dict__.get("_text")

    def span(self, place: int) -> tuple[int, int]:
        """Where a place sits in the curated text now."""
        return int(self.offsets[place]), int(self.offsets[place + 1])

    def reading(self, place: int) -> str:
        """The place's reading in the curated text now."""
        return self.curated[place]

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
        return ~self.decided[places]

    def same_readings(self, place: int) -> list[int]:
        """The other undecided places where every witness reads as it does at `place`
        (every 邰 read where the other witness reads 邵)."""
        readings = self.reading_texts(place)
        return [p for p in self._alike(place).tolist() if self.reading_texts(p) == readings]

    def same_readings_count(self, place: int) -> int:
        """How many places `same_readings` finds (its index alone: no reading compared)."""
        return len(self._alike(place))

    def _alike(self, place: int) -> np.ndarray:
        found = self.alignment.places_reading_as(place)
        return found[~self.decided[found] & (found != place)]

    def reading_texts(self, place: int) -> tuple[str, ...]:
        """Every witness's reading of the place as text, in the alignment's order."""
        places = self.alignment.places
        return tuple(
            witness.text[places.starts[row, place] : places.ends[row, place]]
            for row, witness in enumerate(self.alignment.witnesses)
        )

    def clean_reading(self, place: int) -> str:
        """What the document choices give the place (its reading while undecided)."""
        return self.defaults[place]

    def proposal(self, place: int) -> PlaceProposal | None:
        """desk's proposal at the place, with its confidence and reasons, or None."""
        alignment = self.alignment
        return place_proposal(alignment.likely, alignment.witnesses, alignment.places, place)

    def sure_proposals(self, min_confidence: float) -> list[int]:
        """The undecided places to review (text and script: a mark the evidence proposes
        stays with the document choices) whose proposal is at least this sure, in order."""
        likely = self.alignment.likely
        kinds = [CATEGORIES.index(c) for c in TO_REVIEW]
        sure = likely.proposed & (likely.confidence >= min_confidence)
        sure &= np.isin(self.alignment.places.category[likely.places], kinds)
        places = likely.places[sure]
        return places[self.undecided_mask(places)].tolist()

    def next_least_sure(self, after: int | None, backwards: bool = False) -> int | None:
        """The undecided place to review that comes after `after` (or before it) when they
        are ordered from the least sure proposal to the surest (a place with no proposal
        first of all, then in text order); the first (or last) when `after` is not one of
        them; None when none is left."""
        kinds = [CATEGORIES.index(c) for c in TO_REVIEW]
        places = self.variant_array[
            np.isin(self.alignment.places.category[self.variant_array], kinds)
        ]
        places = places[self.undecided_mask(places)]
        if len(places) == 0:
            return None
        likely = self.alignment.likely
        sureness = np.zeros(len(places), dtype=np.float32)
        at = np.minimum(np.searchsorted(likely.places, places), max(len(likely.places) - 1, 0))
        if len(likely.places):
            proposed = (likely.places[at] == places) & likely.proposed[at]
            sureness[proposed] = likely.confidence[at[proposed]]
        ordered = places[np.lexsort((places, sureness))].tolist()
        if after not in ordered:
            return ordered[-1 if backwards else 0]
        step = -1 if backwards else 1
        return ordered[(ordered.index(after) + step) % len(ordered)]

    def category(self, place: int) -> str | None:
        """The place's category; None where all witnesses agree."""
        return self.alignment.category(place)

    def status(self, place: int) -> Decision | None:
        """The decision on a place, or None while the choices give its reading."""
        return self.decisions.get(place)

    def undecided(self, category: str) -> list[int]:
        """The places of a category not decided yet (what deciding them all would change)."""
        code = CATEGORIES.index(category)
        return [
            p
            for p in self.variant_places
            if self.category_codes[p] == code and p not in self.decisions
        ]

    def place_at(self, offset: int) -> int:
        """The place holding the character at `offset` of the curated text (the last
        place for the end of the text)."""
        place = int(np.searchsorted(self.offsets[1:], offset, side="right"))
        return min(place, len(self.curated) - 1)

    def variant_row(self, place: int) -> int | None:
        """The position of a place among the variant places (or of the next one)."""
        row = bisect_left(self.variant_places, place)
        return row if row < len(self.variant_places) else None

    def places_between(self, start: int, end: int) -> range:
        """The places whose curated spans meet [start, end]."""
        first = int(np.searchsorted(self.offsets[1:], start, side="left"))
        last = int(np.searchsorted(self.offsets[:-1], end, side="right"))
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

    def counts(self) -> Counts:
        """Where the review stands (the one count the window and the library show)."""
        total = len(self.variant_places)
        open_ = self.reviewable - self.reviewed
        return Counts(open_, total - self.reviewed - open_, self.reviewed, total)

    def next_open(
        self, after: int | None, backwards: bool = False, categories: Iterable[str] = TO_REVIEW
    ) -> int | None:
        """The next (or previous) undecided place of the categories after a place,
        wrapping round."""
        wanted = {CATEGORIES.index(c) for c in categories}
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
            if self.category_codes[place] in wanted and place not in self.decisions:
                return place
        return None

    def applied_steps(self) -> list[Step]:
        return [s for s in self.steps if s.state == StepState.APPLIED]

    def undo_label(self) -> StepLabel | None:
        """What Undo would undo, or None."""
        applied = self.applied_steps()
        return applied[-1].label if applied else None

    def redo_label(self) -> StepLabel | None:
        """What Redo would redo, or None."""
        undone = [s for s in self.steps if s.state == StepState.UNDONE]
        return undone[0].label if undone else None

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


def offsets_of(readings: Sequence[str]) -> np.ndarray:
    offsets = np.zeros(len(readings) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, readings), np.int64, len(readings)), out=offsets[1:])
    return offsets


def frozen(array: np.ndarray) -> np.ndarray:
    array.flags.writeable = False
    return array
