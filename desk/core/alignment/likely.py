"""Which reading of a variant is most likely right: the majority, else the document's word.

With OCR witnesses a tie is common (two witnesses always tie). A misread character
makes pairs of neighbouring characters that the rest of the document seldom holds
(入员 where the page says 人员 everywhere else), so a tie goes to the reading whose
character pairs, with its neighbours, occur most often elsewhere in the witnesses. The
counts leave out the place itself; white space is ignored. A tie that this does not
break stays a tie. Imports categories, collation, tokens and numpy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from desk.core.alignment.category_names import SCRIPT, TEXT
from desk.core.alignment.collation import Collation, Variant
from desk.core.text.tokens import code_points

_SPACES = np.array([9, 10, 11, 12, 13, 32, 0x3000], dtype=np.int32)
_SHIFT = 21  # bits of a code point: a pair of characters is one int64


def likely_readings(
    collation: Collation, among: Sequence[str] | None = None
) -> dict[int, tuple[str, ...]]:
    """For each text or script variant whose reading can be told, the witnesses reading
    it: those of the majority among `among` (all witnesses unless named), else those of
    the reading the document's character pairs favour. Variants left out are undecided;
    layout and punctuation are left to the cleaning rules."""
    ids = list(among) if among is not None else [w.id for w in collation.witnesses]
    texts = {w.id: w.text for w in collation.witnesses if w.id in ids}
    squeezed = {wid: _squeezed(text) for wid, text in texts.items()}
    chosen: dict[int, tuple[str, ...]] = {}
    ties: list[tuple[Variant, list[tuple[tuple[str, ...], list[int]]]]] = []
    for variant in collation.variants:
        if variant.category not in (TEXT, SCRIPT):
            continue
        groups: dict[str, list[str]] = {}
        for wid in ids:
            groups.setdefault(_squeeze(variant.readings[wid].text), []).append(wid)
        if len(groups) < 2:
            continue
        sizes = Counter({text: len(members) for text, members in groups.items()}).most_common()
        if sizes[0][1] > sizes[1][1]:
            chosen[variant.id] = tuple(groups[sizes[0][0]])
            continue
        top = [text for text, size in sizes if size == sizes[0][1]]
        ties.append(
            (variant, [(tuple(groups[t]), _pairs(variant, groups[t][0], squeezed)) for t in top])
        )
    counts = _pair_counts(
        squeezed, {p for _, candidates in ties for _, pairs in candidates for p in pairs}
    )
    for variant, candidates in ties:
        scores = sorted(
            ((_score(pairs, counts, len(wids)), wids) for wids, pairs in candidates),
            reverse=True,
        )
        if scores[0][0] > scores[1][0]:
            chosen[variant.id] = scores[0][1]
    return chosen


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _squeezed(text: str) -> tuple[np.ndarray, np.ndarray]:
    """The text's code points without white space, and for each offset of the text how
    many of them come before it."""
    codes = code_points(text)
    kept = ~np.isin(codes, _SPACES)
    before = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(kept, out=before[1:])
    return codes[kept].astype(np.int64), before


def _pairs(variant: Variant, wid: str, squeezed: dict) -> list[int]:
    """The character pairs of a witness's reading with the characters either side of it."""
    codes, before = squeezed[wid]
    reading = variant.readings[wid]
    lo = max(int(before[reading.start]) - 1, 0)
    hi = min(int(before[reading.end]) + 1, len(codes))
    window = codes[lo:hi]
    return ((window[:-1] << _SHIFT) | window[1:]).tolist()


def _pair_counts(squeezed: dict, wanted: set[int]) -> dict[int, int]:
    """How often each wanted character pair occurs in all the witnesses."""
    if not wanted:
        return {}
    queries = np.array(sorted(wanted), dtype=np.int64)
    found = np.zeros(len(queries), dtype=np.int64)
    for codes, _ in squeezed.values():
        pairs = (codes[:-1] << _SHIFT) | codes[1:]
        at = np.minimum(np.searchsorted(queries, pairs), len(queries) - 1)
        found += np.bincount(at[queries[at] == pairs], minlength=len(queries))
    return dict(zip(queries.tolist(), found.tolist()))


def _score(pairs: list[int], counts: dict[int, int], own: int) -> float:
    """Mean occurrences of the pairs elsewhere than at this place (its readers' own)."""
    if not pairs:
        return 0.0
    return sum(counts[p] - own for p in pairs) / len(pairs)
