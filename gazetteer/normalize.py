"""Pure name folding for matching place names across spellings and scripts.

Two levels, both pure functions of a string:

* :func:`fold` is the *light* form: case, diacritics, apostrophe-like marks, punctuation
  and Arabic-script letter variants are folded, but every word stays. Two names with the
  same fold are an **exact** match (``"Al Qā’im"`` and ``"al-qa'im"``).
* :func:`name_key` is the *matching key*: on top of :func:`fold` it drops articles
  (``al-``, ``el-``, sun-letter forms ``as-``/``ash-``/``ad-``/...), generic words
  (province, governorate, district, ...), Persian ezafe, and folds common romanisation
  variants (``q``/``k``, ``ou``/``u``, ``ee``/``i``, ``y``/``i``, doubled letters, final
  ``-ah``/``-eh``). Words are joined without spaces so that ``"Lashkar Gah"`` and
  ``"Lashkargah"`` meet. Two names with the same key are a **normalised** match.

Nothing here does I/O; every function is deterministic and cached where it pays.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "GENERIC_WORDS",
    "KEY_VERSION",
    "alternatives",
    "feature_hint",
    "fold",
    "is_latin",
    "name_key",
    "trigrams",
]

# Bump whenever a change here changes any key: gazetteer files store the version they
# were built with, and a file with another version must be rebuilt.
KEY_VERSION = 2

# Letters NFKD does not decompose but that readers treat as a base letter plus a mark.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ħ": "h",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "dh",
        "ə": "e",
        "ş": "sh",  # Kurdish / Turkish: Qamişlo / Qamishlo, Şengal / Shengal
        "ç": "ch",
        "ŀ": "l",
        # Arabic-script letter variants (after NFKD has split hamza and madda marks).
        "ٱ": "ا",  # alef wasla
        "ة": "ه",  # ta marbuta
        "ى": "ي",  # alef maqsura
        "ی": "ي",  # Persian yeh
        "ې": "ي",  # Pashto yeh
        "ۍ": "ي",
        "ئ": "ي",
        "ک": "ك",  # Persian keheh
        "ڪ": "ك",
        "ہ": "ه",
        "ھ": "ه",  # heh doachashmee (Sorani, Urdu)
        "ە": "ه",  # Kurdish ae
        "ۀ": "ه",
        "ء": "",  # lone hamza
        "ـ": "",  # tatweel
    }
)

# Apostrophe-like marks vanish without a space: Qa'im == Qaim == Qā’im.
_APOSTROPHES = re.compile("['’‘`´ʿʾʼʻʹ′″\u02bd\u02be\u02bf\u055a\u05f3]")
_NON_WORD = re.compile(r"[\W_]+")


# Every combining mark (accents, harakat, cedillas...) maps to nothing.
class _CombiningMarks(dict[int, int | None]):
    """A ``str.translate`` table deleting every combining mark (and ZWJ/ZWNJ), filled
    lazily: asking Unicode about all 1.1 million code points up front costs 0.1 s."""

    def __missing__(self, cp: int) -> int | None:
        value = None if unicodedata.combining(chr(cp)) or cp in (0x200C, 0x200D) else cp
        self[cp] = value
        return value


_COMBINING = _CombiningMarks()

# Articles and their sun-letter assimilations as they appear once hyphens are spaces.
_ARTICLES = frozenset(
    {
        "al",
        "el",
        "il",
        "ul",
        "l",
        "as",
        "ash",
        "es",
        "esh",
        "ad",
        "adh",
        "ed",
        "ar",
        "er",
        "az",
        "ez",
        "at",
        "ath",
        "et",
        "an",
        "en",
        "ad-",
        "ul-",
    }
)

# Persian/Pashto ezafe ("Mazar-e Sharif", "Mazar-i-Sharif") and Arabic "wa"-less fillers.
_FILLERS = frozenset({"e", "i", "y", "ye", "yi", "the", "of", "and"})
_DROPPED = _ARTICLES | _FILLERS

# Generic words, by what they say about the place; all are dropped from keys.
# fmt: off
_REGION_WORDS = frozenset({
    "province", "governorate", "governate", "region", "county", "state", "oblast", "krai",
    "okrug", "prefecture", "muhafazat", "muhafazah", "muhafaza", "mohafazat", "mohafaza",
    "ostan", "wilayat", "vilayet", "wilaya",
    "محافظه", "ولايه", "استان", "ولايت", "область", "обл",
})
_SETTLEMENT_WORDS = frozenset({
    "city", "town", "village", "qaryat", "qarya", "madinat",
    "مدينه", "قريه", "بلده", "город", "село", "місто", "селище", "посёлок", "поселок",
})
_AREA_WORDS = frozenset({
    "district", "subdistrict", "municipality", "raion", "rayon", "neighbourhood",
    "neighborhood", "nahiyat", "nahiyah", "nahiya", "nahia", "nahiye", "qada", "qadaa",
    "kaza", "qadha", "mintaqat", "woleswali", "wuluswali", "uluswali", "shahrestan",
    "baladiyat", "suburb", "suburbs", "outskirts", "area", "vicinity", "countryside",
    "قضاء", "قضا", "ناحيه", "منطقه", "شهرستان", "ولسوالي", "район",
})
# fmt: on
GENERIC_WORDS = _REGION_WORDS | _SETTLEMENT_WORDS | _AREA_WORDS

# Romanisation rules for Latin-script words of a key, applied in this order.
_NISBA = re.compile(r"(?<=[a-z])(iyyah|iyya|iyyeh|iyeh|iyah)$")  # Arabic nisba endings
_DIPHTHONG_AI = re.compile(r"(ei|ey|ai|ay)(?=[^aeiou]|$)")  # Deir / Dayr / Dair / Deyr
_DIPHTHONG_AU = re.compile(r"(au|aw|ow)(?=[^aeiouy]|$)")  # Zawr / Zor / Zour, Khowst / Khost
# Doubled letters and digraphs: Assad / Asad, Odessa / Odesa, Zaporizhzhia / Zaporizhia.
_DOUBLE = re.compile(r"(zh|kh|sh|gh|th|dh|ch|[a-z])\1+")
_LITERAL_BEFORE = (("ph", "f"), ("dj", "j"), ("ck", "k"), ("q", "k"), ("ee", "i"))
# o/u, v/w and y/i are one letter each in keys: Duhok / Dohuk, Vardak / Wardak, Kyiv.
_LITERAL_AFTER = str.maketrans({"o": "u", "v": "w", "y": "i"})
_TELL = frozenset({"tal", "tel", "til"})  # Tell / Tal / Tel, after doubling is folded

_ENDING = re.compile(r"(?<=[a-z]{2})(ah|eh)$")
_LATIN = re.compile(r"^[a-z0-9]+$")


def fold(text: str) -> str:
    """Fold case, diacritics, apostrophes, punctuation and Arabic letter variants.

    Parameters
    ----------
    text : str
        Any name, in any script.

    Returns
    -------
    str
        Lower-case words separated by single spaces; ``""`` if nothing is left.

    Examples
    --------
    >>> fold("Al Qā’im")
    'al qaim'
    >>> fold("Jurf al-Sakhr")
    'jurf al sakhr'
    """
    return _fold(text)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    s = _APOSTROPHES.sub("", text)
    if s.isascii():
        return _NON_WORD.sub(" ", s.lower()).strip()
    s = unicodedata.normalize("NFKC", s).casefold().translate(_SPECIAL)
    s = unicodedata.normalize("NFKD", s).translate(_COMBINING)
    s = s.translate(_SPECIAL)  # again: NFKD may have exposed a bare variant letter
    s = _APOSTROPHES.sub("", s)
    s = _NON_WORD.sub(" ", s)
    return s.strip()


def is_latin(word: str) -> bool:
    """True when a folded word is plain ASCII letters and digits."""
    return bool(_LATIN.match(word))


@lru_cache(maxsize=1 << 17)
def _romanise(word: str) -> str:
    w = word
    if w.endswith(("ah", "eh", "iya", "iyya")):
        w = _NISBA.sub("iya", w)
        w = _ENDING.sub("a", w)  # ta marbuta: Fallujah / Falluja / Fallujeh
    for old, new in _LITERAL_BEFORE:
        if old in w:
            w = w.replace(old, new)
    # Checks first: most words have none of these pairs, and a search costs more.
    if "ei" in w or "ey" in w or "ay" in w:
        w = _DIPHTHONG_AI.sub("ai", w)
    if "au" in w or "aw" in w or "ow" in w:
        w = _DIPHTHONG_AU.sub("u", w)
    w = w.translate(_LITERAL_AFTER)
    w = _DOUBLE.sub(r"\1", w)
    return "tal" if w in _TELL else w


def _strip_arabic_article(word: str) -> str:
    # ال at the start of a word of at least two more letters; also the
    # preposition-joined forms بال / وال / لل are left alone (rare in names).
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


def name_key(text: str) -> str:
    """The matching key of a name: equal keys mean the same name spelt differently.

    Parameters
    ----------
    text : str
        Any name, in any script.

    Returns
    -------
    str
        The key, with no spaces; ``""`` when *text* holds no letters or digits.

    Examples
    --------
    >>> name_key("Jurf as-Sakhr") == name_key("Jurf al-Sakhr")
    True
    >>> name_key("Al-Qaim") == name_key("al-Kaim")
    True
    """
    return _name_key(text)


@lru_cache(maxsize=1 << 16)
def _name_key(text: str) -> str:
    words = _fold(text).split()
    if not words:
        return ""
    if len(words) > 1:
        kept = [w for w in words if w not in GENERIC_WORDS]
        if kept:
            words = kept
        kept = [w for w in words if w not in _DROPPED]
        if kept:
            words = kept
    out = []
    for w in words:
        if w.isascii():  # a folded ASCII word is [a-z0-9]+
            out.append(_romanise(w))
        else:
            w = _strip_arabic_article(w)
            if w not in GENERIC_WORDS or len(words) == 1:
                out.append(w)
    key = "".join(out) or "".join(words)
    # The ending rule once more on the joined key: "Lashkar Gah" / "Lashkargah".
    if key.endswith(("ah", "eh")) and key.isascii():
        key = _ENDING.sub("a", key)
    return key


def feature_hint(text: str) -> str | None:
    """The GeoNames feature class a name's generic word asks for, if it has one.

    ``"Donetsk Oblast"`` and ``"Homs governorate"`` ask for a region (``"A"``);
    ``"Kuwait City"`` and ``"Teir Maaleh village"`` for a populated place (``"P"``).

    Parameters
    ----------
    text : str
        A place name.

    Returns
    -------
    str or None
        ``"A"``, ``"P"``, or None when the name carries no such word (or is only that
        word).
    """
    words = _fold(text).split()
    if len(words) < 2:
        return None
    if any(w in _REGION_WORDS for w in words):
        return "A"
    if any(w in _SETTLEMENT_WORDS for w in words):
        return "P"
    return None


_BRACKETS = re.compile(r"\s*[(\[]([^)\]]*)[)\]]\s*")
_SLASH = re.compile(r"\s*/\s*")


def alternatives(text: str) -> list[str]:
    """The names a written place reference offers: itself, then the forms without a
    bracketed note, the note itself, and each side of a slash.

    Examples
    --------
    >>> alternatives("Tadmur/Palmyra town")
    ['Tadmur/Palmyra town', 'Tadmur', 'Palmyra town']
    >>> alternatives("Al-Rai town (Choban Bey)")
    ['Al-Rai town (Choban Bey)', 'Al-Rai town', 'Choban Bey']
    """
    if "/" not in text and "(" not in text and "[" not in text:
        return [text]
    out = [text]
    bare = _BRACKETS.sub(" ", text).strip()
    if bare and bare != text:
        out.append(bare)
        out.extend(m.strip() for m in _BRACKETS.findall(text) if m.strip())
    if "/" in bare:
        out.extend(part for part in _SLASH.split(bare) if part.strip())
    return list(dict.fromkeys(out))


def trigrams(key: str) -> set[str]:
    """The character trigrams of a key, padded so that short keys still have some.

    Parameters
    ----------
    key : str
        A :func:`name_key`.

    Returns
    -------
    set of str
        Trigrams of ``"^" + key + "$"``.
    """
    padded = f"^{key}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}
