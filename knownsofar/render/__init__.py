"""Season states to output: articles (Markdown, HTML) and terminal tables (Rich).

Everything that came from an article is cleaned of control characters and
escaped for the target format here, so callers can pass raw states.
"""

from __future__ import annotations

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
