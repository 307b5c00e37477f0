"""The main text and metadata of a news page, with the standard library's HTML parser.

Boilerplate (scripts, styles, navigation, headers, footers, asides, forms) is dropped;
the text of ``<article>`` is preferred, then ``<main>``, then the whole body. Paragraph
breaks survive as blank lines, so sentence and paragraph offsets stay meaningful.
"""

from __future__ import annotations

import html as _html
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["HtmlPage", "decode_entities", "parse_html"]

_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "svg",
        "iframe",
        "figure",
        "head",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "table",
        "tr",
        "dd",
        "dt",
        "hr",
        "body",
        "figcaption",
    }
)
_VOID = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
)
_SPACE = re.compile(r"\s+")
_LINE = "\ue000"  # a <br>, kept through whitespace folding as a private-use character
_LINE_BREAK = re.compile(rf" ?{_LINE}+ ?")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """*text* with its HTML character references (``&#8217;``, ``&amp;``) decoded.

    Only complete references, ending in ``;``, are decoded, so text that merely holds an
    ampersand ("AT&T", "Q&A &amp cut") is returned as written. For strings that come
    from pages or feeds outside the HTML parser: JSON-LD, JSON Lines titles and bodies.

    Examples
    --------
    >>> decode_entities("Al Qa&#8217;im &amp; Rawa; AT&T")
    'Al Qa’im & Rawa; AT&T'
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: _html.unescape(m[0]), text)


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What :func:`parse_html` finds in a page.

    Attributes
    ----------
    text : str
        The main text, paragraphs separated by blank lines.
    title, url, published : str or None
        The headline, the canonical address and the publication timestamp as written
        in the page (not parsed).
    """

    text: str
    title: str | None
    url: str | None
    published: str | None


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()  # tags in the stack: membership in O(1)
        self.skipping = 0
        # Paragraphs of the body, of <main> and of each <article>, as lists of pieces.
        self.parts: dict[str, list[list[str]]] = {"body": [[]], "main": [[]], "article": [[]]}
        self.meta: dict[str, str] = {}
        self.title: list[str] = []
        self.h1: list[str] = []
        self.times: list[str] = []
        self.jsonld: list[str] = []
        self._capture: str | None = None  # "title", "h1" or "jsonld"

    # -- helpers ---------------------------------------------------------------------

    def _scopes(self) -> Iterator[str]:
        yield "body"
        if self.open["main"]:
            yield "main"
        if self.open["article"]:
            yield "article"

    def _break(self) -> None:
        for scope in self._scopes():
            if self.parts[scope][-1]:
                self.parts[scope].append([])

    def _push(self, tag: str) -> None:
        self.stack.append(tag)
        self.open[tag] += 1
        if tag in _SKIP:
            self.skipping += 1

    def _pop_to(self, tag: str) -> None:
        while self.stack:
            top = self.stack.pop()
            self.open[top] -= 1
            if top in _SKIP:
                self.skipping -= 1
            if top == tag:
                return

    # -- HTMLParser callbacks --------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.meta.setdefault("canonical", a.get("href", "").strip())
        elif tag == "time" and a.get("datetime") and not self.skipping:
            self.times.append(a["datetime"].strip())
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._capture = "jsonld"
            self.jsonld.append("")
        elif tag == "title" and not self.title:
            self._capture = "title"
        elif tag == "h1" and not self.h1 and not self.skipping:
            self._capture = "h1"
        if tag in _VOID:
            if tag == "br" and not self.skipping:
                for scope in self._scopes():
                    self.parts[scope][-1].append(_LINE)
            elif tag in _BLOCK:
                self._break()
            return
        if tag in ("p", "li") and self.open[tag]:  # an unclosed <p> or <li> ends here
            self._pop_to(tag)
        if tag in _BLOCK:
            self._break()
        self._push(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack and self.stack[-1] == tag:
            self._pop_to(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("title", "h1", "script"):
            self._capture = None
        if self.open[tag]:
            if tag in _BLOCK:
                self._break()
            self._pop_to(tag)

    def handle_data(self, data: str) -> None:
        if self._capture == "jsonld":
            self.jsonld[-1] += data
            return
        if self._capture == "title":
            self.title.append(data)
            return
        if self._capture == "h1":
            self.h1.append(data)
        if self.skipping:
            return
        for scope in self._scopes():
            self.parts[scope][-1].append(data)

    # -- results ---------------------------------------------------------------------

    def text(self) -> str:
        for scope in ("article", "main", "body"):
            paragraphs = [
                _LINE_BREAK.sub("\n", _SPACE.sub(" ", "".join(p)).strip()).strip("\n ")
                for p in self.parts[scope]
            ]
            text = "\n\n".join(p for p in paragraphs if p)
            if text:
                return text
        return ""


def _jsonld_values(blob: str, key: str) -> Iterator[str]:
    """Every string value of *key* in a JSON-LD block (objects, lists and @graph).

    Values are entity-decoded: publishing systems often write ``&#8217;`` or ``&amp;``
    into JSON-LD strings, which the HTML parser leaves alone inside ``<script>``.
    """
    try:
        data = json.loads(blob)
    except (ValueError, RecursionError):  # broken, or nested too deeply to decode
        return
    todo = [data]
    while todo:
        item = todo.pop(0)
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                yield _SPACE.sub(" ", decode_entities(value)).strip()
            todo.extend(v for v in item.values() if isinstance(v, list | dict))


def _first(*values: str | None) -> str | None:
    for v in values:
        if v:
            return v
    return None


def parse_html(html: str) -> HtmlPage:
    """The main text, title, canonical URL and publication timestamp of a page.

    Parameters
    ----------
    html : str
        The page's markup. Malformed markup is tolerated, as browsers tolerate it.

    Returns
    -------
    HtmlPage
        ``title`` from og:title, ``<title>``, JSON-LD headline or the first ``<h1>``;
        ``url`` from ``<link rel="canonical">`` or og:url; ``published`` from
        article:published_time, JSON-LD datePublished or the first ``<time datetime>``.

    Examples
    --------
    >>> page = parse_html("<title>T</title><nav>Home</nav><article><p>A.</p><p>B.</p>")
    >>> page.text, page.title
    ('A.\\n\\nB.', 'T')
    """
    p = _Parser()
    p.feed(html)
    p.close()
    title = _SPACE.sub(" ", "".join(p.title)).strip()
    h1 = _SPACE.sub(" ", "".join(p.h1)).strip()
    blocks = p.jsonld
    headline = _first(
        p.meta.get("og:title"),
        title,
        *(next(_jsonld_values(b, "headline"), None) for b in blocks),
        h1,
    )
    return HtmlPage(
        text=p.text(),
        # Publishing systems often escape a title twice ("&amp;#8217;"): decode what is left.
        title=decode_entities(headline) if headline else None,
        url=_first(p.meta.get("canonical"), p.meta.get("og:url")),
        published=_first(
            p.meta.get("article:published_time"),
            *(next(_jsonld_values(b, "datePublished"), None) for b in blocks),
            p.times[0] if p.times else None,
        ),
    )
