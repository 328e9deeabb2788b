"""Cleaning and escaping of text that came from articles, for every output."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Whole terminal sequences first (CSI, OSC), so no "[31m" is left behind; then any
# other C0/C1 control, zero-width and bidi-override characters.
_TERMINAL_SEQUENCE = re.compile(r"(\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACE = re.compile(r"\s+")
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*\d*)([#>+=.)-])")


def clean_text(value: object) -> str:
    """The value as one line of printable text: controls removed, whitespace collapsed."""
    text = _CONTROL.sub("", _TERMINAL_SEQUENCE.sub("", str(value)))
    return _SPACE.sub(" ", text).strip()


def escape_markdown(value: object) -> str:
    """Cleaned text with Markdown-significant characters backslash-escaped."""
    text = _MD_INLINE.sub(r"\\\1", clean_text(value))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link (no javascript:, data:, ...), else None."""
    if not url:
        return None
    url = clean_text(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in url:
        return None
    return url


def site_of(url: str | None) -> str | None:
    """The site (host without ``www.``) of an http(s) URL."""
    safe = safe_url(url)
    if safe is None:
        return None
    host = (urlsplit(safe).hostname or "").lower()
    return host.removeprefix("www.") or None


def markdown_url(url: str) -> str:
    """A safe URL written so a Markdown link target cannot be broken out of."""
    return url.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
