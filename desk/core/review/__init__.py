"""The review of one document on the places of its alignment table: decisions, document
choices, hand edits as typed readings, and their history. Pure Python; never Qt."""
