package id.padan.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * Names and headers of the files {@link Synthesizer} writes. The input headers are the default layouts of
 * DESIGN.md "Inputs"; the truth headers are described in {@code truth/README.txt} of every output folder.
 */
public final class SynthFiles {
    private SynthFiles() {
    }

    public static final List<String> DTKS_HEADER = List.of("ID DTKS", "PROVINSI", "KABUPATEN/KOTA", "KECAMATAN",
            "DESA/KELURAHAN", "KODE WILAYAH", "ALAMAT", "DUSUN", "RT", "RW", "NOMOR KK", "NOMOR NIK", "NAMA",
            "TANGGAL LAHIR", "TEMPAT LAHIR", "JENIS KELAMIN", "NAMA IBU KANDUNG", "HUBUNGAN KELUARGA", "PERISTIWA",
            "TANGGAL PERISTIWA", "DESIL", "PKH", "BPNT", "PBI", "KIP");
    public static final List<String> PKH_HEADER = List.of("NO", "NIK", "NO KK", "NAMA PENGURUS", "TANGGAL LAHIR",
            "KODE WILAYAH", "KECAMATAN", "KELURAHAN", "ALAMAT", "RT", "RW", "PROGRAM", "PERIODE");
    public static final List<String> KIP_HEADER = List.of("NO", "NO. KIP", "NISN", "NOKK", "NAMA SISWA", "NIK",
            "JENIS KELAMIN", "TEMPAT LAHIR", "TANGGAL LAHIR", "ALAMAT", "RT", "RW", "DESA", "KEC", "NAMA IBU",
            "NAMA AYAH", "NAMA SEKOLAH", "KLS");
    public static final List<String> COMPLAINT_HEADER = List.of("NO_PENDAFTARAN", "TANGGAL", "KODE_WILAYAH", "DESA",
            "JENIS_PELAPOR", "NIK", "NO_KK", "NAMA", "TGL_LAHIR", "ALAMAT", "TELP", "HUBUNGAN_TERLAPOR", "KATEGORI",
            "PROGRAM", "KELUHAN_DETAIL");
    public static final List<String> DEATHS_HEADER = List.of("NIK", "NAMA_LGKP", "TGL_LHR", "TGL_KEMATIAN");
    public static final List<String> PNS_HEADER = List.of("NIP", "NIK", "NAMA", "INSTANSI");
    public static final List<String> POPULATION_HEADER = List.of("KODE_WILAYAH", "NAMA_DESA", "JUMLAH_PENDUDUK");

    public static final String COMPLAINTS = "pengaduan_puskesos.csv";
    public static final String DEATHS = "kematian_dukcapil.csv";
    public static final String CIVIL_SERVANTS = "pns.csv";
    public static final String POPULATION = "penduduk_desa.csv";

    public static final String TRUTH_DIR = "truth";
    public static final String TRUTH_PERSONS = "truth/persons.csv";
    public static final String TRUTH_LINKS = "truth/links.csv";
    public static final String TRUTH_FLAGS = "truth/flags.csv";
    public static final String TRUTH_DROPS = "truth/drops.csv";
    public static final String TRUTH_COMPLAINT_LINKS = "truth/complaint_links.csv";
    public static final String TRUTH_TRAPS = "truth/traps.csv";
    public static final String TRUTH_README = "truth/README.txt";
    /** Several regencies only: the people planted as moved between this regency and another (both directions). */
    public static final String TRUTH_CROSS_REGENCY = "truth/cross_regency.csv";
    /** Several regencies only, in the top folder: the regency codes, one a line, in the order given. */
    public static final String REGENCIES = "regencies.txt";
    /** Several regencies only, in the top folder: a job file over every regency's folder. */
    public static final String JOB = "job.yaml";

    public static final List<String> TRUTH_PERSONS_HEADER = List.of("person_key", "in_dtks", "household_key", "nik",
            "no_kk", "nama", "jenis_kelamin", "tanggal_lahir", "nama_ibu", "hubungan_keluarga", "kode_wilayah",
            "desil", "desil_sebelumnya", "peristiwa", "tanggal_peristiwa", "tanggal_kematian",
            "tanggal_kematian_dukcapil", "pns", "note");
    public static final List<String> TRUTH_LINKS_HEADER = List.of("source_file", "source_row", "person_key",
            "outside_key", "household_key", "program", "periode", "nik_written", "noise");
    public static final List<String> TRUTH_FLAGS_HEADER = List.of("flag", "program", "periode", "source_file",
            "source_row", "person_key", "group_id", "note", "outside_key");
    public static final List<String> TRUTH_DROPS_HEADER = List.of("program", "periode", "source_file", "source_row",
            "person_key", "reason", "event_date", "note");
    public static final List<String> TRUTH_COMPLAINT_LINKS_HEADER = List.of("source_file", "source_row",
            "no_pendaftaran", "named_person_key", "named_outside_key", "named_role", "subject_person_key",
            "subject_outside_key", "subject_in_dtks", "program", "related_flag", "related_source_file",
            "related_source_row", "drop_reason", "pmks");
    public static final List<String> TRUTH_CROSS_REGENCY_HEADER = List.of("direction", "expected", "program",
            "periode", "from_regency", "source_file", "source_row", "person_key", "nik", "nama", "tanggal_lahir",
            "to_regency", "to_household_key", "to_no_kk", "to_kode_wilayah", "peristiwa", "tanggal_peristiwa",
            "tanggal_pindah");
    public static final List<String> TRUTH_TRAPS_HEADER = List.of("trap", "source_file", "source_row", "person_key",
            "note");

    /**
     * Trap of the village layout ({@code --layout recipients-village}): the row's id_dtks is another registry
     * person's, whose name and birth date clearly differ; linking on the id must not take it.
     */
    public static final String TRAP_ID_DTKS_CONFLICT = "ID_DTKS_CONFLICT";

    /** The flag codes of the DESIGN.md contract, in contract order. */
    public static final List<String> FLAGS = List.of("GHOST_DECEASED", "GHOST_NOT_IN_DTKS", "GHOST_DUPLICATE",
            "GHOST_MOVED", "GHOST_INVALID_NIK", "GHOST_CIVIL_SERVANT", "GHOST_NIK_NAME_MISMATCH", "GHOST_NOT_ELIGIBLE",
            "LOST_PKH", "LOST_KIP", "COMPLAINT_NOT_IN_DTKS");

    /** Reasons of legitimate drops in {@code truth/drops.csv}. */
    public static final List<String> DROP_REASONS = List.of("DIED", "MOVED", "DECILE_ROSE", "GRADUATED", "AGED_OUT");

    /** {@code dtks_62.03.txt}. */
    public static String dtks(String regencyCode) {
        return "dtks_" + regencyCode + ".txt";
    }

    /** {@code pkh_2026_t1.csv}: the year of the period's reference date and the period number (1 or 2). */
    public static String pkh(LocalDate periodDate, int period) {
        return "pkh_" + periodDate.getYear() + "_t" + period + ".csv";
    }

    /** {@code kip_2026_t2.csv}. */
    public static String kip(LocalDate periodDate, int period) {
        return "kip_" + periodDate.getYear() + "_t" + period + ".csv";
    }

    /** The PERIODE value of the lists and of the truth files: {@code 2026-T1}. */
    public static String periodLabel(LocalDate periodDate, int period) {
        return periodDate.getYear() + "-T" + period;
    }
}
