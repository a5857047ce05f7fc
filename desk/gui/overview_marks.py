"""The marks of one pane's overview strip, kept up to date item by item.

The strip is divided into buckets; each shows the most important item in it (open
before decided, text before script, punctuation and layout). Deciding an item only
recomputes its bucket, so a book's tens of thousands of variants cost nothing per decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QColor

from desk.core.curate import Item
from desk.gui.style import CATEGORY_COLOURS

BUCKETS = 400
PRIORITY = {"text": 3, "script": 2, "punctuation": 1, "layout": 0}


class OverviewMarks:
    """Marks for a witness of `length` characters, from the items that have a reading there."""

    def __init__(
        self,
        witness: str,
        length: int,
        items: list[Item],
        is_open: Callable[[Item], bool],
        is_shown: Callable[[Item], bool],
    ) -> None:
        self._is_open, self._is_shown = is_open, is_shown
        self._bucket_of: dict[str, int] = {}
        self._members: dict[int, list[Item]] = {}
        for item in items:
            reading = item.readings.get(witness)
            if reading is not None:
                bucket = reading.start * BUCKETS // max(1, length)
                self._bucket_of[item.key] = bucket
                self._members.setdefault(bucket, []).append(item)
        self._colours: dict[int, QColor] = {}
        self.recompute_all()

    def recompute_all(self) -> None:
        """After a change of many items, or of which categories are shown."""
        for bucket in self._members:
            self._recompute(bucket)

    def items_changed(self, keys: Iterable[str]) -> None:
        """After these items were decided or undecided."""
        for bucket in {self._bucket_of[k] for k in keys if k in self._bucket_of}:
            self._recompute(bucket)

    def marks(self) -> list[tuple[float, QColor]]:
        """(fraction of the text, colour) of every bucket with something shown."""
        return [(bucket / BUCKETS, colour) for bucket, colour in self._colours.items()]

    def _recompute(self, bucket: int) -> None:
        best: tuple[int, QColor] | None = None
        for item in self._members[bucket]:
            if not self._is_shown(item):
                continue
            open_ = self._is_open(item)
            rank = PRIORITY[item.category] + (4 if open_ else 0)
            if best is None or rank > best[0]:
                colour = CATEGORY_COLOURS[item.category]
                best = (rank, colour.darker(160) if open_ else colour)
        if best is None:
            self._colours.pop(bucket, None)
        else:
            self._colours[bucket] = best[1]
