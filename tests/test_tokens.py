"""Tokens made on arrays are those the regular expression makes, on any text.

Plain stretches (letters, digits, punctuation) are tokenized with numpy; stretches with
combining marks, apostrophes or hyphens go through the expression. Sending every
stretch through the expression is the reference: on generated texts mixing Han, Latin
words, numbers with separators, full-width digits, symbols, marks, apostrophes, hyphens
at line ends and every kind of white space, both give the same tokens.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.text import tokens
from desk.core.text.tokens import NUMBER, PUNCT, WORD, Interner, tokenize

PIECES = [
    "出台",
    "人员",
    "的",
    "了",
    "，",
    "。",
    "、",
    "“",
    "”",
    "（",
    "）",
    "word",
    "Words",
    "ſtate",
    "ﬁne",
    "don't",
    "l’homme",
    "café",
    "cafe\u0301",
    "par-",
    "par-\nticularly",
    "Wort-\r\n  teile",
    "co‐\nop",
    "ticularly",
    "3.5",
    "1,000",
    "12:30",
    "１２",
    "３．５",
    "٣",
    "²",
    "_",
    "$",
    "%",
    "★",
    "😀",
    "𠮷",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u3000",
    "-",
    "‐",
    "..",
    ".",
    ",",
    ":",
    "COVID19",
    "A4",
    "中a",
    "b中",
    "9月",
    "年2",
]


def all_through_the_expression(codes, classes, between, starts):
    return np.ones(len(starts), dtype=bool)


def as_lists(found):
    return [
        found.starts.tolist(),
        found.ends.tolist(),
        found.keys.tolist(),
        found.raws.tolist(),
        found.kinds.tolist(),
    ]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_arrays_and_the_expression_give_the_same_tokens(text, monkeypatch):
    interner = Interner()
    fast = as_lists(tokenize(text, interner))
    with monkeypatch.context() as patch:
        patch.setattr(tokens, "_complex_runs", all_through_the_expression)
        reference = as_lists(tokenize(text, interner))
    assert fast == reference


def test_numbers_words_and_punctuation_of_a_table():
    found = tokenize("Total 3.5, ３．５ and 1,000: 12:30.")
    pieces = [
        (found.text[s:e], int(k))
        for s, e, k in zip(found.starts.tolist(), found.ends.tolist(), found.kinds.tolist())
    ]
    assert pieces == [
        ("Total", WORD),
        ("3", NUMBER),
        (".", NUMBER),
        ("5", NUMBER),
        (",", PUNCT),
        ("３", NUMBER),
        ("．", NUMBER),
        ("５", NUMBER),
        ("and", WORD),
        ("1", NUMBER),
        (",", NUMBER),
        ("0", NUMBER),
        ("0", NUMBER),
        ("0", NUMBER),
        (":", PUNCT),
        ("1", NUMBER),
        ("2", NUMBER),
        (":", NUMBER),
        ("3", NUMBER),
        ("0", NUMBER),
        (".", PUNCT),
    ]
    assert found.keys[5] == found.keys[1]  # ３ folds to 3


def test_plain_chinese_latin_and_numbers_never_go_through_the_expression(monkeypatch):
    handed = []
    real = tokens._complex_tokens

    def watched(text, starts, ends, interner):
        handed.extend(zip(starts, ends))
        return real(text, starts, ends, interner)

    monkeypatch.setattr(tokens, "_complex_tokens", watched)
    tokenize("陕西宝鸡，出台了“计划”。Total 3.5, words and 1,000: 12:30.\r\n第二行")
    assert handed == []
    text = "l’homme par-\nticularly café\u0301"
    tokenize(text)
    # the apostrophe, the hyphen and the word after it, the combining mark
    assert [text[s:e] for s, e in handed] == ["l’homme", "par-", "ticularly", "café\u0301"]
