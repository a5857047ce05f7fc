"""Python counts text positions in code points, Qt in UTF-16 units: convert here only.

They differ after every character outside the Basic Multilingual Plane (𠮷, CJK
Extension B and later, emoji). Texts without such characters convert for free.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Index:
    """Converts positions in one text between code points and UTF-16 units."""

    def __init__(self, text: str) -> None:
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self._astral_qt = [position + k for k, position in enumerate(self._astral)]

    def to_qt(self, position: int) -> int:
        """A code point position as a Qt (UTF-16) position."""
        return position + bisect_left(self._astral, position) if self._astral else position

    def from_qt(self, position: int) -> int:
        """A Qt position as a code point position; inside a surrogate pair, its start."""
        if not self._astral:
            return position
        whole = bisect_right(self._astral_qt, position - 2)  # pairs ending at or before it
        inside = whole < len(self._astral_qt) and self._astral_qt[whole] == position - 1
        return position - whole - (1 if inside else 0)
