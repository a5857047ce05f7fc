"""Collation speed and memory on book-sized pairs, as a user runs it: `desk collate --json`.

Each size is timed as a whole process (start-up, reading, collating, writing JSON), the
median of RUNS runs, with the child's peak memory. Baselines measured in the same run:
the start-up alone (`desk --version`) and, at 100 KB, plain diff-match-patch over the
whole normalised texts (what one would do without anchoring).
Run: .venv/bin/python bench/bench_collate.py [--sizes 100000,1000000,5000000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from book import clean_book, column_copy, misread_copy  # noqa: E402

RUNS = 3
MEASURE = (
    "import resource, sys\n"
    "from desk.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:], prog_name='desk')\n"
    "finally:\n"
    "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
)


def run_desk(*args: str) -> tuple[float, int, str]:
    """Seconds, peak resident KiB and stdout of one `desk` process."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    return elapsed, int(done.stderr.strip().splitlines()[-1]), done.stdout


def diff_match_patch_baseline(a: str, b: str) -> float:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    squeeze = str.maketrans({",": "，", "\n": None})
    started = time.perf_counter()
    dmp.diff_main(a.translate(squeeze), b.translate(squeeze), False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100000,1000000,5000000")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    startup = statistics.median(run_desk("--version")[0] for _ in range(RUNS))
    print(f"start-up baseline (desk --version): median {startup:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            characters = size // 3  # UTF-8: three bytes a Chinese character
            paragraphs = clean_book(characters)
            a_text = column_copy(paragraphs)
            b_text, misreadings = misread_copy(paragraphs)
            a, b = Path(folder, "a.txt"), Path(folder, "b.txt")
            a.write_text(a_text, encoding="utf-8")
            b.write_text(b_text, encoding="utf-8")
            times, peaks = [], []
            for _ in range(RUNS):
                elapsed, peak, out = run_desk("collate", str(a), str(b), "--json")
                times.append(elapsed)
                peaks.append(peak)
            result = json.loads(out)
            found = sum(v["category"] == "text" for v in result["variants"])
            median = statistics.median(times)
            print(
                f"{a.stat().st_size / 1e6:5.2f} MB + {b.stat().st_size / 1e6:5.2f} MB "
                f"({len(a_text):,} + {len(b_text):,} characters): median {median:.2f} s "
                f"({median - startup:.2f} s past start-up, "
                f"{(median - startup) / size * 1e6:.2f} s/MB), "
                f"peak {max(peaks) / 1024:.0f} MB; {len(result['variants']):,} variants, "
                f"{found} text ({misreadings} misreadings made), {len(result['moves'])} moves"
            )
            if size <= 150_000:
                seconds = diff_match_patch_baseline(a_text, b_text)
                print(
                    f"      plain diff-match-patch over the whole normalised pair: {seconds:.2f} s "
                    f"({seconds / (median - startup):.0f}x desk's collation)"
                )


if __name__ == "__main__":
    main()
