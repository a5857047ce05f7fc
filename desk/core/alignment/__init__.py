"""Collating witnesses: anchors, moves, the N-witness alignment table and its places."""
