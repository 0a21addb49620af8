-- Stages that did not complete on a stored article: it failed (the reason says how) or could not run because an
-- earlier stage failed. The article is stored with every layer that succeeded; extract runs the stages again.

CREATE TABLE stage_failure (
    article_id  TEXT NOT NULL REFERENCES article (id),
    stage       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (article_id, stage)
);
