"""What the panes paint of the open review: each place's span in its category's colour
(faint ones only when shown), the marks over omissions and white space, the moved
passages with their labels, and the notes' passages; and the overview strips' marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject

from desk.core.alignment.category_names import CATEGORIES
from desk.core.review.summary import move_lines
from desk.gui.overview_marks import OverviewMarks
from desk.gui.pane_ids import CURATED, witness_of
from desk.gui.style import (
    FAINT,
    move_format,
    note_format,
    omission_colour,
    span_format,
    whitespace_colour,
)
from desk.gui.text_pane import OMISSION, TextMark, reading_marks
from desk.gui.words import move_text, witness_names

if TYPE_CHECKING:
    from desk.gui.view_parts import ViewParts

LONG_SPAN = 400  # longer spans are always checked for visibility


class PaneSpans:
    """A witness pane's variant spans (start, end, place), sorted, to find visible ones."""

    def __init__(self, starts: np.ndarray, ends: np.ndarray, places: np.ndarray) -> None:
        short = ends - starts <= LONG_SPAN
        order = np.argsort(starts[short], kind="stable")
        self.starts = starts[short][order]
        self.ends = ends[short][order]
        self.places = places[short][order]
        self.long = list(
            zip(starts[~short].tolist(), ends[~short].tolist(), places[~short].tolist())
        )

    def between(self, start: int, end: int) -> list[tuple[int, int, int]]:
        first = int(np.searchsorted(self.starts, start - LONG_SPAN, side="left"))
        last = int(np.searchsorted(self.starts, end, side="right"))
        found = [
            (s, e, p)
            for s, e, p in zip(
                self.starts[first:last].tolist(),
                self.ends[first:last].tolist(),
                self.places[first:last].tolist(),
            )
            if e >= start
        ]
        return found + [s for s in self.long if s[0] <= end and s[1] >= start]


class PanePainting(QObject):
    """The painters of a review view's panes, and the indexes they paint from."""

    def __init__(self, view: ViewParts) -> None:
        super().__init__(view)
        self.view = view
        self.spans: dict[str, PaneSpans] = {}  # witness id -> its variant places' spans
        self.overview: dict[str, OverviewMarks] = {}  # witness id -> its overview's marks
        self.rows: dict[str, int] = {}  # witness id -> its row in the alignment
        self.move_places: list[list[int]] = []
        self.move_labels: dict[tuple[int, str], str] = {}

    def clear(self) -> None:
        self.spans.clear()
        self.overview.clear()
        self.rows.clear()
        self.move_places, self.move_labels = [], {}

    def index(self) -> None:
        """Index the open review's places for painting, and give every pane its painters."""
        review = self.view.review
        panes = self.view.panes
        self.rows = {w.id: row for row, w in enumerate(review.state.alignment.witnesses)}
        self.move_places = [
            review.state.alignment.places_of_move(index)
            for index in range(len(review.state.alignment.moves))
        ]
        self.move_labels = {}
        places = review.state.variant_array
        categories = review.state.alignment.places.category[places]
        for row, witness in enumerate(review.state.alignment.witnesses):
            starts = review.state.alignment.places.starts[row, places]
            ends = review.state.alignment.places.ends[row, places]
            self.spans[witness.id] = PaneSpans(starts, ends, places)
            marks = OverviewMarks(
                len(witness.text),
                places,
                starts,
                categories,
                lambda chosen: review.state.undecided_mask(chosen),  # the state now
                self.visible_places,
            )
            self.overview[witness.id] = marks
            panes[witness.id].set_spans(
                lambda s, e, w=witness.id: self.witness_spans(w, s, e), marks.marks
            )
            panes[witness.id].set_marks(
                lambda s, e, w=witness.id: self.witness_marks(w, s, e),
                lambda s, e, w=witness.id: self.witness_moves(w, s, e),
            )
        panes[CURATED].set_spans(self.curated_spans, self.overview[review.state.base_id].marks)
        panes[CURATED].set_marks(self.curated_marks, self.curated_moves)

    def place_span(self, place: int, start: int, end: int):
        """A place's span as painted; an omission is a caret painted over the text
        (see _marks), not a format: its span is empty."""
        current = place == self.view.current
        category = self.view.review.state.category(place)
        decided = self.view.review.state.status(place) is not None
        return start, end, span_format(category, decided, current)

    def visible_places(self, places: np.ndarray) -> np.ndarray:
        """Which of these places are painted (as `_visible`, for many at once)."""
        if self.view.show_faint:
            return np.ones(len(places), dtype=bool)
        faint = [CATEGORIES.index(c) for c in FAINT]
        shown = ~np.isin(self.view.review.state.alignment.places.category[places], faint)
        return shown | (places == (-1 if self.view.current is None else self.view.current))

    def visible(self, place: int) -> bool:
        return (
            self.view.show_faint
            or self.view.review.state.category(place) not in FAINT
            or place == self.view.current
        )

    def witness_spans(self, witness: str, start: int, end: int):
        moves = [
            (m.readings[witness].start, m.readings[witness].end, move_format())
            for m in self.view.review.state.alignment.moves
            if witness in m.readings
            and m.readings[witness].start <= end
            and m.readings[witness].end >= start
        ]
        spans = [
            self.place_span(p, s, e)
            for s, e, p in self.spans[witness].between(start, end)
            if self.visible(p) and s < e
        ]
        return moves + self.note_spans(witness, start, end) + spans

    def marks(self, place: int, start: int, reading: str) -> list[TextMark]:
        """The marks over a shown place's reading in a pane: a caret for an omission,
        dots and ⏎ for a reading of spaces and line breaks."""
        current = place == self.view.current
        category = self.view.review.state.category(place)
        return [
            (
                kind,
                offset,
                omission_colour(category, current)
                if kind == OMISSION
                else whitespace_colour(current),
                current,
            )
            for kind, offset in reading_marks(reading, start)
        ]

    def witness_marks(self, witness: str, start: int, end: int) -> list[TextMark]:
        text = self.view.review.state.alignment.witnesses[self.rows[witness]].text
        return [
            mark
            for s, e, p in self.spans[witness].between(start, end)
            if self.visible(p)
            for mark in self.marks(p, s, text[s:e])
        ]

    def curated_marks(self, start: int, end: int) -> list[TextMark]:
        review = self.view.review
        variant = review.state.alignment.places.variant
        return [
            mark
            for p in review.state.places_between(start, end)
            if variant[p] and self.visible(p)
            for mark in self.marks(p, review.state.span(p)[0], review.state.reading(p))
        ]

    def witness_moves(self, witness: str, start: int, end: int):
        """(start, end, label) of the moved passages in view in a witness's pane."""
        found = []
        for index, move in enumerate(self.view.review.state.alignment.moves):
            reading = move.readings.get(witness)
            if reading is not None and reading.start <= end and reading.end >= start:
                found.append((reading.start, reading.end, self.move_label(index, witness)))
        return found

    def curated_moves(self, start: int, end: int):
        """(start, end, label) of the moved passages in view in the curated text, where
        the base witness puts them."""
        found = []
        for index, inside in enumerate(self.move_places):
            if not inside:
                continue
            first, last = (
                self.view.review.state.span(inside[0])[0],
                self.view.review.state.span(inside[-1])[1],
            )
            if first <= end and last >= start:
                found.append((first, last, self.move_label(index, CURATED)))
        return found

    def move_label(self, index: int, pane: str) -> str:
        """What a moved passage's label says in a pane: where it sits in the other
        witnesses (in the curated text: in every witness)."""
        key = (index, pane)
        if key not in self.move_labels:
            if pane == CURATED:
                inside = self.move_places[index]
                label = move_text(self.view.review.state, inside[0]) if inside else ""
            else:
                names = witness_names(self.view.review.state)
                where = [
                    self.tr("{witness}, line {line}").format(witness=names[w], line=line)
                    for w, line in move_lines(self.view.review.state, index)
                    if w != pane
                ]
                between = self.tr("; ", "between the witnesses a moved passage's label names")
                label = self.tr("moved: see {where}").format(where=between.join(where))
            self.move_labels[key] = label
        return self.move_labels[key]

    def note_spans(self, pane: str, start: int, end: int):
        target = witness_of(pane)
        return [
            (found[0], found[1], note_format())
            for annotation in self.view.notes.annotations
            if annotation.witness_id == target
            and (found := self.view.notes.places.get(annotation.id)) is not None
            and found[0] <= end
            and found[1] >= start
        ]

    def curated_spans(self, start: int, end: int):
        review = self.view.review
        spans = self.note_spans(CURATED, start, end)
        variant = review.state.alignment.places.variant
        for p in review.state.places_between(start, end):
            if variant[p] and self.visible(p):
                s, e = review.state.span(p)
                if s < e:
                    spans.append(self.place_span(p, s, e))
        return spans

    def place_at(self, pane: str, position: int) -> int | None:
        """The shortest shown variant place whose span in `pane` holds `position`."""
        review = self.view.review
        if pane == CURATED:
            variant = review.state.alignment.places.variant
            found = [
                (e - s, p)
                for p in review.state.places_between(position, position)
                if variant[p]
                for s, e in [review.state.span(p)]
            ]
        else:
            found = [(e - s, p) for s, e, p in self.spans[pane].between(position, position)]
        found = [(length, p) for length, p in found if self.visible(p)]
        return min(found)[1] if found else None
