"""Split a witness into the units it is compared by, as arrays, each with a folded key.

Han characters (and kana) are one token each; Latin-script words, numbers and punctuation
marks are tokens; white space is not a token (it is layout). A token's key folds what the
categories treat as non-textual: full and half width, punctuation forms, traditional and
simplified forms, and Latin words broken by a hyphen at a line end. Keys and raw texts are
integers: a code point for one character, an interned id above all code points for more.
Text is tokenized with numpy, character classes and folds looked up in tables; only the
stretches holding combining marks, apostrophes or hyphens (l’homme, par-⏎ticularly) go
through a regular expression. Imports folding, numpy and the standard library.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np

from desk.core.text.folding import (
    CJK,
    LINE_END_HYPHENS,
    MARKS,
    fold_han,
    fold_punctuation,
    han_fold_array,
    in_ranges,
    is_symbol,
    ranges,
)

HAN, NUMBER, WORD, PUNCT = 0, 1, 2, 3
KIND_NAMES = ("han", "number", "word", "punct")
_OTHER, _SPACE, _HANCLASS, _WORDCHAR, _MARK, _DIGIT = 0, 1, 2, 3, 4, 5
_NUMBER_SEPARATORS = ".,:\uff0e\uff0c\uff1a"  # inside a number: 3.5, 1,000, 12:30
_APOSTROPHES = "'\u2019"

_PIECE_PATTERN = (
    rf"(\s+)"
    rf"|((?:[{CJK}](?![{MARKS}]))+|[{CJK}][{MARKS}]+)"
    rf"|([0-9\uff10-\uff19]+(?:[.,:\uff0e\uff0c\uff1a][0-9\uff10-\uff19]+)*)"
    rf"|((?:(?![{CJK}])[^\W\d_][{MARKS}]*)+(?:['’](?:(?![{CJK}])[^\W\d_][{MARKS}]*)+)*)"
    rf"|(\S[{MARKS}]*)"
)
_LINE_END_HYPHEN = re.compile(rf"[{LINE_END_HYPHENS}][ \t]*(?:\r\n|\r|\n)[ \t]*")


class Interner:
    """Gives every distinct string of two or more characters one id above the code points."""

    FIRST = 0x110000

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self.strings: list[str] = []

    def id(self, text: str) -> int:
        """The id of a string: its code point if it is one character."""
        if len(text) == 1:
            return ord(text)
        found = self._ids.get(text)
        if found is None:
            found = self._ids[text] = self.FIRST + len(self.strings)
            self.strings.append(text)
        return found

    def text(self, id_: int) -> str:
        """The string behind an id."""
        return chr(id_) if id_ < self.FIRST else self.strings[id_ - self.FIRST]


@dataclass(frozen=True, eq=False)
class Tokens:
    """A text's tokens as parallel arrays: raw spans, folded keys, raw ids and kinds."""

    text: str
    starts: np.ndarray  # int32
    ends: np.ndarray  # int32
    keys: np.ndarray  # int32: folded comparison key
    raws: np.ndarray  # int32: the raw token text's id
    kinds: np.ndarray  # int8

    def __len__(self) -> int:
        return len(self.keys)


_WORD_CHAR = re.compile(r"[^\W_]")


@cache
def _piece() -> re.Pattern[str]:
    """Compiled when a text first holds letters, digits or marks (25 ms of start-up)."""
    return re.compile(_PIECE_PATTERN)


_UNKNOWN = 255


@cache
def _class_table() -> np.ndarray:
    """Every code point's character class, filled in as code points are first met."""
    return np.full(0x110000, _UNKNOWN, dtype=np.uint8)


_DECIMAL = re.compile(r"\d")


def _class_of(ch: str) -> int:
    """A character's class: Han, a combining mark, white space, a digit of a number
    (ASCII or full width), a letter (a word character that is no decimal digit), or
    anything else (punctuation, symbols, the digits of other scripts)."""
    code = ord(ch)
    if any(low <= code <= high for low, high in ranges(CJK)):
        return _HANCLASS
    if any(low <= code <= high for low, high in ranges(MARKS)):
        return _MARK
    if ch.isspace():
        return _SPACE
    if "0" <= ch <= "9" or "\uff10" <= ch <= "\uff19":
        return _DIGIT
    if _DECIMAL.match(ch):
        return _OTHER
    return _WORDCHAR if _WORD_CHAR.match(ch) else _OTHER


def _classes(codes: np.ndarray) -> np.ndarray:
    table = _class_table()
    classes = table[codes]
    unknown = classes == _UNKNOWN
    if unknown.any():
        seen = np.zeros(0x110000, dtype=bool)
        seen[codes[unknown]] = True
        new = np.flatnonzero(seen).astype(np.int32)
        han = in_ranges(new, CJK)  # most of a Chinese text's characters: no Python call
        table[new[han]] = _HANCLASS
        for code in new[~han].tolist():
            table[code] = _class_of(chr(code))
        classes = table[codes]
    return classes


def code_points(text: str) -> np.ndarray:
    """The text's code points as an int32 array, one per Python character."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(
        np.int32
    )


def tokenize(text: str, interner: Interner | None = None) -> Tokens:
    """The text's tokens in order; Latin words hyphenated across a line break are joined."""
    interner = interner or Interner()
    codes = code_points(text)
    classes = _classes(codes)
    marked_next = np.zeros(len(codes), dtype=bool)
    marked_next[:-1] = classes[1:] == _MARK
    simple_han = (classes == _HANCLASS) & ~marked_next
    # Stretches between white space and plain Han characters: plain ones (letters,
    # digits, punctuation) are tokenized here; those holding combining marks, apostrophes
    # or hyphens (and the stretch after a hyphen, which may end a word's first half) go
    # through the expression.
    between = ~simple_han & (classes != _SPACE)
    run_starts, run_ends = _runs(between)
    is_complex_run = _complex_runs(codes, classes, between, run_starts)
    in_complex = _inside(run_starts[is_complex_run], run_ends[is_complex_run], len(codes))
    plain = between & ~in_complex
    letters = plain & (classes == _WORDCHAR)
    single = simple_han | (plain & ~letters)  # one character, one token

    # One-character tokens are in text order; words and the expression's tokens are put
    # in among them.
    at = np.flatnonzero(single).astype(np.int32)
    raws = codes[at]
    is_han = simple_han[at]
    keys = han_fold_array()[raws]
    other_codes = raws[~is_han]
    seen = np.zeros(0x110000, dtype=bool)  # (np.unique would load numpy.ma: 15 ms)
    seen[other_codes] = True
    distinct = np.flatnonzero(seen).astype(np.int32)
    folded = np.array([interner.id(_single_key(chr(c))) for c in distinct.tolist()], np.int32)
    keys[~is_han] = folded[np.searchsorted(distinct, other_codes)]
    kinds = np.where(is_han, np.int8(HAN), np.int8(PUNCT))
    symbols = [c for c in distinct.tolist() if is_symbol(chr(c))]
    if symbols:  # ★ ☆ 😀: text, not punctuation
        kinds[~is_han & np.isin(raws, symbols)] = WORD
    kinds[_in_numbers(codes, classes)[at]] = NUMBER
    ends = at + 1
    extra = _words(text, *_runs(letters), interner)
    complex_tokens = _complex_tokens(
        text, run_starts[is_complex_run].tolist(), run_ends[is_complex_run].tolist(), interner
    )
    extra = tuple(words + more for words, more in zip(extra, complex_tokens))
    if extra[0]:
        order = np.argsort(np.array(extra[0], dtype=np.int64), kind="stable")
        where = np.searchsorted(at, np.array(extra[0], dtype=np.int32)[order])
        at, ends, keys, raws, kinds = (
            np.insert(values, where, np.array(more, dtype=values.dtype)[order])
            for values, more in zip((at, ends, keys, raws, kinds), extra)
        )
    # int32 halves the memory of a book; offsets and ids stay far below 2**31.
    return Tokens(text, at, ends, keys, raws, kinds)


def _runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends of the stretches where `mask` holds."""
    edges = np.zeros(len(mask) + 1, dtype=bool)
    np.not_equal(mask[1:], mask[:-1], out=edges[1:-1])
    edges[0], edges[-1] = mask[:1].any(), mask[-1:].any()
    flips = np.flatnonzero(edges)
    return flips[0::2], flips[1::2]


def _inside(starts: np.ndarray, ends: np.ndarray, size: int) -> np.ndarray:
    """Which positions lie inside one of the stretches."""
    depth = np.zeros(size + 1, dtype=np.int8)
    np.add.at(depth, starts, 1)
    np.add.at(depth, ends, -1)
    return np.cumsum(depth[:-1], dtype=np.int8).astype(bool)


def _complex_runs(
    codes: np.ndarray, classes: np.ndarray, between: np.ndarray, starts: np.ndarray
) -> np.ndarray:
    """Which stretches (of `between`, starting at `starts`) go through the expression:
    those holding a combining mark (or a Han character carrying one), an apostrophe or a
    hyphen, and each one after a hyphen."""
    if not len(starts):
        return np.zeros(0, dtype=bool)
    hyphen = _one_of(LINE_END_HYPHENS)[codes] & between
    odd = (classes == _MARK) | (classes == _HANCLASS) | hyphen | _one_of(_APOSTROPHES)[codes]
    odd &= between  # what lies between the stretches is no part of them
    chosen = np.add.reduceat(odd, starts) > 0
    after_hyphen = np.zeros(len(starts), dtype=bool)
    after_hyphen[1:] = (np.add.reduceat(hyphen, starts) > 0)[:-1]
    return chosen | after_hyphen


@cache
def _one_of(characters: str) -> np.ndarray:
    """Code point -> whether it is one of the characters."""
    table = np.zeros(0x110000, dtype=bool)
    table[[ord(c) for c in characters]] = True
    return table


def _in_numbers(codes: np.ndarray, classes: np.ndarray) -> np.ndarray:
    """Digits, and the separators between two digits: the characters of numbers."""
    digit = classes == _DIGIT
    separator = _one_of(_NUMBER_SEPARATORS)[codes]
    between_digits = np.zeros(len(codes), dtype=bool)
    between_digits[1:-1] = separator[1:-1] & digit[:-2] & digit[2:]
    return digit | between_digits


def _single_key(ch: str) -> str:
    """The key of a one-character token other than Han: a digit as an ASCII digit,
    anything else as punctuation folds it."""
    if "\uff10" <= ch <= "\uff19":
        return unicodedata.normalize("NFKC", ch)
    return fold_punctuation(ch)


def _words(
    text: str, starts: np.ndarray, ends: np.ndarray, interner: Interner
) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """Tokens of the plain words (runs of letters), as lists; NFKC keys (long s,
    ligatures and full-width letters are forms of one word)."""
    found: dict[str, tuple[int, int]] = {}  # word -> (key id, raw id)
    keys, raws = [], []
    for start, end in zip(starts.tolist(), ends.tolist()):
        word = text[start:end]
        ids = found.get(word)
        if ids is None:
            ids = found[word] = (
                interner.id(unicodedata.normalize("NFKC", word)),
                interner.id(word),
            )
        keys.append(ids[0])
        raws.append(ids[1])
    return starts.tolist(), ends.tolist(), keys, raws, [WORD] * len(keys)


EDGE, PARAGRAPH, LINE, SPACE = 6, 5, 3, 1


def break_weights(tokens: Tokens) -> np.ndarray:
    """How strong a break lies before each token, and after the last (one more entry):
    the text's edges, a blank line, a line break, a space, or none (0)."""
    size = len(tokens)
    weights = np.full(size + 1, EDGE, dtype=np.int8)
    if size < 2:
        return weights
    codes = code_points(tokens.text)
    # A line ends at \n, or at a \r not followed by \n; lines_before[i]: lines ended
    # before offset i.
    ends_line = (codes == 10) | ((codes == 13) & np.append(codes[1:] != 10, True))
    del codes
    lines_before = np.zeros(len(ends_line) + 1, dtype=np.int32)
    np.cumsum(ends_line, dtype=np.int32, out=lines_before[1:])
    del ends_line
    after, before = tokens.starts[1:], tokens.ends[:-1]
    lines = lines_before[after] - lines_before[before]
    inner = weights[1:size]
    inner[:] = np.where(after > before, SPACE, 0)
    inner[lines == 1] = LINE
    inner[lines >= 2] = PARAGRAPH
    return weights


def _complex_tokens(
    text: str, run_starts: list[int], run_ends: list[int], interner: Interner
) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """Tokens of the stretches holding letters, digits or combining marks, as lists."""
    starts: list[int] = []
    ends: list[int] = []
    keys: list[int] = []
    raws: list[int] = []
    kinds: list[int] = []
    key_texts: list[str] = []
    for run_start, run_end in zip(run_starts, run_ends):
        for match in _piece().finditer(text, run_start, run_end):
            raw = match.group()
            han, number, word, other = match.group(2, 3, 4, 5)
            if han:
                key, kind = fold_han(raw), HAN
            elif other:
                key, kind = fold_punctuation(raw), WORD if is_symbol(raw[0]) else PUNCT
            elif number:
                _add_number(
                    match.start(), raw, starts, ends, keys, raws, kinds, key_texts, interner
                )
                continue
            elif word:
                # NFKC: long s, ligatures and full-width letters are forms of one word.
                key, kind = unicodedata.normalize("NFKC", raw), WORD
                if _after_line_end_hyphen(text, starts, ends, key_texts, kinds, match.start()):
                    del starts[-1], ends[-1], keys[-1], raws[-1], kinds[-1], key_texts[-1]
                    key = key_texts[-1] + key
                    ends[-1] = match.end()
                    key_texts[-1] = key
                    keys[-1] = interner.id(key)
                    raws[-1] = interner.id(text[starts[-1] : ends[-1]])
                    continue
            else:
                continue
            starts.append(match.start())
            ends.append(match.end())
            keys.append(interner.id(key))
            raws.append(interner.id(raw))
            kinds.append(kind)
            key_texts.append(key)
    return starts, ends, keys, raws, kinds


def _add_number(
    start: int,
    raw: str,
    starts: list[int],
    ends: list[int],
    keys: list[int],
    raws: list[int],
    kinds: list[int],
    key_texts: list[str],
    interner: Interner,
) -> None:
    """A number's digits and separators, one token each, as Han characters are: a column
    break inside it (`2\n00`, `3\n.5`) is then layout, and a misread digit is one token.
    Separators are of the number, not punctuation: `3.5` against `3,5` is a text variant."""
    for offset, ch in enumerate(raw):
        key = unicodedata.normalize("NFKC", ch) if ch.isdigit() else fold_punctuation(ch)
        starts.append(start + offset)
        ends.append(start + offset + 1)
        keys.append(interner.id(key))
        raws.append(ord(ch))
        kinds.append(NUMBER)
        key_texts.append(key)


def _after_line_end_hyphen(
    text: str, starts: list[int], ends: list[int], keys: list[str], kinds: list[int], start: int
) -> bool:
    """A lower-case word after `word-` and a line break (any hyphen form: par‑⏎ticularly)."""
    if len(keys) < 2 or not text[start].islower() or kinds[-2] != WORD:
        return False
    if text[starts[-1]] not in LINE_END_HYPHENS:
        return False
    hyphen_start = starts[-1]
    if ends[-2] != hyphen_start or start == hyphen_start + 1:
        return False
    return _LINE_END_HYPHEN.fullmatch(text, hyphen_start, start) is not None
