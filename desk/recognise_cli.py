"""`desk recognise`: page images read by desk's OCR engine (or Tesseract) into text
files, or into a document of the library as a further witness."""

from __future__ import annotations

from pathlib import Path

import click

from desk.cli_library import library_option, open_chosen_library

ENGINES = {"rapidocr": "RAPIDOCR", "tesseract": "TESSERACT"}


@click.command("recognise")
@click.argument("images", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--engine",
    type=click.Choice(sorted(ENGINES)),
    default="rapidocr",
    show_default=True,
    help="desk's own engine, or Tesseract where it is installed.",
)
@click.option(
    "--languages",
    default="chi_sim",
    show_default=True,
    help="Tesseract's models, joined by +: chi_sim+eng (desk's engine reads all it knows).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    help="Where to write <image stem>.txt.",
)
@click.option(
    "--format",
    "output",
    type=click.Choice(["txt", "hocr"]),
    default="txt",
    show_default=True,
    help="hocr: <image stem>.hocr beside the text, with line and character boxes.",
)
@click.option("--jobs", type=int, default=None, help="Images read at once (every core).")
@click.option(
    "--document",
    type=int,
    default=None,
    help="Read this document's page images into it as witnesses, as the window does.",
)
@library_option
@click.pass_context
def recognise_command(
    ctx: click.Context,
    images: tuple[Path, ...],
    engine: str,
    languages: str,
    out: Path,
    output: str,
    jobs: int | None,
    document: int | None,
    library_path: Path | None,
) -> None:
    """Read page images (PNG, JPEG, TIFF) into text files, or into a document."""
    from desk.core.ocr.recognise import Engine

    chosen = Engine[ENGINES[engine]]
    codes = [code for code in languages.split("+") if code]
    if document is not None:
        if images:
            raise click.UsageError("give either images or --document, not both")
        _into_document(ctx, document, chosen, codes, library_path)
        return
    if not images:
        raise click.UsageError("name the images to read, or --document DOC")
    _into_files(images, out, chosen, codes, output == "hocr", jobs)


def _into_files(images, out, engine, languages, with_hocr, jobs) -> None:
    from desk.core.ocr.batch import recognise_files

    def said(result, done: int, total: int) -> None:
        if result.error:
            click.echo(f"[{done}/{total}] {result.image}: {result.error}", err=True)
        else:
            click.echo(f"[{done}/{total}] {result.image} -> {result.written[0]}", err=True)

    results = recognise_files(images, out, engine, languages, with_hocr, jobs, said)
    failed = [r for r in results if r.error]
    if failed:
        raise click.ClickException(f"{len(failed)} of {len(results)} images could not be read")


def _into_document(ctx, document: int, engine, languages, library_path) -> None:
    from desk.core.library.documents import get_document
    from desk.core.library.failures import LibraryError
    from desk.core.ocr.page_images import page_images
    from desk.core.ocr.recognise import RecogniseError, recognise_into
    from desk.core.review.prepare import prepare_review

    library = open_chosen_library(ctx, library_path)
    try:
        get_document(library, document)
        images = page_images(library, document)
        if not images:
            raise click.ClickException(
                f"document {document} has no page image: desk attach-image {document} IMAGE"
            )
        for image in images:
            witness = recognise_into(library, image.id, languages, lambda d, t: None, engine)
            click.echo(f"Added witness {witness.id} “{witness.label}” to document {document}")
        prepare_review(library, document)
    except (LibraryError, RecogniseError) as error:
        raise click.ClickException(str(error)) from None
