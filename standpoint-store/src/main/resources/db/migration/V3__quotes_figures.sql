-- Attributed quotations and claimed figures, replaced with the rest of an article's extraction.

CREATE TABLE quote (
    article_id   TEXT    NOT NULL REFERENCES article (id),
    seq          INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    speaker      TEXT,
    speaker_code TEXT,
    kind         TEXT    NOT NULL,
    rule         TEXT,
    PRIMARY KEY (article_id, seq)
);

CREATE INDEX quote_speaker_code ON quote (speaker_code);

CREATE TABLE figure (
    article_id    TEXT    NOT NULL REFERENCES article (id),
    seq           INTEGER NOT NULL,
    what          TEXT    NOT NULL,
    count         BIGINT  NOT NULL,
    bound         TEXT    NOT NULL,
    claimant      TEXT,
    claimant_name TEXT,
    as_of         TEXT,
    sentence      INTEGER NOT NULL,
    start_offset  INTEGER,
    end_offset    INTEGER,
    evidence      TEXT,
    rule          TEXT,
    PRIMARY KEY (article_id, seq)
);

CREATE INDEX figure_what ON figure (what);
