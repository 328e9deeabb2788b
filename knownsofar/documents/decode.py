"""Bytes to str: UTF-8 first, then a declared or detected encoding; binary is refused."""

from __future__ import annotations

import codecs
import re

from knownsofar.errors import BrokenInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECODED_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
# Bytes cp1252 leaves undefined: a stray byte among them is not pasted-in cp1252
# (Shift-JIS, GBK... lead bytes), so the text is not "UTF-8 mixed with cp1252".
_NOT_CP1252 = re.compile("[\udc81\udc8d\udc8f\udc90\udc9d]")
_UTF16_NUL_SHARE = 0.6  # UTF-16 text without a BOM: NULs in most high bytes...
_UTF16_OTHER_NUL_SHARE = 0.05  # ...and (almost) none in the low bytes
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_WESTERN_MAX_SHARE = 0.05  # a mostly-ASCII text with a few odd bytes is cp1252
_MIXED_MIN_RATIO = 4  # UTF-8 characters * 4 >= stray byte runs; else a legacy codec
_WESTERN_MIN_BYTES = 3
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_MAX_SHARE = 0.01


def decode_text(data: bytes, input: str, declared: str | None = None) -> str:
    """Return ``data`` as text, or raise BrokenInput if it is binary or undecodable.

    Order: BOM, UTF-16 without BOM, UTF-8, the ``declared`` charset (HTML), UTF-8
    mixed with cp1252 bytes, then a guess (cp1252 for mostly-ASCII text, else
    charset-normalizer).
    """
    if not data.strip():
        raise BrokenInput(input, "empty file")
    text = _decode_bom(data) or _decode_utf16_unmarked(data) or _decode_strict(data, "utf-8")
    text = text or _decode_declared(data, declared)
    text = text or _decode_mixed(data) or _decode_guess(data, input)
    if "\x00" in text or len(_CONTROL.findall(text)) > _CONTROL_MAX_SHARE * len(text):
        raise BrokenInput(input, "binary data, not text")
    return text


def _decode_bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _decode_utf16_unmarked(data: bytes) -> str | None:
    """UTF-16 without a BOM, told by where its NUL bytes fall (mostly-Latin text)."""
    half = len(data) // 2
    if len(data) % 2 or half < 2 or b"\x00" not in data:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high >= _UTF16_NUL_SHARE * half and low <= _UTF16_OTHER_NUL_SHARE * half:
            return _decode_strict(data, codec)
    return None


def _decode_strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_mixed(data: bytes) -> str | None:
    """UTF-8 with a few cp1252 bytes pasted in: each part decoded as what it is."""
    if b"\x00" in data:
        return None
    text = data.decode("utf-8", errors="surrogateescape")
    bad_runs = len(_ESCAPED_BYTES.findall(text))
    valid = len(_DECODED_NON_ASCII.findall(text))
    if not valid or valid * _MIXED_MIN_RATIO < bad_runs or _NOT_CP1252.search(text):
        return None
    return _ESCAPED_BYTES.sub(_cp1252_of_escaped, text)


def _cp1252_of_escaped(match: re.Match[str]) -> str:
    raw = bytes(ord(c) - 0xDC00 for c in match.group())
    return raw.decode("cp1252", errors="replace")


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return data.decode(codecs.lookup(declared).name)
    except (LookupError, UnicodeDecodeError):
        return None


def _decode_guess(data: bytes, input: str) -> str:
    """cp1252 for mostly-ASCII text (detectors misjudge a lone '£'), else detect."""
    if b"\x00" in data:
        raise BrokenInput(input, "binary data (NUL bytes), not text")
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high <= max(_WESTERN_MIN_BYTES, _WESTERN_MAX_SHARE * len(data)):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # the rare text that needs detecting

    best = from_bytes(data).best()
    if best is None:
        raise BrokenInput(input, "not text in any known encoding")
    return str(best)
