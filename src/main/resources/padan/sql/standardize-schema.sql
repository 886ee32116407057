-- Tables of the standardize stage: one typed person table for every person-holding source.
CREATE TABLE IF NOT EXISTS person_std (
    record_id          BIGINT PRIMARY KEY,   -- import_id * 1e9 + source_row: stable across runs and restarts
    import_id          INTEGER NOT NULL,
    source_kind        VARCHAR NOT NULL,
    source_file        VARCHAR NOT NULL,
    source_row         BIGINT NOT NULL,      -- 1-based data row, header excluded
    program            VARCHAR,
    periode            VARCHAR,
    id_dtks            VARCHAR,
    nik_raw            VARCHAR,
    nik                VARCHAR,              -- 16 digits, or NULL when it could not be cleaned
    nik_status         VARCHAR NOT NULL,     -- id.padan.standardize.NikStatus
    nik_reason         VARCHAR,
    nik_birth_date     DATE,
    nik_sex            VARCHAR,
    no_kk              VARCHAR,
    kk_status          VARCHAR NOT NULL,
    nama_raw           VARCHAR,
    nama_std           VARCHAR,
    nama_tokens        VARCHAR,
    tanggal_lahir      DATE,
    jenis_kelamin      VARCHAR,
    tempat_lahir       VARCHAR,
    nama_ibu_std       VARCHAR,
    kode_wilayah       VARCHAR,              -- 10-digit village code without dots
    wilayah_status     VARCHAR NOT NULL,     -- GIVEN, RESOLVED, UNRESOLVED or MISSING
    kecamatan          VARCHAR,
    desa               VARCHAR,
    alamat             VARCHAR,
    dusun              VARCHAR,
    rt                 VARCHAR,
    rw                 VARCHAR,
    hubungan_keluarga  VARCHAR,
    peristiwa          VARCHAR,
    tanggal_peristiwa  DATE,
    desil              INTEGER,
    pkh                BOOLEAN,
    bpnt               BOOLEAN,
    pbi                BOOLEAN,
    kip                BOOLEAN,
    keterangan_padan   VARCHAR,
    nisn               VARCHAR,
    no_kip             VARCHAR,
    kelas              INTEGER,
    nama_sekolah       VARCHAR,
    nama_ayah_std      VARCHAR,
    tanggal_kematian   DATE,
    nip                VARCHAR,
    instansi           VARCHAR,
    tanggal_pengaduan  DATE
);

-- An import is listed here in the same transaction that writes its person_std rows, so a restarted run neither
-- skips nor repeats one.
CREATE TABLE IF NOT EXISTS standardized_imports (
    import_id INTEGER PRIMARY KEY,
    rows      BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS population_std (
    import_id       INTEGER NOT NULL,
    source_row      BIGINT NOT NULL,
    kode_wilayah    VARCHAR,
    wilayah_status  VARCHAR NOT NULL,
    desa            VARCHAR,
    jumlah_penduduk BIGINT
);
