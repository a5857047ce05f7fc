"""Run desk as `python -m desk`."""

from desk.cli import main

if __name__ == "__main__":
    main()
