"""The reading of every place that no decision covers, given the document choices.

White space, and places where every witness reads alike, follow the paragraphs witness
cleaned by the chosen rules, where the text on both sides is that witness's and is shown
(else the base's white space does). Places where witnesses differ in their words follow
the proposal (a witness reading it), or the base witness where there is none or the
choices say so, cleaned the same way; punctuation present in some witnesses only
follows the paragraphs witness where it has the text around it. Runs of blank lines are
one paragraph break; one in the middle of a sentence, where another witness runs on, is
none. Imports categories, cleaned, choices, normalize and numpy.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from desk.core.alignment.category_names import CATEGORIES, PUNCTUATION
from desk.core.ocr.model import joins_without_space
from desk.core.review.choices import Choices
from desk.core.review.cleaned import cleaned_readings
from desk.core.review.saved_alignment import Alignment
from desk.core.text.cleaning import Proposal

_PUNCTUATION = CATEGORIES.index(PUNCTUATION)
_LINE_END = r"(?:\r\n|\n|\r)"
_BREAK = re.compile(rf"{_LINE_END}(?:[ \t\u3000]*{_LINE_END})*")  # line breaks in a row
_BLANK = re.compile(rf"{_LINE_END}[ \t\u3000]*{_LINE_END}")  # a blank line
_SENTENCE_END = tuple("。！？!?…”』」：:）)")


def witness_cleaned(
    alignment: Alignment, proposals: Mapping[str, Sequence[Proposal]], choices: Choices, row: int
) -> list[str]:
    """One witness's (row's) reading at every place, cleaned by the chosen rules."""
    witness = alignment.witnesses[row]
    rules = set(choices.rules())
    chosen = [p for p in proposals[witness.id] if p.rule in rules]
    places = alignment.places
    return cleaned_readings(witness.text, chosen, places.starts[row], places.ends[row])


def default_readings(
    alignment: Alignment, proposals: Mapping[str, Sequence[Proposal]], choices: Choices
) -> list[str]:
    """Every place's reading under the choices, in place order."""
    ids = [w.id for w in alignment.witnesses]
    row = ids.index(choices.paragraphs) if choices.paragraphs in ids else 0
    base = witness_cleaned(alignment, proposals, choices, 0)
    paragraphs = base if row == 0 else witness_cleaned(alignment, proposals, choices, row)
    places = alignment.places
    agreeing = ~places.variant
    words = [p if a else b for p, b, a in zip(paragraphs, base, agreeing.tolist())]
    if choices.proposed_words:
        _take_proposals(alignment, proposals, choices, {0: base, row: paragraphs}, words)
    # The paragraphs witness reads a space only between text it has and that the curated
    # text shows: not the breaks around an addition the base leaves out.
    shown = np.fromiter(map(len, words), np.int64, len(words)) > 0
    shown &= places.ends[row] > places.starts[row]
    around = np.zeros(len(places), dtype=bool)
    if len(places) > 2:
        around[1:-1] = shown[:-2] & shown[2:]
    punctuation = places.variant & (places.category == _PUNCTUATION)
    if choices.proposed_words:  # a mark the evidence proposes is not the paragraphs'
        punctuation &= ~_proposed(alignment)
    follows = agreeing | ((places.space | punctuation) & around)
    # A line break the base puts where the paragraphs witness shows none of its own, and
    # any run of blank lines, is one paragraph break, written as that witness writes them.
    separator = paragraph_break(alignment, choices)
    spaces = places.space.tolist()
    chosen = [p if f else w for p, w, f in zip(paragraphs, words, follows.tolist())]
    readings = [
        separator if s and (_BLANK.search(r) or (_BREAK.search(r) and not f)) else r
        for r, f, s in zip(chosen, follows.tolist(), spaces)
    ]
    _join_broken_paragraphs(alignment, proposals, choices, row, readings)
    return _without_edge_space(readings, spaces)


def _take_proposals(
    alignment: Alignment,
    proposals: Mapping[str, Sequence[Proposal]],
    choices: Choices,
    cleaned: dict[int, list[str]],
    words: list[str],
) -> None:
    """Each place with a proposal reads it, as the first witness reading it cleans it."""
    likely = alignment.likely  # a suspect's proposal is only offered: it reads as read
    chosen = likely.row >= 0
    for witness in np.unique(likely.row[chosen & (likely.row > 0)]).tolist():
        if witness not in cleaned:
            cleaned[witness] = witness_cleaned(alignment, proposals, choices, witness)
        for place in likely.places[chosen & (likely.row == witness)].tolist():
            words[place] = cleaned[witness][place]


def _proposed(alignment: Alignment) -> np.ndarray:
    """Which places have a proposal a witness reads (bool, per place)."""
    likely = alignment.likely
    found = np.zeros(len(alignment.places), dtype=bool)
    found[likely.places[likely.row >= 0]] = True
    return found


def paragraph_break(alignment: Alignment, choices: Choices) -> str:
    """How the paragraphs witness writes a paragraph break (its commonest run of line
    breaks): what every paragraph break of the curated text is written as."""
    ids = [w.id for w in alignment.witnesses]
    row = ids.index(choices.paragraphs) if choices.paragraphs in ids else 0
    breaks = Counter(_BREAK.findall(alignment.witnesses[row].text))
    return breaks.most_common(1)[0][0] if breaks else "\n"


_BREAK_IN_SENTENCE = re.compile(rf"(\S)[ \t\u3000]*{_LINE_END}[ \t\u3000]*(?=(\S))")


def joined_lines(text: str) -> str:
    """A taken passage's line breaks inside a sentence joined, as the curated text joins
    a column break: nothing between Chinese characters, a space between words. A break
    after a sentence's end, and a blank line, stay."""

    def join(match: re.Match) -> str:
        before, after = match.group(1), match.group(2)
        if before.endswith(_SENTENCE_END):
            return match.group(0)
        return before if joins_without_space(before, after) else before + " "

    return _BREAK_IN_SENTENCE.sub(join, text)


def tidy_space(reading: str, separator: str) -> str:
    """White space with a blank line in it, as one paragraph break."""
    return separator if _BLANK.search(reading) else reading


def _join_broken_paragraphs(
    alignment: Alignment,
    proposals: Mapping[str, Sequence[Proposal]],
    choices: Choices,
    row: int,
    readings: list[str],
) -> None:
    """A paragraph break of the paragraphs witness after words that end no sentence
    (做大做强做优 / 数字产业), where another witness's cleaned text runs on, is a break
    in the middle of a paragraph: that witness's reading is taken there."""
    places = alignment.places
    candidates = [
        n
        for n in np.flatnonzero(places.space | ~places.variant).tolist()
        if _breaks_a_sentence(readings, n)
    ]
    for other in range(len(alignment.witnesses)):
        if other == row or not candidates:
            continue
        cleaned = witness_cleaned(alignment, proposals, choices, other)
        has_text = places.ends[other] > places.starts[other]
        for n in list(candidates):
            inside = not places.variant[n] or (
                0 < n < len(readings) - 1 and has_text[n - 1] and has_text[n + 1]
            )
            # Fewer line breaks of any kind: a column break the other witness joined (one
            # line break there is a line of its own, as after a title: not joined).
            fewer = len(_BREAK.findall(cleaned[n])) < len(_BLANK.findall(readings[n]))
            if inside and fewer:
                readings[n] = cleaned[n]
                candidates.remove(n)


def _breaks_a_sentence(readings: list[str], n: int) -> bool:
    """Whether a blank line in place n's reading follows words that end no sentence."""
    reading = readings[n]
    for blank in _BLANK.finditer(reading):
        before = reading[: blank.start()].rstrip() or (readings[n - 1].rstrip() if n else "")
        if before and not before.endswith(_SENTENCE_END):
            return True
    return False


def _without_edge_space(readings: list[str], spaces: list[bool]) -> list[str]:
    """No white space before the first words of the text or after its last."""
    for order in (range(len(readings)), range(len(readings) - 1, -1, -1)):
        for n in order:
            if readings[n].strip():
                break
            if spaces[n]:
                readings[n] = ""
    return readings
