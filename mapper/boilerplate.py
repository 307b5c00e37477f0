"""Web-page and wire-feed debris in pasted news copy, blanked in place.

Text copied from a news page or a wire feed carries lines that are not the report:
photo captions and credits, bylines and agency credit lines, links to related stories,
advertising and sharing prompts, wire slugs ("UPDATE 2-", "BREAKING:"), live-blog
timestamps, copyright lines, editor's notes and "this story has been updated"
trailers. Their words read as events and places ("FILE PHOTO: Troops patrol in ...")
or as dates. :func:`blank_debris` overwrites them with spaces, one for one, so every
offset into the result is an offset into the original text and evidence spans stay
true. A file photo's caption shows an earlier event: it never yields an incident or a
date. A dateline ("NAIROBI, March 3 (Reuters) -") is no debris: :mod:`mapper.dateline`
reads it.

>>> blank_debris("UPDATE 1-Two killed in Gao\\nBy Jane Roe\\nGunmen killed two.")
'         Two killed in Gao\\n           \\nGunmen killed two.'
"""

from __future__ import annotations

import re

__all__ = ["blank_debris", "debris_spans"]

_DASH = r"[-\u2013\u2014:|]"
_LINE_START = r"^[ \t\u00a0]*"

# A byline's names: capitalised words and name particles, or a staff credit.
_NAME = r"(?:[A-Z][\w.'\u2019-]*|al|el|de|da|van|von|bin|ibn)"
_NAMES = (
    r"(?:(?:an?|our|the)[ \t]+)?(?:(?:[Ss]taff|[Ss]enior|[Ff]oreign|[Ss]pecial)[ \t]+)?"
    r"(?:" + _NAME + r"|[Ww]riters?|[Cc]orrespondents?|[Rr]eporters?|[Ee]ditors?)"
    r"(?:[ \t]+(?:" + _NAME + r"|[Ww]riters?|[Cc]orrespondents?|[Rr]eporters?|[Ee]ditors?)){0,4}"
)

# A byline to the end of its line: "By Jane Roe and Li Wei in Abuja | Updated ...".
_BYLINE = (
    r"By[ \t]+(?=[^\n]*[a-z])"
    + _NAMES
    + r"(?:[ \t]*(?:,|and|&|in)[ \t]*"
    + _NAMES
    + r")*"
    + r"(?:[ \t]*\|[^\n]*)?[ \t]*$"
)

# Whole lines: bylines and agency credits, copyright, editor's notes, update trailers,
# BBC-style "Image source, ..." lines and Reuters' "(Adds ...)" version notes.
_WHOLE_LINE = re.compile(
    _LINE_START
    + r"(?:"
    + _BYLINE
    + r"|\(?(?:(?:Additional|Further)[ \t]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|"
    + r"[Pp]roduced|[Tt]ranslated|[Rr]esearch|[Ee]dited)[ \t]+by\b[^\n]*$"
    + r"|(?:\u00a9|\([Cc]\)|Copyright\b|All rights reserved\b)[^\n]*$"
    + r"|Editor[\u2019']s [Nn]ote[ \t]*:[^\n]*$"
    + r"|(?:This|The)[ \t]+(?:story|article|report|post)[ \t]+(?:has[ \t]+been|was)[ \t]+"
    + r"(?:updated|corrected|amended|edited)\b[^\n]{0,200}$"
    + r"|(?:Last[ \t]+)?(?:[Uu]pdated|[Pp]ublished|[Pp]osted)[ \t]*(?:on|at)?[ \t]*:?[ \t]*"
    + r"\d[^\n]{0,60}$"
    + r"|(?:Image|Media|Video|Photo)[ \t]+(?:caption|source|credit)s?\b[^\n]*$"
    + r"|(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA)[ \t]*/[^\n]{0,80}$|Getty[ \t]+Images\b[^\n]{0,40}$"
    + r"|\((?:Adds|Updates|Recasts|Corrects|Changes|Rewrites|Refiles|Removes|Fixes|Repeats)"
    + r"\b[^\n]*\)[ \t]*$"
    + r")",
    re.MULTILINE,
)

# Prompts to read, share, subscribe or follow, from the prompt to the end of the line:
# on a line of their own or after a sentence end ("... said. Read more: ...").
_PROMPT = re.compile(
    r"(?:^[ \t\u00a0]*|(?<=[.!?\"\u201d])[ \t]+)"
    r"(?:"
    r"(?:Read|See)[ \t]+(?:more|also)|Also[ \t]+(?:read|see)|Related(?:[ \t]+(?:stories|story|"
    r"articles?|coverage|content|news))?|More[ \t]+on[ \t]+this(?:[ \t]+story)?|Recommended|"
    r"Most[ \t]+read|Don[\u2019']t[ \t]+miss|Watch|Listen|WATCH|READ[ \t]+MORE|RELATED"
    r")[ \t]*(?:" + _DASH + r"|\u00bb|>>|$)[^\n]*"
    r"|^[ \t\u00a0]*(?:Subscribe|Sign[ \t]+up|Share[ \t]+(?:this|on|via)|Follow[ \t]+(?:us|"
    r"[\w.]+[ \t]+on)|Click[ \t]+here|Download[ \t]+(?:our|the)[ \t]+app|Join[ \t]+our)"
    r"\b[^\n]{0,150}$",
    re.MULTILINE,
)

# Advertising marks: "ADVERTISEMENT" anywhere, "Advertisement" as a line of its own.
_ADVERT = re.compile(
    r"\bADVERTISEMENT\b|^[ \t\u00a0]*(?:Story[ \t]+continues[ \t]+below[ \t]+)?"
    r"[Aa]dvertisement(?:[ \t]*[-\u2013\u2014:][ \t]*[Ss]croll[^\n]*)?[ \t]*$|\bSPONSORED\b",
    re.MULTILINE,
)

# Slugs and live-blog times that open a headline or a paragraph: only the slug goes.
_SLUG = re.compile(
    _LINE_START
    + r"(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|REPEAT)(?:[ \t]+\d{1,2})?"
    + r"|BREAKING(?:[ \t]+NEWS)?|Breaking(?:[ \t]+[Nn]ews)?|EXCLUSIVE|Exclusive|FLASH|URGENT"
    + r"|LIVE|FACTBOX|ANALYSIS|INSIGHT|DEVELOPING)[ \t]*[-\u2013\u2014:|][ \t]*"
    + r"|"
    + _LINE_START
    + r"\d{1,2}[:.h]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*"
    + r"(?:GMT|UTC|BST|CET|CEST|EAT|WAT|CAT|IST|PKT|AST|EST|EDT|[Ll]ocal(?:[ \t]+time)?|hrs)?"
    + r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[-\u2013\u2014:|][ \t]+",
    re.MULTILINE,
)

# Captions: from the label to the caption's first sentence end (a plain caption) or to
# the end of the line (a file photo, whose caption and credit fill the line).
_CAPTION = re.compile(
    _LINE_START
    + r"(?:(?P<file>FILE[ \t]+PHOTO|File[ \t]+[Pp]hoto|FILE[ \t]+IMAGE|File[ \t]+image)"
    + r"[ \t]*[:\-\u2013\u2014|][^\n]*"
    + r"|(?:PHOTO|Photo|Photograph|Picture|Image|IMAGE|Pictured|PICTURED|Caption|Graphic|"
    + r"Video|VIDEO)[ \t]*[:|][^\n]*?(?:[.!?](?=[ \t]+[\"'\u201c(]?[A-Z0-9])|[.!?]?[ \t]*$))",
    re.MULTILINE,
)

# Credits in brackets at a line's start or end: "(Photo: AFP)", "(AFP/Getty Images)",
# "(File photo)", "(Image: Reuters/Jane Roe)".
_CREDIT_BODY = (
    r"\((?:(?:[Ff]ile[ \t]+)?(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Cc]redit|[Vv]ideo)[^()\n]{0,60}"
    r"|[^()\n]{0,40}(?:Getty[ \t]+Images|AP[ \t]+Photo|/[ \t]*(?:AFP|Reuters|EPA|AP|Getty|"
    r"Anadolu|Xinhua|File))[^()\n]{0,40})\)"
)
_CREDIT = re.compile(
    _LINE_START + _CREDIT_BODY + r"|[ \t]*" + _CREDIT_BODY + r"[ \t]*(?=\n|$)", re.MULTILINE
)

# The agency's credit after a caption: "... in 2019. REUTERS/Jane Roe/File Photo".
_AGENCY_CREDIT = re.compile(
    r"[ \t]*(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA)(?:[ \t]*/[^\n]*|[ \t]+via[^\n]*)?[ \t]*(?=\n|$)"
)

# A byline after a dateline on the same line: "ANKARA, May 2 (Reuters) - By Jane Roe".
# Only the byline goes; the dateline stays for :mod:`mapper.dateline`. The lead must
# carry an agency in brackets or a number (the date), so that a headline with a dash
# ("Troops withdraw - By Friday Evening ...") is not read as one.
_DATELINE_BYLINE = re.compile(
    _LINE_START
    + r"(?P<lead>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}"
    + r"(?:,[ \t]*[^\n,()\-\u2013\u2014]{1,30}){0,3}(?:[ \t]*\([^()\n]{1,30}\))?)"
    + r"[ \t]*[-\u2013\u2014][ \t]*(?P<by>"
    + _BYLINE
    + r")",
    re.MULTILINE,
)
_LEAD_MARK = re.compile(r"[(\d]")

# Quick tests run before the slower patterns: a word or sign each match must contain.
_GATED: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (_WHOLE_LINE, None),
    (
        _PROMPT,
        re.compile(
            r"Read|READ|See|Also|Related|RELATED|More|Recommended|Most|Don|Watch|WATCH|Listen|"
            r"Subscribe|Sign|Share|Follow|Click|Download|Join"
        ),
    ),
    (_ADVERT, re.compile(r"[Aa]dvertisement|ADVERTISEMENT|SPONSORED")),
    (_SLUG, None),
    (_CREDIT, re.compile(r"\(")),
)


def debris_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of *text* that are page or feed debris, not report.

    Parameters
    ----------
    text : str
        A news text as pasted, one paragraph or headline per line or run together.

    Returns
    -------
    list of (int, int)
        Start and end offsets, sorted, not overlapping; line breaks are never inside.

    Examples
    --------
    >>> text = "Shelling hits Kharkiv\\nRead more: Ten dead in Sumy\\nShells hit homes."
    >>> [text[a:b] for a, b in debris_spans(text)]
    ['Read more: Ten dead in Sumy']
    """
    found: list[tuple[int, int]] = []
    for pattern, gate in _GATED:
        if gate is None or gate.search(text):
            found.extend(m.span() for m in pattern.finditer(text) if m.end() > m.start())
    if "By" in text:
        found.extend(
            m.span("by")
            for m in _DATELINE_BYLINE.finditer(text)
            if _LEAD_MARK.search(m.group("lead"))
        )
    for m in _CAPTION.finditer(text):
        end = m.end()
        credit = _AGENCY_CREDIT.match(text, end)
        found.append((m.start(), credit.end() if credit else end))
    return _merged(found)


def blank_debris(text: str) -> str:
    """*text* with its debris (:func:`debris_spans`) overwritten by spaces.

    Parameters
    ----------
    text : str

    Returns
    -------
    str
        Of the same length as *text*, so that offsets into it are offsets into *text*.
    """
    spans = debris_spans(text)
    if not spans:
        return text
    parts = []
    last = 0
    for a, b in spans:
        parts.append(text[last:a])
        parts.append(" " * (b - a))
        last = b
    parts.append(text[last:])
    return "".join(parts)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
