"""Every statement the store runs, in the SQL both SQLite (3.24+) and PostgreSQL speak.

Named parameters (``:name``); upserts as ``ON CONFLICT``; ``ORDER BY rowid``
for insertion order (PostgreSQL's tables that need it have a ``rowid``
column). A list of values in ``IN (...)`` is spelled out by ``in_list``.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["in_list"]

CLAIM_COLUMNS = (
    "doc, show_key, show, season, field, key, value, confirmed, holds_on, published, quote"
)
CHANGE_COLUMNS = "show_key, show, season, field, old, new, doc, at, recorded_on"


def _values(columns: str) -> str:
    return ", ".join(f":{name.strip()}" for name in columns.split(","))


def in_list(name: str, values: Sequence[object]) -> tuple[str, dict[str, object]]:
    """``:name0, :name1, ...`` for ``IN (...)``, and the parameters that go with it."""
    keys = [f"{name}{i}" for i in range(len(values))]
    return ", ".join(f":{key}" for key in keys), dict(zip(keys, values, strict=True))


# -- documents, records, claims --------------------------------------------------

COUNT_DOCUMENTS = "SELECT COUNT(*) FROM documents"
IS_STORED = "SELECT 1 FROM documents WHERE content_hash = :digest"
STORED_ROWS = (
    "SELECT id, content_hash FROM documents WHERE id IN ({ids}) OR content_hash IN ({digests})"
)
DELETE_DOCUMENTS = "DELETE FROM documents WHERE id IN ({ids})"
INSERT_DOCUMENT = (
    "INSERT INTO documents (id, content_hash, url, title, published, source, meta)"
    " VALUES (:id, :content_hash, :url, :title, :published, :source, :meta)"
)
INSERT_RECORD = (
    "INSERT INTO records (doc, show_key, show, season)"
    " VALUES (:doc, :show_key, :show, :season) ON CONFLICT DO NOTHING"
)
INSERT_CLAIM = f"INSERT INTO claims ({CLAIM_COLUMNS}) VALUES ({_values(CLAIM_COLUMNS)})"
SOURCES = "SELECT id, url, title, published FROM documents WHERE id IN ({ids})"

_CLAIMS = f"SELECT {CLAIM_COLUMNS} FROM claims"
_CLAIM_ORDER = " ORDER BY show_key, season, doc, id"
ALL_CLAIMS = _CLAIMS + _CLAIM_ORDER
SEASON_CLAIMS = f"{_CLAIMS} WHERE show_key = :key AND season = :season{_CLAIM_ORDER}"

SHOW_SPELLINGS = "SELECT show_key, show, COUNT(DISTINCT doc) FROM records GROUP BY show_key, show"
SHOW_SPELLINGS_OF = (
    "SELECT show, COUNT(DISTINCT doc) FROM records WHERE show_key = :key GROUP BY show"
)
SEASONS = "SELECT DISTINCT show_key, season FROM records ORDER BY show_key, season"
LATEST_SEASON = "SELECT MAX(season) FROM records WHERE show_key = :key"
SEASON_KNOWN = "SELECT 1 FROM records WHERE show_key = :key AND season = :season LIMIT 1"

# -- changes, feeds, mirrors, fingerprints (watch) ------------------------------------

INSERT_CHANGE = f"INSERT INTO changes ({CHANGE_COLUMNS}) VALUES ({_values(CHANGE_COLUMNS)})"
CHANGES = f"SELECT {CHANGE_COLUMNS}, id FROM changes{{where}} ORDER BY id"
LATEST_CHANGES = (
    "SELECT show_key, season, new FROM changes WHERE id IN"
    " (SELECT MAX(id) FROM changes WHERE field = :field GROUP BY show_key, season)"
)
FEED_STATE = "SELECT etag, last_modified FROM feed_state WHERE url = :url"
SET_FEED_STATE = (
    "INSERT INTO feed_state (url, etag, last_modified) VALUES (:url, :etag, :last_modified)"
    " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
    " last_modified = excluded.last_modified"
)
SEEN_ENTRIES = "SELECT entry FROM feed_entries WHERE feed = :feed AND entry IN ({ids})"
MARK_ENTRY_SEEN = (
    "INSERT INTO feed_entries (feed, entry) VALUES (:feed, :entry) ON CONFLICT DO NOTHING"
)
ADD_MIRROR = (
    "INSERT INTO mirrors (url, doc, title) VALUES (:url, :doc, :title) ON CONFLICT DO NOTHING"
)
MIRRORS = "SELECT url FROM mirrors WHERE doc = :doc ORDER BY rowid"
FINGERPRINTS = "SELECT doc, signature FROM fingerprints ORDER BY rowid"
SET_FINGERPRINT = (
    "INSERT INTO fingerprints (doc, signature) VALUES (:doc, :signature)"
    " ON CONFLICT (doc) DO UPDATE SET signature = excluded.signature"
)
