"""Cleaning rules: each proposes changes to one raw witness; nothing is rewritten silently.

A proposal names its rule, a span of the raw witness and the replacement. Rules are data
(name, description, category, on by default or not, a function) and are switched on and
off one by one; the editor accepts or rejects each proposal. Imports tokens (character
classes), OpenCC and the standard library.
"""

from __future__ import annotations

import difflib
import re
import statistics
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from opencc import OpenCC

from desk.core.cancel import checkpoint
from desk.core.text.folding import CJK, LINE_END_HYPHENS, STANDARD_PUNCTUATION_FORMS

# Marks that sit in Chinese running text (CJK symbols, full-width forms, quotes, dashes).
_CJK_PUNCTUATION = "\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
_CJKISH = re.compile(rf"[{CJK}{_CJK_PUNCTUATION}]")
_HAN = re.compile(rf"[{CJK}]")
# Chinese for certain: Han and kana, and the marks only Chinese text uses (not “ ” ‘ ’ — · …,
# which European text has too).
_CHINESE = re.compile(rf"[{CJK}\u3000-\u303f\uff00-\uffef]")
# Web addresses hold punctuation that is theirs (a mail address holds none of , : ; ( ) ?
# !, so it needs no looking for: an expression for one, tried from each character of a
# long run of letters, took seconds on 100 KB of Chinese).
_WEB_ADDRESS = re.compile(r"(?:https?|ftp)://\S+|www\.\S+")
_WHITE = re.compile(r"\s+")
_BREAK = re.compile(r"\r\n|\r|\n")
# A line that ends a paragraph whatever its length ends with one of these (a closing
# quote only after the end of a sentence: 服务贡献为本地” runs on).
_PARAGRAPH_END = tuple("。！？!?…：:") + tuple(q + c for q in "。！？!?…" for c in "”』」")
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
REPEATED_LINE_MIN = 8  # characters; shorter lines ("本报记者") repeat legitimately
FULL_LINE = 0.75  # share of the column width that makes a line full
COLUMN_WIDTH_MAX = 40  # characters; wider "lines" are paragraphs, not newspaper columns


@dataclass(frozen=True)
class Proposal:
    """A rule's suggestion: replace `witness[start:end]` with `replacement`."""

    rule: str
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Rule:
    """A cleaning rule: what it does, how its changes are classed, and whether it is on."""

    name: str
    description: str
    category: str
    on_by_default: bool
    find: Callable[[str], Iterator[tuple[int, int, str]]]


@lru_cache(maxsize=2)  # the rules of one proposal run each ask for the same text's lines
def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line's content, line break excluded ("\\r\\n", "\\r" and
    "\\n" each end a line; text after the last break is a line, an empty one only when
    the text is empty)."""
    breaks = [m.span() for m in _BREAK.finditer(text)]
    starts = [0] + [end for _, end in breaks]
    ends = [start for start, _ in breaks] + [len(text)]
    if breaks and starts[-1] == len(text):  # nothing after the last break
        starts.pop()
        ends.pop()
    return list(zip(starts, ends))


def _visible(text: str) -> int:
    """How many characters of the text are not white space."""
    return len(text) - sum(map(len, _WHITE.findall(text)))


def _breaks(separator: str) -> int:
    return separator.count("\n") + separator.count("\r") - separator.count("\r\n")


_CAPTION_END = re.compile(r"摄(?:\s*[（(][^）)\n]{1,16}[）)])?$")  # 何华文摄（中经视觉）
_BYLINE = re.compile(r"(?:本报记者|记者|通讯员|本报讯|实习生)\s")
_QUOTE_END = ("。”", "！”", "？”", "…”", "。」", "！」", "？」")
# Who said it, on a line of its own: 锡林郭勒盟商务局副局长那顺巴雅尔说。
_SPEAKER = re.compile(
    r"[^，。“”「」\n]{2,24}(?:说|表示|指出|介绍|认为|强调|称|告诉记者)[。：:，,]?$"
)


def _runs_on(line: str, following: str) -> bool:
    """Whether a sentence runs from the end of `line` into `following` (我们将加⏎⏎快把,
    服务贡献为本地”⏎⏎的人才流动: the foot of a column or a page, not a paragraph's end)."""
    ends_mid = _HAN.match(line[-1]) or (
        line[-1] in "”」》" and len(line) > 1 and line[-2] not in "。！？…"
    )
    return bool(ends_mid) and bool(_HAN.match(following[0]) or following[0] in "“「《")


def _find_column_breaks(text: str) -> Iterator[tuple[int, int, str]]:
    """Line breaks inside a paragraph of a text set in narrow columns, and a blank line
    that a sentence runs across. A caption ends at its photo credit, a byline is its own
    line, and a quotation stays with its speaker."""
    lines = [(s, e) for s, e in _lines(text) if text[s:e].strip()]
    if len(lines) < 5:
        return
    widths = [_visible(text[s:e]) for s, e in lines]
    width = statistics.median(widths)
    near = sum(1 for w in widths if abs(w - width) <= 3)
    if width > COLUMN_WIDTH_MAX or near < len(widths) * 0.4:
        return  # not column text: its line breaks are the author's
    full = width * FULL_LINE  # a paragraph's first line is short by its lost indent
    separators = [text[e:s] for (_, e), (s, _) in zip(lines, lines[1:])]
    double_spaced = sum(_breaks(separator) >= 2 for separator in separators)
    paragraph_breaks = 3 if double_spaced > len(separators) / 2 else 2
    depth = 0  # brackets open in the paragraph so far: （作者系…分中心特⏎约研究员）
    for (s1, e1), (s2, e2) in zip(lines, lines[1:]):
        line, following = text[s1:e1].rstrip(), text[s2:e2].strip()
        depth = max(0, depth + line.count("（") - line.count("）"))
        kept = depth  # carried on only if this break is joined
        depth = 0
        if _CAPTION_END.search(line) or _BYLINE.match(following):
            continue  # a photo credit ends a caption; a byline is a line of its own
        if line[-1] in LINE_END_HYPHENS and following[:1].islower():
            continue  # a word broken at the line end: the hyphenation rule's to join
        if line.endswith(_QUOTE_END) and _SPEAKER.match(following):
            pass  # a quotation and who said it: one paragraph, whatever the widths
        elif _visible(line) < full or line.endswith(_PARAGRAPH_END):
            continue
        if _visible(following) < full and not following.endswith(_PARAGRAPH_END):
            if not kept:
                continue  # a short line of its own: a title, a byline, a caption
        if _breaks(text[s1 + len(line) : s2]) >= paragraph_breaks and not _runs_on(line, following):
            continue  # a blank line ends a paragraph, unless a sentence runs across it
        next_start = s2 + len(text[s2:e2]) - len(text[s2:e2].lstrip())
        left, right = line[-1], text[next_start]
        joiner = "" if _CJKISH.match(left) or _CJKISH.match(right) else " "
        depth = kept
        yield s1 + len(line), next_start, joiner


# A line break, or a blank line, after a Chinese clause's comma: no paragraph ends there
# (中药材，⏎⏎以及小米), whatever the width of the lines.
_CLAUSE_BREAK = re.compile(
    rf"(?<=[{CJK}][，、；])[ \t\u3000]*(?:(?:\r\n|\r|\n)[ \t\u3000]*)+(?=[{CJK}“「《（])"
)


def _find_clause_breaks(text: str) -> Iterator[tuple[int, int, str]]:
    """Line breaks after a comma inside a Chinese sentence."""
    for match in _CLAUSE_BREAK.finditer(text):
        yield match.start(), match.end(), ""


def _find_reflow(text: str) -> Iterator[tuple[int, int, str]]:
    """Breaks inside a paragraph: a narrow column's, and any after a clause's comma."""
    yield from _find_column_breaks(text)
    yield from _find_clause_breaks(text)


_SPACE_RUN = re.compile(r"[ \t\u3000]+")


BYLINE_LENGTH = 20  # characters; a line this short may be a byline: 本报记者 杨开新 张毅
_NAME_GAP = re.compile(rf"(?<=[{CJK}]{{2}})[ \t\u3000]+(?=[{CJK}])")
# A field of a line of fields (来源:中国网 时间:… 编辑:赵春蓉): the space before its label
# parts two fields, not two words.
_FIELD_LABEL = re.compile(rf"[{CJK}]{{1,6}}[:：]")
FIELD_REACH = 80  # characters back that a field's label is looked for: a field is short


def _find_spaces_in_cjk(text: str) -> Iterator[tuple[int, int, str]]:
    """Spaces between CJK characters, and between CJK and digits ("重 塑", "12 月"); on a
    short line of its own, not those after a word of two or more characters, which part
    the names of a byline ("本报记者 余 健" becomes "本报记者 余健")."""
    lines = _lines(text)
    line_starts = [start for start, _ in lines]
    short: dict[int, bool] = {}  # line number -> short enough to be a byline
    for match in _SPACE_RUN.finditer(text):
        start, end = match.span()
        if start == 0 or end == len(text):
            continue
        left, right = text[start - 1], text[end]
        if left in "\r\n" or right in "\r\n":
            continue  # indentation and trailing space are the edge_spaces rule's
        left_cjk, right_cjk = _CJKISH.match(left), _CJKISH.match(right)
        if (left_cjk and (right_cjk or right.isdigit())) or (right_cjk and left.isdigit()):
            line = bisect_right(line_starts, start) - 1
            if line not in short:
                line_start, line_end = lines[line]
                short[line] = _visible(text[line_start:line_end]) <= BYLINE_LENGTH
            if short[line] and _NAME_GAP.match(text, start):
                continue
            if _FIELD_LABEL.match(text, end) and _FIELD_LABEL.search(
                text, max(lines[line][0], start - FIELD_REACH), start
            ):
                continue
            yield start, end, ""


def _find_edge_spaces(text: str) -> Iterator[tuple[int, int, str]]:
    """Half-width spaces at the start or end of a line (full-width indents are kept)."""
    for start, end in _lines(text):
        line = text[start:end]
        lead = len(line) - len(line.lstrip(" \t"))
        if lead and line.strip():
            yield start, start + lead, ""
        trail = len(line) - len(line.rstrip(" \t"))
        if trail and line.strip():
            yield end - trail, end, ""


def _neighbour(text: str, index: int, step: int) -> str:
    index += step
    while 0 <= index < len(text) and text[index] in " \t":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def _alphabetic(ch: str) -> bool:
    """A letter of an alphabet (Latin, Greek, Cyrillic, ...), not a Han character."""
    return ch.isalpha() and not _CJKISH.match(ch)


def _find_half_width_punctuation(text: str) -> Iterator[tuple[int, int, str]]:
    """`, : ; ( ) ? !` beside Chinese, with no letter of an alphabet on the other side:
    never in numbers, times, URLs or Latin, Greek or Cyrillic text (“Ye be welcome”,
    quod he keeps its commas, though its quotes are the Chinese ones too)."""
    addresses = [m.span() for m in _WEB_ADDRESS.finditer(text)]
    starts = [start for start, _ in addresses]
    for match in re.finditer(r"[,:;()?!]", text):
        index = match.start()
        inside = bisect_right(starts, index) - 1
        if inside >= 0 and index < addresses[inside][1]:
            continue
        before, after = _neighbour(text, index, -1), _neighbour(text, index, 1)
        if before.isdigit() and after.isdigit():
            continue  # 1,000  08:47:23
        chinese_before = _CHINESE.match(before) and not _alphabetic(after)
        chinese_after = _CHINESE.match(after) and not _alphabetic(before)
        if chinese_before or chinese_after:
            yield index, index + 1, _HALF_TO_FULL[match.group()]


def _find_punctuation_forms(text: str) -> Iterator[tuple[int, int, str]]:
    """Variant forms of punctuation: `⋯` for `…`, small forms, the horizontal bar."""
    for index, ch in enumerate(text):
        if ch in STANDARD_PUNCTUATION_FORMS:
            yield index, index + 1, STANDARD_PUNCTUATION_FORMS[ch]


def _find_repeated_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """A line that repeats an earlier one word for word (page headers, footers)."""
    seen = set()
    spans = _lines(text)
    for n, (start, end) in enumerate(spans):
        line = text[start:end].strip()
        if len(line) < REPEATED_LINE_MIN:
            continue
        if line in seen:
            stop = spans[n + 1][0] if n + 1 < len(spans) else len(text)
            yield start, stop, ""
        seen.add(line)


_HYPHEN_BREAK = re.compile(rf"[{LINE_END_HYPHENS}][ \t]*(?:\r\n|\r|\n)[ \t]*")


def _find_hyphenation(text: str) -> Iterator[tuple[int, int, str]]:
    """A word of any alphabet broken by a hyphen at a line end, its next part lower case
    ("par‑⏎ticularly", "конгрес-⏎сътъ"); never a dash between words on one line."""
    for match in _HYPHEN_BREAK.finditer(text):
        start, end = match.span()
        if start and end < len(text) and _alphabetic(text[start - 1]) and text[end].islower():
            if _alphabetic(text[end]):
                yield start, end, ""


def _converter(config: str) -> Callable[[str], Iterator[tuple[int, int, str]]]:
    """A rule function converting with OpenCC; the dictionaries load on first use."""

    def find(text: str) -> Iterator[tuple[int, int, str]]:
        converted = _opencc(config).convert(text)
        if len(converted) == len(text):
            yield from _same_length_changes(text, converted)
            return
        matcher = difflib.SequenceMatcher(None, text, converted, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                yield i1, i2, converted[j1:j2]

    return find


@cache
def _opencc(config: str) -> OpenCC:
    return OpenCC(config)


def _same_length_changes(text: str, converted: str) -> list[tuple[int, int, str]]:
    changes: list[tuple[int, int, str]] = []
    for index, (before, after) in enumerate(zip(text, converted)):
        if before == after:
            continue
        if changes and changes[-1][1] == index:
            start, _, replacement = changes[-1]
            changes[-1] = (start, index + 1, replacement + after)
        else:
            changes.append((index, index + 1, after))
    return changes


RULES: tuple[Rule, ...] = (
    Rule(
        "reflow",
        "Join lines broken inside a paragraph (a narrow column, a break after a comma)",
        "layout",
        True,
        _find_reflow,
    ),
    Rule(
        "edge_spaces",
        "Remove spaces at the start and end of lines",
        "layout",
        True,
        _find_edge_spaces,
    ),
    Rule(
        "cjk_spaces",
        "Remove spaces between Chinese characters and digits",
        "layout",
        True,
        _find_spaces_in_cjk,
    ),
    Rule(
        "hyphenation",
        "Join Latin words hyphenated at a line end",
        "layout",
        True,
        _find_hyphenation,
    ),
    Rule(
        "full_width",
        "Full-width punctuation in Chinese text",
        "punctuation",
        True,
        _find_half_width_punctuation,
    ),
    Rule(
        "punctuation_forms",
        "Standard forms of punctuation (⋯ to …)",
        "punctuation",
        True,
        _find_punctuation_forms,
    ),
    Rule(
        "repeated_lines",
        "Remove lines that repeat an earlier line",
        "text",
        True,
        _find_repeated_lines,
    ),
    Rule(
        "to_simplified",
        "Traditional to simplified characters (OpenCC)",
        "script",
        False,
        _converter("t2s"),
    ),
    Rule(
        "to_traditional",
        "Simplified to traditional characters (OpenCC)",
        "script",
        False,
        _converter("s2t"),
    ),
)
RULES_BY_NAME = {rule.name: rule for rule in RULES}
DEFAULT_RULES = tuple(rule.name for rule in RULES if rule.on_by_default)
# Raise whenever a rule finds something different: proposals saved by older versions are
# then computed again.
RULES_VERSION = 5


def propose(text: str, rules: Iterable[str] | None = None) -> list[Proposal]:
    """The proposals of the chosen rules (default: those on by default), in text order.

    Where two rules touch the same characters, the one listed first in RULES wins.
    """
    chosen = DEFAULT_RULES if rules is None else tuple(rules)
    unknown = [name for name in chosen if name not in RULES_BY_NAME]
    if unknown:
        raise ValueError(f"unknown cleaning rule(s): {', '.join(unknown)}")
    candidates = []
    for order, rule in enumerate(RULES):
        if rule.name not in chosen:
            continue
        checkpoint()
        candidates += [
            (start, end, order, Proposal(rule.name, start, end, replacement))
            for start, end, replacement in rule.find(text)
            if text[start:end] != replacement
        ]
    candidates.sort(key=lambda item: (item[2], item[0]))
    taken = bytearray(len(text) + 1)  # 1 where a kept proposal holds the character
    kept = []
    for start, end, _, proposal in candidates:
        stop = max(end, start + 1)  # an insertion holds the character after it
        if taken.find(1, start, stop) >= 0:
            continue
        taken[start:stop] = b"\x01" * (stop - start)
        kept.append(proposal)
    kept.sort(key=lambda p: (p.start, p.end))
    return kept


def apply_proposals(text: str, proposals: Iterable[Proposal]) -> str:
    """The text with the given (non-overlapping) proposals applied."""
    pieces = []
    position = 0
    for proposal in sorted(proposals, key=lambda p: p.start):
        pieces.append(text[position : proposal.start])
        pieces.append(proposal.replacement)
        position = proposal.end
    pieces.append(text[position:])
    return "".join(pieces)
