-- Where each article's publication date came from: 'manifest', 'metadata' (the input's own), 'text' (a dateline
-- read from the article) or 'none'. Rows stored before this migration did not record it: a dated one reads as
-- 'unrecorded', an undated one as 'none'.

ALTER TABLE article ADD COLUMN published_from TEXT;

UPDATE article SET published_from = CASE WHEN published IS NULL THEN 'none' ELSE 'unrecorded' END;
