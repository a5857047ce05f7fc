"""The desk command as a user types it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from click.testing import CliRunner

from desk import __version__
from desk.cli import main


def desk(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_version():
    result = desk("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_library_option_before_or_after_the_subcommand(tmp_path, seeds):
    before, after = tmp_path / "before.db", tmp_path / "after.db"
    assert desk("--library", str(before), "import", str(seeds[0].parent)).exit_code == 0
    assert desk("import", "--library", str(after), str(seeds[0].parent)).exit_code == 0
    for path in (before, after):
        listing = json.loads(desk("list", "--json", "--library", str(path)).stdout)
        assert [len(d["witnesses"]) for d in listing] == [2, 1, 1, 1]


def test_list_json_shape(tmp_path, seeds):
    library = str(tmp_path / "lib.db")
    desk("import", "--library", library, str(seeds[0]), str(seeds[1]))
    [document] = json.loads(desk("--library", library, "list", "--json").stdout)
    assert set(document) == {"id", "title", "witnesses"}
    assert document["title"] == "陕西宝鸡出台元宇宙产业发展行动计划"
    assert document["witnesses"][0] == {
        "id": 1,
        "path": str(seeds[0].resolve()),
        "encoding": "utf-8",
        "length": len(seeds[0].read_text(encoding="utf-8")),
    }


def test_import_reports_each_bad_file_and_exits_non_zero(tmp_path, seeds):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    library = str(tmp_path / "lib.db")
    result = desk(
        "import", "--library", library, str(empty), str(seeds[3]), str(tmp_path / "no.txt")
    )
    assert result.exit_code == 1
    assert f"desk: skipped {empty}: the file is empty" in result.stderr
    assert "no.txt: no such file" in result.stderr
    assert "Imported 1 file(s) into 1 document(s); 0 already in the library; 2 failed." in (
        result.stdout
    )
    again = desk("import", "--library", library, str(seeds[3]))
    assert again.exit_code == 0
    assert "1 already in the library" in again.stdout


def test_the_default_library_is_seeded_on_first_use(private_default_library):
    listing = json.loads(desk("list", "--json").stdout)
    assert [len(d["witnesses"]) for d in listing] == [2, 1, 1, 1]
    assert private_default_library.exists()


def test_a_named_library_starts_empty(tmp_path):
    assert json.loads(desk("list", "--json", "--library", str(tmp_path / "x.db")).stdout) == []


def test_export_writes_one_file_per_document(tmp_path):
    out = tmp_path / "out"
    result = desk("export", "--out", str(out))
    assert result.exit_code == 0
    assert len(list(out.glob("*.txt"))) == 4
    assert "Exported 4 file(s)" in result.stderr


def test_a_broken_library_is_one_clear_error(tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_text("not a database at all" * 100)
    result = desk("list", "--library", str(broken))
    assert result.exit_code == 1
    assert "not a desk library" in result.stderr
    assert "Traceback" not in result.output


def test_python_dash_m_desk_and_smoke(tmp_path):
    first_run = tmp_path / "no folder yet" / "d.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_LIBRARY": str(first_run)}
    result = subprocess.run(
        [sys.executable, "-m", "desk", "--smoke"], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "smoke: 4 documents, 5 witnesses" in result.stdout


def test_clean_help_names_every_rule():
    from desk.core.text.cleaning import RULES

    result = CliRunner().invoke(main, ["clean", "--help"])
    assert all(rule.name in result.output for rule in RULES)


def test_attach_image_and_list_images(tmp_path):
    from ocr_files import alto, write_png

    library = str(tmp_path / "lib.db")
    (tmp_path / "p.xml").write_bytes(alto(image="p.png"))
    write_png(tmp_path / "p.png", 40, 30)
    assert desk("import", "--library", library, str(tmp_path / "p.xml")).exit_code == 0
    [document] = json.loads(desk("list", "--json", "--library", library).stdout)
    scan = write_png(tmp_path / "scan.png", 12, 8, shade=5)
    added = desk("attach-image", str(document["id"]), str(scan), "--copy", "--library", library)
    assert added.exit_code == 0 and "12 x 8, a copy kept" in added.stdout
    scan.unlink()
    listing = json.loads(desk("images", str(document["id"]), "--json", "--library", library).stdout)
    assert [(i["width"], i["state"], i["copy"]) for i in listing] == [
        (40, "ok", False),
        (12, "moved", True),
    ]
    assert listing[0]["witness"] == document["witnesses"][0]["id"]
    table = desk("images", str(document["id"]), "--library", library).stdout
    assert "moved" in table and str(tmp_path / "p.png") in table
    refused = desk(
        "attach-image", str(document["id"]), str(tmp_path / "p.xml"), "--library", library
    )
    assert refused.exit_code == 1 and "not a PNG, JPEG or TIFF image" in refused.stderr
    missing = desk("images", "99", "--library", library)
    assert missing.exit_code == 1 and "no document 99" in missing.stderr


def test_collate_reads_an_ocr_file_as_its_text_not_its_markup(tmp_path):
    from ocr_files import alto

    (tmp_path / "scan.xml").write_bytes(alto(lines=("锡林郭勒盟位于", "内蒙古中部", "首府")))
    (tmp_path / "typed.txt").write_text("锡材郭勒盟位于\n内蒙古中部\n\n首府\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["collate", str(tmp_path / "scan.xml"), str(tmp_path / "typed.txt"), "--json"]
    )
    assert result.exit_code == 0, result.output
    variants = json.loads(result.output)["variants"]
    assert [
        (v["readings"]["scan"]["text"], v["readings"]["typed"]["text"])
        for v in variants
        if v["category"] == "text"
    ] == [("林", "材")]


def without_a_display(tmp_path) -> dict[str, str]:
    """The environment of a machine with no screen: no display, no Qt platform named."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["DESK_LIBRARY"] = str(tmp_path / "library.db")
    env["DESK_CONFIG_DIR"] = str(tmp_path / "config")
    return env


def test_smoke_without_a_display_runs_offscreen_and_says_so(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "desk", "--smoke"],
        env=without_a_display(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke: 4 documents" in result.stdout and "platform 'offscreen'" in result.stdout


def test_the_window_without_a_display_says_why_instead_of_aborting(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "desk"],
        env=without_a_display(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "no display to open the window on" in result.stderr
