"""Cleaning rules: what each proposes on real seed artefacts and on tricky text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from desk.cli import main
from desk.core.text.cleaning import DEFAULT_RULES, RULES, apply_proposals, propose


def cleaned(text: str, *rules: str) -> str:
    return apply_proposals(text, propose(text, rules or None))


def test_rules_are_data_with_simplified_traditional_off_by_default():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert "to_simplified" not in DEFAULT_RULES and "to_traditional" not in DEFAULT_RULES
    assert {rule.category for rule in RULES} <= {"layout", "punctuation", "script", "text"}
    with pytest.raises(ValueError, match="unknown cleaning rule"):
        propose("文字", ["no_such_rule"])


def test_proposals_point_into_the_raw_witness(seeds):
    text = seeds[0].read_text(encoding="utf-8")
    proposals = propose(text)
    assert proposals
    assert all(0 <= p.start <= p.end <= len(text) for p in proposals)
    assert all(a.end <= b.start for a, b in zip(proposals, proposals[1:]))  # never overlap
    assert text == seeds[0].read_text(encoding="utf-8")  # nothing rewritten


def test_reflow_joins_column_lines_and_keeps_paragraphs(seeds):
    page = cleaned(seeds[0].read_text(encoding="utf-8"), "reflow")
    assert "近日发布的《关于进一步推进东西部人社协作的通知》提出" in page
    assert "助力全面推进乡村振兴。\n\n近年来" in page  # a short last line ends a paragraph
    assert "陕西宝鸡出台元宇宙产业发展行动计划——\n\n重" in page  # a title stays a title
    single_spaced = cleaned(seeds[2].read_text(encoding="utf-8"), "reflow")
    assert "市委五届八次全会要求垫江发挥联接主城都市区作用" in single_spaced
    assert "发挥好优势。承接全市“四大优势”" in single_spaced


def test_reflow_leaves_prose_with_long_lines_alone_but_for_a_break_after_a_comma(seeds):
    assert propose(seeds[1].read_text(encoding="utf-8"), ["reflow"]) == []
    web = seeds[4].read_text(encoding="utf-8")
    joined = propose(web, ["reflow"])
    assert [web[p.start - 1] for p in joined] == ["，", "，"]  # no paragraph ends on a comma
    assert "黄芩等中药材，以及小米、土豆、玉米等农作物" in apply_proposals(web, joined)


def test_a_break_after_a_comma_is_joined_in_any_text_and_a_line_of_fields_keeps_its_gaps():
    assert (
        cleaned("种植中药材，\n以及小米。\n\n下一段。", "reflow")
        == "种植中药材，以及小米。\n\n下一段。"
    )
    assert cleaned("第一项、\n\n第二项；\n第三项。", "reflow") == "第一项、第二项；第三项。"
    assert cleaned("Apples,\nand pears.", "reflow") == "Apples,\nand pears."  # Latin: the author's
    fields = "来源:中国网 时间:2022-01-01 08:47:23 编辑:赵春蓉 点击:"
    assert cleaned(fields, "cjk_spaces") == fields  # 来源:中国网时间:… merged two fields


def test_spaces_inside_cjk_and_next_to_digits_but_not_in_latin():
    assert cleaned("重 塑 数 字 产 业", "cjk_spaces") == "重塑数字产业"
    assert cleaned("12 月 11 日，余 健报道", "cjk_spaces") == "12月11日，余健报道"
    # A byline on a line of its own keeps the spaces between names, not inside one.
    assert cleaned("标题\n本报记者 余 健\n正文", "cjk_spaces") == "标题\n本报记者 余健\n正文"
    assert cleaned("本报记者 杨开新 张毅", "cjk_spaces") == "本报记者 杨开新 张毅"
    assert cleaned("实现 69.2 亿元", "cjk_spaces") == "实现69.2亿元"
    assert cleaned("Le commerce électronique", "cjk_spaces") == "Le commerce électronique"
    assert cleaned(" 陕西宝鸡 \n  12 月", "edge_spaces") == "陕西宝鸡\n12 月"


def test_half_width_punctuation_in_chinese_but_not_numbers_times_urls_or_latin():
    assert cleaned("来源:中国网,时间:2024-06-07 08:47:23", "full_width") == (
        "来源：中国网，时间：2024-06-07 08:47:23"
    )
    assert cleaned("增长了60%,收益1,000元(企业)?好!", "full_width") == (
        "增长了60%，收益1,000元（企业）？好！"
    )
    assert cleaned("见 https://example.cn/a,b 和 Hello, world: yes", "full_width") == (
        "见 https://example.cn/a,b 和 Hello, world: yes"
    )
    assert cleaned("69.2 亿元", "full_width") == "69.2 亿元"


def test_punctuation_forms_and_hyphenation():
    assert cleaned("增长⋯⋯", "punctuation_forms") == "增长……"
    assert cleaned("so soote, whan-\nthat", "hyphenation") == "so soote, whanthat"
    assert cleaned("par\u2011\nticularly, ſo ¬\nnot", "hyphenation") == "particularly, ſo ¬\nnot"
    assert cleaned("конгрес-\nсътъ", "hyphenation") == "конгрессътъ"
    assert cleaned("Unter-\nnehmen Donau\u00ad\nschiff", "hyphenation") == "Unternehmen Donauschiff"
    # Not across a dash between words, nor before a capital (a compound's second part).
    for kept in ("well-known", "to dispose- of", "Calving- and", "East-\nWest"):
        assert cleaned(kept, "hyphenation") == kept


CLEAN_EUROPEAN = [
    "He sayd : “Ye be welcome”, quod he; and so they went (as the tale tells).",
    "Il a dit : « Bienvenue ! » Puis, à voix basse : qu’en pensez-vous ?",
    "Er sagte: „Willkommen!“ – dann, leise: Was meinen Sie? Das Haus (am See) ist alt.",
    "Он сказал: «Добро пожаловать!» — и тихо: что вы думаете? Дом (у озера) стар.",
    "Ο Σωκράτης είπε: «Χαίρετε!» (ήταν 399 π.Χ.), και μετά έφυγε; ναι.",
]


@pytest.mark.parametrize("text", CLEAN_EUROPEAN)
def test_no_rule_proposes_anything_on_clean_european_text(text):
    assert propose(text) == []


def test_no_rule_proposes_anything_on_the_clean_sample_page():
    clean = Path(__file__).parent / "data" / "seed_page_clean.txt"
    assert propose(clean.read_text(encoding="utf-8")) == []


def test_repeated_header_lines_in_seed_004(seeds):
    text = seeds[4].read_text(encoding="utf-8")
    header = "Le commerce électronique : une opportunité pour les habitants des zones démunies"
    assert text.count(header) == 3
    result = cleaned(text, "repeated_lines")
    assert result.count(header) == 1
    assert result.count("Partager") == 1


def test_simplified_and_traditional_conversion_when_switched_on():
    assert propose("東西部協作", None) == []
    assert cleaned("東西部協作", "to_simplified") == "东西部协作"
    assert cleaned("东西部协作", "to_traditional") == "東西部協作"


def test_desk_clean_json_and_apply(seeds):
    runner = CliRunner()
    result = runner.invoke(main, ["clean", str(seeds[4]), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    text = seeds[4].read_text(encoding="utf-8")
    assert data["length"] == len(text)
    for p in data["proposals"]:
        assert text[p["start"] : p["end"]] == p["text"]
    assert {p["rule"] for p in data["proposals"]} >= {"repeated_lines", "cjk_spaces"}
    applied = runner.invoke(main, ["clean", str(seeds[0]), "--apply", "--rules", "reflow"])
    assert "近日发布的《关于进一步推进东西部人社协作的通知》" in applied.stdout
    bad = runner.invoke(main, ["clean", str(seeds[0]), "--rules", "nope"])
    assert bad.exit_code == 2 and "unknown cleaning rule" in bad.output


def test_desk_collate_table_ids_and_errors(seeds, tmp_path):
    runner = CliRunner()
    table = runner.invoke(main, ["collate", str(seeds[0]), str(seeds[1]), "--id", "A,B"])
    assert table.exit_code == 0
    assert "出  |  平" in table.stdout
    assert "17 text, 0 script" in table.stdout
    as_b = json.loads(
        runner.invoke(
            main,
            ["collate", str(seeds[0]), str(seeds[1]), "--json", "--base", "001_02da83a51415de47"],
        ).stdout
    )
    assert as_b["base"] == "001_02da83a51415de47"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    failed = runner.invoke(main, ["collate", str(seeds[0]), str(empty)])
    assert failed.exit_code == 1 and "the file is empty" in failed.output
    assert runner.invoke(main, ["collate", str(seeds[0])]).exit_code == 2


def paragraphs_after_reflow(text: str) -> list[str]:
    """Each paragraph of the text the layout rules leave, as its first and last 8 characters."""
    import re

    cleaned_text = cleaned(text, "reflow", "edge_spaces", "cjk_spaces")
    found = []
    for paragraph in re.split(r"\n\s*\n|\n", cleaned_text):
        squeezed = "".join(paragraph.split())
        if squeezed:
            found.append(f"{squeezed[:8]} … {squeezed[-8:]}")
    return found


@pytest.mark.parametrize(("seed", "wrong_at_most"), [("000", 0), ("002", 1)])
def test_reflow_gives_the_paragraphs_of_the_page(seeds, seed, wrong_at_most):
    """Titles, bylines and captions stay their own paragraphs; a quotation stays with its
    speaker; a sentence runs on across the foot of a column."""
    truth_file = Path(__file__).parent / "data" / f"seed_{seed}_paragraphs.txt"
    truth = [
        line for line in truth_file.read_text("utf-8").splitlines() if not line.startswith("#")
    ]
    text = next(s for s in seeds if s.name.startswith(seed)).read_text(encoding="utf-8")
    found = paragraphs_after_reflow(text)
    import difflib

    matcher = difflib.SequenceMatcher(None, truth, found, autojunk=False)
    # Paragraphs of the page that reflow does not give exactly (joined, split or missed).
    wrong = sum(i2 - i1 for tag, i1, i2, _, _ in matcher.get_opcodes() if tag != "equal")
    assert wrong <= wrong_at_most, (len(truth), len(found), wrong)


EUROPEAN_PAGES = {
    "en": "It was particularly in the long evenings of winter that the villagers gathered "
    "round the fire of the inn, where the talk turned upon the harvest, the weather and the "
    "doings of their neighbours in the market town beyond the hill. East-West trade was "
    "seldom mentioned; the well-known carrier brought news enough.",
    "fr": "C'était particulièrement pendant les longues soirées d'hiver que les villageois se "
    "réunissaient autour du feu de l'auberge, où la conversation portait sur la moisson, le "
    "temps qu'il faisait et les affaires de leurs voisins du bourg situé derrière la colline.",
    "de": "Besonders an den langen Winterabenden versammelten sich die Dorfbewohner um das "
    "Feuer des Gasthauses, wo das Gespräch sich um die Ernte, das Wetter und die Geschäfte "
    "ihrer Nachbarn in der Marktstadt jenseits des Hügels drehte. Die Donaudampfschifffahrt "
    "wurde selten erwähnt.",
    "ru": "Особенно долгими зимними вечерами жители деревни собирались у огня в трактире, "
    "где разговор заходил об урожае, о погоде и о делах соседей в торговом городке за "
    "холмом. Конгресс созывался редко, и новости приносил возчик.",
}


def ocr_lines(text: str, width: int, hyphen: str) -> str:
    """The text set in lines of about `width` characters, words broken at the line ends
    with `hyphen`, as OCR of a printed page gives it."""
    lines, line = [], ""
    for word in text.split(" "):
        if len(line) + len(word) + 1 <= width:
            line = f"{line} {word}".strip()
            continue
        room = width - len(line) - 2
        if room >= 3 and len(word) > room + 2 and word[:room].isalpha():
            lines.append(f"{line} {word[:room]}{hyphen}".strip())
            line = word[room:]
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return "\n".join(lines)


@pytest.mark.parametrize("language", sorted(EUROPEAN_PAGES))
@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u00ad", "\u00ac"])
def test_the_default_rules_never_raise_the_error_rate_of_european_ocr(language, hyphen):
    from desk.core.text.differences import edit_distance

    truth = EUROPEAN_PAGES[language]
    raw = next(r for w in (42, 38, 46, 34) if hyphen in (r := ocr_lines(truth, w, hyphen)))

    def errors(text: str) -> int:
        return edit_distance(" ".join(text.split()), truth)

    assert errors(cleaned(raw)) < errors(raw)  # the broken words are mended, nothing marred
