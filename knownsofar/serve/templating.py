"""The Jinja2 environment of the web pages: autoescaped, strict, package templates."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from knownsofar.record import StateRelease
from knownsofar.render.escape import clean_text, safe_url
from knownsofar.render.words import (
    PRODUCTION_WORDS,
    RENEWAL_WORDS,
    TRAILER_WORDS,
    format_date,
    period_words,
)

__all__ = ["release_label", "render_page"]


def release_label(release: StateRelease) -> str:
    """The release cell: the day, the period, "not announced" or "—" (marks apart)."""
    if release.status == "released":
        return f"released {release.date.isoformat()}" if release.date else "released"
    if release.status == "dated" and release.date:
        return release.date.isoformat()
    if release.status == "window":
        return period_words(release)
    if release.status == "not_announced":
        return "not announced"
    return "—"


def is_speculative(release: StateRelease) -> bool:
    """A date or period that is a report or estimate, not from the makers (SPEC: release)."""
    return release.status in ("dated", "window") and not release.confirmed


def _clean(value: object) -> object:
    """Every printed string loses control characters (terminal escapes, bidi overrides)
    before it is escaped; ``Markup`` (the rendered article) is already clean."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return clean_text(value)
    return value


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        finalize=_clean,
        loader=PackageLoader("knownsofar.serve", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = format_date
    env.globals.update(
        renewal_words=RENEWAL_WORDS,
        production_words=PRODUCTION_WORDS,
        trailer_words=TRAILER_WORDS,
        release_label=release_label,
        speculative=is_speculative,
        safe_url=safe_url,
    )
    return env


def render_page(template: str, **context: Any) -> str:
    """A page from ``templates/``; every value is escaped unless it is ``Markup``."""
    return _environment().get_template(template).render(**context)
