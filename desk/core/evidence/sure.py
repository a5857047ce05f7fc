"""How sure a proposal must be to count as sure: Accept Sure Proposals' default. Plain
Python, so that the `desk` command can offer it without loading numpy."""

SURE_PROPOSALS = 0.95  # such proposals were right 94% (held) to 96% (dev) of the time
