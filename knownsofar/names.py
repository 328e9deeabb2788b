"""Match keys for shows and actors, URL slugs, and SHOW matching (SPEC: command line).

``show_key`` is what the database groups seasons by and what SHOW arguments are
compared on; ``actor_key`` is how cast entries merge (SPEC resolving rule 5).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from knownsofar.errors import AmbiguousShow, NotFound

__all__ = ["actor_key", "match_show", "show_key", "slugify"]

# Apostrophes and periods join what they separate ("Grey's" -> "greys",
# "S.W.A.T." -> "swat"); any other punctuation separates words ("Spider-Man").
_JOINING = re.compile(r"['’‘`´.]")
_NON_WORD = re.compile(r"[\W_]+")
_LEADING_THE = re.compile(r"^the\s+")


def _fold(text: str) -> str:
    """Casefolded text without accents (NFKD, combining marks dropped)."""
    if text.isascii():  # NFKD leaves ASCII as it is, and casefold is lower there
        return text.lower()
    # Twice, so the key is a fixed point: decomposing a compatibility letter
    # ("𝐀" -> "A") yields a letter that still has to fold, and vice versa.
    for _ in range(2):
        text = unicodedata.normalize("NFKD", text).casefold()
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text


def _words(name: str) -> list[str]:
    """The words of a name: folded, "&" read as "and", punctuation dropped."""
    text = _fold(name).replace("&", " and ")
    text = _JOINING.sub("", text)
    return _NON_WORD.sub(" ", text).split()


def show_key(name: str) -> str:
    """The match key of a show name: case, accents, punctuation and a leading "the" ignored."""
    return _LEADING_THE.sub("", " ".join(_words(name)))


def slugify(name: str) -> str:
    """The URL slug of a name: lowercase words joined by "-" ("all-of-us-are-dead")."""
    return "-".join(_words(name))


def actor_key(name: str) -> str:
    """The match key of an actor: case-, accent-, space- and hyphen-insensitive."""
    return "".join(_words(name))


def match_show(query: str, shows: Mapping[str, str]) -> str:
    """The key in ``shows`` (key -> display name) that ``query`` names.

    Exact key match first, then slug match, then a unique prefix of a key.
    Raises NotFound when nothing matches, AmbiguousShow when a prefix matches several.
    """
    wanted = show_key(query)
    if wanted in shows:
        return wanted
    slug = slugify(query)
    by_slug = sorted(k for k, display in shows.items() if slug and slugify(display) == slug)
    if len(by_slug) == 1:
        return by_slug[0]
    prefixed = sorted(k for k in shows if wanted and k.startswith(wanted))
    if len(prefixed) == 1:
        return prefixed[0]
    if not prefixed:
        raise NotFound(f"no show matches {query!r}")
    names = ", ".join(sorted(shows[k] for k in prefixed))
    raise AmbiguousShow(f"{query!r} matches: {names}")
