"""What the comparison treats as the same: character classes and folding tables, once.

Simplified/traditional pairs come from OpenCC's character dictionary; punctuation forms
and widths fold to one form. Standard library, OpenCC's data file, and numpy for the
array tables (imported there only: the cleaning rules need none).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

CJK = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
)
MARKS = (
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\u200d"
    "\U000e0100-\U000e01ef"
)
# What can end a line inside a word broken in two: - ‐ ‑ ⸗, the soft hyphen, and ¬ (in
# German print and its OCR).
LINE_END_HYPHENS = "-\u2010\u2011\u2e17\u00ad\u00ac"


def is_symbol(ch: str) -> bool:
    """A symbol or emoji (★ ☆ ℃ + 😀): compared as text, not as punctuation. A form of a
    punctuation mark (⋯ for …) is punctuation."""
    if unicodedata.category(ch)[0] != "S" or ch in LINE_END_HYPHENS:
        return False
    folded = fold_punctuation(ch)
    return not folded or unicodedata.category(folded[0])[0] != "P"


# Punctuation forms that mean the same mark, folded after NFKC (which folds full width).
_PUNCTUATION_FOLD = str.maketrans(
    {
        "⋯": "…",
        "―": "—",
        "─": "—",
        "–": "—",
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "。": ".",
        "｡": ".",
        "﹐": ",",
    }
)


@cache
def ranges(spec: str) -> list[tuple[int, int]]:
    """Inclusive code point ranges of a regex character-class body such as CJK."""
    out, n = [], 0
    while n < len(spec):
        if n + 2 < len(spec) and spec[n + 1] == "-":
            out.append((ord(spec[n]), ord(spec[n + 2])))
            n += 3
        else:
            out.append((ord(spec[n]), ord(spec[n])))
            n += 1
    return out


def in_ranges(codes: np.ndarray, spec: str) -> np.ndarray:
    """Which code points fall in the ranges of a character-class body."""
    import numpy as np  # not on the import path of the cleaning rules, which need no arrays

    found = np.zeros(codes.shape, dtype=bool)
    for low, high in ranges(spec):
        found |= (codes >= low) & (codes <= high)
    return found


@cache
def _t2s_path() -> Path:
    import opencc

    return Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"


@cache
def simplification_table() -> dict[int, str]:
    """Traditional to simplified, character by character, from OpenCC's dictionary."""
    table = {}
    for line in _t2s_path().read_text(encoding="utf-8").splitlines():
        traditional, _, candidates = line.partition("\t")
        simple = candidates.split(" ")[0]
        if len(traditional) == 1 and len(simple) == 1:
            table[ord(traditional)] = simple
    return table


@cache
def simplification_array() -> np.ndarray:
    """Code point -> code point of its simplified form, for every code point."""
    import numpy as np

    table = np.arange(0x110000, dtype=np.int32)
    mapping = simplification_table()
    table[np.fromiter(mapping, dtype=np.int32)] = [ord(v) for v in mapping.values()]
    return table


def simplified(ch: str) -> str:
    """The simplified form of one Han character (itself if it has none)."""
    return simplification_table().get(ord(ch), ch)


@lru_cache(maxsize=65536)
def fold_punctuation(mark: str) -> str:
    """The comparison form of a punctuation mark or symbol: width and form folded."""
    # Forms first (⋯ to …), then width (NFKC, which also turns … into ...), then forms
    # again for what NFKC produced (， to , to itself; ｡ to 。 to .).
    folded = unicodedata.normalize("NFKC", mark.translate(_PUNCTUATION_FOLD))
    return folded.translate(_PUNCTUATION_FOLD)


@lru_cache(maxsize=65536)
def fold_han(raw: str) -> str:
    """The comparison form of a Han character, possibly with combining marks."""
    return simplified(raw[0]) + unicodedata.normalize("NFC", raw[1:])
