"""read_articles: text, Markdown, HTML main text, JSON Lines, folders, stdin, bad input."""

from __future__ import annotations

import io
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from mapper import Article, InputError, InputWarning, read_articles
from mapper.articles import MAX_ARTICLE_BYTES
from mapper.htmltext import parse_html

ARTICLES = Path(__file__).parents[1] / "data" / "articles"


def one(path: Path | str) -> Article:
    (article,) = read_articles([path])
    return article


# -- single files -----------------------------------------------------------------------


def test_text_file_is_read_whole_with_its_path_as_id() -> None:
    a = one(ARTICLES / "dispatch.txt")
    assert a.text.startswith("Drone strike reported near Al-Qaim\n\nA drone struck")
    assert a.source.id == str(ARTICLES / "dispatch.txt")
    assert a.source.published is None


def test_markdown_title_is_the_first_heading() -> None:
    a = one(ARTICLES / "briefing.md")
    assert a.source.title == "Weekly briefing: northern Syria"
    assert "**Manbij**" in a.text


def test_utf16_file_with_byte_order_mark_is_decoded() -> None:
    assert "Kherson (Херсон)" in one(ARTICLES / "utf16.txt").text


def test_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfAl-Qaim")
    assert one(p).text == "Al-Qaim"


def test_a_single_path_string_is_one_path_not_characters() -> None:
    assert len(list(read_articles(str(ARTICLES / "dispatch.txt")))) == 1


# -- HTML -------------------------------------------------------------------------------


def test_html_keeps_the_article_text_and_drops_boilerplate() -> None:
    a = one(ARTICLES / "page.html")
    paragraphs = a.text.split("\n\n")
    assert paragraphs[0] == "Clashes near Mosul leave three dead"
    assert paragraphs[1].startswith("Iraqi troops exchanged fire with militants west of Mosul")
    assert "the army said & three attackers" in paragraphs[1]  # entity decoded
    for boilerplate in ("Subscribe", "Courier", "Kyiv", "Baghdad", "Erbil", "Kandahar", "Aleppo"):
        assert boilerplate not in a.text, boilerplate


def test_html_metadata_prefers_og_title_canonical_url_and_published_time() -> None:
    s = one(ARTICLES / "page.html").source
    assert s.title == "Clashes near Mosul leave three dead"
    assert s.url == "https://news.example.org/2024/01/clashes-near-mosul"
    # article:published_time wins over JSON-LD; the offset is not converted to UTC.
    assert s.published == date(2024, 1, 23)


def test_html_without_article_uses_main_and_time_element() -> None:
    a = one(ARTICLES / "more" / "report.htm")
    assert a.text == (
        "Security forces raided a house in Kismayo on Friday.\n\nTime of the raid: 26 January."
    )
    assert a.source.title == "Raid in Kismayo"
    assert a.source.published == date(2024, 1, 26)


@pytest.mark.parametrize(
    ("html", "text", "title", "published"),
    [
        ("<p>a<br>b</p><p>c</p>", "a\nb\n\nc", None, None),  # <br> is a line, <p> a paragraph
        ("<p>one<p>two", "one\n\ntwo", None, None),  # unclosed <p> still ends a paragraph
        ("<h1>Head</h1><div>Body</div>", "Head\n\nBody", "Head", None),  # title from <h1>
        (  # JSON-LD inside @graph gives headline and date
            '<script type="application/ld+json">{"@graph": [{"headline": "H",'
            ' "datePublished": "2024-02-01"}]}</script><p>x</p>',
            "x",
            "H",
            "2024-02-01",
        ),
        ('<script type="application/ld+json">{broken</script><p>y</p>', "y", None, None),
        ("<p>keep</p><footer>drop</footer><script>drop()</script>", "keep", None, None),
        (  # JSON-LD strings often carry HTML entities (CMS output); the headline is decoded
            '<script type="application/ld+json">{"headline": "Raid on Al-Qa&#8217;im'
            ' &amp; Rawa"}</script><p>x</p>',
            "x",
            "Raid on Al-Qa\u2019im & Rawa",
            None,
        ),
        (  # a doubly escaped headline (CMS escaping an already escaped title) decodes fully
            '<meta property="og:title" content="Raid on Al-Qa&amp;#8217;im"><p>x</p>',
            "x",
            "Raid on Al-Qa\u2019im",
            None,
        ),
        (  # comments, CDATA and styles are not text; entities in text and <title> decode
            "<title>Shelling in Ba&#8217;qubah</title><style>p{}</style>"
            "<p>Ba&#8217;qubah<!-- c --> &amp; <![CDATA[x]]>Khalis</p>",
            "Ba\u2019qubah & Khalis",
            "Shelling in Ba\u2019qubah",
            None,
        ),
    ],
)
def test_parse_html_cases(html: str, text: str, title: str | None, published: str | None) -> None:
    page = parse_html(html)
    assert (page.text, page.title, page.published) == (text, title, published)


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 30_000 + "deep" + "</div>" * 30_000,  # deeply nested blocks
        "<span>" * 15_000 + "<p>deep" * 15_000,  # unclosed <p> inside deep nesting
    ],
)
def test_parse_html_deeply_nested_markup_takes_linear_time(html: str) -> None:
    start = time.perf_counter()
    page = parse_html(html)
    assert page.text.startswith("deep")
    assert time.perf_counter() - start < 3.0  # was quadratic: 20 s and more


def test_html_with_no_main_text_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("<html><nav>Menu</nav><script>x()</script></html>")
    with pytest.raises(InputError, match=r"empty\.html: no text \(no main text"):
        one(p)


def test_html_unparseable_published_warns_and_leaves_it_empty(tmp_path: Path) -> None:
    p = tmp_path / "odd.html"
    p.write_text('<meta property="article:published_time" content="last Tuesday"><p>Hit.</p>')
    with pytest.warns(InputWarning, match="'last Tuesday' is not a date"):
        a = one(p)
    assert a.source.published is None and a.text == "Hit."


# -- JSON Lines ---------------------------------------------------------------------------


def test_jsonl_reads_each_record_with_alternative_keys_and_skips_blank_lines() -> None:
    got = list(read_articles([ARTICLES / "feed.jsonl"]))
    assert [a.source.id for a in got] == ["wire-001", f"{ARTICLES / 'feed.jsonl'}:3", "17"]
    assert [a.source.published for a in got] == [
        date(2024, 1, 24),  # ISO datetime with Z
        date(2024, 1, 25),  # RFC 2822 under "date"
        date(2024, 1, 26),  # ISO date under "published_at"
    ]
    assert got[1].text.endswith("At least five people died.")  # "body" key, newline kept
    assert got[0].source.url == "https://wire.example.net/001"
    assert got[2].source.url is None  # null url


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (  # the line, the reason and the start of the value
            '{"text": "ok"}\n{"text": "broken"\n',
            r"bad\.jsonl:2: malformed JSON .*: '\{\"text\": \"broken\"'",
        ),
        ('["a list"]\n', r"bad\.jsonl:1: expected a JSON object, got list"),
        (
            '{"headline": "x", "url": "u"}\n',
            r"bad\.jsonl:1: record has no text .*found headline, url",
        ),
        ('{"text": 42}\n', r"bad\.jsonl:1: 'text' must be a string, not 42"),
        (
            '{"text": "x", "published": "soon"}\n',
            r"bad\.jsonl:1: 'published' is not a date: 'soon'",
        ),
        ('{"text": "x", "date": "2024-02-30"}\n', r"bad\.jsonl:1: 'date' is not a date"),
        ('{"text": "x", "title": {"a": 1}}\n', r"bad\.jsonl:1: 'title' must be a string"),
    ],
)
def test_bad_jsonl_records_name_the_line(tmp_path: Path, lines: str, message: str) -> None:
    p = tmp_path / "bad.jsonl"
    p.write_text(lines, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(read_articles([p]))


@pytest.mark.parametrize(
    ("record", "title", "text"),
    [
        (  # a feed's escaped apostrophe and ampersand become characters again
            {"title": "Strike on Al Qa&#8217;im &amp; Rawa", "text": "Jets hit Al Qa&#x2019;im."},
            "Strike on Al Qa\u2019im & Rawa",
            "Jets hit Al Qa\u2019im.",
        ),
        (  # no semicolon, no entity: 'AT&T' and 'R&D' stay as written
            {"title": "AT&T and R&D", "text": "Q&A &amp cut"},
            "AT&T and R&D",
            "Q&A &amp cut",
        ),
    ],
)
def test_jsonl_html_entities_in_title_and_text_are_decoded(
    tmp_path: Path, record: dict[str, str], title: str, text: str
) -> None:
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (a,) = read_articles([p])
    assert (a.source.title, a.text) == (title, text)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, "a deeply nested array"),
        ('{"text": "x", "m": ' + '{"a": ' * 100_000 + "1" + "}" * 100_001, "a nested field"),
    ],
)
def test_jsonl_nested_too_deeply_is_an_error_naming_the_line(
    tmp_path: Path, line: str, reason: str
) -> None:
    p = tmp_path / "deep.jsonl"
    p.write_text('{"text": "Clashes in Hama."}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"deep\.jsonl:2: JSON nested too deeply"):
        list(read_articles([p]))


def test_html_json_ld_nested_too_deeply_is_ignored() -> None:
    page = parse_html(
        '<script type="application/ld+json">' + "[" * 100_000 + "</script><p>Body</p>"
    )
    assert (page.text, page.title) == ("Body", None)


def test_jsonl_empty_text_is_skipped_with_a_warning(tmp_path: Path) -> None:
    p = tmp_path / "gaps.jsonl"
    p.write_text('{"text": "  "}\n{"text": "Hit was shelled."}\n')
    with pytest.warns(InputWarning, match=r"gaps\.jsonl:1: empty 'text'; record skipped"):
        got = list(read_articles([p]))
    assert [a.text for a in got] == ["Hit was shelled."]


def test_jsonl_undecodable_and_binary_lines_are_named(tmp_path: Path) -> None:
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(b'{"text": "fine"}\n{"text": "caf\xe9"}\n')
    with pytest.raises(InputError, match=r"mixed\.jsonl:2: not UTF-8 text"):
        list(read_articles([p]))
    p.write_bytes(b'{"text": "fine"}\n\x00\x01\x02\n')
    with pytest.raises(InputError, match=r"mixed\.jsonl:2: binary data"):
        list(read_articles([p]))


def test_jsonl_is_streamed_record_by_record(tmp_path: Path) -> None:
    p = tmp_path / "stream.jsonl"
    p.write_text('{"text": "first"}\n{"text": "second"\n')
    it = read_articles([p])
    assert next(it).text == "first"  # the bad second line is not read yet
    with pytest.raises(InputError, match=":2:"):
        next(it)


# -- folders ------------------------------------------------------------------------------


def test_folder_is_walked_sorted_skipping_hidden_and_unknown_files() -> None:
    ids = [a.source.id for a in read_articles([ARTICLES])]
    names = [i.removeprefix(str(ARTICLES) + os.sep) for i in ids]
    assert names == [
        "briefing.md",
        "dispatch.txt",
        "wire-001",
        "feed.jsonl:3",
        "17",
        os.path.join("more", "report.htm"),
        "page.html",
        "utf16.txt",
    ]


def test_folder_without_recursion_skips_subfolders() -> None:
    ids = [a.source.id for a in read_articles([ARTICLES], recursive=False)]
    assert not any("report.htm" in i for i in ids) and len(ids) == 7


def test_empty_file_in_a_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("   \n")
    (tmp_path / "b.txt").write_text("Gao")
    with pytest.warns(InputWarning, match=r"a\.txt: no text; file skipped"):
        got = list(read_articles([tmp_path]))
    assert [a.text for a in got] == ["Gao"]


# -- standard input -------------------------------------------------------------------------


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BufferedReader(io.BytesIO(data))


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin("Strike in القائم".encode()))
    (a,) = read_articles(["-"])
    assert a.text == "Strike in القائم" and a.source.id == "<stdin>"


def test_dash_reads_jsonl_from_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b'{"text": "a"}\n\n{"text": "b"}\n'))
    got = list(read_articles(["-"], stdin_format="jsonl"))
    assert [(a.text, a.source.id) for a in got] == [("a", "<stdin>:1"), ("b", "<stdin>:3")]


def test_empty_standard_input_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b" \n"))
    with pytest.raises(InputError, match="<stdin>: no text"):
        list(read_articles(["-"]))


def test_unknown_stdin_format_is_an_error() -> None:
    with pytest.raises(InputError, match="stdin_format 'pdf'"):
        list(read_articles(["-"], stdin_format="pdf"))


# -- bad files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", r"empty\.txt: no text$"),  # a lone empty file is an error
        ("blank.md", b" \n\t\n", r"blank\.md: no text$"),  # whitespace is empty too
        ("image.txt", b"GIF89a\x01\x00\x00\x00", r"image\.txt:1: binary data"),  # NUL bytes
        ("latin1.txt", b"Hit\ncaf\xe9\n", r"latin1\.txt:2: not UTF-8 text"),  # names the line
        ("report.pdf", b"%PDF-1.4", r"report\.pdf: unknown extension '\.pdf'"),
        ("noext", b"text", r"noext: unknown extension '\(none\)'"),
    ],
)
def test_bad_files_give_one_clear_error(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError, match=message):
        list(read_articles([p]))


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nothing\.txt: no such file or folder"):
        list(read_articles([tmp_path / "nothing.txt"]))


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:  # sparse: no disk space or time spent
        f.truncate(MAX_ARTICLE_BYTES + 1)
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"huge\.txt: 52,428,801 bytes is more than"):
        list(read_articles([p]))
    assert time.perf_counter() - start < 1.0


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path: Path) -> None:
    p = tmp_path / "arabic.html"
    page = '<html><head><meta charset="windows-1256"></head><p>قصف في القائم</p></html>'
    p.write_bytes(page.encode("cp1256"))
    assert one(p).text == "قصف في القائم"


def test_html_with_an_undeclared_legacy_charset_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "latin.html"
    p.write_bytes("<p>Caf\xe9 bombing</p>".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin\.html:1: not UTF-8 text"):
        one(p)


def test_markdown_from_standard_input_gets_its_title(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"# Kherson update\n\nShelling overnight."))
    (a,) = read_articles(["-"], stdin_format="md")
    assert a.source.title == "Kherson update"
