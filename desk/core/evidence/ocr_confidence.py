"""How sure the OCR engine was of each witness's reading at each place, where a witness
was read from an OCR file with word confidences (ALTO, PAGE, hOCR).

A reading's confidence is the lowest of the words it touches; an empty reading (the
engine read nothing there) takes the lower of the words either side. Imports numpy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class WordConfidences:
    """A witness's words as sorted spans of its text, each with the engine's confidence."""

    starts: np.ndarray  # int64
    ends: np.ndarray
    confidences: np.ndarray  # float64, 0-1

    @classmethod
    def of(cls, words: Sequence[tuple[int, int, float]]) -> WordConfidences:
        ordered = sorted(words)
        return cls(
            np.array([w[0] for w in ordered], dtype=np.int64),
            np.array([w[1] for w in ordered], dtype=np.int64),
            np.array([w[2] for w in ordered], dtype=np.float64),
        )

    def of_spans(self, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Each span's confidence (NaN where no word is near it)."""
        found = np.full(len(starts), np.nan)
        if len(self.starts) == 0:
            return found
        first = np.searchsorted(self.ends, starts, side="right")  # first word ending after
        last = np.searchsorted(self.starts, ends, side="left")  # words starting before end
        empty = last <= first
        first = np.where(empty, np.maximum(first - 1, 0), first)  # the words either side
        last = np.where(empty, np.minimum(first + 2, len(self.starts)), last)
        for n, (low, high) in enumerate(zip(first.tolist(), last.tolist())):
            if high > low:
                found[n] = self.confidences[low:high].min()
        return found
