"""Which witnesses read alike at each place, white space aside.

Two readings that differ only in spaces or line breaks are one reading here: the
layout is the cleaning rules' business. Imports arrays, categories and numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from desk.core.alignment.category_names import CATEGORIES, PUNCTUATION, SCRIPT, TEXT
from desk.core.alignment.places import Places
from desk.core.arrays import span_hashes
from desk.core.text.tokens import code_points

_WHITE_SPACE = np.array([9, 10, 11, 12, 13, 32, 0xA0, 0x3000], dtype=np.int32)
_WORDED = np.array(
    [CATEGORIES.index(SCRIPT), CATEGORIES.index(TEXT), CATEGORIES.index(PUNCTUATION)],
    dtype=np.int8,
)


@dataclass(frozen=True, eq=False)
class Squeezed:
    """A witness's text without white space, and for each offset of the text as read how
    many of the kept characters come before it."""

    text: str
    before: np.ndarray  # int64, one more than the text as read has characters

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the text as read, in the squeezed text."""
        return int(self.before[start]), int(self.before[end])


def squeeze(text: str) -> Squeezed:
    """The text without its white space."""
    codes = code_points(text)
    kept = ~np.isin(codes, _WHITE_SPACE)
    before = np.zeros(len(text) + 1, dtype=np.int64)
    np.cumsum(kept, out=before[1:])
    kept_text = codes[kept].astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    return Squeezed(kept_text, before)


@dataclass(frozen=True, eq=False)
class ReadingGroups:
    """The worded places (text and script variants) whose witnesses read in two or more
    ways once white space is set aside, and who reads alike there."""

    places: np.ndarray  # int64, in order
    group: np.ndarray  # witnesses x places: the first witness (row) reading as this one
    size: np.ndarray  # witnesses x places: how many witnesses read as this one
    starts: np.ndarray  # witnesses x places: the reading's span in the squeezed text
    ends: np.ndarray

    def __len__(self) -> int:
        return len(self.places)

    def readers(self, column: int, row: int) -> list[int]:
        """The witnesses (rows) reading as `row` does at the column-th place."""
        return np.flatnonzero(self.group[:, column] == self.group[row, column]).tolist()

    def representatives(self, column: int) -> list[int]:
        """One witness (row) per way of reading the column-th place, the first of each."""
        return sorted(set(self.group[:, column].tolist()))


def reading_groups(places: Places, squeezed: Sequence[Squeezed]) -> ReadingGroups:
    """Who reads alike at each variant place of words or marks (text, script,
    punctuation)."""
    worded = np.flatnonzero(places.variant & np.isin(places.category, _WORDED))
    starts = np.stack(
        [s.before[places.starts[row, worded]] for row, s in enumerate(squeezed)]
    ).reshape(len(squeezed), len(worded))
    ends = np.stack([s.before[places.ends[row, worded]] for row, s in enumerate(squeezed)]).reshape(
        len(squeezed), len(worded)
    )
    hashes = np.stack(
        [span_hashes(s.text, starts[row], ends[row]) for row, s in enumerate(squeezed)]
    ).reshape(len(squeezed), len(worded))
    group = np.full(hashes.shape, len(squeezed), dtype=np.int16)
    size = np.zeros(hashes.shape, dtype=np.int16)
    for row in reversed(range(len(squeezed))):
        alike = hashes == hashes[row]
        group = np.where(alike, np.int16(row), group)
        size += alike
    differing = (group != 0).any(axis=0)
    return ReadingGroups(
        worded[differing],
        group[:, differing],
        size[:, differing],
        starts[:, differing],
        ends[:, differing],
    )
