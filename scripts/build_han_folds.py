"""Build resources/han_folds.tsv: every Han character that compares as another, and that one.

A traditional character compares as its simplified form (OpenCC's TSCharacters), and a
variant glyph (異體字) as its group's standard form. Sources, all read from files on this
machine (nothing is downloaded):
- the Unicode Han database's Unihan_Variants.txt, as Debian's `unicode-data` package ships
  it (/usr/share/unicode/Unihan_Variants.txt.bz2): kZVariant (the same character) and
  kSemanticVariant (the same word); kSpecializedSemanticVariant is left out (the same
  word only in some senses), and so are the simplified/traditional fields, which OpenCC
  covers;
- OpenCC's JPVariants, TWVariants and HKVariants tables (from the opencc package);
- resources/variant_forms_extra.tsv: pairs read in classical editions that neither source
  lists, one pair a line.
Characters linked by any of these make one group, unless that would join two different
standard simplified characters (GB 2312): variant links chain (喂, 餧, 馁), words do not.
Every member compares as the group's standard character, else its lowest code point.
Licences: resources/HAN_FOLDS_LICENSES.txt.
Run: .venv/bin/python scripts/build_han_folds.py [Unihan_Variants.txt.bz2 [out.tsv]]
(`apt-get install unicode-data` provides that file.)
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNIHAN = Path("/usr/share/unicode/Unihan_Variants.txt.bz2")
FIELDS = {"kZVariant", "kSemanticVariant"}
OPENCC = ("JPVariants.txt", "TWVariants.txt", "HKVariants.txt")


def opencc_dictionary(name: str) -> Path:
    """One of OpenCC's dictionary files (TSCharacters.txt, JPVariants.txt, ...)."""
    import opencc

    return Path(opencc.__file__).parent / "dictionary" / name


def unihan_pairs(path: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in bz2.open(path, "rt", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        code, field, values = line.rstrip("\n").split("\t")
        if field not in FIELDS:
            continue
        for value in values.split():
            other = value.split("<")[0]
            pairs.append((chr(int(code[2:], 16)), chr(int(other[2:], 16))))
    return pairs


def opencc_pairs() -> list[tuple[str, str]]:
    pairs = []
    for name in OPENCC:
        for line in opencc_dictionary(name).read_text(encoding="utf-8").splitlines():
            source, _, targets = line.partition("\t")
            if len(source) == 1:
                pairs += [(source, target) for target in targets.split() if len(target) == 1]
    return pairs


def extra_pairs() -> list[tuple[str, str]]:
    pairs = []
    for line in (ROOT / "resources" / "variant_forms_extra.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            first, second = line.split("\t")[:2]
            pairs.append((first, second))
    return pairs


def simplification_table() -> dict[int, str]:
    """Traditional to simplified, character by character, from OpenCC's dictionary."""
    table = {}
    for line in opencc_dictionary("TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        traditional, _, candidates = line.partition("\t")
        simple = candidates.split(" ")[0]
        if len(traditional) == 1 and len(simple) == 1:
            table[ord(traditional)] = simple
    return table


def _standard(ch: str) -> bool:
    """A character of the standard simplified set (GB 2312): two different ones are two
    words, whatever chain of variant links joins them (喂 and 馁 through 餧)."""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def groups(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Each character -> its group's representative (union-find over the pairs). Two
    groups are not joined when each holds a different standard character."""
    simplified = simplification_table()
    parent: dict[str, str] = {}
    standard: dict[str, str] = {}  # a group's root -> its standard character, if any

    def root(ch: str) -> str:
        if ch not in parent:
            parent[ch] = ch
            form = simplified.get(ord(ch), ch)
            if _standard(form):
                standard[ch] = form
        while parent[ch] != ch:
            parent[ch] = parent[parent[ch]]
            ch = parent[ch]
        return ch

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra == rb:
            continue
        if ra in standard and rb in standard and standard[ra] != standard[rb]:
            continue  # two words
        parent[ra] = rb
        if ra in standard:
            standard.setdefault(rb, standard[ra])
    members: dict[str, list[str]] = {}
    for ch in list(parent):
        members.setdefault(root(ch), []).append(ch)
    table = {}
    for top, group in members.items():
        folded = {simplified.get(ord(ch), ch) for ch in group}
        representative = standard.get(top) or min(folded)
        # Comparison folds a character to its simplified form first, then through this
        # table: both the members and their simplified forms lead to the representative.
        for ch in set(group) | folded:
            if ch != representative:
                table[ch] = representative
    return table


def main() -> None:
    unihan = Path(sys.argv[1]) if len(sys.argv) > 1 else UNIHAN
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "resources" / "han_folds.tsv"
    pairs = unihan_pairs(unihan) + opencc_pairs() + extra_pairs()
    variants = groups(pairs)
    forms = simplification_table()
    folds = {}
    for code in sorted(set(forms) | {ord(ch) for ch in variants}):
        form = forms.get(code, chr(code))
        form = variants.get(form, form)
        if form != chr(code):
            folds[chr(code)] = form
    lines = [
        "# Han character -> the character it compares as; made by scripts/build_han_folds.py",
        *(f"{ch}\t{form}" for ch, form in folds.items()),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"{len(forms)} simplifications, {len(pairs)} variant pairs ({len(variants)} characters"
        f" in variant groups) -> {len(folds)} folds, written to {out}"
    )


if __name__ == "__main__":
    main()
