"""Characters whose printed shapes are alike (形近字): the confusions OCR engines make.

Read from resources/lookalikes.tsv (scripts/build_lookalikes.py draws each common
character in two typefaces and compares their ink): for each character, the ones most
like it with a similarity from 0 to 1. Two characters look alike if either lists the
other. Imports paths, cached_tables and numpy.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from desk.core.evidence.cached_tables import cached_table
from desk.core.paths import bundled_path

LOOK_ALIKE = 0.7  # pairs this alike are said to look alike (the table keeps some less alike)


_SHIFT = 21  # bits of a code point: a pair of characters is one int64


@cache
def _table() -> tuple[np.ndarray, np.ndarray]:
    """Every pair, both ways round, as sorted keys (first << 21 | second) and how alike."""
    path = bundled_path("resources") / "lookalikes.tsv"
    keys, similarities = cached_table(path, "lookalikes", 2, _parsed)
    return np.frombuffer(keys, dtype=np.int64), np.frombuffer(similarities, dtype=np.float32)


def _parsed(path: Path) -> tuple[bytes, bytes]:
    pairs: dict[int, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        char, listed = line.split("\t")
        for entry in listed.split(" "):
            other, alike = entry.split(":")
            for a, b in ((char, other), (other, char)):
                key = ord(a) << _SHIFT | ord(b)
                pairs[key] = max(pairs.get(key, 0.0), float(alike))
    keys = np.array(sorted(pairs), dtype=np.int64)
    similarities = np.array([pairs[k] for k in keys.tolist()], dtype=np.float32)
    return keys.tobytes(), similarities.tobytes()


def similarity(a: str, b: str) -> float:
    """How alike two characters look (0 when the table does not pair them)."""
    keys, similarities = _table()
    key = ord(a) << _SHIFT | ord(b)
    at = int(np.searchsorted(keys, key))
    return float(similarities[at]) if at < len(keys) and keys[at] == key else 0.0


def lookalikes(char: str) -> dict[str, float]:
    """The characters that look like `char`, with how alike."""
    keys, similarities = _table()
    low, high = np.searchsorted(keys, [ord(char) << _SHIFT, (ord(char) + 1) << _SHIFT])
    mask = (1 << _SHIFT) - 1
    return {
        chr(key & mask): float(alike)
        for key, alike in zip(keys[low:high].tolist(), similarities[low:high].tolist())
    }


def lookalike_pair(a: str, b: str) -> tuple[str, str] | None:
    """The one character in which two readings differ, when it is a look-alike pair
    (出台/平台: 出, 平); else None."""
    if len(a) != len(b):
        return None
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differing) == 1 and similarity(*differing[0]) >= LOOK_ALIKE:
        return differing[0]
    return None
