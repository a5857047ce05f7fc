"""What kind of difference a place is: layout, punctuation, script or text.

`layout`: only white space, line breaks or a line-end hyphen differ; `punctuation`: the
width or form of marks, or marks present in some witnesses only; `script`: the same
characters in another form (simplified/traditional); `text`: a real difference.
Imports tokens and numpy.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desk.core.alignment.category_names import CATEGORIES, LAYOUT, PUNCTUATION, SCRIPT, TEXT
from desk.core.text.folding import LINE_END_HYPHENS
from desk.core.text.tokens import HAN, PUNCT, WORD, Interner, tokenize

_INDEX = {name: n for n, name in enumerate(CATEGORIES)}


def token_category(kind: int, x: str, y: str) -> str:
    """The category of two tokens with the same key but different raw text."""
    if kind == HAN:
        return SCRIPT
    if kind == WORD:
        if any(h in x for h in LINE_END_HYPHENS) != any(h in y for h in LINE_END_HYPHENS):
            return LAYOUT  # a word hyphenated at a line end
        if any(h in x for h in LINE_END_HYPHENS):
            return LAYOUT  # hyphenated in both, with another hyphen form
        return SCRIPT  # a form of the same letters: ſ/s, a ligature, full width
    return PUNCTUATION  # punctuation form, or full/half width of digits


def _category_of_token_lists(readings: list[tuple[list[int], list[int], list[str]]]) -> str:
    """readings: each witness's (keys, kinds, raw texts) at a place; white space is no
    token, so readings whose tokens join to the same text differ in it alone ("coun⏎ty"
    against "county", a word broken at a column end): layout, whatever the script."""
    if len({"".join(raws) for _, _, raws in readings}) == 1:
        return LAYOUT
    if len({tuple(keys) for keys, _, _ in readings}) == 1:
        first_keys, first_kinds, first_raws = readings[0]
        found = {
            token_category(kind, x, y)
            for _, _, raws in readings[1:]
            for kind, x, y in zip(first_kinds, first_raws, raws)
            if x != y
        }
        return SCRIPT if SCRIPT in found else PUNCTUATION if PUNCTUATION in found else LAYOUT
    without_punctuation = {
        tuple(key for key, kind in zip(keys, kinds) if kind != PUNCT) for keys, kinds, _ in readings
    }
    return PUNCTUATION if len(without_punctuation) == 1 else TEXT


def classify(texts: Sequence[str]) -> str:
    """The category of a variant from its readings' texts."""
    if len({"".join(text.split()) for text in texts}) == 1:
        return LAYOUT
    interner = Interner()
    readings = []
    for text in texts:
        tokens = tokenize(text, interner)
        raws = [text[s:e] for s, e in zip(tokens.starts.tolist(), tokens.ends.tolist())]
        readings.append((tokens.keys.tolist(), tokens.kinds.tolist(), raws))
    return _category_of_token_lists(readings)


def token_places_categories(
    table, witnesses, group_cols, differing, reading_starts, reading_ends
) -> np.ndarray:
    """Categories (as indices into CATEGORIES) of the differing token places `differing`,
    given every witness's reading span at every token place.

    One-column places are classified on arrays; wider ones token by token.
    """
    result = np.full(len(differing), _INDEX[TEXT], dtype=np.int8)
    if not len(differing):
        return result
    widths = np.diff(np.append(group_cols, len(table)))[differing]
    single = widths == 1
    columns = group_cols[differing[single]]
    all_present = np.ones(len(columns), dtype=bool)
    keys_equal = np.ones(len(columns), dtype=bool)
    all_punct = np.ones(len(columns), dtype=bool)
    first_key = first_kind = None
    for tokens, column_tokens in zip(witnesses, table.tokens):
        at = column_tokens[columns]
        present = at >= 0
        safe = np.maximum(at, 0)
        key = np.where(present, tokens.keys[safe], -1) if len(tokens) else np.full(len(at), -1)
        kind = np.where(present, tokens.kinds[safe], -1) if len(tokens) else np.full(len(at), -1)
        all_present &= present
        all_punct &= ~present | (kind == PUNCT)
        if first_key is None:
            first_key, first_kind = key, kind
        else:
            keys_equal &= key == first_key
    same = all_present & keys_equal
    single_result = np.where(all_punct, _INDEX[PUNCTUATION], _INDEX[TEXT]).astype(np.int8)
    single_result[same & (first_kind == HAN)] = _INDEX[SCRIPT]
    single_result[same & (first_kind != HAN)] = _INDEX[PUNCTUATION]
    result[single] = single_result
    careful = np.flatnonzero(single)[same & (first_kind == WORD)].tolist()
    careful += np.flatnonzero(~single).tolist()
    for n in careful:
        group = int(differing[n])
        readings = []
        for tokens, starts, ends in zip(witnesses, reading_starts, reading_ends):
            # The tokens inside the reading: none if it is empty.
            lo = int(np.searchsorted(tokens.starts, starts[group]))
            hi = int(np.searchsorted(tokens.ends, ends[group], side="right"))
            hi = max(lo, hi)
            raws = [
                tokens.text[s:e]
                for s, e in zip(tokens.starts[lo:hi].tolist(), tokens.ends[lo:hi].tolist())
            ]
            readings.append((tokens.keys[lo:hi].tolist(), tokens.kinds[lo:hi].tolist(), raws))
        result[n] = _INDEX[_category_of_token_lists(readings)]
    return result
