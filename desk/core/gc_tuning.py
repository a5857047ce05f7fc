"""How often Python's cycle collector runs, set once at start-up by every desk command.

Opening a book builds a few hundred thousand small objects (variants, readings, items);
with the default thresholds the collector walks all of them again and again while they
are built, which made loading four times slower (bench/bench_gui.py). Those objects
hold no cycles, so collecting less often costs next to no memory.
"""

import gc

YOUNG_THRESHOLD = 100_000  # allocations between collections of the youngest generation


def tune_garbage_collector() -> None:
    """Collect cycles less often than Python's default (every 700 allocations)."""
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, oldest)
