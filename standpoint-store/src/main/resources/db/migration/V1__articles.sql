-- Articles, their annotation and what ingestion needs to recognise duplicates and site furniture across runs.
-- Written in the SQL that SQLite and PostgreSQL share.

CREATE TABLE article (
    id               TEXT PRIMARY KEY,
    content_hash     TEXT NOT NULL UNIQUE,
    source_file      TEXT NOT NULL,
    location         TEXT,
    title            TEXT,
    publisher        TEXT,
    published        TEXT,
    url              TEXT,
    body             TEXT NOT NULL,
    captions         TEXT NOT NULL,
    duplicate_of     TEXT REFERENCES article (id),
    similarity       REAL,
    pipeline_version TEXT NOT NULL,
    stored_at        TEXT NOT NULL
);

CREATE INDEX article_published ON article (published);

CREATE TABLE sentence (
    article_id   TEXT    NOT NULL REFERENCES article (id),
    idx          INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);

-- The full annotation (tokens, tags, dependencies, times, quotations) as gzipped JSON, so extraction can run
-- again without parsing again.
CREATE TABLE annotation (
    article_id TEXT PRIMARY KEY REFERENCES article (id),
    annotator  TEXT NOT NULL,
    token_count INTEGER NOT NULL,
    data       BYTEA NOT NULL
);

CREATE TABLE article_signature (
    article_id TEXT PRIMARY KEY REFERENCES article (id),
    minhash    BYTEA NOT NULL
);

CREATE TABLE block_seen (
    publisher_key TEXT NOT NULL,
    block_hash    TEXT NOT NULL,
    doc_key       TEXT NOT NULL,
    PRIMARY KEY (publisher_key, block_hash, doc_key)
);

CREATE TABLE ingest_run (
    id          TEXT PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    articles_read INTEGER NOT NULL DEFAULT 0,
    stored      INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ingest_failure (
    run_id   TEXT NOT NULL REFERENCES ingest_run (id),
    source   TEXT NOT NULL,
    location TEXT,
    reason   TEXT NOT NULL
);
