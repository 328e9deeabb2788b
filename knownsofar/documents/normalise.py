"""normalise_text(): the one text clean-up every document goes through."""

from __future__ import annotations

import html
import re
import unicodedata

_QUOTES = {c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\uff07"}
_DQUOTES = {c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\uff02"}
_DASHES = {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"}
_SPACES = {
    c: " "
    for c in "\t\x0b\x0c\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u2028\u2029"
}
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
_CONTROLS = [chr(c) for c in range(0x20) if chr(c) not in "\n\r\t\x0b\x0c"]
_CONTROLS += [chr(0x7F)] + [chr(c) for c in range(0x80, 0xA0)]
_DROPPED = dict.fromkeys(map(ord, _INVISIBLE + "".join(_CONTROLS)))

_TABLE: dict[int, str | None] = {
    **{ord(k): v for k, v in (_QUOTES | _DQUOTES | _DASHES | _SPACES).items()},
    **_DROPPED,
}

_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, _TABLE))) + "]")
_NEWLINES = re.compile(r"\r\n?")
_SPACE_RUNS = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" *\n *")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise_text(s: str) -> str:
    """Return ``s`` with entities, quotes, dashes, spaces and newlines made plain.

    Entities are unescaped, curly quotes become ' and ", every dash becomes "-"
    (spacing kept as written), unicode spaces become " ", zero-width and control
    characters go (newlines stay), runs of spaces collapse, lines lose their edge
    spaces, paragraphs are separated by exactly one blank line, and the result is NFC.
    """
    s = html.unescape(s)
    # Each step runs only where the text needs it: most news text has no character to
    # translate (a dict lookup per character) and few runs to collapse.
    if "\r" in s:
        s = _NEWLINES.sub("\n", s)
    if _TRANSLATED.search(s):
        s = s.translate(_TABLE)
    if "  " in s:
        s = _SPACE_RUNS.sub(" ", s)
    if " \n" in s or "\n " in s:
        s = _LINE_EDGES.sub("\n", s)
    if "\n\n\n" in s:
        s = _BLANK_RUNS.sub("\n\n", s)
    # last: a control character dropped above may have stood between a letter and its
    # combining accent ("A\x1f\u0300"), which only compose once it is gone
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return s.strip()
