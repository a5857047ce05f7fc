"""Build desk's interface translations: resources/translations/*.ts -> .qm, with
pyside6-lrelease from the same environment. Run by `make` and by the PyInstaller spec.

    python scripts/build_translations.py          # build the .qm files that are stale
    python scripts/build_translations.py --update  # first refresh the .ts from the sources

The Traditional Chinese sources are not kept: desk_zh_TW.ts is made from desk_zh_CN.ts
by OpenCC (simplified to Taiwan's characters and words, with the interface words Taiwan's
software says otherwise) whenever it is older, and so is qtextra_zh_TW.ts (Qt's own
strings its translation lacks, kept by hand in qtextra_zh_CN.ts).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"


def tool(name: str) -> str:
    """A Qt tool installed beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the project (pip install -e .)")
    return found


def update_sources() -> None:
    """Refresh every .ts from the GUI's sources: new strings added, gone ones dropped."""
    sources = sorted(str(p) for p in (ROOT / "desk" / "gui").glob("*.py"))
    for ts in sorted(FOLDER.glob("desk_*.ts")):
        if ts.stem.endswith("_zh_TW"):
            continue  # made from the zh_CN one
        plural_only = ["-pluralonly"] if ts.stem == "desk_en" else []
        command = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        command += plural_only
        subprocess.run([*command, *sources, "-ts", str(ts)], check=True)


# What OpenCC's Taiwan phrases leave as mainland interface words.
TAIWAN_WORDS = {"撤銷": "復原", "查詢": "尋找", "查找": "尋找"}


def make_traditional(name: str) -> None:
    """NAME_zh_TW.ts from NAME_zh_CN.ts: every translation converted, sources as they are."""
    import opencc

    convert = opencc.OpenCC("s2twp").convert
    tree = ET.parse(FOLDER / f"{name}_zh_CN.ts")
    tree.getroot().set("language", "zh_TW")
    for translation in tree.getroot().iter("translation"):
        for element in [translation, *translation.iter("numerusform")]:
            if element.text:
                text = convert(element.text)
                for mainland, taiwan in TAIWAN_WORDS.items():
                    text = text.replace(mainland, taiwan)
                element.text = text
    body = ET.tostring(tree.getroot(), encoding="unicode")
    (FOLDER / f"{name}_zh_TW.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def make_stale_traditional() -> None:
    """Make each NAME_zh_TW.ts that is missing or older than its NAME_zh_CN.ts."""
    for simplified in sorted(FOLDER.glob("*_zh_CN.ts")):
        name = simplified.stem.removesuffix("_zh_CN")
        traditional = FOLDER / f"{name}_zh_TW.ts"
        if not traditional.exists() or traditional.stat().st_mtime < simplified.stat().st_mtime:
            make_traditional(name)


def build() -> list[Path]:
    """Compile each .ts whose .qm is missing or older; return the .qm files built."""
    make_stale_traditional()
    built = []
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    for path in build():
        print(f"built {path.relative_to(ROOT)}")
