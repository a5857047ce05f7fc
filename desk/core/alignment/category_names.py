"""The four kinds of difference a place can be, and the order people see them in.

Plain names, so that the `desk` command can offer them without loading the aligner.
"""

from __future__ import annotations

LAYOUT, PUNCTUATION, SCRIPT, TEXT = "layout", "punctuation", "script", "text"
CATEGORIES = (LAYOUT, PUNCTUATION, SCRIPT, TEXT)  # as stored: a place's category is an index
SHOWN_ORDER = (TEXT, SCRIPT, PUNCTUATION, LAYOUT)  # the weightiest first, wherever listed
TO_REVIEW = (TEXT, SCRIPT)  # categories an editor decides place by place
