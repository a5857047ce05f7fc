"""Several OCR-like witnesses of one clean Chinese text, with a record of every damage.

Each copy gets its own misreadings (look-alike characters), dropped and doubled
characters, and may be set in columns (a line break every few characters), have stray
spaces between characters, half-width punctuation, a paragraph moved elsewhere or two
neighbours swapped, and a header line printed several times. Damages are kept apart
from each other so that each one is a difference of its own.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from desk.core.text.common_hanzi import COMMON_HANZI

LOOK_ALIKES = [
    "己已巳",
    "未末",
    "土士",
    "日曰",
    "人入",
    "大太犬",
    "天夫",
    "刀力",
    "王玉主",
    "木本术",
    "田由甲申",
    "千干于",
    "戊戌戍",
    "贝见",
    "免兔",
    "折拆",
    "壁璧",
    "侯候",
    "拨拔",
    "汩汨",
    "冶治",
    "辨辩辫",
    "即既",
    "栽载",
]
_ALIKE = {ch: group for group in LOOK_ALIKES for ch in group}
_CHARACTERS = sorted(set(COMMON_HANZI) - set(_ALIKE)) + sorted(_ALIKE) * 4
_HALF = {"，": ",", "：": ":", "；": ";", "？": "?", "！": "!"}
HEADER = "本报讯第三版要闻"
_MARK = 0xE000  # misread characters are marked by private-use ones until laid out


@dataclass
class Damage:
    """What was done to one witness: misreadings, drops, doubles (positions in the
    witness text), moved paragraphs (their text) and headers added."""

    misread: list[tuple[int, str, str]] = field(default_factory=list)  # (pos, clean, read)
    dropped: list[int] = field(default_factory=list)  # where the missing character was
    doubled: list[int] = field(default_factory=list)  # where the extra copy is
    moved: list[str] = field(default_factory=list)
    headers: int = 0


@dataclass
class Made:
    clean: str
    paragraphs: list[str]
    texts: list[str]
    damages: list[Damage]


def clean_paragraphs(rng: random.Random, count: int) -> list[str]:
    """Paragraphs of random sentences: no long passage repeats."""
    paragraphs = []
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(2, 5)):
            clauses = [
                "".join(rng.choice(_CHARACTERS) for _ in range(rng.randint(5, 12)))
                for _ in range(rng.randint(1, 3))
            ]
            sentences.append("，".join(clauses) + rng.choice("。。。？！："))
        paragraphs.append("".join(sentences))
    return paragraphs


def damaged_copy(
    rng: random.Random,
    paragraphs: list[str],
    taken: set[tuple[int, int]],
    errors: int,
    columns: bool,
    spaces: bool,
    half_width: bool,
    move: str | None,
    header: bool,
) -> tuple[str, Damage]:
    """One witness. `taken` holds (paragraph, position) of damages made in any witness,
    so that no two sit close together; `move` is None, "move", "two" (two paragraphs
    moved) or "swap"."""
    damage = Damage()
    chars = [list(p) for p in paragraphs]
    edits: list[tuple[int, int, str]] = []  # (paragraph, position, kind)
    for _ in range(errors * 4):
        if len(edits) >= errors:
            break
        n = rng.randrange(len(chars))
        kind = rng.choice(["misread", "misread", "drop", "double"])
        places = [
            i
            for i in range(5, len(chars[n]) - 5)
            if (chars[n][i] in _ALIKE if kind == "misread" else chars[n][i] not in "，。？！：；")
            and chars[n][i] not in (chars[n][i - 1], chars[n][i + 1])  # 辩辩: either one
            and not any(m == n and abs(i - j) < 6 for m, j in taken)
        ]
        if not places:
            continue
        i = rng.choice(places)
        taken.add((n, i))
        edits.append((n, i, kind))
    misread: list[tuple[str, str]] = []  # (clean, read); each marked by a private-use character
    for n, i, kind in sorted(edits, reverse=True):
        ch = chars[n][i]
        if kind == "misread":
            misread.append((ch, rng.choice([c for c in _ALIKE[ch] if c != ch])))
            chars[n][i] = chr(_MARK + len(misread) - 1)
        elif kind == "drop":
            del chars[n][i]
            misread.append(("", chars[n][i]))  # the character after the dropped one
            chars[n][i] = chr(_MARK + len(misread) - 1)
        else:
            misread.append((ch, ""))  # the extra copy
            chars[n].insert(i, chr(_MARK + len(misread) - 1))
    texts = ["".join(p) for p in chars]
    if half_width:
        texts = [t.translate(str.maketrans(_HALF)) for t in texts]
    order = list(range(len(texts)))
    if move in ("move", "two") and len(order) >= 3:
        for _ in range(2 if move == "two" else 1):
            at = rng.randrange(len(order))
            moved = order.pop(at)
            order.insert(rng.choice([w for w in range(len(order) + 1) if w != at]), moved)
            damage.moved.append(texts[moved])
    elif move == "swap" and len(order) >= 3:
        n = rng.randrange(len(order) - 1)
        order[n], order[n + 1] = order[n + 1], order[n]
        damage.moved.append(texts[order[n]])
    laid = []
    for n in order:
        text = texts[n]
        if spaces:
            text = _stray_spaces(rng, text)
        if columns:
            text = _in_columns(text, rng.randint(12, 20))
        laid.append(text)
    if header:
        for at in sorted(rng.sample(range(len(laid) + 1), min(3, len(laid) + 1)), reverse=True):
            laid.insert(at, HEADER)
            damage.headers += 1
    text = list("\n\n".join(laid))
    for position, ch in enumerate(text):
        if _MARK <= ord(ch) < _MARK + len(misread):
            clean, read = misread[ord(ch) - _MARK]
            if not clean:
                text[position] = read
                damage.dropped.append(position)
            elif not read:
                text[position] = clean
                damage.doubled.append(position)
            else:
                text[position] = read
                damage.misread.append((position, clean, read))
    return "".join(text), damage


def _stray_spaces(rng: random.Random, text: str) -> str:
    out = []
    for ch in text:
        out.append(ch)
        if rng.random() < 0.03:
            out.append(" ")
    return "".join(out)


def _in_columns(text: str, width: int) -> str:
    lines, line, count = [], [], 0
    for ch in text:
        line.append(ch)
        count += 1
        if count == width:
            lines.append("".join(line))
            line, count = [], 0
    if line:
        lines.append("".join(line))
    return "\n".join(lines)


def make_witnesses(
    seed: int,
    count: int,
    paragraphs: int = 5,
    errors: int = 3,
    moves: tuple[str | None, ...] = (),
    headers: tuple[bool, ...] = (),
    clean: list[str] | None = None,
) -> Made:
    """`count` damaged copies of one clean text made from `seed`: of `clean`'s paragraphs
    if given, else of `paragraphs` random ones."""
    rng = random.Random(seed)
    clean = clean or clean_paragraphs(rng, paragraphs)
    taken: set[tuple[int, int]] = set()
    texts, damages = [], []
    for n in range(count):
        text, damage = damaged_copy(
            rng,
            clean,
            taken,
            errors,
            columns=rng.random() < 0.5,
            spaces=rng.random() < 0.3,
            half_width=rng.random() < 0.5,
            move=moves[n] if n < len(moves) else None,
            header=headers[n] if n < len(headers) else False,
        )
        texts.append(text)
        damages.append(damage)
    return Made("\n".join(clean), clean, texts, damages)
