"""Keep panes level through the alignment, not by proportion of length.

A plain object: each pane is known by a pair of callbacks, the position at the middle
of its view and a way to bring a position to the middle. Positions are mapped through
anchors (pairs of positions known to correspond, such as the two ends of each variant),
and a guard drops the scroll events that syncing itself causes (after Meld and ReText).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from desk.gui.pane_ids import CURATED

if TYPE_CHECKING:
    from desk.core.review.session import Review
    from desk.gui.text_pane import TextPane


def same_position(position: int) -> int:
    """The map of a pane onto itself (the base witness onto the base)."""
    return position


class AnchorMap:
    """Maps positions of one text to another through sorted corresponding pairs."""

    def __init__(self, pairs: list[tuple[int, int]] | np.ndarray) -> None:
        """`pairs`: (position here, position there) pairs, as a list or an (n, 2) array."""
        pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        # By here, then there; the pairs come nearly in order, which a stable sort
        # (a merge sort) takes in one pass: 3M anchors in 3 ms, not 170.
        joined = np.sort((pairs[:, 0] << 32) | pairs[:, 1], kind="stable")
        joined = joined[np.concatenate(([True], joined[1:] != joined[:-1]))]
        self._from, self._to = joined >> 32, joined & 0xFFFFFFFF

    def __call__(self, position: int) -> int:
        n = int(np.searchsorted(self._from, position, side="right")) - 1
        if n < 0:
            if not len(self._from):
                return position
            return max(0, position - int(self._from[0] - self._to[0]))
        offset = position - int(self._from[n])
        if n + 1 < len(self._from):  # never run past the next anchor
            offset = min(offset, max(0, int(self._to[n + 1] - self._to[n])))
        return int(self._to[n]) + offset


class ScrollSync:
    """Brings every other pane to the passage shown in the middle of the one scrolled."""

    def __init__(self) -> None:
        self._panes: dict[str, tuple[Callable[[], int], Callable[[int], None]]] = {}
        self._to_base: dict[str, Callable[[int], int]] = {}
        self._from_base: dict[str, Callable[[int], int]] = {}
        self._syncing = False
        self.enabled = True

    def add_pane(
        self,
        name: str,
        middle: Callable[[], int],
        show: Callable[[int], None],
        to_base: Callable[[int], int],
        from_base: Callable[[int], int],
    ) -> None:
        """Register a pane and how its positions map to the base witness and back."""
        self._panes[name] = (middle, show)
        self._to_base[name] = to_base
        self._from_base[name] = from_base

    def clear(self) -> None:
        """Forget every pane (a new document is open)."""
        self._panes.clear()
        self._to_base.clear()
        self._from_base.clear()

    def scrolled(self, name: str) -> None:
        """Call when pane `name` scrolled; the others follow unless this is our own doing."""
        if self._syncing or not self.enabled or name not in self._panes:
            return
        self._syncing = True
        try:
            base = self._to_base[name](self._panes[name][0]())
            for other, (_, show) in self._panes.items():
                if other != name:
                    show(self._from_base[other](base))
        finally:
            self._syncing = False


def follow_review(sync: ScrollSync, review: Review, panes: dict[str, TextPane]) -> None:
    """Keep a review's panes level: each witness's by the ends of the variant places it
    shares with the base, the curated text's by the review's own offsets."""
    places = review.state.alignment.places
    variants = review.state.variant_array
    for row, witness in enumerate(review.state.alignment.witnesses):
        pane = panes[witness.id]
        if row == 0:
            to_base = from_base = same_position
        else:  # the two ends of every variant place correspond
            here = np.concatenate(([0], places.starts[row, variants], places.ends[row, variants]))
            there = np.concatenate(([0], places.starts[0, variants], places.ends[0, variants]))
            to_base = AnchorMap(np.stack([here, there], axis=1))
            from_base = AnchorMap(np.stack([there, here], axis=1))
        sync.add_pane(witness.id, pane.middle_position, pane.show_position, to_base, from_base)
    curated = panes[CURATED]
    sync.add_pane(
        CURATED,
        curated.middle_position,
        curated.show_position,
        lambda offset: review.state.to_base(offset),
        lambda offset: review.state.to_curated(offset),
    )
