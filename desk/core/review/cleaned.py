"""A witness's readings at every place as the cleaning rules would have them.

The rules propose changes to one whole witness (normalize.py). Applied, they give the
witness's cleaned text; each place's cleaned reading is the slice of it between the
place's edges, mapped through the changes. A change that spans several places goes to
the place where it starts, and the places inside it read nothing, so that the places'
cleaned readings, in order, make the cleaned text exactly. Imports normalize and numpy.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desk.core.text.cleaning import Proposal, apply_proposals


def cleaned_readings(
    text: str, proposals: Sequence[Proposal], starts: np.ndarray, ends: np.ndarray
) -> list[str]:
    """The cleaned reading of each place [starts[n], ends[n]) of the witness `text`
    (places in the witness's own order or not, but never overlapping)."""
    cleaned = apply_proposals(text, proposals)
    low, high = cleaned_offsets(proposals, starts), cleaned_offsets(proposals, ends)
    return [cleaned[a:b] for a, b in zip(low.tolist(), high.tolist())]


def cleaned_offsets(proposals: Sequence[Proposal], offsets: np.ndarray) -> np.ndarray:
    """Where each offset of the raw text lands in the cleaned text; an offset inside a
    change lands after its replacement."""
    offsets = np.asarray(offsets, dtype=np.int64)
    if not proposals:
        return offsets
    ordered = sorted(proposals, key=lambda p: p.start)
    change_starts = np.array([p.start for p in ordered], dtype=np.int64)
    change_ends = np.array([p.end for p in ordered], dtype=np.int64)
    growth = np.array([len(p.replacement) - (p.end - p.start) for p in ordered], dtype=np.int64)
    shift_after = np.concatenate([[0], np.cumsum(growth)])  # after the first k changes
    done = np.searchsorted(change_ends, offsets, side="right")  # changes ending at or before
    mapped = offsets + shift_after[done]
    # Strictly inside change k (start < offset < end): just after its replacement.
    k = np.searchsorted(change_starts, offsets, side="left") - 1
    inside = (k >= 0) & (k == done) & (offsets > change_starts[np.maximum(k, 0)])
    kk = k[inside]
    mapped[inside] = change_ends[kk] + shift_after[kk + 1]
    return mapped
