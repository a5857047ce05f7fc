"""Positions in a text as Python counts them (code points) and as a Qt text view does.

The one place they are converted. A QPlainTextEdit shows "\\r\\n" as one position (a
lone "\\r" and "\\n" are one already) and counts UTF-16 units, so a character outside the
Basic Multilingual Plane (𠮷, CJK Extension B and later, emoji) takes two. Texts with
neither convert for free. Inside a surrogate pair a Qt position stands for the
character's start; after a CRLF line break, for the position after its "\\n".
"""

from __future__ import annotations

import re
from bisect import bisect_left

from desk.core.text.edits import common_prefix, common_suffix

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CRLF = re.compile("\r\n")
_BREAKS = re.compile("\r\n|[\r\u2029]")


class TextPositions:
    """Converts positions in one text between code points and Qt positions."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._pairs = [match.start() for match in _CRLF.finditer(text)]  # where "\r" stands

    def edited(self, start: int, end: int, inserted: str, text: str) -> None:
        """Follow an edit: [start, end) of the text before replaced by `inserted`, giving
        `text`. Only the edited stretch is searched again (and a character either side,
        where a "\r" and a "\n" may have come together or apart): typing in a long text
        costs what the edit holds, not the text."""
        delta = len(inserted) - (end - start)
        new_end = start + len(inserted)
        self._astral = _spliced(self._astral, start, end, delta, _ASTRAL, text, new_end)
        self._pairs = _spliced(self._pairs, max(0, start - 1), end, delta, _CRLF, text, new_end + 1)
        self.length = len(text)

    def to_qt(self, position: int) -> int:
        """A code point position as a Qt position."""
        if not self._astral and not self._pairs:
            return position
        if self._pairs:
            inside = bisect_left(self._pairs, position - 1)
            if inside < len(self._pairs) and self._pairs[inside] == position - 1:
                position += 1  # between "\r" and "\n": the same as after the break
        joined = bisect_left(self._pairs, position - 1)  # pairs whose "\n" lies before
        return position + bisect_left(self._astral, position) - joined

    def from_qt(self, position: int) -> int:
        """A Qt position as a code point position (the last one that shows there)."""
        if not self._astral and not self._pairs:
            return position
        low, high = 0, self.length
        while low < high:  # the largest code point position whose Qt position <= `position`
            middle = (low + high + 1) // 2
            if self.to_qt(middle) <= position:
                low = middle
            else:
                high = middle - 1
        return low


def _spliced(
    found: list[int],
    low: int,
    end: int,
    delta: int,
    pattern: re.Pattern[str],
    text: str,
    keep_from: int,
) -> list[int]:
    """Where `pattern` matches after an edit that ended at `end` of the text before and
    moved what followed by `delta`: matches before `low` kept, those from `keep_from` on
    (in the text after) moved, those in between found again in `text`."""
    if not found and not pattern.search(text, low, min(len(text), keep_from + 1)):
        return found
    before = found[: bisect_left(found, low)]
    middle = [
        m.start()
        for m in pattern.finditer(text, low, min(len(text), keep_from + 1))
        if m.start() < keep_from
    ]
    moved = [p + delta for p in found[bisect_left(found, end) :] if p + delta >= keep_from]
    return before + middle + moved


def shown_text(text: str) -> str:
    """A text as a Qt view holds it after insertion: line breaks as "\\n"."""
    return _BREAKS.sub("\n", text)


def typed_edit(
    before: str, positions: TextPositions, start: int, end: int, after: str
) -> tuple[int, int, str] | None:
    """What the editor changed, in code points of `before` (the text as the core holds
    it, which the view showed until now; `positions` is its index): the view says that
    its Qt positions [start, end) of `before` now read `after`, as the view gives text
    (a line break as "\\u2029"). Qt may name a wider range than what changed (an input
    method's commit names its whole block): the range is narrowed to the characters that
    differ. Returns (start, end, typed) with line breaks typed as "\\n", or None when
    nothing changed. A lone "\\r" just before a line break the edit leaves becomes
    "\\n" with it: the two would otherwise read as one break, not the two shown."""
    first, last = positions.from_qt(start), positions.from_qt(end)
    old = before[first:last]
    shown_old, shown_new = shown_text(old), shown_text(after)
    head = common_prefix(shown_old, shown_new)
    tail = common_suffix(shown_old[head:], shown_new[head:])
    old_head = _shown_to_code_points(old, head)
    old_tail = _shown_to_code_points(old, len(shown_old) - tail)
    typed = shown_new[head : len(shown_new) - tail]
    start, end = first + old_head, first + old_tail
    if start == end and not typed:
        return None
    if start and before[start - 1] == "\r" and (typed[:1] or before[end : end + 1]) == "\n":
        start, typed = start - 1, "\n" + typed  # a lone "\r" and the "\n" after would be one
    return start, end, typed


def _shown_to_code_points(text: str, offset: int) -> int:
    """The code point offset in `text` of the character `offset` in its shown form
    (where "\\r\\n" is one character)."""
    pairs = [match.start() - index for index, match in enumerate(_CRLF.finditer(text))]
    return offset + bisect_left(pairs, offset)
