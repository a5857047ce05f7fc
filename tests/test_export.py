"""Exporting clean text files: exact round trip, safe and unique names."""

from __future__ import annotations

from unicodedata import normalize

from desk.core.export.files import export_texts, safe_filename
from desk.core.library.documents import import_paths, list_documents, rename_document
from desk.core.review.session import Review


def test_every_seed_round_trips_through_import_and_export(seeded, seeds, tmp_path):
    written = export_texts(seeded, tmp_path / "out")
    assert len(written) == 4
    exported = {path.read_bytes() for path in written}
    for document in list_documents(seeded):  # each the review's clean starting text
        text = Review(seeded, document.id).state.text()
        ended = text if text.endswith("\n") else text + "\n"  # a text file ends its last line
        assert ended.encode() in exported
    page = next(d for d in list_documents(seeded) if len(d.witnesses) == 2)
    assert "重塑数字产业经济体系" in Review(seeded, page.id).state.text()
    single = [d for d in list_documents(seeded) if len(d.witnesses) == 1]
    for seed, document in zip(seeds[2:], single):  # one witness: its words, cleaned
        words = "".join(Review(seeded, document.id).state.text().split())
        assert normalize("NFKC", words) == normalize("NFKC", "".join(seed.read_text().split()))


def test_gb18030_input_is_exported_as_utf8_with_lf_line_endings(library, tmp_path):
    source = tmp_path / "gb.txt"
    source.write_bytes("标题\r\n第一行\r第二行\r\n".encode("gb18030"))
    import_paths(library, [source])
    [path] = export_texts(library, tmp_path / "out")
    assert path.name == "标题.txt"
    assert path.read_bytes() == "标题\n第一行\n第二行\n".encode()


def test_only_the_chosen_documents_are_exported(seeded, tmp_path):
    chosen = list_documents(seeded)[1]
    [path] = export_texts(seeded, tmp_path / "out", [chosen.id])
    assert path.stem == chosen.title


def test_titles_cannot_escape_the_folder_or_collide(seeded, tmp_path):
    documents = list_documents(seeded)
    rename_document(seeded, documents[0].id, "../../etc/passwd")
    rename_document(seeded, documents[1].id, "报告")
    rename_document(seeded, documents[2].id, "报告")
    rename_document(seeded, documents[3].id, "CON")
    out = tmp_path / "out"
    written = export_texts(seeded, out)
    assert all(path.parent == out for path in written)
    assert sorted(path.name for path in written) == sorted(
        ["_.._etc_passwd.txt", "报告.txt", "报告 (2).txt", "_CON.txt"]
    )
    assert not (tmp_path / "etc").exists()


def test_safe_filename_rules():
    taken: set[str] = set()
    assert safe_filename('年报: "上/下"? <草稿>*|', taken) == "年报_ _上_下__ _草稿___.txt"
    assert safe_filename("Report", taken) == "Report.txt"
    assert safe_filename("report", taken) == "report (2).txt"  # case-insensitive file systems
    assert safe_filename(" .. ", taken) == "untitled.txt"
    assert safe_filename("nul.tar", taken) == "_nul.tar.txt"
    assert safe_filename("行\n\t尾。. ", taken) == "行 尾。.txt"
    long_name = safe_filename("长" * 300, taken)
    assert len(long_name.encode("utf-8")) < 255
    assert safe_filename("e\u0301", taken) == "\u00e9.txt"  # NFC, as macOS stores names


def test_reexport_replaces_files_and_leaves_no_temporaries(seeded, tmp_path):
    out = tmp_path / "out"
    first = export_texts(seeded, out)
    second = export_texts(seeded, out)
    assert first == second
    assert sorted(out.iterdir()) == sorted(second)


def test_a_long_chinese_title_exports_within_the_file_name_limit(seeded, tmp_path):
    from desk.core.export.files import export_documents

    document = list_documents(seeded)[1]
    rename_document(seeded, document.id, "很长的标题" * 40)  # 200 characters, 600 bytes
    written = export_documents(seeded, tmp_path, ["txt", "annotations"], [document.id])
    assert all(len(path.name.encode("utf-8")) <= 255 for path in written)
    assert written[0].read_text(encoding="utf-8")


def test_exported_files_have_the_usual_mode(seeded, tmp_path):
    import stat

    [path] = export_texts(seeded, tmp_path / "out", [list_documents(seeded)[1].id])
    ordinary = tmp_path / "ordinary.txt"
    ordinary.write_text("x", encoding="utf-8")  # as any program makes a file here
    assert stat.S_IMODE(path.stat().st_mode) == stat.S_IMODE(ordinary.stat().st_mode)
