"""How a `desk` subcommand finds its library: the `--library` option, after the
subcommand's name or before it, else the default library, seeded on its first use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from desk.core.paths import bundled_path, default_library_path

if TYPE_CHECKING:
    from desk.core.library.store import Library

LIBRARY_HELP = "Library file to use (default: $DESK_LIBRARY, else the user data dir)."


def library_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """Let a subcommand take `--library` after its name too."""
    return click.option(
        "--library",
        "library_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help=LIBRARY_HELP,
    )(command)


OPENED_LIBRARY = "desk.opened_library"  # the library a subcommand opened, for messages


def open_chosen_library(ctx: click.Context, library_path: Path | None) -> Library:
    """Open the library named after the subcommand, before it, or the default one.

    Only the default library is filled with the sample texts on first use.
    """
    from desk.core.library.failures import LibraryError

    chosen = library_path or ctx.find_root().params.get("library_path")
    ctx.find_root().meta[OPENED_LIBRARY] = chosen or default_library_path()
    try:
        library = open_and_seed(chosen)
    except LibraryError as error:
        raise click.ClickException(str(error)) from None
    ctx.call_on_close(library.close)
    return library


def open_and_seed(chosen: Path | None) -> Library:
    """Open the chosen library, or the default one, filled with the sample texts on its
    first use; raises LibraryError."""
    from desk.core.library.documents import seed_library
    from desk.core.library.store import open_library

    library = open_library(chosen or default_library_path())
    if chosen is None:
        try:
            seed_library(library, bundled_path("seeds"))
        except Exception:
            library.close()
            raise
    return library
