"""Split a witness into the units it is compared by, each with a folded comparison key.

Han characters (and kana) are one token each; Latin-script words, numbers and punctuation
marks are tokens; white space is not a token (it is layout). The key folds what the
categories treat as non-textual: full and half width, punctuation forms, traditional and
simplified forms, and Latin words broken by a hyphen at a line end. Offsets are Python
code points into the raw text. Imports the standard library and OpenCC's dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import opencc

CJK = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
)
_MARKS = (
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f\u200d"
    "\U000e0100-\U000e01ef"
)
_MARK = re.compile(rf"[{_MARKS}]")
# One alternative per kind; white space is matched too so offsets can be summed up.
_PIECE = re.compile(
    rf"(\s+)"
    rf"|((?:[{CJK}](?![{_MARKS}]))+|[{CJK}][{_MARKS}]+)"
    rf"|([0-9\uff10-\uff19]+(?:[.,:\uff0e\uff0c\uff1a][0-9\uff10-\uff19]+)*)"
    rf"|((?:(?![{CJK}])[^\W\d_][{_MARKS}]*)+(?:['’](?:(?![{CJK}])[^\W\d_][{_MARKS}]*)+)*)"
    rf"|(\S[{_MARKS}]*)"
)
_LINE_END_HYPHEN = re.compile(r"-[ \t]*(?:\r\n|\r|\n)?[ \t]*")
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
_T2S_CHARACTERS = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"


HAN, NUMBER, WORD, PUNCT = "han", "number", "word", "punct"


@dataclass(frozen=True)
class Tokens:
    """A text's tokens as parallel lists: raw spans, folded keys and kinds."""

    starts: list[int]
    ends: list[int]
    keys: list[str]
    kinds: list[str]

    def __len__(self) -> int:
        return len(self.keys)


@lru_cache(maxsize=1)
def simplification_table() -> dict[int, str]:
    """Traditional to simplified, character by character, from OpenCC's dictionary."""
    table = {}
    for line in _T2S_CHARACTERS.read_text(encoding="utf-8").splitlines():
        traditional, _, candidates = line.partition("\t")
        simple = candidates.split(" ")[0]
        if len(traditional) == 1 and len(simple) == 1:
            table[ord(traditional)] = simple
    return table


def simplified(ch: str) -> str:
    """The simplified form of one Han character (itself if it has none)."""
    return simplification_table().get(ord(ch), ch)


@lru_cache(maxsize=65536)
def _han_key(raw: str) -> str:
    return simplified(raw[0]) + unicodedata.normalize("NFC", raw[1:])


@lru_cache(maxsize=65536)
def fold_punctuation(mark: str) -> str:
    """The comparison form of a punctuation mark or symbol: width and form folded."""
    # Forms first (⋯ to …), then width (NFKC, which also turns … into ...), then forms
    # again for what NFKC produced (， to , to itself; ｡ to 。 to .).
    folded = unicodedata.normalize("NFKC", mark.translate(_PUNCTUATION_FOLD))
    return folded.translate(_PUNCTUATION_FOLD)


def tokenize(text: str) -> Tokens:
    """The text's tokens in order; Latin words hyphenated across a line break are joined."""
    starts: list[int] = []
    ends: list[int] = []
    keys: list[str] = []
    kinds: list[str] = []
    table = simplification_table()
    position = 0
    for space, han, number, word, other in _PIECE.findall(text):
        if space:
            position += len(space)
            continue
        if han:
            size = len(han)
            if not _MARK.match(han, 1):  # a run of plain Han characters, one token each
                starts.extend(range(position, position + size))
                ends.extend(range(position + 1, position + size + 1))
                keys.extend(han.translate(table))
                kinds.extend(repeat(HAN, size))
                position += size
                continue
            raw, key, kind = han, _han_key(han), HAN  # one character with its marks
        elif other:
            raw, key, kind = other, fold_punctuation(other), PUNCT
        elif number:
            raw, key, kind = number, unicodedata.normalize("NFKC", number), NUMBER
        else:
            raw, key, kind = word, unicodedata.normalize("NFC", word), WORD
            if _after_line_end_hyphen(text, starts, keys, kinds, position, raw):
                del starts[-1], ends[-1], keys[-1], kinds[-1]  # the hyphen
                keys[-1] += key
                position += len(raw)
                ends[-1] = position
                continue
        starts.append(position)
        position += len(raw)
        ends.append(position)
        keys.append(key)
        kinds.append(kind)
    return Tokens(starts, ends, keys, kinds)


def _after_line_end_hyphen(
    text: str, starts: list[int], keys: list[str], kinds: list[str], start: int, word: str
) -> bool:
    """A lower-case word after `word-` and a line break or space ("no- thynge")."""
    if len(keys) < 2 or not word[0].islower() or keys[-1] != "-" or kinds[-2] != WORD:
        return False
    hyphen_start = starts[-1]
    if text[hyphen_start - 1].isspace() or start == hyphen_start + 1:
        return False
    return _LINE_END_HYPHEN.fullmatch(text, hyphen_start, start) is not None


class KeyEncoder:
    """Gives every distinct key one character, so token sequences compare as strings."""

    FIRST_PRIVATE = 0x40000  # planes 4-13 are unassigned: no clash with real characters

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}

    def encode(self, keys: list[str]) -> str:
        """One character per key; equal keys give equal characters."""
        codes = self._codes
        out = []
        for key in keys:
            if len(key) == 1:
                out.append(key)
                continue
            code = codes.get(key)
            if code is None:
                code = chr(self.FIRST_PRIVATE + len(codes))
                codes[key] = code
            out.append(code)
        return "".join(out)
