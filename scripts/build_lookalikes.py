"""Build resources/lookalikes.tsv: for each common Chinese character, those whose printed
shapes are most like it (形近字: 入/人, 己/已, 未/末, 土/士), with how alike they are.

The characters are GB 2312's and Big5's first level (8,930). Each is drawn black on white
at 48 pixels in two installed typefaces, a sans and a serif (Noto Sans CJK SC and Noto
Serif CJK SC, else any two that write Chinese), centred in its cell as a page sets it;
halved to 28 x 28, softened by one pixel, and compared with every other by the cosine of
their ink (the mean taken off), averaged over the two faces. A character keeps its
NEIGHBOURS most alike at SIMILAR or more. OCR engines misread by shape, so this is the
list an engine's confusions come from; desk reads it to say that two readings look alike
and to find misreadings in a single transcription.
Run: .venv/bin/python scripts/build_lookalikes.py [out.tsv]   (about 10 s; Qt offscreen)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FACES = ("Noto Sans CJK SC", "Noto Serif CJK SC")
PIXELS, CELL, HALF = 48, 56, 28
NEIGHBOURS = 16
SIMILAR = 0.6
CHUNK = 1024


def characters() -> list[str]:
    """GB 2312's characters and Big5's first level, in code point order."""
    found = set()
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            found.update(_decoded(bytes([high, low]), "gb2312"))
    for high in range(0xA4, 0xC7):
        for low in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            found.update(_decoded(bytes([high, low]), "big5"))
    return sorted(found)


def _decoded(data: bytes, encoding: str) -> list[str]:
    try:
        return [data.decode(encoding)]
    except UnicodeDecodeError:
        return []


def faces() -> list[str]:
    """The two typefaces to draw with: FACES where installed, else two that write Chinese."""
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    chosen = [f for f in FACES if f in chinese] or chinese[:2]
    if not chosen:
        raise SystemExit("no typeface that writes Chinese is installed (fonts-noto-cjk)")
    return chosen


def shapes(chars: list[str], family: str) -> np.ndarray:
    """Each character's ink as a unit vector (mean taken off), drawn in `family`."""
    font = QFont(family)
    font.setPixelSize(PIXELS)
    found = np.zeros((len(chars), HALF * HALF), np.float32)
    image = QImage(CELL, CELL, QImage.Format.Format_Grayscale8)
    for n, char in enumerate(chars):
        image.fill(255)
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(QRect(0, 0, CELL, CELL), Qt.AlignmentFlag.AlignCenter, char)
        painter.end()
        rows = np.frombuffer(image.constBits(), np.uint8).reshape(CELL, image.bytesPerLine())
        ink = (255 - rows[:, :CELL].astype(np.float32)) / 255
        half = ink.reshape(HALF, 2, HALF, 2).mean(axis=(1, 3))
        soft = half.copy()
        soft[1:] += half[:-1]
        soft[:-1] += half[1:]
        soft[:, 1:] += half[:, :-1]
        soft[:, :-1] += half[:, 1:]
        vector = soft.ravel() - soft.mean()
        found[n] = vector / (np.linalg.norm(vector) or 1.0)
    return found


def neighbours(drawn: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """For each character, its NEIGHBOURS most alike (indexes) and how alike, best first."""
    count = len(drawn[0])
    best = np.zeros((count, NEIGHBOURS), np.int64)
    alike = np.zeros((count, NEIGHBOURS), np.float32)
    for low in range(0, count, CHUNK):
        high = min(low + CHUNK, count)
        similar = sum(face[low:high] @ face.T for face in drawn) / len(drawn)
        similar[np.arange(high - low), np.arange(low, high)] = -1  # not itself
        chosen = np.argpartition(-similar, NEIGHBOURS, axis=1)[:, :NEIGHBOURS]
        values = np.take_along_axis(similar, chosen, axis=1)
        order = np.argsort(-values, axis=1, kind="stable")
        best[low:high] = np.take_along_axis(chosen, order, axis=1)
        alike[low:high] = np.take_along_axis(values, order, axis=1)
    return best, alike


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "lookalikes.tsv"
    application = QGuiApplication.instance() or QGuiApplication([])
    chars = characters()
    best, alike = neighbours([shapes(chars, family) for family in faces()])
    lines = ["# character\tcharacters whose shape is most like it:similarity (build_lookalikes.py)"]
    for n, char in enumerate(chars):
        kept = [f"{chars[m]}:{a:.2f}" for m, a in zip(best[n], alike[n]) if a >= SIMILAR]
        if kept:
            lines.append(f"{char}\t{' '.join(kept)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} characters with look-alikes written to {out}")
    del application


if __name__ == "__main__":
    main()
