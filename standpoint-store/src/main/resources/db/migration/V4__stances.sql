-- Stances: who holds which position on which policy towards whom, stated where.

CREATE TABLE stance (
    article_id   TEXT    NOT NULL REFERENCES article (id),
    seq          INTEGER NOT NULL,
    holder       TEXT    NOT NULL,
    holder_name  TEXT,
    policy       TEXT    NOT NULL,
    target       TEXT,
    polarity     TEXT    NOT NULL,
    stance_date  TEXT,
    sentence     INTEGER NOT NULL,
    start_offset INTEGER,
    end_offset   INTEGER,
    evidence     TEXT,
    rule         TEXT,
    PRIMARY KEY (article_id, seq)
);

CREATE INDEX stance_policy ON stance (policy, target);
CREATE INDEX stance_holder ON stance (holder);
