"""Reading text: tokens and their folded comparison keys, and the folding tables."""
