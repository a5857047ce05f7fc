"""OCR files with coordinates (ALTO, PAGE, hOCR) read into text in reading order and line boxes."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.ocr import OcrError, looks_like_ocr, read_ocr

ALTO_NS = {
    "v2": "http://www.loc.gov/standards/alto/ns-v2#",
    "v3": "http://www.loc.gov/standards/alto/ns-v3#",
    "v4": "http://www.loc.gov/standards/alto/ns-v4#",
}


def alto_chinese(version: str = "v2") -> bytes:
    """Chinese OCR: one String per character, a fullwidth comma, CC confidences; two blocks."""
    chars = "锡林郭勒盟，位于"
    strings = "".join(
        f'<String CONTENT="{c}" HPOS="{100 + 30 * i}" VPOS="50" WIDTH="30" HEIGHT="40" '
        f'CC="{i % 10}"/>'
        for i, c in enumerate(chars)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="{ALTO_NS[version]}">
  <Description>
    <MeasurementUnit>pixel</MeasurementUnit>
    <sourceImageInformation><fileName>scan_001.tif</fileName></sourceImageInformation>
  </Description>
  <Layout>
    <Page ID="p1" WIDTH="2480" HEIGHT="3508" PHYSICAL_IMG_NR="1">
      <PrintSpace>
        <TextBlock ID="b1" HPOS="100" VPOS="50" WIDTH="240" HEIGHT="100">
          <TextLine ID="l1" HPOS="100" VPOS="50" WIDTH="240" HEIGHT="40">{strings}</TextLine>
          <TextLine ID="l2" HPOS="100" VPOS="100" WIDTH="90" HEIGHT="40">
            <String CONTENT="内蒙古" HPOS="100" VPOS="100" WIDTH="90" HEIGHT="40"/>
            <String CONTENT="。" HPOS="190" VPOS="100" WIDTH="30" HEIGHT="40"/>
          </TextLine>
        </TextBlock>
        <TextBlock ID="b2">
          <TextLine ID="l3" HPOS="100" VPOS="300" WIDTH="200" HEIGHT="40">
            <String CONTENT="2023" WC="0.5"/><SP/><String CONTENT="年" WC="1.0"/>
          </TextLine>
        </TextBlock>
      </PrintSpace>
    </Page>
  </Layout>
</alto>""".encode()


def alto_english(namespace: str | None) -> bytes:
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<alto{xmlns} xmlns:xlink="http://www.w3.org/1999/xlink">
  <Description><sourceImageInformation>
    <fileName>page-7.png</fileName></sourceImageInformation></Description>
  <Layout><Page WIDTH="1200" HEIGHT="1800">
    <TopMargin><TextBlock><TextLine HPOS="10" VPOS="5" WIDTH="100" HEIGHT="20">
      <String CONTENT="HEADER" WC="0.99"/></TextLine></TextBlock></TopMargin>
    <BottomMargin><TextBlock><TextLine HPOS="10" VPOS="1700" WIDTH="30" HEIGHT="20">
      <String CONTENT="7"/></TextLine></TextBlock></BottomMargin>
    <PrintSpace><TextBlock>
      <TextLine HPOS="12" VPOS="34" WIDTH="560" HEIGHT="78">
        <String CONTENT="The" WC="0.9"/><SP/><String CONTENT="quick" WC="0.7"/><SP/>
        <String CONTENT="jump" SUBS_TYPE="HypPart1" SUBS_CONTENT="jumped" WC="0.8"/>
        <HYP CONTENT="¬"/>
      </TextLine>
      <TextLine HPOS="12" VPOS="120" WIDTH="300" HEIGHT="78">
        <String CONTENT="ed" SUBS_TYPE="HypPart2" SUBS_CONTENT="jumped"/><SP/>
        <String CONTENT="over"/><HYP/>
      </TextLine>
    </TextBlock></PrintSpace>
  </Page></Layout>
</alto>""".encode()


def test_alto_chinese_joins_characters_without_spaces():
    page = read_ocr(alto_chinese("v2"), "scan_001.xml")
    assert page.format == "alto"
    assert page.text == "锡林郭勒盟，位于\n内蒙古。\n\n2023 年"
    assert [page.text[line.start : line.end] for line in page.lines] == [
        "锡林郭勒盟，位于",
        "内蒙古。",
        "2023 年",
    ]
    assert page.image == "scan_001.tif"
    assert (page.width, page.height) == (2480, 3508)
    first, second, third = page.lines
    assert first.box == (100, 50, 240, 40)
    # CC digits: 0 is best, 9 worst; one digit per character here.
    assert [c for _, _, c in first.word_confidences] == pytest.approx([1 - d / 9 for d in range(8)])
    assert [(s, e) for s, e, _ in first.word_confidences] == [(i, i + 1) for i in range(8)]
    assert first.confidence == pytest.approx(sum(1 - d / 9 for d in range(8)) / 8)
    assert second.confidence is None and second.word_confidences == ()
    assert third.confidence == pytest.approx(0.75)
    assert third.word_confidences == (
        (third.start, third.start + 4, 0.5),
        (third.start + 5, third.start + 6, 1.0),
    )


@pytest.mark.parametrize("namespace", [ALTO_NS["v3"], ALTO_NS["v4"], ALTO_NS["v2"], None])
def test_alto_english_keeps_hyphenation_as_written(namespace):
    page = read_ocr(alto_english(namespace), "p7.xml")
    # Header first, then the text, then the footer; the HYP's CONTENT (or "-") kept.
    assert page.text == "HEADER\n\nThe quick jump¬\ned over-\n\n7"
    header, first, second, footer = page.lines
    assert page.text[first.start : first.end] == "The quick jump¬"
    assert page.text[second.start : second.end] == "ed over-"
    assert first.box == (12, 34, 560, 78)
    assert first.confidence == pytest.approx((0.9 + 0.7 + 0.8) / 3)
    s = first.start
    assert first.word_confidences == ((s, s + 3, 0.9), (s + 4, s + 9, 0.7), (s + 10, s + 14, 0.8))
    assert header.confidence == pytest.approx(0.99)
    assert page.image == "page-7.png"
    assert (page.width, page.height) == (1200, 1800)


PAGE_2013 = """<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15">
  <Metadata><Creator>test</Creator></Metadata>
  <Page imageFilename="images/0001.jpg" imageWidth="1600" imageHeight="2400">
    <ReadingOrder>
      <OrderedGroup id="ro1">
        <RegionRefIndexed index="1" regionRef="r1"/>
        <RegionRefIndexed index="0" regionRef="r2"/>
      </OrderedGroup>
    </ReadingOrder>
    <TextRegion id="r1" type="paragraph">
      <Coords points="100,500 900,500 900,700 100,700"/>
      <TextLine id="r1l1">
        <Coords points="100,500 900,500 900,560 100,560"/>
        <Word id="w1"><Coords points="100,500 300,500 300,560 100,560"/>
          <TextEquiv conf="0.6"><Unicode>Second</Unicode></TextEquiv></Word>
        <Word id="w2"><Coords points="320,500 600,500 600,560 320,560"/>
          <TextEquiv conf="0.8"><Unicode>region</Unicode></TextEquiv></Word>
        <TextEquiv conf="0.75"><Unicode>Second region</Unicode></TextEquiv>
      </TextLine>
      <TextEquiv><Unicode>Second region</Unicode></TextEquiv>
    </TextRegion>
    <TextRegion id="r2">
      <Coords points="100,100 900,100 900,300 100,300"/>
      <TextLine id="r2l1">
        <Coords points="110,105 880,100 890,160 100,150"/>
        <TextEquiv index="2" conf="0.1"><Unicode>alternative</Unicode></TextEquiv>
        <TextEquiv index="1" conf="0.9"><Unicode>First region, line one</Unicode></TextEquiv>
      </TextLine>
      <TextLine id="r2l2">
        <Coords points="100,170 500,170 500,230 100,230"/>
        <TextEquiv><Unicode>呼和浩特市</Unicode></TextEquiv>
      </TextLine>
    </TextRegion>
  </Page>
</PcGts>""".encode()

PAGE_2019 = """<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
  <Page imageFilename="0002.png" imageWidth="800" imageHeight="1000">
    <TextRegion id="a">
      <Coords points="10,10 400,10 400,100 10,100"/>
      <TextLine id="a1">
        <Coords points="10,10 400,10 400,50 10,50"/>
        <Word id="a1w1"><Coords points="10,10 30,10 30,50 10,50"/>
          <TextEquiv conf="0.5"><Unicode>锡</Unicode></TextEquiv></Word>
        <Word id="a1w2"><Coords points="30,10 50,10 50,50 30,50"/>
          <TextEquiv conf="1"><Unicode>林</Unicode></TextEquiv></Word>
        <Word id="a1w3"><Coords points="50,10 70,10 70,50 50,50"/>
          <TextEquiv><Unicode>！</Unicode></TextEquiv></Word>
        <Word id="a1w4"><Coords points="80,10 150,10 150,50 80,50"/>
          <TextEquiv conf="0.25"><Unicode>Hohhot</Unicode></TextEquiv></Word>
      </TextLine>
    </TextRegion>
    <TableRegion id="t"><Coords points="0,200 10,200 10,210 0,210"/>
      <TextRegion id="t1">
        <TextLine id="t1l1"><Coords points="0,200 10,200 10,210 0,210"/>
          <TextEquiv><Unicode>cell</Unicode></TextEquiv></TextLine>
      </TextRegion>
    </TableRegion>
  </Page>
</PcGts>""".encode()

PAGE_2010 = b"""<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2010-03-19">
  <Page imageFilename="old.tif" imageWidth="100" imageHeight="200">
    <TextRegion id="r0"><Coords><Point x="1" y="2"/><Point x="51" y="2"/>
      <Point x="51" y="22"/></Coords>
      <TextLine id="r0l0"><Coords><Point x="1" y="2"/><Point x="51" y="22"/></Coords>
        <TextEquiv><Unicode>old  line
        text</Unicode></TextEquiv></TextLine>
    </TextRegion>
  </Page>
</PcGts>"""


def test_page_2013_honours_reading_order_and_text_equiv():
    page = read_ocr(PAGE_2013, "0001.xml")
    assert page.format == "page"
    assert page.text == "First region, line one\n呼和浩特市\n\nSecond region"
    one, two, three = page.lines
    assert [page.text[x.start : x.end] for x in page.lines] == [
        "First region, line one",
        "呼和浩特市",
        "Second region",
    ]
    assert one.box == (100, 100, 790, 60)
    assert one.confidence == pytest.approx(0.9)
    assert two.confidence is None
    assert three.box == (100, 500, 800, 60)
    assert three.confidence == pytest.approx(0.75)
    s = three.start
    assert three.word_confidences == ((s, s + 6, 0.6), (s + 7, s + 13, 0.8))
    assert page.image == "images/0001.jpg"
    assert (page.width, page.height) == (1600, 2400)


def test_page_2019_joins_words_where_the_line_has_no_text():
    page = read_ocr(PAGE_2019, "0002.xml")
    assert page.text == "锡林！ Hohhot\n\ncell"
    line = page.lines[0]
    assert page.text[line.start : line.end] == "锡林！ Hohhot"
    assert line.box == (10, 10, 390, 40)
    assert line.confidence == pytest.approx((0.5 + 1 + 0.25) / 3)
    assert line.word_confidences == ((0, 1, 0.5), (1, 2, 1.0), (4, 10, 0.25))
    assert page.lines[1].box == (0, 200, 10, 10)
    assert page.image == "0002.png"


def test_page_2010_points_and_whitespace():
    page = read_ocr(PAGE_2010, "old.xml")
    assert page.text == "old line text"
    assert page.lines[0].box == (1, 2, 50, 20)
    assert (page.image, page.width, page.height) == ("old.tif", 100, 200)


HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
 <head>
  <title></title>
  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>
  <meta name='ocr-system' content='tesseract 5.3.0' />
  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word'/>
 </head>
 <body>
  <div class='ocr_page' id='page_1' title='image "/tmp/scan 3.png"; bbox 0 0 1240 1754; ppageno 0'>
   <div class='ocr_carea' id='block_1_1' title="bbox 100 100 600 200">
    <p class='ocr_par' id='par_1_1' lang='eng' title="bbox 100 100 600 200">
     <span class='ocr_line' id='line_1_1' title="bbox 100 100 600 140; baseline 0 -8; x_size 40">
      <span class='ocrx_word' id='word_1_1' title='bbox 100 100 200 140; x_wconf 96'>Well-</span>
      <span class='ocrx_word' id='word_1_2' title='bbox 210 100 400 140; x_wconf 90'
        ><strong>known</strong></span>
     </span>
     <span class='ocr_line' id='line_1_2' title="bbox 100 150 300 190">
      <span class='ocrx_word' id='word_1_3' title='bbox 100 150 300 190; x_wconf 50'>words</span>
     </span>
    </p>
   </div>
   <div class='ocr_carea' id='block_1_2' title="bbox 100 300 600 400">
    <p class='ocr_par' id='par_1_2' lang='chi_sim' title="bbox 100 300 600 400">
     <span class='ocr_line' id='line_1_3' title="bbox 100 300 260 340">
      <span class='ocrx_word' title='bbox 100 300 140 340; x_wconf 80'>锡</span>
      <span class='ocrx_word' title='bbox 140 300 180 340; x_wconf 70'>林</span>
      <span class='ocrx_word' title='bbox 180 300 220 340; x_wconf 60'>、</span>
      <span class='ocrx_word' title='bbox 220 300 260 340; x_wconf 50'>郭</span>
     </span>
    </p>
   </div>
  </div>
 </body>
</html>""".encode()


def test_hocr_xhtml():
    page = read_ocr(HOCR, "scan3.hocr")
    assert page.format == "hocr"
    assert page.text == "Well- known\nwords\n\n锡林、郭"
    first, second, third = page.lines
    assert first.box == (100, 100, 500, 40)
    assert first.confidence == pytest.approx(0.93)
    assert first.word_confidences == ((0, 5, 0.96), (6, 11, 0.90))
    assert second.box == (100, 150, 200, 40)
    assert page.text[third.start : third.end] == "锡林、郭"
    assert [c for _, _, c in third.word_confidences] == pytest.approx([0.8, 0.7, 0.6, 0.5])
    assert page.image == "/tmp/scan 3.png"
    assert (page.width, page.height) == (1240, 1754)


def test_hocr_html_that_is_not_xml_falls_back_to_html_parser():
    html = (
        HOCR.decode()
        .replace('<?xml version="1.0" encoding="UTF-8"?>', "")
        .replace("<title></title>", "<title>a&nbsp;b</title><br>")
        .replace('image "/tmp/scan 3.png"', "image scan3.png")
        .encode()
    )
    page = read_ocr(html, "scan3.html")
    assert page.text == "Well- known\nwords\n\n锡林、郭"
    assert page.lines[0].box == (100, 100, 500, 40)
    assert page.image == "scan3.png"


def test_looks_like_ocr():
    for data in (alto_chinese(), alto_english(None), PAGE_2013, PAGE_2010, HOCR):
        assert looks_like_ocr(data)
    assert not looks_like_ocr("锡林郭勒盟 plain text".encode())
    assert not looks_like_ocr(b"<?xml version='1.0'?><TEI><text/></TEI>")
    assert not looks_like_ocr(b"")
    assert not looks_like_ocr(b"<altogether> a note on <pcgtsx> tags")
    assert looks_like_ocr(b"<?xml version='1.0'?>\n<a:alto xmlns:a='urn:x'/>")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE alto [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<alto><Layout><Page><PrintSpace><TextBlock><TextLine>
<String CONTENT="&lol9;"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE PcGts [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<PcGts><Page><TextRegion id="r"><TextLine><TextEquiv><Unicode>&xxe;</Unicode></TextEquiv>
</TextLine></TextRegion></Page></PcGts>"""

EXTERNAL_HOCR = b"""<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<html><body><div class="ocr_page"><span class="ocr_line">&xxe;</span></div></body></html>"""


def test_billion_laughs_is_refused_without_expanding():
    started = time.perf_counter()
    with pytest.raises(OcrError) as caught:
        read_ocr(BILLION_LAUGHS, "laughs.xml")
    assert time.perf_counter() - started < 1
    message = str(caught.value)
    assert message.startswith("laughs.xml: refuses a DTD with entities")
    assert "lollol" not in message
    assert caught.value.__cause__ is None and caught.value.__context__ is None


@pytest.mark.parametrize("data", [EXTERNAL_ENTITY, EXTERNAL_HOCR])
def test_external_entity_is_refused(data):
    with pytest.raises(OcrError) as caught:
        read_ocr(data, "xxe.xml")
    message = str(caught.value)
    assert message.startswith("xxe.xml: refuses a DTD with entities")
    assert "file:///etc/passwd" in message
    assert "root:" not in message
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_malformed_xml_names_file_and_place():
    with pytest.raises(OcrError) as caught:
        read_ocr(b'<?xml version="1.0"?>\n<alto>\n  <Layout></Page>\n</alto>', "scan_002.xml")
    assert str(caught.value) == "scan_002.xml: malformed XML at line 3, column 12"
    assert caught.value.__context__ is None


def test_foreign_root_and_empty_file():
    with pytest.raises(
        OcrError, match=r"^scan_001\.xml: not ALTO, PAGE or hOCR \(root element <foo>\)$"
    ):
        read_ocr(b"<foo xmlns='urn:x'><bar/></foo>", "scan_001.xml")
    with pytest.raises(OcrError, match=r"^blank\.xml: empty file$"):
        read_ocr(b"  \n", "blank.xml")
    with pytest.raises(OcrError, match=r"^page\.html: HTML without hOCR"):
        read_ocr(b"<html><body><p>hello<br></body></html>", "page.html")
    with pytest.raises(OcrError, match=r"^x\.xml: not ALTO, PAGE or hOCR \(root element <html>\)$"):
        read_ocr(b"<html><body/></html>", "x.xml")


def test_ocr_error_is_a_value_error():
    assert issubclass(OcrError, ValueError)


# Property: lines of CJK and Latin words written into ALTO read back with every line's range
# holding exactly the line's text, as the joining rule writes it.

_cjk_word = st.text(alphabet="锡林郭勒盟内蒙古，。、！？（）", min_size=1, max_size=4)
_latin_word = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzÄé0123456789.,;-'", min_size=1, max_size=8
)
_line = st.lists(st.one_of(_cjk_word, _latin_word), min_size=1, max_size=8)
_block = st.lists(_line, min_size=1, max_size=4)


def _is_cjk(c: str) -> bool:
    return c in "锡林郭勒盟内蒙古，。、！？（）"


def _expected(words: list[str]) -> str:
    text = words[0]
    for word in words[1:]:
        text += ("" if _is_cjk(text[-1]) and _is_cjk(word[0]) else " ") + word
    return text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


@settings(max_examples=80, deadline=None)
@given(st.lists(_block, min_size=1, max_size=3), st.sampled_from([*ALTO_NS.values(), None]))
def test_alto_round_trip_keeps_line_ranges(blocks, namespace):
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    body = []
    for b, block in enumerate(blocks):
        lines = []
        for n, words in enumerate(block):
            strings = "<SP/>".join(
                f'<String CONTENT="{_escape(w)}" WC="{(i % 10) / 10}"/>'
                for i, w in enumerate(words)
            )
            lines.append(
                f'<TextLine HPOS="{n}" VPOS="{b}" WIDTH="{len(words)}" HEIGHT="9">{strings}'
                "</TextLine>"
            )
        body.append(f"<TextBlock>{''.join(lines)}</TextBlock>")
    space = f"<PrintSpace>{''.join(body)}</PrintSpace>"
    data = f"<alto{xmlns}><Layout><Page>{space}</Page></Layout></alto>"
    page = read_ocr(data.encode(), "random.xml")
    expected = [_expected(words) for block in blocks for words in block]
    assert [page.text[line.start : line.end] for line in page.lines] == expected
    assert page.text == "\n\n".join("\n".join(_expected(w) for w in block) for block in blocks)
    assert [line.box for line in page.lines] == [
        (n, b, len(words), 9) for b, block in enumerate(blocks) for n, words in enumerate(block)
    ]
    for line, words in zip(page.lines, [w for block in blocks for w in block]):
        assert [page.text[s:e] for s, e, _ in line.word_confidences] == words


def test_page_nested_reading_order_and_regions_it_leaves_out():
    data = b"""<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">
    <Page imageFilename="i.png"><ReadingOrder><OrderedGroup id="g">
      <UnorderedGroupIndexed index="1" id="u"><RegionRef regionRef="c"/></UnorderedGroupIndexed>
      <RegionRefIndexed index="0" regionRef="b"/>
    </OrderedGroup></ReadingOrder>
    <TextRegion id="a"><TextLine><TextEquiv><Unicode>A</Unicode></TextEquiv></TextLine></TextRegion>
    <TextRegion id="b"><TextLine><TextEquiv><Unicode>B</Unicode></TextEquiv></TextLine></TextRegion>
    <TextRegion id="c"><TextLine><TextEquiv><Unicode>C</Unicode></TextEquiv></TextLine></TextRegion>
    </Page></PcGts>"""
    page = read_ocr(data, "ro.xml")
    assert page.text == "B\n\nC\n\nA"
    assert page.lines[0].box == (0, 0, 0, 0)  # no Coords
    assert (page.width, page.height) == (None, None)


def test_hocr_pages_and_lines_outside_paragraphs():
    data = b"""<html><body>
    <div class="ocr_page" title="bbox 0 0 10 10"><span class="ocr_line" title="bbox 0 0 5 5"
      >loose   line</span></div>
    <div class="ocr_page"><p class="ocr_par"><span class="ocr_header"
      ><span class="ocrx_word" title="bbox 1 1 2 2; x_wconf 5">w</span></span></p></div>
    </body></html>"""
    page = read_ocr(data, "two.hocr")
    assert page.text == "loose line\n\nw"
    assert page.lines[1].box == (1, 1, 1, 1) and page.lines[1].confidence == pytest.approx(0.05)
    assert (page.image, page.width, page.height) == (None, 10, 10)


def test_deep_nesting_and_bad_numbers_do_not_break_the_reader():
    deep = b"<html><body><div class='ocr_page'>" + b"<div>" * 5000 + b"<span class='ocr_line'>x"
    deep += b"</span>" + b"</div>" * 5000 + b"</div></body></html>"
    assert read_ocr(deep, "deep.hocr").text == "x"
    odd = b"""<alto><Layout><Page WIDTH="wide"><TextBlock><TextLine HPOS="a">
      <String CONTENT="hi" HPOS="1" VPOS="2" WIDTH="3" HEIGHT="4" WC="nan"/>
      </TextLine></TextBlock></Page></Layout></alto>"""
    page = read_ocr(odd, "odd.xml")
    assert page.text == "hi"
    assert page.lines[0].box == (1, 2, 3, 4)  # the words' union where the line has none
    assert page.lines[0].confidence is None and page.width is None
    assert read_ocr(b"<alto/>", "blank.xml").text == ""
