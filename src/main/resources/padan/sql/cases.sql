-- The cases stage: resolves what each complaint is about, then turns flags and complaints into cases with an id,
-- a priority and their complaint numbers. Every table is rebuilt; statements are separated by lines of ';;'.
-- case_settings (program, money_factor, complaint_bonus) is filled by the caller before this script runs.

-- One row per complaint with its raw columns and the registry person NAMA links to.
CREATE OR REPLACE TEMP TABLE complaint_facts AS
SELECT p.record_id, p.source_file, p.source_row, p.kode_wilayah, p.rt, p.nama_raw, p.nama_tokens, p.tanggal_lahir,
       r.no_pendaftaran, upper(trim(coalesce(r.hubungan_terlapor, ''))) AS hubungan,
       upper(trim(coalesce(r.kategori, ''))) AS kategori, coalesce(r.keluhan_detail, '') AS keluhan,
       -- the program the complaint is about: the PROGRAM column, else the words of the complaint
       CASE
         WHEN upper(trim(r.program)) IN ('PKH', 'KIP', 'BPNT', 'PBI', 'DTKS') THEN upper(trim(r.program))
         WHEN regexp_matches(upper(r.keluhan_detail), '\bPKH\b') THEN 'PKH'
         WHEN regexp_matches(upper(r.keluhan_detail), '\b(KIP|PIP)\b') THEN 'KIP'
         WHEN regexp_matches(upper(r.keluhan_detail), '\b(BPNT|KKS|SEMBAKO)\b') THEN 'BPNT'
         WHEN regexp_matches(upper(r.keluhan_detail), '\b(PBI|BPJS|KIS)\b') THEN 'PBI'
         WHEN regexp_matches(upper(r.keluhan_detail), '\bDTKS\b') THEN 'DTKS'
       END AS program,
       -- a reporter (neighbour, facilitator, cadre) names the subject only in the text: "atas nama SRI RT 07"
       nullif(trim(regexp_extract(upper(r.keluhan_detail), 'ATAS NAMA ([A-Z .'']+?)(?: RT \d+| SUDAH| TIDAK| TAPI| MASIH|,|$)', 1)), '') AS named_in_text,
       CASE WHEN l.decision = 'MATCH' THEN l.dtks_record_id END AS named_dtks_record_id
FROM person_std p
JOIN raw_complaints r ON r.import_id = p.import_id AND r.source_row = p.source_row
LEFT JOIN links l ON l.record_id = p.record_id
WHERE p.source_kind = 'complaints'
;;
-- The registry household of every registry person, and who of it is on which program's lists.
CREATE OR REPLACE TEMP TABLE listed_people AS
SELECT DISTINCT dtks_record_id, dtks_no_kk, program FROM recipient_facts WHERE dtks_record_id IS NOT NULL
;;
CREATE OR REPLACE TEMP TABLE complaint_subjects AS
SELECT c.*,
       CASE
         WHEN c.kategori LIKE '%PMKS%' THEN NULL
         WHEN c.hubungan IN ('TETANGGA', 'PENDAMPING', 'KADER', 'APARAT DESA', 'PENDAMPING PKH') THEN by_text.dtks_record_id
         WHEN c.named_dtks_record_id IS NULL THEN NULL
         WHEN c.program IS NULL OR c.program = 'DTKS'
              OR EXISTS (SELECT 1 FROM listed_people x WHERE x.dtks_record_id = c.named_dtks_record_id AND x.program = c.program)
              THEN c.named_dtks_record_id
         ELSE coalesce(family.dtks_record_id, c.named_dtks_record_id)
       END AS subject_dtks_record_id,
       CASE
         WHEN c.kategori LIKE '%PMKS%' THEN 'PMKS'
         WHEN c.hubungan IN ('TETANGGA', 'PENDAMPING', 'KADER', 'APARAT DESA', 'PENDAMPING PKH') THEN 'KELUHAN'
         WHEN c.named_dtks_record_id IS NULL THEN 'NAMA'
         WHEN c.program IS NULL OR c.program = 'DTKS'
              OR EXISTS (SELECT 1 FROM listed_people x WHERE x.dtks_record_id = c.named_dtks_record_id AND x.program = c.program)
              THEN 'NAMA'
         WHEN family.dtks_record_id IS NOT NULL THEN 'KELUARGA'
         ELSE 'NAMA'
       END AS subject_via
FROM complaint_facts c
-- a parent or spouse names themself: the subject is the member of their registry household on the program's list,
-- preferring one who has a case or was dropped
LEFT JOIN LATERAL (
    SELECT x.dtks_record_id
    FROM person_std me
    JOIN listed_people x ON x.dtks_no_kk = me.no_kk AND x.program = c.program
    WHERE me.record_id = c.named_dtks_record_id
    ORDER BY (EXISTS (SELECT 1 FROM flags f WHERE f.dtks_record_id = x.dtks_record_id)
              OR EXISTS (SELECT 1 FROM drops d WHERE d.dtks_record_id = x.dtks_record_id)) DESC, x.dtks_record_id
    LIMIT 1) family ON true
-- a reporter's subject: the listed person of that name in the complaint's village, one with a case first
LEFT JOIN LATERAL (
    SELECT r.dtks_record_id
    FROM recipient_facts r
    JOIN person_std d ON d.record_id = r.dtks_record_id
    WHERE c.named_in_text IS NOT NULL
      AND (c.program IS NULL OR r.program = c.program)
      AND (c.kode_wilayah IS NULL OR d.kode_wilayah = c.kode_wilayah)
      AND (list_has_all(string_split(d.nama_std, ' '), string_split(c.named_in_text, ' '))
           OR jaro_winkler_similarity(d.nama_std, c.named_in_text) >= 0.9)
    ORDER BY EXISTS (SELECT 1 FROM flags f WHERE f.dtks_record_id = r.dtks_record_id) DESC,
             jaro_winkler_similarity(d.nama_std, c.named_in_text) DESC, r.periode DESC, r.dtks_record_id
    LIMIT 1) by_text ON true
;;
-- An unlinked name may still be someone in the registry: informal names ("BAPAK AGUS") without NIK or birth date
-- give the linker too little. A registry person of the same village whose name holds every token of it (and whose
-- birth date does not contradict) makes the complaint one to check, not a new registration.
CREATE OR REPLACE TEMP TABLE complaint_name_in_village AS
SELECT c.record_id, min(d.record_id) AS dtks_record_id, count(*) AS candidates
FROM complaint_subjects c
JOIN person_std d ON d.source_kind = 'dtks' AND d.kode_wilayah = c.kode_wilayah
WHERE c.subject_dtks_record_id IS NULL AND c.subject_via = 'NAMA' AND c.nama_tokens IS NOT NULL
  AND list_has_all(string_split(d.nama_tokens, ' '), string_split(c.nama_tokens, ' '))
  AND (c.tanggal_lahir IS NULL OR d.tanggal_lahir IS NULL OR d.tanggal_lahir = c.tanggal_lahir)
GROUP BY c.record_id
;;
CREATE OR REPLACE TABLE complaint_outcomes AS
SELECT s.record_id, s.source_file, s.source_row, s.no_pendaftaran, s.program, s.kategori, s.hubungan,
       s.named_dtks_record_id, s.subject_dtks_record_id, s.subject_via,
       CASE
         WHEN s.subject_via = 'PMKS' THEN 'PMKS'
         WHEN s.subject_dtks_record_id IS NULL AND s.subject_via = 'NAMA' AND v.record_id IS NOT NULL THEN 'MAYBE_IN_DTKS'
         WHEN s.subject_dtks_record_id IS NULL AND s.subject_via = 'NAMA' THEN 'NOT_IN_DTKS'
         WHEN s.subject_dtks_record_id IS NULL THEN 'SUBJECT_UNKNOWN'
         WHEN f.record_id IS NOT NULL THEN 'CASE'
         WHEN d.record_id IS NOT NULL THEN 'DROPPED'
         ELSE 'IN_DTKS'
       END AS outcome,
       f.flag AS case_flag, f.record_id AS case_record_id,
       d.reason AS drop_reason, d.note AS drop_note,
       v.dtks_record_id AS name_candidate_record_id, v.candidates AS name_candidates
FROM complaint_subjects s
LEFT JOIN complaint_name_in_village v ON v.record_id = s.record_id
LEFT JOIN LATERAL (
    SELECT f.flag, f.record_id FROM flags f
    WHERE f.dtks_record_id = s.subject_dtks_record_id AND (s.program IS NULL OR s.program = 'DTKS' OR f.program = s.program)
    ORDER BY f.evidence_strength DESC, f.flag, f.record_id LIMIT 1) f ON true
LEFT JOIN LATERAL (
    SELECT d.record_id, d.reason, d.note FROM drops d
    WHERE d.dtks_record_id = s.subject_dtks_record_id AND (s.program IS NULL OR s.program = 'DTKS' OR d.program = s.program)
    ORDER BY d.record_id LIMIT 1) d ON true
;;
-- Every case with its subject: the registry person when linked, else the valid NIK, else name, birth date and
-- village; a complaint is its registration number. The case id is made from the subject by the case_ids step
-- (padan/sql/case-ids.sql) once every regency's cases are together.
CREATE OR REPLACE TABLE cases AS
WITH all_cases AS (
    SELECT f.flag, f.program, f.periode, f.record_id, f.dtks_record_id, f.match_probability, f.evidence_strength,
           f.group_id, f.reason, NULL AS no_pendaftaran
    FROM flags f
    UNION ALL
    SELECT 'COMPLAINT_NOT_IN_DTKS', coalesce(o.program, ''), '', o.record_id, NULL, NULL, 0.5, NULL,
           'Pelapor/terlapor ' || coalesce(p.nama_raw, '-') || ' tidak ditemukan di DTKS: usulan baru'
           || coalesce(' (' || o.program || ')', ''),
           o.no_pendaftaran
    FROM complaint_outcomes o JOIN person_std p ON p.record_id = o.record_id
    WHERE o.outcome = 'NOT_IN_DTKS'),
complaint_numbers AS (
    SELECT case_flag, case_record_id, string_agg(no_pendaftaran, ';' ORDER BY no_pendaftaran) AS complaint_no
    FROM complaint_outcomes WHERE outcome = 'CASE' GROUP BY ALL),
subjects AS (
    SELECT a.*, p.source_file, p.source_row,
           CASE
             WHEN a.no_pendaftaran IS NOT NULL THEN 'complaint|' || a.no_pendaftaran
             WHEN d.id_dtks IS NOT NULL THEN 'dtks|' || d.id_dtks
             WHEN p.nik_status = 'VALID' THEN 'nik|' || p.nik
             ELSE 'person|' || coalesce(p.nama_std, '') || '|' || coalesce(CAST(p.tanggal_lahir AS VARCHAR), '')
                  || '|' || coalesce(p.kode_wilayah, '')
           END AS subject_key
    FROM all_cases a
    JOIN person_std p ON p.record_id = a.record_id
    LEFT JOIN person_std d ON d.record_id = a.dtks_record_id)
SELECT NULL::VARCHAR AS case_id,   -- numbered across every regency of the job by the case_ids step
       a.flag, a.program, a.periode, a.record_id, p.source_file, p.source_row,
       p.nik, p.nik_raw, p.no_kk, p.nama_raw AS nama, p.tanggal_lahir, p.kode_wilayah, p.kecamatan, p.desa,
       p.alamat, p.dusun, p.rt, p.rw,
       d.id_dtks, a.dtks_record_id, round(a.match_probability, 4) AS match_score,
       CAST(round(100 * a.evidence_strength * coalesce(s.money_factor, 0.5))
            + CASE WHEN n.complaint_no IS NOT NULL THEN coalesce(s.complaint_bonus, 0) ELSE 0 END AS INTEGER) AS priority,
       n.complaint_no, a.group_id, a.reason, l.explanation, a.evidence_strength, pi.regency, a.subject_key
FROM subjects a
JOIN person_std p ON p.record_id = a.record_id
LEFT JOIN partition_imports pi ON pi.import_id = p.import_id AND pi.owned
LEFT JOIN person_std d ON d.record_id = a.dtks_record_id
LEFT JOIN case_settings s ON s.program = a.program
LEFT JOIN complaint_numbers n ON n.case_flag = a.flag AND n.case_record_id = a.record_id
LEFT JOIN links l ON l.record_id = a.record_id
