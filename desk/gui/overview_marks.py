"""The marks of one pane's overview strip, kept up to date place by place.

The strip is divided into buckets; each shows the most important place in it (undecided
before decided, text before script, punctuation and layout). Deciding a place only
recomputes its bucket, so a book's tens of thousands of variant places cost nothing per
decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QColor

from desk.gui.style import CATEGORY_COLOURS

BUCKETS = 400
PRIORITY = {"text": 3, "script": 2, "punctuation": 1, "layout": 0}


class OverviewMarks:
    """Marks for a text of `length` characters, from the places at `starts` in it."""

    def __init__(
        self,
        length: int,
        places: list[int],
        starts: list[int],
        category: Callable[[int], str],
        is_open: Callable[[int], bool],
        is_shown: Callable[[int], bool],
    ) -> None:
        self._category, self._is_open, self._is_shown = category, is_open, is_shown
        self._bucket_of: dict[int, int] = {}
        self._members: dict[int, list[int]] = {}
        for place, start in zip(places, starts):
            bucket = start * BUCKETS // max(1, length)
            self._bucket_of[place] = bucket
            self._members.setdefault(bucket, []).append(place)
        self._colours: dict[int, QColor] = {}
        self.recompute_all()

    def recompute_all(self) -> None:
        """After a change of many places, or of which categories are shown."""
        for bucket in self._members:
            self._recompute(bucket)

    def places_changed(self, places: Iterable[int]) -> None:
        """After these places were decided or undecided."""
        for bucket in {self._bucket_of[p] for p in places if p in self._bucket_of}:
            self._recompute(bucket)

    def marks(self) -> list[tuple[float, QColor]]:
        """(fraction of the text, colour) of every bucket with something shown."""
        return [(bucket / BUCKETS, colour) for bucket, colour in self._colours.items()]

    def _recompute(self, bucket: int) -> None:
        best: tuple[int, QColor] | None = None
        for place in self._members[bucket]:
            if not self._is_shown(place):
                continue
            category = self._category(place)
            open_ = self._is_open(place)
            rank = PRIORITY[category] + (4 if open_ else 0)
            if best is None or rank > best[0]:
                colour = CATEGORY_COLOURS[category]
                best = (rank, colour.darker(160) if open_ else colour)
        if best is None:
            self._colours.pop(bucket, None)
        else:
            self._colours[bucket] = best[1]
