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

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CRLF = re.compile("\r\n")


class TextPositions:
    """Converts positions in one text between code points and Qt positions."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._pairs = [match.start() for match in _CRLF.finditer(text)]  # where "\r" stands

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


def shown_text(text: str) -> str:
    """A text as a Qt view holds it after insertion: line breaks as "\\n"."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
