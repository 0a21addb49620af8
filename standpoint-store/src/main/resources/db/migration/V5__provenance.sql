-- Provenance of every extracted record: the stage and rule that produced it, the dictionary and lexicon entries
-- that fired (a JSON list), the digest of the lexicons and user files in force, and the pipeline's version.
-- Rows stored before this migration have none (NULL), which reads as "unrecorded".

ALTER TABLE mention ADD COLUMN prov_stage TEXT;
ALTER TABLE mention ADD COLUMN prov_rule TEXT;
ALTER TABLE mention ADD COLUMN prov_entries TEXT;
ALTER TABLE mention ADD COLUMN prov_lexicons TEXT;
ALTER TABLE mention ADD COLUMN prov_version TEXT;

ALTER TABLE event ADD COLUMN prov_stage TEXT;
ALTER TABLE event ADD COLUMN prov_rule TEXT;
ALTER TABLE event ADD COLUMN prov_entries TEXT;
ALTER TABLE event ADD COLUMN prov_lexicons TEXT;
ALTER TABLE event ADD COLUMN prov_version TEXT;

ALTER TABLE quote ADD COLUMN prov_stage TEXT;
ALTER TABLE quote ADD COLUMN prov_rule TEXT;
ALTER TABLE quote ADD COLUMN prov_entries TEXT;
ALTER TABLE quote ADD COLUMN prov_lexicons TEXT;
ALTER TABLE quote ADD COLUMN prov_version TEXT;

ALTER TABLE figure ADD COLUMN prov_stage TEXT;
ALTER TABLE figure ADD COLUMN prov_rule TEXT;
ALTER TABLE figure ADD COLUMN prov_entries TEXT;
ALTER TABLE figure ADD COLUMN prov_lexicons TEXT;
ALTER TABLE figure ADD COLUMN prov_version TEXT;

ALTER TABLE stance ADD COLUMN prov_stage TEXT;
ALTER TABLE stance ADD COLUMN prov_rule TEXT;
ALTER TABLE stance ADD COLUMN prov_entries TEXT;
ALTER TABLE stance ADD COLUMN prov_lexicons TEXT;
ALTER TABLE stance ADD COLUMN prov_version TEXT;
