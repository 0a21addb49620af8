-- An event the text gives no date for is filed under its article's publication date, so that a date filter
-- covering every article finds every event. date_basis says which it is ('stated' or 'publication'; null
-- when neither is known) and date_precision how much of event_date is known ('day', 'month', 'year'). Rows
-- stored before this migration are dated the same way here. Written in the SQL SQLite and PostgreSQL share.

ALTER TABLE event ADD COLUMN date_basis TEXT;
ALTER TABLE event ADD COLUMN date_precision TEXT;

UPDATE event SET date_basis = 'stated' WHERE event_date IS NOT NULL;

UPDATE event SET event_date = (SELECT a.published FROM article a WHERE a.id = event.article_id),
                 date_basis = 'publication'
 WHERE event_date IS NULL;

UPDATE event SET date_basis = NULL WHERE event_date IS NULL;

UPDATE event SET date_precision = CASE LENGTH(event_date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' ELSE 'day' END
 WHERE event_date IS NOT NULL;
