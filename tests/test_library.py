"""Importing into the library: grouping by text, duplicates, bad files, regrouping."""

from __future__ import annotations

import shutil

import pytest

from desk.core.library.documents import (
    get_document,
    import_paths,
    list_documents,
    move_witness,
    remove_document,
    rename_document,
    seed_library,
    title_from_text,
    witness_text,
)
from desk.core.library.failures import LibraryError


def labels(library):
    return [[w.label[:3] for w in d.witnesses] for d in list_documents(library)]


def test_seeds_group_into_four_documents(seeded):
    assert labels(seeded) == [["000", "001"], ["002"], ["003"], ["004"]]
    page = list_documents(seeded)[0]
    assert page.title == "陕西宝鸡出台元宇宙产业发展行动计划"
    assert page.base_witness_id == page.witnesses[0].id


def test_witness_text_is_kept_exactly(seeded, seeds):
    for document in list_documents(seeded):
        for witness in document.witnesses:
            original = next(p for p in seeds if p.stem == witness.label)
            assert witness_text(seeded, witness.id) == original.read_text(encoding="utf-8")
            assert witness.length == len(original.read_text(encoding="utf-8"))
            assert witness.encoding == "utf-8"


def test_a_later_version_joins_its_document_whatever_its_name(library, seeds, tmp_path):
    import_paths(library, [seeds[0], seeds[2]])
    renamed = tmp_path / "evening-edition-scan.txt"
    shutil.copy(seeds[1], renamed)
    report = import_paths(library, [renamed])
    page = list_documents(library)[0]
    assert [w.label for w in page.witnesses] == [seeds[0].stem, "evening-edition-scan"]
    assert report.added[0].document_id == page.id


def test_a_gb18030_copy_of_a_page_groups_with_the_utf8_one(library, seeds, tmp_path):
    copy = tmp_path / "gb.txt"
    copy.write_bytes(seeds[1].read_text(encoding="utf-8").encode("gb18030"))
    import_paths(library, [seeds[0], copy])
    assert labels(library) == [["000", "gb"]]


def test_the_same_bytes_twice_add_nothing(seeded, seeds, tmp_path):
    copy = tmp_path / "same-bytes-other-name.txt"
    shutil.copy(seeds[3], copy)
    report = import_paths(seeded, [seeds[3], copy])
    assert report.added == ()
    assert report.duplicates == (seeds[3], copy)
    assert len(list_documents(seeded)) == 4


def test_bad_files_are_reported_and_the_rest_still_imports(library, seeds, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    shutil.copy(seeds[3], folder / "good.txt")
    seen = []
    report = import_paths(library, [folder], lambda done, total: seen.append((done, total)))
    assert [w.label for w in report.added] == ["good"]
    assert sorted(f.path.name for f in report.failures) == ["binary.txt", "empty.txt"]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_titles_come_from_the_first_line_with_words():
    assert title_from_text("\n\n 重 塑 数 字 产 业 ——\n正文") == "重塑数字产业"
    assert title_from_text("  \n-\nThe Canterbury Tales\n") == "The Canterbury Tales"
    assert title_from_text("   \n") == "Untitled"
    assert len(title_from_text("长" * 500)) == 60


def test_regrouping_a_witness_and_back(seeded):
    page = list_documents(seeded)[0]
    second = page.witnesses[1]
    moved = move_witness(seeded, second.id, None)
    assert moved.document_id != page.id
    assert labels(seeded) == [["000"], ["002"], ["003"], ["004"], ["001"]]
    assert get_document(seeded, moved.document_id).title == "提升东西部协作工作质量"
    move_witness(seeded, second.id, page.id)
    assert labels(seeded) == [["000", "001"], ["002"], ["003"], ["004"]]


def test_moving_the_base_witness_away_picks_a_new_base(seeded):
    page = list_documents(seeded)[0]
    first, second = page.witnesses
    other = list_documents(seeded)[1]
    move_witness(seeded, first.id, other.id)
    assert get_document(seeded, page.id).base_witness_id == second.id
    assert get_document(seeded, other.id).base_witness_id == other.witnesses[0].id


def test_rename_document(seeded):
    document = list_documents(seeded)[1]
    assert (
        rename_document(seeded, document.id, "  专访：干部直播带货 ").title == "专访：干部直播带货"
    )
    with pytest.raises(ValueError):
        rename_document(seeded, document.id, "   ")
    with pytest.raises(LibraryError):
        rename_document(seeded, 999, "无")


def test_sample_texts_are_seeded_only_once(library, seeds):
    assert seed_library(library, seeds[0].parent) is not None
    for document in list_documents(library):
        remove_document(library, document.id)  # the editor clears the samples away
    assert seed_library(library, seeds[0].parent) is None
    assert list_documents(library) == []


def test_removing_a_document_removes_its_witnesses(seeded):
    page = list_documents(seeded)[0]
    remove_document(seeded, page.id)
    assert labels(seeded) == [["002"], ["003"], ["004"]]
    assert seeded.db.execute("SELECT count(*) FROM witnesses").fetchone()[0] == 3


def test_two_imports_side_by_side_never_clash(library, seeds, tmp_path):
    """Two imports at once (two desk commands, or one beside the window)."""
    import threading

    from desk.core.library.store import open_library

    errors = []

    def run():
        own = open_library(library.path)
        try:
            import_paths(own, seeds)
        except Exception as error:  # noqa: BLE001 - any error is the failure
            errors.append(error)
        finally:
            own.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    count = library.db.execute("SELECT count(*) FROM witnesses").fetchone()[0]
    assert count == len(seeds)


def test_a_witness_renamed_by_the_editor_is_named_so_in_the_review(seeded):
    from desk.core.library.documents import named_by_editor, rename_witness
    from desk.core.review.session import Review

    page = next(d for d in list_documents(seeded) if len(d.witnesses) == 2)
    first, second = page.witnesses
    assert not named_by_editor(first)
    renamed = rename_witness(seeded, second.id, "  网络  版 ")
    assert renamed.label == "网络 版" and named_by_editor(renamed)
    review = Review(seeded, page.id)
    assert review.state.witness_names() == {str(first.id): "witness 1", str(second.id): "网络 版"}
    with pytest.raises(ValueError):
        rename_witness(seeded, second.id, "   ")
    with pytest.raises(ValueError):
        rename_witness(seeded, second.id, "长" * 41)


def test_fingerprints_are_kept_made_for_older_witnesses_and_removed_with_them(seeded, tmp_path):
    from desk.core.library.grouping import fingerprint, from_bytes

    def kept() -> dict[int, bytes]:
        return dict(seeded.db.execute("SELECT witness_id, shingles FROM fingerprints"))

    witnesses = [w for d in list_documents(seeded) for w in d.witnesses]
    assert set(kept()) == {w.id for w in witnesses}
    for witness in witnesses:
        expected = fingerprint(witness_text(seeded, witness.id))
        assert (from_bytes(kept()[witness.id]) == expected).all()
    seeded.db.execute("DELETE FROM fingerprints")  # as an older desk left the library
    page = next(d for d in list_documents(seeded) if len(d.witnesses) == 2)
    copy = tmp_path / "third.txt"
    copy.write_text(witness_text(seeded, page.witnesses[0].id).replace("邰", "邵"), "utf-8")
    import_paths(seeded, [copy])
    assert len(kept()) == len(witnesses) + 1
    assert len(get_document(seeded, page.id).witnesses) == 3  # grouped by the kept ones
    remove_document(seeded, page.id)
    assert set(kept()) == {w.id for d in list_documents(seeded) for w in d.witnesses}


def test_the_listing_changes_with_documents_witnesses_and_titles_only(seeded):
    from desk.core.library.documents import library_listing

    before = library_listing(seeded)
    seeded.db.execute("UPDATE fingerprints SET shingles = shingles")  # not listed
    assert library_listing(seeded) == before
    page = list_documents(seeded)[0]
    rename_document(seeded, page.id, "新标题")
    renamed = library_listing(seeded)
    assert renamed != before
    move_witness(seeded, page.witnesses[1].id, None)
    assert library_listing(seeded) != renamed


def test_fingerprints_made_another_way_by_an_older_desk_are_made_again(seeded, tmp_path):
    from desk.core.library.grouping import FINGERPRINT_SCHEME, fingerprint, from_bytes

    with seeded.atomic() as db:  # an older desk's scheme: its numbers mean nothing now
        db.execute("UPDATE fingerprints SET shingles = ?", [b"\x01\x00\x00\x00" * 50])
        seeded.set_meta("fingerprint_scheme", "1")
    page = next(d for d in list_documents(seeded) if len(d.witnesses) == 2)
    copy = tmp_path / "third.txt"
    copy.write_text(witness_text(seeded, page.witnesses[0].id).replace("邰", "邵"), "utf-8")
    import_paths(seeded, [copy])
    assert len(get_document(seeded, page.id).witnesses) == 3  # grouped by fresh ones
    assert seeded.get_meta("fingerprint_scheme") == FINGERPRINT_SCHEME
    kept = dict(seeded.db.execute("SELECT witness_id, shingles FROM fingerprints"))
    for witness in page.witnesses:
        expected = fingerprint(witness_text(seeded, witness.id))
        assert (from_bytes(kept[witness.id]) == expected).all()
