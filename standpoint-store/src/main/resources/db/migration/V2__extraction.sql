-- What the extraction stages found in each article: actor mentions and CAMEO-coded events, with the rule
-- that coded each. Re-extracting an article replaces its rows in one transaction. Written in the SQL that
-- SQLite and PostgreSQL share.

CREATE TABLE mention (
    article_id   TEXT    NOT NULL REFERENCES article (id),
    seq          INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    first_token  INTEGER NOT NULL,
    last_token   INTEGER NOT NULL,
    head_token   INTEGER NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER,
    code         TEXT    NOT NULL,
    name         TEXT,
    role         TEXT,
    rule         TEXT,
    PRIMARY KEY (article_id, seq)
);

CREATE INDEX mention_code ON mention (code);

-- root, quad_class and goldstein repeat what the CAMEO table says of cameo, so that SQL over this table alone
-- can group and weigh events. event_date is YYYY, YYYY-MM or YYYY-MM-DD: these sort as the dates they denote.
CREATE TABLE event (
    article_id         TEXT    NOT NULL REFERENCES article (id),
    seq                INTEGER NOT NULL,
    source             TEXT    NOT NULL,
    source_name        TEXT,
    target             TEXT    NOT NULL,
    target_name        TEXT,
    cameo              TEXT    NOT NULL,
    root               TEXT    NOT NULL,
    quad_class         INTEGER,
    goldstein          DOUBLE PRECISION,
    event_date         TEXT,
    modality           TEXT    NOT NULL,
    sentence           INTEGER NOT NULL,
    start_offset       INTEGER,
    end_offset         INTEGER,
    evidence           TEXT,
    rule               TEXT,
    dictionary_entries TEXT    NOT NULL,
    mentions           INTEGER NOT NULL,
    extracted_at       TEXT    NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE INDEX event_source ON event (source);
CREATE INDEX event_target ON event (target);
CREATE INDEX event_cameo ON event (cameo);
CREATE INDEX event_date ON event (event_date);
