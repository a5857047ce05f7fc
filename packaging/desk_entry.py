"""Entry point of the packaged app: the same `desk` command, GUI and CLI."""

import multiprocessing

from desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless now; needed once any work uses processes
    main(prog_name="desk")
