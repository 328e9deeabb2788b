"""Season states to output: articles (Markdown, HTML) and terminal tables (Rich).

Everything that came from an article is cleaned of control characters and
escaped for the target format here, so callers can pass raw states.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from knownsofar.render.article import render_article_html, render_article_md
    from knownsofar.render.text import (
        render_extract_summary,
        render_state_detail,
        render_status_table,
        render_timeline_table,
        render_timeline_text,
    )

__all__ = [
    "render_article_html",
    "render_article_md",
    "render_extract_summary",
    "render_state_detail",
    "render_status_table",
    "render_timeline_table",
    "render_timeline_text",
]

# Loaded on first use (PEP 562), so that importing knownsofar.render.escape or .formats
# does not load jinja2 and Rich's tables (the CLI starts faster).
_MODULES = {
    "render_article_html": "article",
    "render_article_md": "article",
    "render_extract_summary": "text",
    "render_state_detail": "text",
    "render_status_table": "text",
    "render_timeline_table": "text",
    "render_timeline_text": "text",
}


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)
