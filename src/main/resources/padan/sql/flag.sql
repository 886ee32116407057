-- The flag stage. Run top to bottom in one transaction after flag_programs is filled; every table is rebuilt, so a
-- restarted step gives the same result. Statements are separated by lines holding only ';;'.
-- Registry facts are judged at each program's reference date (tanggal acuan).

CREATE OR REPLACE TABLE death_list_links AS
SELECT l.dtks_record_id,
       min(p.tanggal_kematian) AS tanggal_kematian,
       min(p.source_file)      AS source_file
FROM links l
JOIN person_std p ON p.record_id = l.record_id
WHERE p.source_kind = 'deaths' AND l.decision = 'MATCH' AND l.dtks_record_id IS NOT NULL
GROUP BY l.dtks_record_id
;;
CREATE OR REPLACE TABLE civil_servant_links AS
SELECT dtks_record_id, arg_min(nip, record_id) AS nip, arg_min(instansi, record_id) AS instansi, min(nik) AS nik
FROM (
    SELECT l.dtks_record_id, p.record_id, p.nip, p.instansi, p.nik
    FROM links l JOIN person_std p ON p.record_id = l.record_id
    WHERE p.source_kind = 'civil_servants' AND l.decision = 'MATCH' AND l.dtks_record_id IS NOT NULL
)
GROUP BY dtks_record_id
;;
-- Every recipient row with what the registry says of the person it is linked to. A POSSIBLE link counts as a link
-- here; its lower probability lowers the priority, and the worklist shows it as one to check.
CREATE OR REPLACE TABLE recipient_facts AS
SELECT r.record_id, r.import_id, r.source_file, r.source_row, r.program, r.periode,
       r.nik, r.nik_raw, r.nik_status, r.nik_reason, r.no_kk, r.nama_raw, r.tanggal_lahir, r.kelas,
       r.kode_wilayah, r.kecamatan, r.desa,
       coalesce(l.decision, 'NONE')                                             AS decision,
       CASE WHEN l.decision IN ('MATCH', 'POSSIBLE') THEN l.match_probability END AS match_probability,
       l.match_key, l.explanation, l.nik_owner_record_id,
       d.record_id         AS dtks_record_id,
       d.id_dtks           AS dtks_id,
       d.nama_raw          AS dtks_nama,
       d.no_kk             AS dtks_no_kk,
       d.tanggal_lahir     AS dtks_tanggal_lahir,
       d.peristiwa         AS dtks_peristiwa,
       d.tanggal_peristiwa AS dtks_tanggal_peristiwa,
       d.desil             AS dtks_desil,
       dl.tanggal_kematian AS dukcapil_tanggal_kematian,
       cs.nip              AS pns_nip,
       cs.instansi         AS pns_instansi,
       e.regency           AS elsewhere_regency,
       coalesce(e.regency_name, 'kabupaten/kota') || ' (' || e.regency || ')' AS elsewhere_label,
       e.id_dtks           AS elsewhere_id_dtks,
       e.peristiwa         AS elsewhere_peristiwa,
       e.tanggal_peristiwa AS elsewhere_tanggal_peristiwa
FROM person_std r
LEFT JOIN links l ON l.record_id = r.record_id
LEFT JOIN person_std d ON d.record_id = l.dtks_record_id AND l.decision IN ('MATCH', 'POSSIBLE')
LEFT JOIN death_list_links dl ON dl.dtks_record_id = d.record_id
LEFT JOIN civil_servant_links cs ON cs.dtks_record_id = d.record_id
LEFT JOIN elsewhere_links e ON e.record_id = r.record_id AND d.record_id IS NULL
WHERE r.source_kind = 'recipients'
;;
CREATE OR REPLACE TABLE flags (
    flag              VARCHAR NOT NULL,
    program           VARCHAR NOT NULL,
    periode           VARCHAR NOT NULL,   -- the current period (LOST_*: the period the aid was lost in)
    record_id         BIGINT NOT NULL,    -- the recipient row (LOST_*: the previous period's row)
    dtks_record_id    BIGINT,
    match_probability DOUBLE,
    evidence_strength DOUBLE NOT NULL,    -- 0..1: how sure the rule is before a field check
    group_id          VARCHAR,
    reason            VARCHAR NOT NULL    -- Bahasa Indonesia, for the worklist
)
;;
CREATE OR REPLACE TABLE drops (
    program        VARCHAR NOT NULL,
    periode        VARCHAR NOT NULL,      -- the current period
    record_id      BIGINT NOT NULL,       -- the previous period's row
    dtks_record_id BIGINT,
    reason         VARCHAR NOT NULL,      -- DIED, MOVED, DECILE_ROSE, GRADUATED, AGED_OUT
    event_date     DATE,
    note           VARCHAR NOT NULL
)
;;
-- A structurally impossible NIK. A NIK whose date merely differs from TANGGAL LAHIR is a typo and stays VALID.
INSERT INTO flags
SELECT 'GHOST_INVALID_NIK', r.program, r.periode, r.record_id, r.dtks_record_id, r.match_probability, 0.8, NULL,
       'NIK tidak sah: ' || coalesce(r.nik_reason, r.nik_status) || ' (tertulis ' || coalesce(r.nik_raw, '') || ')'
FROM recipient_facts r JOIN flag_programs s ON s.program = r.program AND s.current_period = r.periode
WHERE r.nik_status NOT IN ('VALID', 'MISSING')
;;
INSERT INTO flags
SELECT 'GHOST_NOT_IN_DTKS', r.program, r.periode, r.record_id, NULL, NULL,
       CASE WHEN r.nik_status = 'VALID' THEN 0.8 ELSE 0.7 END, NULL,
       'Tidak ditemukan di DTKS' || CASE WHEN r.nik IS NULL THEN ' (NIK kosong atau tidak terbaca)' ELSE '' END
       || ', masih menerima ' || r.program || ' ' || r.periode
FROM recipient_facts r JOIN flag_programs s ON s.program = r.program AND s.current_period = r.periode
WHERE r.dtks_record_id IS NULL AND r.elsewhere_regency IS NULL
;;
-- Not in the registry of their own regency, but in another regency's (the NIK index): died there, or live there.
INSERT INTO flags
SELECT CASE WHEN died THEN 'GHOST_DECEASED' ELSE 'GHOST_MOVED' END, program, periode, record_id, NULL, NULL, 0.8, NULL,
       CASE WHEN died
            THEN 'Tercatat meninggal (PERISTIWA MD' || coalesce(' ' || strftime(elsewhere_tanggal_peristiwa, '%d-%m-%Y'), '')
                 || ') di DTKS ' || elsewhere_label
            ELSE 'Tidak ada di DTKS kabupaten/kota ini, terdaftar di DTKS ' || elsewhere_label || ' (pindah)'
       END || ' dengan NIK yang sama (ID DTKS ' || coalesce(elsewhere_id_dtks, '-') || '), masih menerima '
       || program || ' ' || periode
FROM (
    SELECT r.*, coalesce(r.elsewhere_peristiwa = 'MD' AND (r.elsewhere_tanggal_peristiwa IS NULL
                OR s.reference_date IS NULL OR r.elsewhere_tanggal_peristiwa <= s.reference_date), false) AS died
    FROM recipient_facts r JOIN flag_programs s ON s.program = r.program AND s.current_period = r.periode
    WHERE r.dtks_record_id IS NULL AND r.elsewhere_regency IS NOT NULL
)
;;
INSERT INTO flags
SELECT 'GHOST_DECEASED', program, periode, record_id, dtks_record_id, match_probability,
       (CASE WHEN by_dtks AND by_list THEN 1.0 ELSE 0.9 END) * coalesce(match_probability, 1.0), NULL,
       concat_ws('; ',
           CASE WHEN by_list THEN 'Tercatat meninggal ' || coalesce(strftime(dukcapil_tanggal_kematian, '%d-%m-%Y'), '(tanggal tidak tercatat)') || ' di data Dukcapil' END,
           CASE WHEN by_dtks THEN 'Tercatat meninggal (PERISTIWA MD' || coalesce(' ' || strftime(dtks_tanggal_peristiwa, '%d-%m-%Y'), '') || ') di DTKS' END)
       || ', masih menerima ' || program || ' ' || periode
FROM (
    SELECT r.*,
           coalesce(r.dtks_peristiwa = 'MD' AND (r.dtks_tanggal_peristiwa IS NULL OR s.reference_date IS NULL
                    OR r.dtks_tanggal_peristiwa <= s.reference_date), false) AS by_dtks,
           coalesce(r.dukcapil_tanggal_kematian <= s.reference_date OR s.reference_date IS NULL, false) AS by_list
    FROM recipient_facts r JOIN flag_programs s ON s.program = r.program AND s.current_period = r.periode
    WHERE r.dtks_record_id IS NOT NULL
)
WHERE by_dtks OR by_list
;;
INSERT INTO flags
SELECT 'GHOST_MOVED', r.program, r.periode, r.record_id, r.dtks_record_id, r.match_probability,
       0.85 * coalesce(r.match_probability, 1.0), NULL,
       'Tercatat pindah (PERISTIWA PD' || coalesce(' ' || strftime(r.dtks_tanggal_peristiwa, '%d-%m-%Y'), '')
       || ') di DTKS, masih menerima ' || r.program || ' ' || r.periode
FROM recipient_facts r JOIN flag_programs s ON s.program = r.program AND s.current_period = r.periode
WHERE r.dtks_peristiwa = 'PD'
  AND (r.dtks_tanggal_peristiwa IS NULL OR s.reference_date IS NULL OR r.dtks_tanggal_peristiwa <= s.reference_date)
;;
-- On the civil-servant list: through the registry person, or, for a recipient outside the registry, by the NIK.
INSERT INTO flags
SELECT 'GHOST_CIVIL_SERVANT', r.program, r.periode, r.record_id, r.dtks_record_id, r.match_probability,
       CASE WHEN r.pns_nip IS NOT NULL THEN 0.9 * coalesce(r.match_probability, 1.0) ELSE 0.9 END, NULL,
       'Terdaftar sebagai ASN/PNS (NIP ' || coalesce(r.pns_nip, p.nip, '-') || ', '
       || coalesce(r.pns_instansi, p.instansi, 'instansi tidak tercatat') || '), masih menerima ' || r.program || ' ' || r.periode
FROM recipient_facts r
JOIN flag_programs s ON s.program = r.program AND s.current_period = r.periode
LEFT JOIN (SELECT nik, min(nip) AS nip, min(instansi) AS instansi FROM person_std
           WHERE source_kind = 'civil_servants' AND nik_status = 'VALID' GROUP BY nik) p
       ON r.dtks_record_id IS NULL AND p.nik = r.nik AND r.nik_status = 'VALID'
WHERE r.pns_nip IS NOT NULL OR p.nik IS NOT NULL
;;
-- The NIK as written belongs to a registry person, but the row is not that person (NIK padan beda nama).
INSERT INTO flags
SELECT 'GHOST_NIK_NAME_MISMATCH', r.program, r.periode, r.record_id, r.dtks_record_id, r.match_probability,
       0.85, NULL,
       'NIK ' || r.nik || ' di DTKS milik ' || o.nama_raw
       || coalesce(' (lahir ' || strftime(o.tanggal_lahir, '%d-%m-%Y') || ')', '')
       || ', bukan ' || coalesce(r.nama_raw, '-') || coalesce(' (lahir ' || strftime(r.tanggal_lahir, '%d-%m-%Y') || ')', '')
FROM recipient_facts r
JOIN flag_programs s ON s.program = r.program AND s.current_period = r.periode
JOIN person_std o ON o.record_id = r.nik_owner_record_id
WHERE r.nik_owner_record_id IS NOT NULL
  AND r.dtks_record_id IS DISTINCT FROM r.nik_owner_record_id
;;
INSERT INTO flags
SELECT 'GHOST_NOT_ELIGIBLE', r.program, r.periode, r.record_id, r.dtks_record_id, r.match_probability,
       0.75 * coalesce(r.match_probability, 1.0), NULL,
       'Desil keluarga di DTKS ' || r.dtks_desil || ', di atas batas ' || s.decile_limit || ' untuk ' || r.program
FROM recipient_facts r JOIN flag_programs s ON s.program = r.program AND s.current_period = r.periode
WHERE r.dtks_desil > s.decile_limit
;;
-- Previous-period rows whose person (or, for PKH, whose registry family) has no row in the current list. The
-- written NIK and KK are checked too, so a current row that failed to link does not make a false loss.
CREATE OR REPLACE TEMP TABLE current_rows AS
SELECT c.program, c.dtks_record_id, c.dtks_no_kk, CASE WHEN c.nik_status = 'VALID' THEN c.nik END AS nik, c.no_kk
FROM recipient_facts c JOIN flag_programs s ON s.program = c.program AND s.current_period = c.periode
;;
-- Each key is its own anti-join (an OR of keys would make DuckDB compare every pair of rows).
CREATE OR REPLACE TEMP TABLE missing_now AS
SELECT p.*, s.reference_date, s.decile_limit, s.max_age, s.final_class, s.family_level
FROM recipient_facts p
JOIN flag_programs s ON s.program = p.program AND s.previous_period = p.periode
WHERE NOT EXISTS (SELECT 1 FROM current_rows c WHERE c.program = p.program AND c.dtks_record_id = p.dtks_record_id)
  AND NOT EXISTS (SELECT 1 FROM current_rows c WHERE c.program = p.program AND c.nik = p.nik)
  AND NOT (s.family_level AND EXISTS (SELECT 1 FROM current_rows c WHERE c.program = p.program AND c.dtks_no_kk = p.dtks_no_kk))
  AND NOT (s.family_level AND EXISTS (SELECT 1 FROM current_rows c WHERE c.program = p.program AND c.no_kk = p.no_kk))
;;
CREATE OR REPLACE TEMP TABLE judged_drops AS
SELECT m.*,
       CASE
         WHEN m.dtks_record_id IS NULL THEN
           CASE WHEN coalesce(m.elsewhere_peristiwa = 'MD' AND (m.elsewhere_tanggal_peristiwa IS NULL
                     OR m.elsewhere_tanggal_peristiwa <= m.reference_date), false) THEN 'DIED' ELSE 'MOVED' END
         WHEN coalesce(m.dtks_peristiwa = 'MD' AND (m.dtks_tanggal_peristiwa IS NULL OR m.dtks_tanggal_peristiwa <= m.reference_date), false)
           OR coalesce(m.dukcapil_tanggal_kematian <= m.reference_date, false) THEN 'DIED'
         WHEN m.dtks_peristiwa = 'PD' THEN 'MOVED'
         WHEN m.dtks_desil > m.decile_limit THEN 'DECILE_ROSE'
         WHEN m.final_class IS NOT NULL AND m.kelas >= m.final_class THEN 'GRADUATED'
         WHEN m.max_age IS NOT NULL AND date_sub('year', coalesce(m.dtks_tanggal_lahir, m.tanggal_lahir), m.reference_date) > m.max_age THEN 'AGED_OUT'
       END AS drop_reason
FROM missing_now m
WHERE m.dtks_record_id IS NOT NULL OR m.elsewhere_regency IS NOT NULL
;;
INSERT INTO drops
SELECT program, (SELECT current_period FROM flag_programs s WHERE s.program = j.program), record_id, dtks_record_id,
       drop_reason,
       CASE drop_reason WHEN 'DIED' THEN coalesce(dukcapil_tanggal_kematian, dtks_tanggal_peristiwa, elsewhere_tanggal_peristiwa)
                        WHEN 'MOVED' THEN CASE WHEN dtks_record_id IS NOT NULL THEN dtks_tanggal_peristiwa END END,
       CASE
         WHEN dtks_record_id IS NULL AND drop_reason = 'DIED' THEN 'meninggal'
              || coalesce(' ' || strftime(elsewhere_tanggal_peristiwa, '%d-%m-%Y'), '') || ' (DTKS ' || elsewhere_label || ')'
         WHEN dtks_record_id IS NULL THEN 'pindah ke ' || elsewhere_label || ' (terdaftar di DTKS sana, NIK sama)'
         WHEN drop_reason = 'DIED' THEN 'meninggal' || coalesce(' ' || strftime(coalesce(dukcapil_tanggal_kematian, dtks_tanggal_peristiwa), '%d-%m-%Y'), '')
         WHEN drop_reason = 'MOVED' THEN 'pindah (PERISTIWA PD di DTKS)'
         WHEN drop_reason = 'DECILE_ROSE' THEN 'desil naik menjadi ' || dtks_desil || ', di atas batas ' || decile_limit
         WHEN drop_reason = 'GRADUATED' THEN 'sudah kelas ' || kelas || ' pada periode lalu (lulus)'
         WHEN drop_reason = 'AGED_OUT' THEN 'umur di atas ' || max_age || ' tahun pada tanggal acuan'
       END
FROM judged_drops j
WHERE drop_reason IS NOT NULL
;;
INSERT INTO flags
SELECT s.lost_flag, j.program, s.current_period, j.record_id, j.dtks_record_id, j.match_probability,
       0.8 * coalesce(j.match_probability, 1.0), NULL,
       'Menerima ' || j.program || ' ' || j.periode || ', tidak ada di daftar ' || s.current_period
       || ', masih layak menurut DTKS (hidup, tidak pindah'
       || CASE WHEN j.dtks_desil IS NULL THEN ', desil tidak tercatat' ELSE ', desil ' || j.dtks_desil END
       || CASE WHEN j.kelas IS NOT NULL THEN ', kelas ' || j.kelas ELSE '' END || ')'
FROM judged_drops j JOIN flag_programs s ON s.program = j.program
WHERE j.drop_reason IS NULL AND s.lost_flag IS NOT NULL
