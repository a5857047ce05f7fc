"""What the comparison treats as the same: character classes and folding tables, once.

Han characters fold through one table (resources/han_folds.tsv: simplified forms and
variant glyphs, made by scripts/build_han_folds.py); punctuation forms and widths fold
to one form. Standard library, the bundled table, and numpy for the array tables
(imported there only: the cleaning rules need none).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
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


# Variant forms of Chinese punctuation and the standard form they stand for: what the
# punctuation_forms cleaning rule writes, and the first step of comparing marks.
STANDARD_PUNCTUATION_FORMS = {
    "⋯": "…",
    "―": "—",
    "﹐": "，",
    "﹑": "、",
    "﹔": "；",
    "﹕": "：",
    "﹖": "？",
    "﹗": "！",
    "﹙": "（",
    "﹚": "）",
}
# Punctuation forms that mean the same mark, folded after NFKC (which folds full width).
_PUNCTUATION_FOLD = str.maketrans(
    {
        **STANDARD_PUNCTUATION_FORMS,
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
@cache
def han_folds() -> dict[int, str]:
    """Han character -> the character it compares as: its simplified form, then its
    variant group's standard glyph (德 and 徳, 遠 and 逺 and 远). The table is data, made
    by scripts/build_han_folds.py from OpenCC and the Unicode Han database."""
    from desk.core.paths import bundled_path

    table = {}
    path = bundled_path("resources") / "han_folds.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            character, form = line.split("\t")
            table[ord(character)] = form
    return table


@cache
def han_fold_array() -> np.ndarray:
    """Code point -> the code point it compares as, for every code point."""
    import numpy as np

    table = np.arange(0x110000, dtype=np.int32)
    folds = han_folds()
    table[np.fromiter(folds, dtype=np.int32)] = [ord(form) for form in folds.values()]
    return table


def han_form(ch: str) -> str:
    """The character a Han character compares as."""
    return han_folds().get(ord(ch), ch)


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
    return han_form(raw[0]) + unicodedata.normalize("NFC", raw[1:])
