"""How the same readings were decided in the library's other documents, as evidence.

A place where one witness reads 人员 and another 入员 that editors decided as 人员 twelve
times elsewhere leans to 人员: each reading gets DECIDED_WEIGHT times the logarithm of one
more than the times it was chosen over exactly these readings. The counts are taken
when a document is aligned and kept with its alignment, so that its starting text does
not move while the rest of the library is reviewed. Imports groups and numpy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desk.core.evidence.groups import ReadingGroups

DECIDED_WEIGHT = 2.0  # nats per log(1 + times chosen), against a vote's log-odds


@dataclass(frozen=True, eq=False)
class LibraryDecisions:
    """For places of one alignment, how often each witness's reading there was chosen
    where the witnesses of other documents read the same set of readings."""

    places: np.ndarray  # int64: a place of the alignment
    rows: np.ndarray  # int64: a witness reading what was chosen
    counts: np.ndarray  # int64: how many times it was chosen

    @classmethod
    def none(cls) -> LibraryDecisions:
        empty = np.zeros(0, dtype=np.int64)
        return cls(empty, empty, empty)

    def as_array(self) -> np.ndarray:
        """The three columns as rows of one array (for saving)."""
        return np.stack([self.places, self.rows, self.counts]).astype(np.int64)

    @classmethod
    def from_array(cls, array: np.ndarray) -> LibraryDecisions:
        places, rows, counts = array.reshape(3, -1).astype(np.int64)
        return cls(places, rows, counts)

    def counts_by_column(self, groups: ReadingGroups, witnesses: int) -> np.ndarray:
        """Times chosen of each witness's reading (witnesses x the groups' places)."""
        found = np.zeros((witnesses, len(groups)), dtype=np.int64)
        columns = np.searchsorted(groups.places, self.places)
        inside = columns < len(groups.places)
        inside[inside] = groups.places[columns[inside]] == self.places[inside]
        found[self.rows[inside], columns[inside]] = self.counts[inside]
        return found


def decided_scores(counts: np.ndarray) -> np.ndarray:
    """What the library's decisions add to each witness's reading (as `counts`)."""
    return DECIDED_WEIGHT * np.log1p(counts)
