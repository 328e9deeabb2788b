-- An empty database as the SQLite-only store (before SQLAlchemy) made it: its schema
-- and its two recorded migrations. tests/test_store.py opens it with the current store.
BEGIN TRANSACTION;
CREATE TABLE _migrations (
    name TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO "_migrations" VALUES('0001_documents_records_claims','2026-01-01T00:00:00Z');
INSERT INTO "_migrations" VALUES('0002_changes_feeds_mirrors','2026-01-01T00:00:00Z');
CREATE TABLE changes (
                id INTEGER PRIMARY KEY,
                show_key TEXT NOT NULL,
                show TEXT NOT NULL,
                season INTEGER NOT NULL,
                field TEXT NOT NULL,
                old TEXT NOT NULL,
                new TEXT NOT NULL,
                doc TEXT,
                at TEXT NOT NULL,
                recorded_on TEXT NOT NULL
            );
CREATE TABLE claims (
                id INTEGER PRIMARY KEY,
                doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                show_key TEXT NOT NULL,
                show TEXT NOT NULL,
                season INTEGER NOT NULL,
                field TEXT NOT NULL,
                key TEXT NOT NULL DEFAULT '',
                value TEXT NOT NULL,
                confirmed INTEGER NOT NULL,
                holds_on TEXT,
                published TEXT,
                quote TEXT
            );
CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                content_hash TEXT NOT NULL UNIQUE,
                url TEXT,
                title TEXT,
                published TEXT,
                source TEXT NOT NULL DEFAULT '',
                ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                meta TEXT NOT NULL DEFAULT '{}'
            );
CREATE TABLE feed_entries (
                feed TEXT NOT NULL,
                entry TEXT NOT NULL,
                seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                PRIMARY KEY (feed, entry)
            );
CREATE TABLE feed_state (
                url TEXT PRIMARY KEY,
                etag TEXT,
                last_modified TEXT
            );
CREATE TABLE fingerprints (
                doc TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
                signature BLOB NOT NULL
            );
CREATE TABLE mirrors (
                url TEXT PRIMARY KEY,
                doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                title TEXT
            );
CREATE TABLE records (
                doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                show_key TEXT NOT NULL,
                show TEXT NOT NULL,
                season INTEGER NOT NULL,
                PRIMARY KEY (doc, show_key, season, show)
            );
CREATE INDEX claims_show_season ON claims (show_key, season);
CREATE INDEX claims_doc ON claims (doc);
CREATE INDEX records_show_season ON records (show_key, season);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX changes_recorded ON changes (recorded_on);
CREATE INDEX changes_season ON changes (show_key, season, field);
CREATE INDEX mirrors_doc ON mirrors (doc);
COMMIT;
