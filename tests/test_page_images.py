"""Page images of a document: attached once, sized from their headers, found moved or
changed, relinked only to the same bytes, shown from a kept copy."""

from __future__ import annotations

import os
import struct

import pytest
from ocr_files import png_bytes, write_png

from desk.core.library.documents import import_paths
from desk.core.library.failures import LibraryError
from desk.core.ocr.image_header import image_size
from desk.core.ocr.page_images import (
    attach_image,
    get_image,
    image_bytes,
    page_images,
    relink_image,
    remove_image,
)


@pytest.fixture
def document_id(library, tmp_path):
    source = tmp_path / "text.txt"
    source.write_text("陕西宝鸡出台元宇宙产业发展行动计划", encoding="utf-8")
    return import_paths(library, [source]).added[0].document_id


def jpeg_bytes(width: int, height: int) -> bytes:
    """A JPEG header: SOI, an APP0 segment, then a baseline SOF0 frame header."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + b"\xff\xff" + sof0 + b"\xff\xd9"


def tiff_bytes(width: int, height: int, order: str, width_kind: int = 3) -> bytes:
    """A TIFF header and one IFD with ImageWidth (SHORT or LONG) and ImageLength (LONG)."""
    mark = b"II*\x00" if order == "<" else b"MM\x00*"

    def entry(tag: int, kind: int, value: int) -> bytes:
        packed = (
            struct.pack(order + "H", value) + b"\x00\x00"
            if kind == 3
            else struct.pack(order + "I", value)
        )
        return struct.pack(order + "HHI", tag, kind, 1) + packed

    entries = entry(256, width_kind, width) + entry(257, 4, height) + entry(259, 3, 1)
    return mark + struct.pack(order + "I", 8) + struct.pack(order + "H", 3) + entries + b"\x00" * 4


@pytest.mark.parametrize(
    ("data", "size"),
    [
        (png_bytes(7, 5), (7, 5)),
        (jpeg_bytes(1600, 2400), (1600, 2400)),
        (tiff_bytes(2480, 3508, "<"), (2480, 3508)),
        (tiff_bytes(2480, 3508, ">"), (2480, 3508)),
        (tiff_bytes(70000, 9, ">", width_kind=4), (70000, 9)),
        (b"GIF89a\x01\x00\x01\x00", None),
        (b"\x89PNG\r\n\x1a\n\x00\x00", None),  # cut short
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", None),  # no frame header
        (b"II*\x00\xff\xff\xff\x7f", None),  # IFD beyond the end
        (b"", None),
    ],
)
def test_image_size_reads_png_jpeg_and_tiff_headers(tmp_path, data, size):
    path = tmp_path / "image"
    path.write_bytes(data)
    assert image_size(path) == size


def test_attach_lists_and_attaching_again_is_the_same_row(library, tmp_path, document_id):
    path = write_png(tmp_path / "page.png", 40, 30)
    image = attach_image(library, document_id, path)
    assert (image.width, image.height, image.state, image.kept_copy) == (40, 30, "ok", False)
    again = attach_image(library, document_id, path, keep_copy=True)
    assert again.id == image.id and again.kept_copy
    assert page_images(library, document_id) == [again]
    assert image_bytes(library, image.id) == path.read_bytes()


@pytest.mark.parametrize("content", [b"not an image at all", b""])
def test_a_file_that_is_not_an_image_is_refused(library, tmp_path, document_id, content):
    path = tmp_path / "notes.png"
    path.write_bytes(content)
    with pytest.raises(LibraryError, match="not a PNG, JPEG or TIFF image"):
        attach_image(library, document_id, path)
    with pytest.raises(LibraryError, match="no such file"):
        attach_image(library, document_id, tmp_path / "missing.png")
    with pytest.raises(LibraryError, match="not a file"):
        attach_image(library, document_id, tmp_path)
    assert page_images(library, document_id) == []


def test_a_moved_image_is_reported_and_shown_from_its_copy_then_relinked(
    library, tmp_path, document_id
):
    path = write_png(tmp_path / "page.png")
    kept = attach_image(library, document_id, path, keep_copy=True)
    plain = attach_image(library, document_id, write_png(tmp_path / "other.png", shade=9))
    original = path.read_bytes()
    (tmp_path / "moved").mkdir()
    path.rename(tmp_path / "moved" / "page.png")
    (tmp_path / "other.png").unlink()
    assert [i.state for i in page_images(library, document_id)] == ["moved", "moved"]
    assert image_bytes(library, kept.id) == original
    with pytest.raises(LibraryError, match="no copy was kept"):
        image_bytes(library, plain.id)
    relinked = relink_image(library, kept.id, tmp_path / "moved" / "page.png")
    assert relinked.state == "ok" and relinked.path == str(tmp_path / "moved" / "page.png")


def test_relinking_to_a_different_image_is_refused(library, tmp_path, document_id):
    image = attach_image(library, document_id, write_png(tmp_path / "page.png"))
    other = write_png(tmp_path / "other.png", shade=200)
    with pytest.raises(LibraryError, match="a different image"):
        relink_image(library, image.id, other)
    assert get_image(library, image.id).path == str(tmp_path / "page.png")


def test_a_replaced_image_is_changed_and_a_touched_one_is_not(library, tmp_path, document_id):
    path = write_png(tmp_path / "page.png", 40, 30)
    image = attach_image(library, document_id, path)
    stamp = path.stat().st_mtime_ns
    os.utime(path, ns=(stamp + 5_000_000_000, stamp + 5_000_000_000))  # touched: same bytes
    assert get_image(library, image.id).state == "ok"
    write_png(path, 40, 30, shade=77)  # same size, other bytes
    os.utime(path, ns=(stamp + 9_000_000_000, stamp + 9_000_000_000))
    assert get_image(library, image.id).state == "changed"
    write_png(path, 10, 10)  # another size: changed without hashing
    assert get_image(library, image.id).state == "changed"


def test_remove_image_and_removing_the_document_removes_its_images(library, tmp_path, document_id):
    from desk.core.library.documents import remove_document

    first = attach_image(library, document_id, write_png(tmp_path / "a.png"))
    attach_image(library, document_id, write_png(tmp_path / "b.png", shade=3), keep_copy=True)
    remove_image(library, first.id)
    assert len(page_images(library, document_id)) == 1
    remove_document(library, document_id)
    assert library.db.execute("SELECT count(*) FROM page_images").fetchone()[0] == 0
    with pytest.raises(LibraryError, match="no document"):
        attach_image(library, document_id, tmp_path / "a.png")
