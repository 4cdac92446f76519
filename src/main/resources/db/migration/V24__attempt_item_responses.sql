-- Which authored options each graded question's answer chose ("0,2"; "" for none or a type without options),
-- recorded at submit like Moodle's response summary, so the item analysis counts options without re-reading and
-- re-presenting every saved answer. NULL: graded before this column (the report reads those attempts' answers).
ALTER TABLE attempt_item ADD COLUMN responses VARCHAR(255) NULL;
