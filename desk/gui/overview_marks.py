"""The marks of one pane's overview strip, kept up to date place by place.

The strip is divided into buckets; each shows the most important place in it (undecided
before decided, text before script, punctuation and layout). Deciding a place only
recomputes its bucket, so a book's tens of thousands of variant places cost nothing per
decision; the places' buckets and ranks are worked out on arrays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from PySide6.QtGui import QColor

from desk.core.alignment.category_names import CATEGORIES
from desk.core.arrays import distinct
from desk.gui.style import CATEGORY_COLOURS

BUCKETS = 400
PRIORITY = {"text": 3, "script": 2, "punctuation": 1, "layout": 0}
_RANK = np.array([PRIORITY[c] for c in CATEGORIES], dtype=np.int8)  # by category index
PlaceTest = Callable[[np.ndarray], np.ndarray]  # places -> a bool for each


class OverviewMarks:
    """Marks for a text of `length` characters, from the places (ascending) at `starts`
    in it, of the categories (indices into CATEGORIES) given."""

    def __init__(
        self,
        length: int,
        places: np.ndarray,
        starts: np.ndarray,
        categories: np.ndarray,
        is_open: PlaceTest,
        is_shown: PlaceTest,
    ) -> None:
        self._is_open, self._is_shown = is_open, is_shown
        self._all_places = np.asarray(places)
        self._bucket_of_place = np.asarray(starts, dtype=np.int64) * BUCKETS // max(1, length)
        order = np.argsort(self._bucket_of_place, kind="stable")  # place order kept inside
        self._places = self._all_places[order]
        self._categories = np.asarray(categories)[order]
        self._buckets = self._bucket_of_place[order]
        self._colours: dict[int, QColor] = {}
        self.recompute_all()

    def recompute_all(self) -> None:
        """After a change of many places, or of which categories are shown."""
        self._colours = {}
        self._recompute(distinct(self._buckets))

    def places_changed(self, places: Iterable[int]) -> None:
        """After these places were decided or undecided."""
        wanted = np.asarray(list(places), dtype=np.int64)
        at = np.searchsorted(self._all_places, wanted)
        known = at < len(self._all_places)
        known[known] = self._all_places[at[known]] == wanted[known]
        self._recompute(distinct(self._bucket_of_place[at[known]]))

    def marks(self) -> list[tuple[float, QColor]]:
        """(fraction of the text, colour) of every bucket with something shown."""
        return [(bucket / BUCKETS, colour) for bucket, colour in self._colours.items()]

    def _recompute(self, buckets: np.ndarray) -> None:
        """The colour of each of these buckets: its best-ranked shown place's (the first
        of the best, undecided before decided, text before script and the rest)."""
        if not len(buckets):
            return
        low = np.searchsorted(self._buckets, buckets, side="left")
        high = np.searchsorted(self._buckets, buckets, side="right")
        inside = np.concatenate([np.arange(lo, hi) for lo, hi in zip(low.tolist(), high.tolist())])
        opened = self._is_open(self._places[inside])
        shown = self._is_shown(self._places[inside])
        rank = np.where(shown, _RANK[self._categories[inside]] + 4 * opened, -1)
        ends = np.cumsum(high - low)
        for bucket, first, last in zip(
            buckets.tolist(), (ends - (high - low)).tolist(), ends.tolist()
        ):
            best = first + int(np.argmax(rank[first:last])) if last > first else -1
            if best < 0 or rank[best] < 0:
                self._colours.pop(bucket, None)
                continue
            colour = CATEGORY_COLOURS[CATEGORIES[self._categories[inside[best]]]]
            self._colours[bucket] = colour.darker(160) if opened[best] else colour
