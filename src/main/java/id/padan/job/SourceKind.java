package id.padan.job;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of input a job can name. Each kind has a fixed list of canonical fields, which are the columns of its
 * raw table; a file's header is mapped onto them (see {@code padan/layouts/*.yaml}).
 */
public enum SourceKind {
    DTKS("dtks", List.of(
            "id_dtks", "provinsi", "kabupaten", "kecamatan", "desa", "kode_wilayah", "alamat", "dusun", "rt", "rw",
            "no_kk", "nik", "nama", "tanggal_lahir", "tempat_lahir", "jenis_kelamin", "nama_ibu", "hubungan_keluarga",
            "peristiwa", "tanggal_peristiwa", "desil", "pkh", "bpnt", "pbi", "kip", "pekerjaan", "keterangan_padan",
            "id_keluarga"),
            List.of("nik", "nama")),
    RECIPIENTS("recipients", List.of(
            "no", "id_dtks", "nik", "no_kk", "nama", "tanggal_lahir", "tempat_lahir", "jenis_kelamin", "kode_wilayah",
            "kecamatan", "desa", "alamat", "rt", "rw", "program", "periode", "no_kip", "nisn", "nama_ibu", "nama_ayah",
            "nama_sekolah", "kelas"),
            List.of("nama")),
    COMPLAINTS("complaints", List.of(
            "no_pendaftaran", "tanggal", "kode_wilayah", "desa", "jenis_pelapor", "nik", "no_kk", "nama",
            "tanggal_lahir", "alamat", "telp", "hubungan_terlapor", "kategori", "program", "keluhan_detail"),
            List.of("nama")),
    DEATHS("deaths", List.of("nik", "nama", "tanggal_lahir", "tanggal_kematian"),
            List.of("nik", "tanggal_kematian")),
    CIVIL_SERVANTS("civil_servants", List.of("nip", "nik", "nama", "instansi"),
            List.of("nik")),
    POPULATION("population", List.of("kode_wilayah", "desa", "jumlah_penduduk"),
            List.of("kode_wilayah", "jumlah_penduduk"));

    private final String id;
    private final List<String> fields;
    private final List<String> requiredFields;

    SourceKind(String id, List<String> fields, List<String> requiredFields) {
        this.id = id;
        this.fields = fields;
        this.requiredFields = requiredFields;
    }

    /** The name used in job files and in table names, e.g. {@code civil_servants}. */
    public String id() {
        return id;
    }

    /** Canonical field names, in the column order of the kind's raw table. */
    public List<String> fields() {
        return fields;
    }

    /** Fields without which a file of this kind cannot be used at all. */
    public List<String> requiredFields() {
        return requiredFields;
    }

    /** Whether the kind describes people who are standardized into {@code person_std}. */
    public boolean holdsPersons() {
        return this != POPULATION;
    }

    /**
     * Whether a file of this kind belongs to one regency (a registry export, a recipient list, a Puskesos complaint
     * file), so that a job over several regencies must say which; reference lists may be shared.
     */
    public boolean perRegency() {
        return this == DTKS || this == RECIPIENTS || this == COMPLAINTS;
    }

    public static Optional<SourceKind> fromId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (SourceKind kind : values()) {
            if (kind.id.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
