"""Build desk's interface translations: resources/translations/*.ts -> .qm, with
pyside6-lrelease from the same environment. Run by `make` and by the PyInstaller spec.

    python scripts/build_translations.py          # build the .qm files that are stale
    python scripts/build_translations.py --update  # first refresh the .ts from the sources
"""

from __future__ import annotations

import shutil
import subprocess
import sys
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
    """Refresh every .ts from the GUI's sources: new strings added, gone ones marked."""
    sources = sorted(str(p) for p in (ROOT / "desk" / "gui").glob("*.py"))
    for ts in sorted(FOLDER.glob("desk_*.ts")):
        plural_only = ["-pluralonly"] if ts.stem == "desk_en" else []
        command = [tool("pyside6-lupdate"), "-silent", "-locations", "none", *plural_only]
        subprocess.run([*command, *sources, "-ts", str(ts)], check=True)


def build() -> list[Path]:
    """Compile each .ts whose .qm is missing or older; return the .qm files built."""
    built = []
    for ts in sorted(FOLDER.glob("desk_*.ts")):
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
