"""Size limits of the documents stage: a news article is never this big."""

from __future__ import annotations

MAX_DOCUMENT_BYTES = 5_000_000
"""One document (a text or HTML file, a JSON Lines line, a feed entry)."""

MAX_FEED_BYTES = 50_000_000
"""One feed file: it holds many documents, but is parsed whole."""
