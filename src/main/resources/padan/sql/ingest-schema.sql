-- Tables of the ingest stage. The raw_<kind> tables are created from id.padan.job.SourceKind.
CREATE TABLE IF NOT EXISTS imports (
    import_id      INTEGER PRIMARY KEY,
    run_id         VARCHAR NOT NULL,   -- the run that loaded the file
    source_id      VARCHAR NOT NULL,   -- the source's id in the job file
    kind           VARCHAR NOT NULL,
    program        VARCHAR,
    periode        VARCHAR,
    source_file    VARCHAR NOT NULL,   -- base name, as cases and rejects cite it
    source_path    VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    size_bytes     BIGINT NOT NULL,
    format         VARCHAR NOT NULL,   -- what was detected: type, delimiter, charset or sheet
    profile        VARCHAR,            -- the layout whose header names matched
    column_mapping VARCHAR NOT NULL,   -- canonical field = header, for the record
    rows_read      BIGINT NOT NULL,
    rows_loaded    BIGINT NOT NULL,
    rows_rejected  BIGINT NOT NULL,
    loaded_at      TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS rejects (
    import_id   INTEGER NOT NULL,
    source_file VARCHAR NOT NULL,
    source_row  BIGINT NOT NULL,       -- 1-based data row, header excluded
    line        BIGINT NOT NULL,       -- physical line (CSV) or sheet row (XLSX)
    column_name VARCHAR,               -- the header of the offending column, when one is to blame
    reason      VARCHAR NOT NULL,
    raw_text    VARCHAR                -- the row's fields joined by ' | ', to help the officer find it
);

-- What the run accounting says of each file beyond its counts: the columns its header had and how padan adapts to
-- the fields its layout lacks (e.g. no KODE WILAYAH: regions resolved from names).
ALTER TABLE imports ADD COLUMN IF NOT EXISTS header_columns INTEGER;
ALTER TABLE imports ADD COLUMN IF NOT EXISTS notes VARCHAR;
-- set by standardize when a newer load of the same source replaces this one, and by padan purge
ALTER TABLE imports ADD COLUMN IF NOT EXISTS superseded_in_run VARCHAR;
ALTER TABLE imports ADD COLUMN IF NOT EXISTS purged_at TIMESTAMP;
