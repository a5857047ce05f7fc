"""The curated text as its base witness plus replacements, kept in base coordinates.

Every change to the curated text (a decision, an accepted proposal, a hand edit) is a
replacement of a base range; replacements that overlap or touch merge. A base offset
maps into the curated text with one binary search, and every change is undone exactly
by putting back the replacements it removed. Standard library only.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

Replacement = tuple[int, int, str]  # base start, base end, curated text for that range


@dataclass(frozen=True)
class Change:
    """What one edit did to the replacements: removed these, added those."""

    removed: tuple[Replacement, ...]
    added: tuple[Replacement, ...]

    def inverse(self) -> Change:
        """The change that undoes this one."""
        return Change(self.added, self.removed)


@dataclass(frozen=True)
class TextEdit:
    """An edit of the curated text in its own coordinates: replace [start, end) with text."""

    start: int
    end: int
    text: str


class CuratedMap:
    """Base text plus disjoint, sorted replacements; the curated text is derived."""

    def __init__(self, base: str, replacements: Iterable[Replacement] = ()) -> None:
        self.base = base
        self._items: list[Replacement] = sorted(replacements)
        self._base_starts: list[int] = []
        self._curated_starts: list[int] = []
        self._curated_ends: list[int] = []
        self._dirty = True

    @property
    def replacements(self) -> tuple[Replacement, ...]:
        """The replacements, in base order."""
        return tuple(self._items)

    def text(self) -> str:
        """The whole curated text."""
        return self._segment(0, len(self.base), 0, len(self._items))

    def _segment(self, base_start: int, base_end: int, lo: int, hi: int) -> str:
        """Curated text of base [base_start, base_end), replacements lo..hi-1 inside it."""
        pieces, position = [], base_start
        for start, end, text in self._items[lo:hi]:
            pieces.append(self.base[position:start])
            pieces.append(text)
            position = end
        pieces.append(self.base[position:base_end])
        return "".join(pieces)

    def _index(self) -> None:
        if not self._dirty:
            return
        shift = 0
        base_starts, curated_starts, curated_ends = [], [], []
        for start, end, text in self._items:
            base_starts.append(start)
            curated_starts.append(start + shift)
            curated_ends.append(start + shift + len(text))
            shift += len(text) - (end - start)
        self._base_starts, self._curated_starts, self._curated_ends = (
            base_starts,
            curated_starts,
            curated_ends,
        )
        self._dirty = False

    def to_curated(self, offset: int, at_end: bool = False) -> int:
        """Where a base offset is in the curated text.

        An offset strictly inside a replaced range maps to the replacement's start, or to
        its end when `at_end`, so that a base span maps to a curated span covering it.
        """
        self._index()
        n = bisect_right(self._base_starts, offset) - 1
        if n < 0:
            return offset
        start, end, text = self._items[n]
        after = offset > end or (offset == end and (start < end or at_end))
        if after:
            return self._curated_ends[n] + (offset - end)
        if offset == start or not at_end:
            return self._curated_starts[n]
        return self._curated_ends[n]

    def span_to_curated(self, start: int, end: int) -> tuple[int, int]:
        """A base span as the curated span that covers it."""
        return self.to_curated(start), max(self.to_curated(start), self.to_curated(end, True))

    def to_base(self, offset: int) -> int:
        """Where a curated offset is in the base; inside a replacement, at its start."""
        self._index()
        n = bisect_right(self._curated_starts, offset) - 1
        if n >= 0 and offset < self._curated_ends[n]:
            return self._items[n][0]
        return self._to_base(offset)

    def _to_base(self, offset: int) -> int:
        """A curated offset outside every replacement, as a base offset."""
        n = bisect_right(self._curated_ends, offset) - 1
        if n < 0:
            return offset
        return self._items[n][1] + (offset - self._curated_ends[n])

    def replace(self, start: int, end: int, text: str) -> tuple[Change, list[TextEdit]]:
        """Replace curated [start, end) with text, as a user's typing does."""
        self._index()
        lo = bisect_left(self._curated_ends, start)  # first replacement touching the range
        hi = bisect_right(self._curated_starts, end)  # past the last one touching it
        if lo < hi:
            from_curated = min(start, self._curated_starts[lo])
            to_curated = max(end, self._curated_ends[hi - 1])
            base_start = self._items[lo][0] - (self._curated_starts[lo] - from_curated)
            base_end = self._items[hi - 1][1] + (to_curated - self._curated_ends[hi - 1])
        else:
            from_curated, to_curated = start, end
            base_start = self._to_base(start)
            base_end = base_start + (end - start)
        old = self._segment(base_start, base_end, lo, hi)
        new = old[: start - from_curated] + text + old[end - from_curated :]
        added = () if new == self.base[base_start:base_end] else ((base_start, base_end, new),)
        change = Change(tuple(self._items[lo:hi]), added)
        return change, self.apply(change)

    def replace_base(self, start: int, end: int, text: str) -> tuple[Change, list[TextEdit]]:
        """Make the curated text read `text` where the base has [start, end)."""
        curated_start, curated_end = self.span_to_curated(start, end)
        return self.replace(curated_start, curated_end, text)

    def replace_many_base(self, spans: Iterable[Replacement]) -> tuple[Change, list[TextEdit]]:
        """Several base spans at once (a bulk decision): one change, undone as one."""
        spans = sorted(spans)
        if not any(self._touches(start, end) for start, end, _ in spans) and all(
            a[1] < b[0] for a, b in zip(spans, spans[1:])
        ):
            added = tuple(span for span in spans if self.base[span[0] : span[1]] != span[2])
            change = Change((), added)
            return change, self.apply(change)
        before = set(self._items)
        for start, end, text in spans:  # overlapping spans: one at a time, as typing would
            self.replace_base(start, end, text)
        after = set(self._items)
        change = Change(tuple(sorted(before - after)), tuple(sorted(after - before)))
        self.apply(change.inverse())
        return change, self.apply(change)

    def _touches(self, start: int, end: int) -> bool:
        n = bisect_left(self._items, (start, -1, ""))
        if n > 0 and self._items[n - 1][1] >= start:
            return True
        return n < len(self._items) and self._items[n][0] <= end

    def apply(self, change: Change) -> list[TextEdit]:
        """Apply a change (its inverse undoes it); return the curated-text edits it makes.

        The edits are in the coordinates of the text before the change, last first, so
        applying them in the order given keeps every offset valid.
        """
        ranges = sorted((start, end) for start, end, _ in change.removed + change.added)
        clusters: list[list[int]] = []
        for start, end in ranges:
            if clusters and start <= clusters[-1][1]:
                clusters[-1][1] = max(clusters[-1][1], end)
            else:
                clusters.append([start, end])
        before = [(*self.span_to_curated(start, end), start, end) for start, end in clusters]
        items = self._items
        for item in change.removed:
            n = bisect_left(items, item)
            if n == len(items) or items[n] != item:
                raise ValueError(f"replacement {item!r} is not there to remove")
            del items[n]
        for item in change.added:
            items.insert(bisect_left(items, item), item)
        self._dirty = True
        self._index()
        edits = []
        for curated_start, curated_end, base_start, base_end in reversed(before):
            lo = bisect_left(self._base_starts, base_start)
            hi = bisect_right(self._base_starts, base_end)
            while hi > lo and self._items[hi - 1][1] > base_end:
                hi -= 1  # starts at the cluster's end but reaches past it: not part of it
            text = self._segment(base_start, base_end, lo, hi)
            edits.append(TextEdit(curated_start, curated_end, text))
        return edits
