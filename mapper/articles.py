"""News articles from files: plain text, Markdown, HTML, JSON Lines, folders and stdin.

Articles stream one at a time, so a folder of thousands of files or a JSON Lines file of
any size is never held in memory whole.

Rules for empty and bad input
-----------------------------
- A file named on its own (``.txt``, ``.md``, ``.html``) that holds no text is an error;
  the same file found while walking a folder is skipped with an :class:`InputWarning`.
- In JSON Lines, a blank line is skipped silently; a record whose text is an empty
  string is skipped with a warning; a record with no text key, malformed JSON, a
  non-object line or an unparseable ``published`` value is an error naming the line.
- HTML character references (``&#8217;``, ``&amp;``) in a JSON Lines record's text and
  title are decoded, as feeds copy them from their pages.
- Text is UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark; an HTML
  page may instead declare its charset in ``<meta>`` (windows-1256, ...).
- Binary data (NUL bytes), undecodable bytes, a file over :data:`MAX_ARTICLE_BYTES`
  (refused before reading) and an unknown extension are errors naming the file. A JSON
  Lines file has no size limit (it is streamed); each of its lines has that limit.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ._files import decode_text, read_limited, shown
from .dates import parse_published
from .errors import InputError, InputWarning, PathError
from .geoparse import MAX_TEXT_BYTES
from .htmltext import decode_entities, parse_html
from .incident import Source

__all__ = ["ARTICLE_SUFFIXES", "MAX_ARTICLE_BYTES", "Article", "read_articles"]

MAX_ARTICLE_BYTES = MAX_TEXT_BYTES
"""The largest article file (or JSON Lines line) read: 50 MiB."""

ARTICLE_SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}
"""File extensions read by :func:`read_articles`, and the format of each."""

_TEXT_KEYS = ("text", "body", "content")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_DATE_KEYS = ("published", "date", "published_at")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its text and where it came from.

    Attributes
    ----------
    text : str
        The article's text (for HTML, the main text only).
    source : Source
        Id (the path, ``path:line`` for JSON Lines without an id, or the record's id),
        title, URL and publication date when known.
    """

    text: str
    source: Source


def _walk(folder: Path, recursive: bool) -> Iterator[Path]:
    """Known article files under *folder*, sorted by name, hidden entries skipped."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise PathError(f"{folder}: cannot list folder ({exc.strerror or exc})") from None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            if recursive:
                yield from _walk(path, recursive)
        elif entry.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES:
            yield path


def _document(text: str, fmt: str, source_id: str) -> Article:
    if fmt == "html":
        page = parse_html(text)
        published = None
        if page.published:
            try:
                published = parse_published(page.published)
            except ValueError:
                warnings.warn(
                    f"{source_id}: publication date {shown(page.published)} is not a date;"
                    " left empty",
                    InputWarning,
                    stacklevel=4,
                )
        return Article(page.text, Source(source_id, page.title, page.url, published))
    title = None
    if fmt == "markdown":
        for line in text.splitlines():
            if line.startswith("# "):
                title = line[2:].strip() or None
                break
    return Article(text, Source(source_id, title))


def _decode_html(data: bytes, name: str) -> str:
    """A page's text: UTF-8/UTF-16 as any file, else the charset its ``<meta>`` declares."""
    try:
        return decode_text(data, name)
    except InputError:
        m = _CHARSET.search(data[:4096])
        if m is None:
            raise
        charset = m[1].decode("ascii")
        try:
            codecs.lookup(charset)
        except LookupError:
            raise InputError(f"{name}: unknown charset {charset!r} in the page") from None
        try:
            text = data.decode(charset)
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(f"{name}:{line}: not {charset} text as its <meta> says") from None
        if "\x00" in text:
            raise InputError(f"{name}: binary data (NUL byte), not a page") from None
        return text


def _record(raw: bytes | str, where: str) -> Article | None:
    if isinstance(raw, bytes):
        if b"\x00" in raw:
            raise InputError(f"{where}: binary data (NUL byte), not text")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start : exc.start + 4]
            raise InputError(f"{where}: not UTF-8 text (bytes {bad!r})") from None
    line = raw
    if not line.strip():
        return None
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{where}: malformed JSON ({exc.msg} at column {exc.colno}): {shown(line.strip(), 50)}"
        ) from None
    except RecursionError:  # the decoder recurses once per level of nesting
        raise InputError(f"{where}: JSON nested too deeply: {shown(line.strip(), 50)}") from None
    if not isinstance(rec, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(rec).__name__}")
    key = next((k for k in _TEXT_KEYS if k in rec), None)
    if key is None:
        raise InputError(
            f"{where}: record has no text (expected one of the keys"
            f" {', '.join(_TEXT_KEYS)}; found {', '.join(map(str, rec)) or 'none'})"
        )
    text = rec[key]
    if not isinstance(text, str):
        raise InputError(f"{where}: {key!r} must be a string, not {shown(text)}")
    text = decode_entities(text)  # feeds often carry &#8217; and &amp; from their HTML
    if not text.strip():
        warnings.warn(f"{where}: empty {key!r}; record skipped", InputWarning, stacklevel=5)
        return None
    published = None
    date_key = next((k for k in _DATE_KEYS if rec.get(k) not in (None, "")), None)
    if date_key is not None:
        try:
            published = parse_published(rec[date_key])
        except ValueError:
            raise InputError(
                f"{where}: {date_key!r} is not a date: {shown(rec[date_key])}"
                " (expected ISO 8601 such as 2024-01-24, or RFC 2822)"
            ) from None
    fields = {}
    for k in ("id", "title", "url"):
        v = rec.get(k)
        if v is not None and not isinstance(v, str | int):
            raise InputError(f"{where}: {k!r} must be a string, not {shown(v)}")
        fields[k] = str(v) if v is not None and str(v).strip() else None
    if fields["title"]:
        fields["title"] = decode_entities(fields["title"])
    return Article(text, Source(fields["id"] or where, fields["title"], fields["url"], published))


def _lines(f: BinaryIO, name: str) -> Iterator[tuple[int, bytes | str]]:
    """Numbered lines of a JSON Lines stream, each at most MAX_ARTICLE_BYTES."""
    head = f.peek(4)[:4] if hasattr(f, "peek") else b""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        lines: Iterator[bytes | str] = iter(io.TextIOWrapper(f, encoding="utf-16"))
    else:
        lines = iter(lambda: f.readline(MAX_ARTICLE_BYTES + 1), b"")
    for n, line in enumerate(lines, 1):
        if len(line) > MAX_ARTICLE_BYTES:
            raise InputError(f"{name}:{n}: line longer than {MAX_ARTICLE_BYTES:,} bytes")
        if n == 1 and isinstance(line, bytes):
            line = line.removeprefix(b"\xef\xbb\xbf")
        yield n, line


def _jsonl(f: BinaryIO, name: str) -> Iterator[Article]:
    try:
        for n, line in _lines(f, name):
            article = _record(line, f"{name}:{n}")
            if article is not None:
                yield article
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-16 text ({exc.reason})") from None


def _read_file(path: Path, fmt: str, *, alone: bool) -> Iterator[Article]:
    name = str(path)
    if fmt == "jsonl":
        try:
            with path.open("rb") as f:
                yield from _jsonl(f, name)
        except OSError as exc:
            raise PathError(f"{name}: cannot read ({exc.strerror or exc})") from None
        return
    data = read_limited(path, MAX_ARTICLE_BYTES, what="article")
    text = _decode_html(data, name) if fmt == "html" else decode_text(data, name)
    article = _document(text, fmt, name)
    if article.text.strip():
        yield article
    elif alone:
        hint = " (no main text in the page)" if fmt == "html" and text.strip() else ""
        raise InputError(f"{name}: no text{hint}")
    else:
        warnings.warn(f"{name}: no text; file skipped", InputWarning, stacklevel=3)


def _read_stdin(fmt: str) -> Iterator[Article]:
    stream = sys.stdin.buffer
    if fmt == "jsonl":
        yield from _jsonl(stream, "<stdin>")
        return
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"<stdin>: more than the {MAX_ARTICLE_BYTES:,}-byte limit")
    text = _decode_html(data, "<stdin>") if fmt == "html" else decode_text(data, "<stdin>")
    article = _document(text, fmt, "<stdin>")
    if not article.text.strip():
        raise InputError("<stdin>: no text")
    yield article


def read_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    recursive: bool = True,
    stdin_format: str = "txt",
) -> Iterator[Article]:
    """Read news articles from files, folders and standard input, one at a time.

    Parameters
    ----------
    paths : iterable of path-like
        Files (``.txt``, ``.md``, ``.html``, ``.htm``, ``.jsonl``), folders (walked in
        name order; hidden entries and files of other extensions are skipped), or
        ``"-"`` for standard input.
    recursive : bool
        Walk sub-folders too.
    stdin_format : str
        What standard input holds: ``"txt"`` (default), ``"md"``, ``"html"`` or
        ``"jsonl"``.

    Yields
    ------
    Article
        In the order given; inside a folder, by path.

    Raises
    ------
    PathError
        A missing or unreadable path, an unknown extension, or a folder without article
        files (an :class:`InputError` too).
    InputError
        Binary or undecodable data, a file over :data:`MAX_ARTICLE_BYTES`, an empty single
        file, or a malformed JSON Lines record. The message names the file, the line and
        the value at fault.

    Examples
    --------
    >>> for article in read_articles(["news/"]):                # doctest: +SKIP
    ...     print(article.source.id, article.source.published, len(article.text))
    """
    stdin_fmt = ARTICLE_SUFFIXES.get("." + stdin_format.lower().lstrip("."))
    if stdin_fmt is None:
        raise InputError(f"stdin_format {stdin_format!r} is not one of txt, md, html, jsonl")
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for given in paths:
        if str(given) == "-":
            yield from _read_stdin(stdin_fmt)
            continue
        path = Path(given)
        if path.is_dir():
            found = None
            for found in _walk(path, recursive):
                yield from _read_file(found, ARTICLE_SUFFIXES[found.suffix.lower()], alone=False)
            if found is None:
                raise PathError(
                    f"{path}: no article files in this folder (looked for"
                    f" {', '.join(ARTICLE_SUFFIXES)}{', in sub-folders too' if recursive else ''})"
                )
            continue
        if not path.exists():
            raise PathError(f"{path}: no such file or folder")
        fmt = ARTICLE_SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            raise PathError(
                f"{path}: unknown extension {path.suffix or '(none)'!r}; articles are"
                f" {', '.join(ARTICLE_SUFFIXES)}"
            )
        yield from _read_file(path, fmt, alone=True)
