"""How sure a proposal must be to count as sure: for Accept Sure Proposals' default, and
for measuring how often each witness agrees with the sure proposals. Plain Python, so that
the `desk` command can offer it without loading numpy."""

SURE_PROPOSALS = 0.9
