"""The packaged app: build it with the committed spec and run it as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "desk.spec"),
        ],
        check=True,
        cwd=work,
    )
    executable = work / "dist" / "desk" / ("desk.exe" if os.name == "nt" else "desk")
    assert executable.exists()
    return executable


@pytest.mark.slow
def test_packaged_smoke_opens_the_sample_library(bundle, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_LIBRARY": str(tmp_path / "first-run.db"),
    }
    started = time.perf_counter()
    result = subprocess.run(
        [str(bundle), "--smoke"], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert "smoke: 4 documents, 5 witnesses" in result.stdout
    print(f"packaged smoke start-up: {elapsed:.2f} s wall; {result.stdout.strip()}")


@pytest.mark.slow
def test_packaged_app_speaks_chinese_on_a_chinese_system(bundle, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_LIBRARY": str(tmp_path / "first-run.db"),
        "DESK_CONFIG_DIR": str(tmp_path / "config"),
        "LANG": "zh_CN.UTF-8",
        "LC_ALL": "zh_CN.UTF-8",
    }
    result = subprocess.run(
        [str(bundle), "--smoke"], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "interface '文件(&F)' '取消'" in result.stdout  # desk's translation and Qt's


@pytest.mark.slow
def test_packaged_cli_imports_and_exports(bundle, tmp_path):
    library = str(tmp_path / "lib.db")
    seeds = str(ROOT / "seeds")
    run = [str(bundle), "import", "--library", library, seeds]
    assert subprocess.run(run, capture_output=True, cwd=tmp_path).returncode == 0
    listing = subprocess.run(
        [str(bundle), "--library", library, "list", "--json"], capture_output=True, text=True
    )
    assert [len(d["witnesses"]) for d in json.loads(listing.stdout)] == [2, 1, 1, 1]
    out = tmp_path / "out"
    subprocess.run([str(bundle), "export", "--library", library, "--out", str(out)], check=True)
    assert len(list(out.glob("*.txt"))) == 4


@pytest.mark.slow
def test_packaged_collate_finds_the_seed_pair_misreadings(bundle, tmp_path):
    pair = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))[:2]
    done = subprocess.run(
        [str(bundle), "collate", *pair, "--json"], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    variants = json.loads(done.stdout)["variants"]
    assert sum(v["category"] == "text" for v in variants) == 17


@pytest.mark.slow
def test_packaged_engine_recognises_a_small_page(bundle, qapp, tmp_path):
    from ocr_pages import draw_page

    page = draw_page([["乡村产业搭上电商快车", "本报记者余健"]], tmp_path / "scan.png")
    done = subprocess.run(
        [str(bundle), "recognise", str(page.image), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    read = (tmp_path / "out" / "scan.txt").read_text(encoding="utf-8")
    assert "".join(read.split()) == "乡村产业搭上电商快车本报记者余健"
