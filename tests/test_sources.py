"""Reading files: every common encoding decoded right, every bad file refused clearly."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest
from opencc import OpenCC

from desk.core.library.sources import SourceError, decode_bytes, expand_paths, read_source


def seed_text(seeds: list[Path], index: int) -> str:
    return seeds[index].read_text(encoding="utf-8")


def traditional_big5_text(seeds: list[Path]) -> str:
    """Real traditional Chinese: seed 003 through OpenCC, keeping what Big5 can encode."""
    converted = OpenCC("s2t").convert(seed_text(seeds, 3))
    return "".join(ch for ch in converted if _encodes(ch, "big5"))


def _encodes(ch: str, encoding: str) -> bool:
    try:
        ch.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("gb18030", b""),
    ],
)
def test_chinese_seed_decodes_exactly(tmp_path, seeds, encoding, bom):
    text = seed_text(seeds, 0)
    path = tmp_path / "page.txt"
    path.write_bytes(bom + text.encode(encoding))
    assert read_source(path).text == text


def test_gbk_and_gb2312_files_are_read_as_gb18030(tmp_path, seeds):
    text = "".join(ch for ch in seed_text(seeds, 2) if _encodes(ch, "gb2312"))
    for encoding in ("gbk", "gb2312"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        source = read_source(path)
        assert source.text == text
        assert source.encoding == "gb18030"


def test_big5_file_of_traditional_text(tmp_path, seeds):
    text = traditional_big5_text(seeds)
    assert "東西部" in text  # really traditional, really Chinese
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    source = read_source(path)
    assert source.text == text
    assert source.encoding.startswith(("big5", "cp950"))


def test_short_big5_paragraph(tmp_path, seeds):
    text = traditional_big5_text(seeds)[:120]
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode("big5"))
    assert read_source(path).text == text


def test_line_endings_are_kept_as_decoded(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("第一行\r\n第二行\r第三行\n".encode())
    assert read_source(path).text == "第一行\r\n第二行\r第三行\n"


def test_sha256_is_of_the_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "文字".encode())
    assert read_source(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "NUL bytes"),
        (bytes(range(1, 8)) * 30 + "中文".encode(), "control characters"),
        (b"abc \x81\x82\x83\xfe\xff" * 40, "unknown encoding"),
    ],
)
def test_bad_files_get_one_clear_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError) as raised:
        read_source(path)
    assert reason in raised.value.reason
    assert str(path) in str(raised.value)


def test_missing_folder_and_unreadable_files(tmp_path, monkeypatch):
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "missing.txt")
    with pytest.raises(SourceError, match="is a folder"):
        read_source(tmp_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("文字")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(SourceError, match="cannot be read \\(Permission denied\\)"):
        read_source(locked)


def test_folders_expand_to_their_text_files_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b/2.txt", "b/1.TXT", "a.md", "image.png", ".hidden/x.txt", ".dot.txt"):
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in expand_paths([tmp_path])]
    assert found == ["a.md", "b/1.TXT", "b/2.txt"]
    named = tmp_path / "image.png"
    assert list(expand_paths([named])) == [named]


def test_gb18030_with_chinese_scattered_through_english(tmp_path):
    # charset-normalizer alone gives up on this: it was found by the import benchmark.
    text = (
        "achieve effective connection between the consolidation and expansion of poverty "
        "all某viation and rural revitalization,某and build a new highland for green某and "
        "digital industr某es.\n\n某景\n\n平顺县位于山西省东南部，晋、冀、豫三省交界处，全县国土"
        "总面积 1550 平方公里，辖 5 镇 6 乡、151 个行政村。"
    )
    path = tmp_path / "mixed.txt"
    path.write_bytes(text.encode("gb18030"))
    assert read_source(path).text == text


def test_a_fifo_or_a_device_is_refused_without_being_read(tmp_path):
    """Reading a FIFO with no writer waits forever: it must be refused by its type."""
    import os
    import subprocess
    import sys

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desk",
            "--library",
            str(tmp_path / "l.db"),
            "import",
            str(fifo),
            "/dev/null",
        ],
        capture_output=True,
        text=True,
        timeout=60,  # a hang fails here instead of stopping the suite
    )
    assert result.returncode == 1
    assert "pipe.txt: is a pipe (FIFO), not a file: it was not read" in result.stderr
    assert "/dev/null: is a device, not a file" in result.stderr


CANTONESE = "佢哋嘅嘢喺度，我哋都唔知點算好。香港人講廣東話，呢度係香港，大家都好開心。"
MANDARIN = "近日发布的通知提出，持续深化东西部协作考核评价，强化协作帮扶责任落实等举措。"
TRADITIONAL = "近日發布的通知提出，持續深化東西部協作考核評價，強化協作幫扶責任落實等舉措。"


@pytest.mark.parametrize(
    ("text", "codec", "named"),
    [
        (MANDARIN, "gb2312", "gb18030"),
        (MANDARIN, "gbk", "gb18030"),
        (MANDARIN + "𠮷", "gb18030", "gb18030"),
        (TRADITIONAL, "big5", "big5hkscs"),
        (TRADITIONAL, "cp950", "big5hkscs"),
        (CANTONESE, "big5hkscs", "big5hkscs"),  # HKSCS-only characters: 哋 嘅 嘢 喺
        (MANDARIN, "hz", "hz"),
        (MANDARIN, "utf-16-le", "utf-16-le (no byte-order mark)"),
        (MANDARIN + " ok", "utf-16-be", "utf-16-be (no byte-order mark)"),
        (MANDARIN, "utf-32-le", "utf-32-le (no byte-order mark)"),
    ],
)
def test_every_chinese_codec_is_read_as_what_it_is(text, codec, named):
    decoded, encoding = decode_bytes(text.encode(codec))
    assert decoded == text
    assert encoding.startswith(named.split(" ")[0])


def test_damaged_utf8_is_named_not_guessed_as_another_encoding():
    data = MANDARIN.encode("utf-8")
    with pytest.raises(ValueError, match=r"incomplete character at byte \d+: the file was cut"):
        decode_bytes(data[:-2])
    with pytest.raises(ValueError, match="invalid byte at byte 9: the file is damaged"):
        decode_bytes(data[:9] + b"\xff" + data[10:])
