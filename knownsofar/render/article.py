"""The live "Season N: everything we know so far" article, as Markdown or HTML.

Wording lives in ``facts.py``; the Jinja2 templates in ``templates/`` lay it
out. HTML is autoescaped; Markdown goes through ``escape_markdown``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from knownsofar.record import SeasonState
from knownsofar.render.escape import escape_markdown, markdown_url
from knownsofar.render.facts import build_article
from knownsofar.render.words import format_date

__all__ = ["render_article_html", "render_article_md"]


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("knownsofar.render", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_markdown
    env.filters["mdurl"] = markdown_url
    env.filters["day"] = format_date
    return env


def _render(template: str, state: SeasonState, today: dt.date) -> str:
    article = build_article(state, today)
    return _environment().get_template(template).render(a=article)


def render_article_md(state: SeasonState, today: dt.date) -> str:
    """The article as Markdown: every sourced statement ends in [n] citations."""
    return _render("article.md", state, today)


def render_article_html(state: SeasonState, today: dt.date) -> str:
    """The article as a standalone, script-free HTML page; citations link to sources."""
    return _render("article.html", state, today)
