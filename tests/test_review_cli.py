"""`desk review`, `decide`, `choose`, `undo`, `redo`: the review from a script."""

from __future__ import annotations

import json

from click.testing import CliRunner

from desk.cli import main


def desk(library, *args: str):
    result = CliRunner().invoke(main, ["--library", str(library.path), *args])
    return result


def review_json(library) -> dict:
    result = desk(library, "review", "1", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_script_decides_places_and_categories_and_undoes(seeded):
    before = review_json(seeded)
    assert before["counts"]["open"] == 17 and before["undo"] is None
    shao = next(p for p in before["places"] if p["readings"]["2"]["text"] == "邵")
    result = desk(seeded, "decide", "1", str(shao["place"]), "--take", "#2")
    assert result.exit_code == 0 and "Take witness 2's reading" in result.output
    result = desk(seeded, "decide", "1", "--category", "text", "--take", "#1", "--json")
    done = json.loads(result.output)
    assert done["counts"] == {"open": 0, "decided": 17, "total": before["counts"]["total"]}
    after = review_json(seeded)
    decided = {p["place"]: p for p in after["places"]}
    assert decided[shao["place"]]["curated"]["text"] == "邵"  # the bulk step left it alone
    assert desk(seeded, "undo", "1").output.startswith("Undid: Take witness 1's reading")
    assert review_json(seeded)["counts"]["open"] == 16
    assert desk(seeded, "redo", "1").exit_code == 0
    assert review_json(seeded)["counts"]["open"] == 0


def test_a_witness_is_named_by_its_file_name_too(seeded):
    first = review_json(seeded)["witnesses"][0]
    by_file = f"{first['label']}.txt"  # the seed files' names: their stems are the labels
    result = desk(seeded, "decide", "1", "4", "--take", by_file)
    assert result.exit_code == 0, result.output
    assert "Take witness 1's reading" in result.output


def test_choices_from_the_command_line(seeded):
    result = desk(seeded, "choose", "1", "--punctuation", "as-read", "--order", "#2")
    assert result.exit_code == 0, result.output
    record = review_json(seeded)
    assert record["base"] == "2" and record["choices"]["full_width"] is False
    assert "order and words of witness 2" in record["choices_described"]


def test_mistakes_get_one_clear_line(seeded):
    assert "say how to decide" in desk(seeded, "decide", "1", "4").output
    both = desk(seeded, "decide", "1", "4", "--take", "#1", "--clean")
    assert both.exit_code != 0 and "only one of --take, --clean" in both.output
    assert "no document" in desk(seeded, "review", "nope").output
    assert "no witness" in desk(seeded, "decide", "1", "4", "--take", "#9").output
    assert "no place" in desk(seeded, "decide", "1", "999999", "--keep").output
    assert desk(seeded, "undo", "1").output.strip() == "Nothing to undo."
