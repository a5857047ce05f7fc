"""Notes on passages, and the selectors that re-find their passage after edits."""
