"""The look-alike table: pairs OCR engines confuse are in it, unrelated characters are not."""

from __future__ import annotations

from desk.core.evidence.lookalikes import lookalike_pair, lookalikes, similarity

KNOWN = ["入人", "己已", "未末", "土士", "刀力", "大太", "拨拔", "侯候", "戊戌", "邰邵"]


def test_pairs_engines_confuse_look_alike_both_ways_and_unrelated_ones_do_not():
    for a, b in KNOWN:
        assert similarity(a, b) >= 0.7 and similarity(a, b) == similarity(b, a), (a, b)
    for a, b in ["人水", "己日", "未门", "土风"]:
        assert similarity(a, b) == 0.0, (a, b)


def test_the_nearest_look_alike_of_a_known_confusion_is_its_partner():
    firsts = [max(lookalikes(a).items(), key=lambda kv: kv[1])[0] for a, _ in KNOWN[:5]]
    assert sum(first == b for first, (_, b) in zip(firsts, KNOWN[:5])) >= 4


def test_a_look_alike_pair_is_one_character_apart():
    assert lookalike_pair("入员", "人员") == ("入", "人")
    assert lookalike_pair("入员", "人") is None  # not the same length
    assert lookalike_pair("入员", "人民") is None  # two characters differ
    assert lookalike_pair("水", "人") is None
