"""Where a passage is in a text that keeps changing: the W3C Web Annotation selectors.

An anchor keeps the passage's quote with a little text before and after it (the
TextQuoteSelector) and its position (the TextPositionSelector). The position follows
every edit of the text exactly (`shift`); when an edit has gone through the passage's
edge or the text has moved, the quote is looked for again: exactly, preferring the
occurrence whose surroundings match, then with diff-match-patch's fuzzy match. A passage
that cannot be found is orphaned (None), never guessed at. Imports diff-match-patch,
differences and edits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from desk.core.text.differences import edit_distance
from desk.core.text.edits import TextEdit

CONTEXT = 32  # characters of prefix and suffix kept
MATCH_BITS = 32  # diff-match-patch matches patterns of at most this many characters
MOST_CANDIDATES = 2000  # exact occurrences compared by their surroundings
SIMILAR = 0.5  # share of the quote that may differ and still be the same passage


@dataclass(frozen=True)
class Anchor:
    """A passage: its text, what surrounds it, and where it was last known to be."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


def anchor_at(text: str, start: int, end: int) -> Anchor:
    """The anchor of text[start:end]."""
    return Anchor(
        text[start:end],
        text[max(0, start - CONTEXT) : start],
        text[end : end + CONTEXT],
        start,
        end,
    )


def shift(start: int, end: int, edits: Iterable[TextEdit]) -> tuple[int, int]:
    """A span after edits (each in the coordinates of the text before all of them).

    Text inserted at the span's start goes before it, at its end after it; an edit
    across an edge pulls that edge to the edit's side inside the span.
    """
    new_start, new_end = start, end
    for edit in edits:
        delta = len(edit.text) - (edit.end - edit.start)
        if edit.end <= start:
            new_start += delta
        elif edit.start < start:  # reaches into the span from before
            new_start += edit.start - start + len(edit.text)
        if edit.end <= end and not (edit.start == edit.end == end):
            new_end += delta
        elif edit.start < end:  # reaches out of the span after it
            new_end += edit.start - end
    new_start = max(0, new_start)
    return new_start, max(new_start, new_end)


def _similar(found: str, quote: str) -> bool:
    return edit_distance(found, quote) <= SIMILAR * max(len(quote), 1)


def _context_score(text: str, start: int, end: int, anchor: Anchor) -> int:
    """How many characters of prefix and suffix agree at an occurrence of the quote."""
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    score = 0
    for a, b in zip(reversed(before), reversed(anchor.prefix)):
        if a != b:
            break
        score += 1
    for a, b in zip(after, anchor.suffix):
        if a != b:
            break
        score += 1
    return score


def _surroundings_agree(text: str, start: int, end: int, anchor: Anchor) -> bool:
    """The characters just before and after the span are the anchor's (a few suffice)."""
    wanted = min(len(anchor.prefix), 8) + min(len(anchor.suffix), 8)
    before = text[max(0, start - 8) : start]
    after = text[end : end + 8]
    return wanted > 0 and before == anchor.prefix[-8:] and after == anchor.suffix[:8]


def _exact(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """The occurrence of the quote with the best surroundings, nearest the old place."""
    quote = anchor.quote
    found = []
    position = text.find(quote)
    while position >= 0 and len(found) < MOST_CANDIDATES:
        found.append(position)
        position = text.find(quote, position + 1)
    if not found:
        return None
    best = max(
        found,
        key=lambda p: (
            _context_score(text, p, p + len(quote), anchor),
            -abs(p - anchor.start),
        ),
    )
    if len(quote) < 4 and _context_score(text, best, best + len(quote), anchor) == 0:
        return None  # a character or two with nothing around it that agrees: not it
    return best, best + len(quote)


def _fuzzy(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """The quote's beginning and end found near the old place, if the span between reads
    much like the quote."""
    quote = anchor.quote
    dmp = diff_match_patch()
    dmp.Match_Distance = 1000
    dmp.Match_Threshold = 0.4
    if len(quote) < 8:  # too short to match alone: match it with its surroundings
        pattern = (anchor.prefix[-8:] + quote + anchor.suffix[:8])[:MATCH_BITS]
        lead = len(anchor.prefix[-8:])
        at = dmp.match_main(text, pattern, max(0, anchor.start - lead))
        if at < 0:
            return None
        start = at + lead
        end = start + len(quote)
    else:
        head, tail = quote[:MATCH_BITS], quote[-MATCH_BITS:]
        start = dmp.match_main(text, head, min(anchor.start, len(text)))
        if start < 0:
            return None
        tail_at = dmp.match_main(text, tail, min(start + len(quote) - len(tail), len(text)))
        if tail_at < 0 or tail_at + len(tail) <= start:
            return None
        end = tail_at + len(tail)
    end = min(end, len(text))
    return (start, end) if _similar(text[start:end], quote) else None


def locate(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """Where the anchored passage is in `text` now, or None: orphaned."""
    start, end = min(anchor.start, len(text)), min(anchor.end, len(text))
    if text[start:end] == anchor.quote:
        return start, end
    if end > start and (
        _similar(text[start:end], anchor.quote) or _surroundings_agree(text, start, end, anchor)
    ):
        return start, end  # the passage itself was edited: it is still the passage
    return _exact(text, anchor) or _fuzzy(text, anchor)
