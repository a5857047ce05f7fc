"""Suspected misreadings in one transcription: a character whose look-alike makes far
likelier words there (工作入员 where 工作人员 is what Chinese writes).

A Han character that makes no dictionary word of two to four characters with its
neighbours is looked at with each of its look-alikes; where a look-alike does make one,
the language model reads the passage both ways. A look-alike that raises its
log-probability by SUSPECT_LEAD or more, less UNLIKE_COST for each unit it is less than
wholly alike, makes a suspect, proposing that character (measured on real OCR:
bench/bench_proposals.py). White space is ignored, as the reader ignores it. Imports
lookalikes, language_model and groups.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desk.core.evidence.groups import squeeze
from desk.core.evidence.language_model import WordFrequencies
from desk.core.evidence.lookalikes import lookalikes

SUSPECTS_VERSION = 1  # raise when suspects are found differently (saved places change)
SUSPECT_LEAD = 4.0  # nats the look-alike must add to the passage's log-probability
CONTEXT = 3  # characters read on either side
UNLIKE_COST = 10  # nats taken off the lead per unit of unlikeness (1 - similarity)


@dataclass(frozen=True)
class Suspect:
    """A character of the text (its offsets as read) and the reading proposed for it."""

    start: int
    end: int
    reading: str  # the character as read
    proposal: str
    lead: float  # nats the proposal adds to the passage's log-probability
    context: tuple[str, str]  # the passage as read and as proposed, for saying why

    @property
    def confidence(self) -> float:
        """How sure: the lead as odds, one in two at SUSPECT_LEAD."""
        return 1 / (1 + math.exp(-(self.lead - SUSPECT_LEAD)))


def find_suspects(text: str, model: WordFrequencies) -> list[Suspect]:
    """The suspected misreadings of a text, in order."""
    squeezed = squeeze(text)
    kept = squeezed.text
    offsets = _offsets(squeezed.before)
    found = []
    for i, char in enumerate(kept):
        if not "\u4e00" <= char <= "\u9fff":
            continue
        alike = lookalikes(char)
        if not alike:
            continue
        best = _best_lookalike(kept, i, char, alike, model)
        if best is not None:
            proposal, lead, context = best
            found.append(Suspect(offsets[i], offsets[i] + 1, char, proposal, lead, context))
    return found


def _offsets(before) -> list[int]:  # noqa: ANN001 - numpy array
    """For each kept character, its offset in the text as read."""
    steps = (before[1:] - before[:-1]).tolist()
    return [offset for offset, kept in enumerate(steps) if kept]


def _best_lookalike(
    kept: str, i: int, char: str, alike: dict[str, float], model: WordFrequencies
) -> tuple[str, float, tuple[str, str]] | None:
    """The look-alike that makes the likeliest passage, if it beats the text by enough."""
    if _word_support(kept, i, char, model):
        return None  # the character as read makes a word with its neighbours
    candidates = [c for c in alike if _word_support(kept, i, c, model)]
    if not candidates:
        return None
    low, high = max(i - CONTEXT, 0), i + 1 + CONTEXT
    as_read = kept[low:high]
    base = model.log_probability(as_read)
    best = None
    for candidate in candidates:
        changed = kept[low:i] + candidate + kept[i + 1 : high]
        lead = model.log_probability(changed) - base - UNLIKE_COST * (1 - alike[candidate])
        if lead >= SUSPECT_LEAD and (best is None or lead > best[1]):
            best = (candidate, lead, (as_read, changed))
    return best


def _word_support(kept: str, i: int, char: str, model: WordFrequencies) -> int:
    """The commonest dictionary word of two to four characters that `char` at position i
    would make with its neighbours (0 when it makes none)."""
    best = 0
    for length in (2, 3, 4):
        for start in range(i - length + 1, i + 1):
            if start < 0 or start + length > len(kept):
                continue
            word = kept[start:i] + char + kept[i + 1 : start + length]
            best = max(best, model.word_frequency(word))
    return best
