"""The review from the command line: `desk review`, `desk decide`, `desk choose`, `desk
undo`, `desk redo`. The same core calls as the window; every change is one step of the
document's history, which the window shows and can undo.

DOCUMENT is a document id or its exact title; WITNESS a witness id, its number in the
document (#1, #2, ...) or its label (the file name it was imported from).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from desk.cli_library import library_option, open_chosen_library
from desk.core.alignment.category_names import SCRIPT, SHOWN_ORDER, TEXT
from desk.core.evidence.sure import SURE_PROPOSALS

if TYPE_CHECKING:
    from desk.core.review.outcome import Outcome
    from desk.core.review.session import Review


def _open_review(ctx: click.Context, document: str, library_path: Path | None) -> Review:
    from desk.core.library.documents import list_documents
    from desk.core.library.failures import LibraryError
    from desk.core.review.session import Review

    library = open_chosen_library(ctx, library_path)
    documents = list_documents(library)
    found = [d for d in documents if str(d.id) == document or d.title == document]
    if not found:
        raise click.BadParameter(
            f"no document {document!r}; see `desk list`", param_hint="DOCUMENT"
        )
    try:
        return Review(library, found[0].id)
    except (ValueError, LibraryError) as error:
        raise click.ClickException(str(error)) from None


def _witness(review: Review, name: str) -> str:
    """A witness of the document by its id, number (#1), name or file name."""
    for number, witness in enumerate(review.document.witnesses, start=1):
        if name in (str(witness.id), f"#{number}", witness.label, Path(witness.path).name):
            return str(witness.id)
    raise click.BadParameter(
        f"no witness {name!r} in “{review.document.title}”", param_hint="--take"
    )


def _done(review: Review, outcome: Outcome, as_json: bool) -> None:
    from desk.core.review.step_labels import english
    from desk.core.review.summary import place_record

    if outcome.step is None:
        click.echo("Nothing to do.", err=True)
        return
    counts = review.state.counts()
    said = english(outcome.step.label, review.state.witness_names())
    if as_json:
        record = {
            "step": {"number": outcome.step.number, "label": said},
            "counts": {"open": counts.open, "decided": counts.decided, "total": counts.total},
            "places": [place_record(review.state, p) for p in outcome.places[:1000]],
        }
        click.echo(json.dumps(record, ensure_ascii=False))
    else:
        click.echo(f"{said}. {counts.describe()}.")


def _guarded(action):
    """Run a review action; a library that cannot be written is one clear line."""
    from desk.core.library.failures import LibraryError

    try:
        return action()
    except LibraryError as error:
        raise click.ClickException(str(error)) from None


@click.command("review")
@click.argument("document")
@click.option("--json", "as_json", is_flag=True, help="Print the review as JSON.")
@click.option("--all", "show_all", is_flag=True, help="List layout and punctuation places too.")
@library_option
@click.pass_context
def review_command(
    ctx: click.Context, document: str, as_json: bool, show_all: bool, library_path: Path | None
) -> None:
    """Where a document's review stands: its choices, counts and the places to review."""
    from desk.core.review.summary import lost_lines, review_record
    from desk.report import shown

    review = _open_review(ctx, document, library_path)
    categories = SHOWN_ORDER if show_all else (TEXT, SCRIPT)
    record = review_record(review.state, categories)
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    click.echo(f"{review.document.title}: {review.state.counts().describe()}")
    click.echo("Choices: " + "; ".join(record["choices_described"]))
    for line in lost_lines(review.state):
        click.echo(f"No place for the decision {line}", err=True)
    ids = [str(w.id) for w in review.document.witnesses]
    names = review.state.witness_names()
    click.echo("  place  category    status           " + "  |  ".join(names[w] for w in ids))
    for place in record["places"]:
        readings = "  |  ".join(shown(place["readings"][w]["text"]) for w in ids)
        status = place["status_words"]
        click.echo(f"{place['place']:>7}  {place['category']:<11} {status:<16} {readings}")


@click.command("decide")
@click.argument("document")
@click.argument("place", required=False, type=int)
@click.option(
    "--take", "witness", help="Take this witness's reading, cleaned as the document choices say."
)
@click.option("--raw", is_flag=True, help="With --take: the reading exactly as the witness has it.")
@click.option("--clean", is_flag=True, help="Take the reading the document choices give.")
@click.option("--type", "typed", help="Make the place read this text.")
@click.option("--keep", is_flag=True, help="Decide the place as it reads now.")
@click.option("--proposal", "take_proposal", is_flag=True, help="Take desk's proposal there.")
@click.option(
    "--category",
    type=click.Choice(SHOWN_ORDER),
    help="Decide every undecided place of this category (with --take or --clean).",
)
@click.option(
    "--proposals",
    is_flag=True,
    help="Accept every undecided proposal at least --min-confidence sure, in one step.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=SURE_PROPOSALS,
    show_default=True,
    help="With --proposals: how sure a proposal must be (0-1).",
)
@click.option("--json", "as_json", is_flag=True, help="Print what changed as JSON.")
@library_option
@click.pass_context
def decide_command(
    ctx: click.Context,
    document: str,
    place: int | None,
    witness: str | None,
    raw: bool,
    clean: bool,
    typed: str | None,
    keep: bool,
    take_proposal: bool,
    category: str | None,
    proposals: bool,
    min_confidence: float,
    as_json: bool,
    library_path: Path | None,
) -> None:
    """Decide one PLACE (as numbered by `desk review`), a whole category, or every sure
    proposal."""
    how = [witness is not None, clean, typed is not None, keep, take_proposal, proposals]
    ways = "--take, --clean, --type, --keep, --proposal, --proposals"
    if sum(how) == 0:
        raise click.UsageError(f"say how to decide: one of {ways}")
    if sum(how) > 1:
        raise click.UsageError(f"decide one way at a time: only one of {ways}")
    if raw and witness is None:
        raise click.UsageError("--raw goes with --take: the witness's reading as it has it")
    if proposals:
        if place is not None or category is not None:
            raise click.UsageError("--proposals decides the whole document: no PLACE or category")
        review = _open_review(ctx, document, library_path)
        _done(review, _guarded(lambda: review.accept_proposals(min_confidence)), as_json)
        return
    if (place is None) == (category is None):
        raise click.UsageError("name one PLACE or a --category")
    review = _open_review(ctx, document, library_path)
    chosen = None if witness is None else _witness(review, witness)
    if category is not None:
        if typed is not None or keep or take_proposal or raw:
            raise click.UsageError("a category is decided with --take or --clean")
        _done(review, _guarded(lambda: review.decide_all(category, chosen)), as_json)
        return
    if place is None or not 0 <= place < len(review.state.keys):
        raise click.BadParameter(f"no place {place}; see `desk review`", param_hint="PLACE")
    if chosen is not None:
        outcome = _guarded(lambda: review.take(place, chosen, as_read=raw))
    elif clean:
        outcome = _guarded(lambda: review.take_clean(place))
    elif typed is not None:
        outcome = _guarded(lambda: review.type_reading(place, typed))
    elif take_proposal:
        outcome = _guarded(lambda: review.take_proposal(place))
    else:
        outcome = _guarded(lambda: review.keep(place))
    _done(review, outcome, as_json)


@click.command("choose")
@click.argument("document")
@click.option("--order", help="The base: the witness whose order and words the text follows.")
@click.option("--paragraphs", help="The witness whose paragraph breaks the text follows.")
@click.option("--spaces", type=click.Choice(["removed", "kept"]), help="Spaces inside Chinese.")
@click.option(
    "--punctuation", type=click.Choice(["full-width", "as-read"]), help="Punctuation form."
)
@click.option("--json", "as_json", is_flag=True, help="Print what changed as JSON.")
@library_option
@click.pass_context
def choose_command(
    ctx: click.Context,
    document: str,
    order: str | None,
    paragraphs: str | None,
    spaces: str | None,
    punctuation: str | None,
    as_json: bool,
    library_path: Path | None,
) -> None:
    """Set the document choices that every undecided place follows."""
    review = _open_review(ctx, document, library_path)
    choices = review.state.choices
    if order is not None:
        choices = replace(choices, order=_witness(review, order))
    if paragraphs is not None:
        choices = replace(choices, paragraphs=_witness(review, paragraphs))
    if spaces is not None:
        choices = replace(choices, spaces_removed=spaces == "removed")
    if punctuation is not None:
        choices = replace(choices, full_width=punctuation == "full-width")
    _done(review, _guarded(lambda: review.set_choices(choices)), as_json)


def _history_step(ctx: click.Context, document: str, library_path: Path | None, back: bool):
    from desk.core.review.step_labels import english

    review = _open_review(ctx, document, library_path)
    label = review.state.undo_label() if back else review.state.redo_label()
    outcome = _guarded(review.undo if back else review.redo)
    if outcome.step is None:
        click.echo(f"Nothing to {'undo' if back else 'redo'}.", err=True)
    else:
        click.echo(
            f"{'Undid' if back else 'Redid'}: {english(label, review.state.witness_names())}."
        )


@click.command("undo")
@click.argument("document")
@library_option
@click.pass_context
def undo_command(ctx: click.Context, document: str, library_path: Path | None) -> None:
    """Undo the document's last step."""
    _history_step(ctx, document, library_path, back=True)


@click.command("redo")
@click.argument("document")
@library_option
@click.pass_context
def redo_command(ctx: click.Context, document: str, library_path: Path | None) -> None:
    """Redo the step undone last."""
    _history_step(ctx, document, library_path, back=False)


REVIEW_COMMANDS = (review_command, decide_command, choose_command, undo_command, redo_command)
