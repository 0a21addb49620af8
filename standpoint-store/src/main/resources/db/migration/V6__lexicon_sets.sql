-- Which lexicons, dictionaries and user files a digest in the records' provenance (prov_lexicons) stands for:
-- written by every analyze and extract run, so "which actors file coded this?" has an answer.

CREATE TABLE lexicon_set (
    digest     TEXT PRIMARY KEY,
    files      TEXT NOT NULL,
    first_used TEXT NOT NULL
);
