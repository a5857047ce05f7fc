"""Tell whether two texts are transcriptions of the same work, by their shared wording.

Layout, spacing and punctuation are ignored: only letters and digits count. Standard
library only.
"""

from __future__ import annotations

import zlib

SHINGLE = 4
# Share of the shorter text's 4-character shingles that the other must contain. Measured
# on the seeds: the two transcriptions of one page share 0.97; different articles on the
# same topic (rural revitalisation, east-west cooperation) share under 0.04.
SAME_WORK = 0.35


def fingerprint(text: str) -> frozenset[int]:
    """The set of hashed 4-character shingles of the text's letters and digits."""
    letters = "".join(ch for ch in text.casefold() if ch.isalnum())
    return frozenset(
        zlib.crc32(letters[i : i + SHINGLE].encode("utf-8"))
        for i in range(max(0, len(letters) - SHINGLE + 1))
    )


def resemblance(a: frozenset[int], b: frozenset[int]) -> float:
    """How much of the smaller fingerprint the larger one contains, from 0 to 1."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def best_match(candidate: frozenset[int], groups: dict[int, list[frozenset[int]]]) -> int | None:
    """The group whose members resemble the candidate most, if any resembles it enough."""
    best_group, best_score = None, SAME_WORK
    for group, members in groups.items():
        score = max((resemblance(candidate, member) for member in members), default=0.0)
        if score >= best_score:
            best_group, best_score = group, score
    return best_group
