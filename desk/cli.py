"""The `desk` command: the GUI by default, subcommands for batch work.

`--library PATH` is accepted before or after the subcommand. Errors are one clear line
on stderr and a non-zero exit code.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from desk import __version__
from desk.cli_library import OPENED_LIBRARY, library_option, open_and_seed, open_chosen_library
from desk.core.gc_tuning import tune_garbage_collector
from desk.core.paths import default_library_path
from desk.recognise_cli import recognise_command
from desk.review_cli import REVIEW_COMMANDS

if TYPE_CHECKING:
    pass

# desk does no linear algebra: OpenBLAS's thread pool, started when numpy is imported,
# would only spin on the other core (a quarter more CPU time for `desk collate`).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# Each subcommand imports what it needs when it runs: `desk collate` never loads the
# library store, `desk list` never loads the collation.

STARTED = time.perf_counter()  # for the start-up time that `--smoke` reports


class DeskGroup(click.Group):
    """The `desk` command: a library that turns out damaged while a subcommand reads it is
    one clear message with the way out, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        import sqlite3

        try:
            return super().invoke(ctx)
        except sqlite3.DatabaseError as error:
            from desk.core.library.failures import read_failure

            path = ctx.meta.get(OPENED_LIBRARY) or default_library_path()
            raise click.ClickException(read_failure(Path(path), error)) from None


@click.group(cls=DeskGroup, invoke_without_command=True)
@library_option
@click.option("--smoke", is_flag=True, help="Open the main window, print a summary and exit.")
@click.version_option(__version__, prog_name="desk")
@click.pass_context
def main(ctx: click.Context, library_path: Path | None, smoke: bool) -> None:
    """desk: review several transcriptions of a text side by side and export a clean one.

    With no subcommand, opens the desk window.
    """
    tune_garbage_collector()
    if ctx.invoked_subcommand is not None:
        return
    from desk.gui.app import run_gui  # Qt is loaded only when a window is wanted

    path = library_path or default_library_path()
    ctx.exit(run_gui(path, lambda: open_and_seed(library_path), smoke=smoke, started=STARTED))


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@library_option
@click.pass_context
def import_command(ctx: click.Context, paths: tuple[Path, ...], library_path: Path | None) -> None:
    """Import text files, OCR files (ALTO, PAGE, hOCR) and folders of them into the
    library; the page image an OCR file names is attached when found beside it."""
    from desk.core.library.documents import import_paths
    from desk.core.library.failures import LibraryError

    library = open_chosen_library(ctx, library_path)
    # The bar is drawn on a terminal only, so scripts and logs get the summary alone.
    bar_or_none = (
        click.progressbar(length=1, label="Importing", file=sys.stderr)
        if sys.stderr.isatty()
        else contextlib.nullcontext()
    )
    with bar_or_none as bar:

        def progress(done: int, total: int) -> None:
            if bar is not None:
                bar.length = total
                bar.update(1)

        try:
            report = import_paths(library, paths, progress)
        except LibraryError as error:
            raise click.ClickException(str(error)) from None
    for failure in report.failures:
        click.echo(f"desk: skipped {failure.path}: {failure.reason}", err=True)
    for refused in report.images_refused:
        click.echo(f"desk: page image {refused.path} {refused.reason}", err=True)
    documents = len({witness.document_id for witness in report.added})
    click.echo(
        f"Imported {len(report.added)} file(s) into {documents} document(s); "
        f"{len(report.duplicates)} already in the library; {len(report.failures)} failed."
    )
    if report.failures:
        ctx.exit(1)


@main.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@library_option
@click.pass_context
def list_command(ctx: click.Context, as_json: bool, library_path: Path | None) -> None:
    """List the library's documents and their witnesses."""
    from desk.core.library.documents import list_documents

    library = open_chosen_library(ctx, library_path)
    documents = list_documents(library)
    if as_json:
        listing = [
            {
                "id": document.id,
                "title": document.title,
                "witnesses": [
                    {"id": w.id, "path": w.path, "encoding": w.encoding, "length": w.length}
                    for w in document.witnesses
                ],
            }
            for document in documents
        ]
        click.echo(json.dumps(listing, ensure_ascii=False, indent=2))
        return
    for document in documents:
        click.echo(f"{document.id:>4}  {document.title}")
        for w in document.witnesses:
            click.echo(f"      witness {w.id}: {w.label}  {w.encoding}, {w.length} characters")


@main.command("export")
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the files into (created if needed).",
)
@click.option(
    "--format",
    "formats",
    default="txt",
    show_default=True,
    help="Comma-separated: txt (clean text), tei (TEI P5 apparatus), csv (apparatus and"
    " decision log), annotations (W3C Web Annotation JSON).",
)
@library_option
@click.pass_context
def export_command(
    ctx: click.Context, out_dir: Path, formats: str, library_path: Path | None
) -> None:
    """Write each document, named after its title, in the chosen formats."""
    from desk.core.export.files import FORMATS, export_documents

    chosen = [f.strip() for f in formats.split(",") if f.strip()]
    unknown = sorted(set(chosen) - set(FORMATS))
    if unknown or not chosen:
        raise click.BadParameter(
            f"unknown format(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(FORMATS)}",
            param_hint="--format",
        )
    library = open_chosen_library(ctx, library_path)
    try:
        written = export_documents(library, out_dir, chosen)
    except OSError as error:
        raise click.ClickException(f"could not write to {out_dir}: {error}") from None
    for path in written:
        click.echo(str(path))
    click.echo(f"Exported {len(written)} file(s) to {out_dir}", err=True)


@main.command("check")
@library_option
@click.pass_context
def check_command(ctx: click.Context, library_path: Path | None) -> None:
    """Check the library file for damage and list the backups beside it."""
    from desk.core.library.store import check_library

    path = library_path or ctx.find_root().params.get("library_path") or default_library_path()
    if not Path(path).is_file():
        raise click.ClickException(f"no library file at {path}")
    problems, found = check_library(Path(path))
    healthy = problems == ["ok"]
    click.echo(f"{path}: " + ("no damage found" if healthy else "damaged"))
    for problem in [] if healthy else problems[:20]:
        click.echo(f"  {problem}")
    click.echo(f"{len(found)} backup(s) beside it" + (":" if found else "."))
    for backup in found:
        click.echo(f"  {backup}")
    if not healthy:
        ctx.exit(1)


@main.command("attach-image")
@click.argument("document", type=int)
@click.argument("image", type=click.Path(path_type=Path))
@click.option("--copy", "keep_copy", is_flag=True, help="Keep a copy of the image in the library.")
@library_option
@click.pass_context
def attach_image_command(
    ctx: click.Context, document: int, image: Path, keep_copy: bool, library_path: Path | None
) -> None:
    """Attach a page image (PNG, JPEG, TIFF) to a document."""
    from desk.core.library.failures import LibraryError
    from desk.core.ocr.page_images import attach_image

    library = open_chosen_library(ctx, library_path)
    try:
        attached = attach_image(library, document, image, keep_copy=keep_copy)
    except LibraryError as error:
        raise click.ClickException(str(error)) from None
    copy = ", a copy kept" if attached.kept_copy else ""
    click.echo(
        f"Image {attached.id} of document {document}: {attached.path}"
        f" ({attached.width} x {attached.height}{copy})"
    )


@main.command("images")
@click.argument("document", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@library_option
@click.pass_context
def images_command(
    ctx: click.Context, document: int, as_json: bool, library_path: Path | None
) -> None:
    """List a document's page images and their state: ok, moved or changed."""
    from desk.core.library.documents import get_document
    from desk.core.library.failures import LibraryError
    from desk.core.ocr.page_images import page_images

    library = open_chosen_library(ctx, library_path)
    try:
        get_document(library, document)
    except LibraryError as error:
        raise click.ClickException(str(error)) from None
    images = page_images(library, document)
    if as_json:
        listing = [
            {
                "id": i.id,
                "path": i.path,
                "state": i.state,
                "width": i.width,
                "height": i.height,
                "sha256": i.sha256,
                "witness": i.witness_id,
                "copy": i.kept_copy,
            }
            for i in images
        ]
        click.echo(json.dumps(listing, ensure_ascii=False, indent=2))
        return
    for i in images:
        witness = f", OCR of witness {i.witness_id}" if i.witness_id is not None else ""
        copy = ", copy kept" if i.kept_copy else ""
        click.echo(f"{i.id:>4}  {i.state:<7}  {i.width} x {i.height}{witness}{copy}  {i.path}")
    if not images:
        click.echo(f"Document {document} has no page images.", err=True)


def read_or_fail(path: Path) -> str:
    """A file's decoded text, or a clear one-line error."""
    from desk.core.library.sources import SourceError, decoded_text

    try:
        return decoded_text(path)[0]
    except SourceError as error:
        raise click.ClickException(str(error)) from None


@main.command("collate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the collation as JSON.")
@click.option("--base", help="Id of the base witness (default: the first).")
@click.option("--id", "ids", help="Comma-separated witness ids (default: the file stems).")
@click.option(
    "--all", "show_all", is_flag=True, help="Table: list layout and punctuation variants too."
)
def collate_command(
    paths: tuple[Path, ...], as_json: bool, base: str | None, ids: str | None, show_all: bool
) -> None:
    """Collate two or more transcriptions of one text and list where they differ."""
    from desk.core.alignment.collation import WitnessText, collate
    from desk.report import collation_json, collation_table

    if len(paths) < 2:
        raise click.UsageError("collate needs at least two files")
    names = ids.split(",") if ids else [path.stem for path in paths]
    if len(names) != len(paths) or len(set(names)) != len(names):
        raise click.UsageError("give one distinct id per file")
    witnesses = [WitnessText(name, read_or_fail(path)) for name, path in zip(names, paths)]
    try:
        result = collate(witnesses, base)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    if as_json:
        for piece in collation_json(result, dict(zip(names, paths))):
            click.echo(piece, nl=False)
        click.echo()
    else:
        click.echo(collation_table(result, show_all))


@main.command("clean")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the proposals as JSON.")
@click.option(
    "--rules",
    help="Comma-separated rules to run (default: reflow, edge_spaces, cjk_spaces, hyphenation,"
    " full_width, punctuation_forms, repeated_lines; also to_simplified, to_traditional).",
)
@click.option("--apply", "apply", is_flag=True, help="Print the text with every proposal applied.")
def clean_command(path: Path, as_json: bool, rules: str | None, apply: bool) -> None:
    """List the cleaning rules' proposals for one file."""
    from desk.core.text.cleaning import apply_proposals, propose
    from desk.report import proposals_json, proposals_table

    text = read_or_fail(path)
    try:
        proposals = propose(text, rules.split(",") if rules else None)
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    if apply:
        click.echo(apply_proposals(text, proposals), nl=False)
    elif as_json:
        click.echo(json.dumps(proposals_json(path, text, proposals), ensure_ascii=False))
    else:
        click.echo(proposals_table(text, proposals))


for review_command in REVIEW_COMMANDS:  # `desk review`, `decide`, `choose`, `undo`, `redo`
    main.add_command(review_command)
main.add_command(recognise_command)
