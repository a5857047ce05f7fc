"""Small operations on numpy arrays that numpy itself does slowly.

May import numpy only.
"""

from __future__ import annotations

import numpy as np


def distinct(values: np.ndarray) -> np.ndarray:
    """The sorted distinct values. numpy's unique hashes them since 2.3: 1.6 s for a
    million and a half distinct 32-bit numbers, where sorting takes 20 ms."""
    ordered = np.sort(np.asarray(values), kind="stable")
    if not len(ordered):
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]
