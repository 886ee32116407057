-- One statement, ended by a line of two semicolons as every stage script (without one, a script is split at every line).
-- The id of a case names its subject, not the row or period it was found in: the same ghost or the same lost household
-- found again in the run of the next period continues its case (and its field results) instead of opening a new one.
-- Rows of one subject under one flag (a duplicate group) are numbered in list order. The numbering runs over every
-- regency of the job at once, so the cases of two regencies never share an id (the same NIK on the lists of two regencies).
CREATE OR REPLACE TABLE cases AS
SELECT * REPLACE (
       'PDN-' || upper(substr(md5(flag || '|' || program || '|' || subject_key || '|'
           || row_number() OVER (PARTITION BY flag, program, subject_key
                                 ORDER BY source_file, source_row, regency)), 1, 12)) AS case_id)
FROM cases
ORDER BY flag, program, source_file, source_row, regency
;;
