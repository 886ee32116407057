-- Field results brought back from worklists. Every result ever imported stays here: the case history. A case's
-- current result is its latest visit (ties: the later import); the earlier ones remain as history.
CREATE TABLE IF NOT EXISTS case_results (
    result_id          BIGINT PRIMARY KEY,   -- import order
    case_id            VARCHAR NOT NULL,
    hasil              VARCHAR NOT NULL,     -- id.padan.worklist.Hasil label, e.g. MENINGGAL
    tanggal_kunjungan  DATE NOT NULL,
    catatan            VARCHAR,
    petugas            VARCHAR,              -- who visited, as written in PETUGAS
    source_file        VARCHAR NOT NULL,     -- base name of the imported file
    file_sha256        VARCHAR NOT NULL,
    sheet              VARCHAR NOT NULL,
    sheet_row          INTEGER NOT NULL,     -- 1-based row as the spreadsheet shows it
    imported_by        VARCHAR NOT NULL,     -- the account that ran the import
    imported_at        TIMESTAMP NOT NULL,
    evidence_key       VARCHAR NOT NULL      -- the case's evidence when the result came in (ResultImport.evidenceKey)
);

-- One row per distinct file content imported, so an import is logged once however often it is repeated.
CREATE TABLE IF NOT EXISTS result_imports (
    file_sha256    VARCHAR PRIMARY KEY,
    source_file    VARCHAR NOT NULL,
    imported_by    VARCHAR NOT NULL,
    imported_at    TIMESTAMP NOT NULL,
    rows_with_result INTEGER NOT NULL,
    stored         INTEGER NOT NULL,
    problems       INTEGER NOT NULL
);
