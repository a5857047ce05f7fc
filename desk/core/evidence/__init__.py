"""Proposals: which reading of a place is likely right, and the evidence for it."""
