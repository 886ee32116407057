package id.padan.standardize;

import id.padan.job.SourceKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns one raw row of any person-holding source into a {@link StandardPerson}: the entry point of the standardize
 * stage. Each component is filled from the canonical fields the source kind has (see {@link SourceKind#fields()});
 * the others stay null.
 *
 * <ul>
 *   <li>Names, mother's and father's names go through {@link IndonesianName}.</li>
 *   <li>NIK and KK are checked structurally against the region table, the row's sex and the reference date.</li>
 *   <li>A given kode wilayah is used when the table knows it; otherwise, or when it is missing, the code is resolved
 *       from the province, kabupaten, kecamatan and desa names, falling back to a desa or kecamatan named in the
 *       free-text address. Resolutions are cached, since a district's rows share a few hundred villages.</li>
 *   <li>RT and RW come from their columns, or else from the address.</li>
 * </ul>
 *
 * <p>Thread-safe: rows may be standardized in parallel.
 */
public final class PersonStandardizer {

    private static final Map<SourceKind, Set<String>> FIELDS = new EnumMap<>(SourceKind.class);

    static {
        for (SourceKind kind : SourceKind.values()) {
            FIELDS.put(kind, Set.copyOf(kind.fields()));
        }
    }

    private final RegionTable table;
    private final RegionResolver regions;
    private final NikChecker nikChecker;
    private final KkChecker kkChecker;
    private final Map<String, String> peristiwaLabels;

    /** A standardizer that resolves region names anywhere in the country. */
    public PersonStandardizer(RegionTable table) {
        this(table, null);
    }

    /**
     * @param table    the region table
     * @param areaCode the province or kabupaten/kota the data comes from (e.g. {@code 62.03}), searched when a row
     *                 names a kecamatan or desa but no higher level; null for the whole country
     */
    public PersonStandardizer(RegionTable table, String areaCode) {
        this(table, areaCode, Map.of());
    }

    /**
     * @param peristiwaLabels the job file's labels of death or inactivity and their PERISTIWA codes (or "" for
     *                        active), read before the built-in words
     */
    public PersonStandardizer(RegionTable table, String areaCode, Map<String, String> peristiwaLabels) {
        Map<String, String> labels = new java.util.HashMap<>();
        peristiwaLabels.forEach((label, code) -> labels.put(Peristiwa.labelKey(label), code == null ? "" : code));
        this.peristiwaLabels = Map.copyOf(labels);
        this.table = Objects.requireNonNull(table, "table");
        this.regions = areaCode == null ? table.resolver() : table.resolver(areaCode);
        this.nikChecker = new NikChecker(table);
        this.kkChecker = new KkChecker(table);
    }

    /**
     * @param kind          the source kind; must hold persons
     * @param field         the raw text of a canonical field, or null when the file has no such column
     * @param referenceDate the list's reference date (tanggal acuan), for two-digit years
     */
    public StandardPerson standardize(SourceKind kind, Function<String, String> field, LocalDate referenceDate) {
        if (!kind.holdsPersons()) {
            throw new IllegalArgumentException(kind.id() + " rows are not persons");
        }
        Objects.requireNonNull(referenceDate, "referenceDate");
        Row row = new Row(FIELDS.get(kind), field);

        String jenisKelamin = Sex.parse(row.get("jenis_kelamin"));
        String nikRaw = row.get("nik");
        NikCheck nik = nikChecker.check(nikRaw, jenisKelamin, referenceDate);
        KkCheck kk = row.has("no_kk") ? kkChecker.check(row.get("no_kk"), referenceDate) : null;

        String namaRaw = row.get("nama");
        StandardName nama = IndonesianName.standardize(namaRaw);

        String alamat = FreeText.tidy(row.get("alamat"));
        String rt = RtRw.normalize(row.get("rt"));
        String rw = RtRw.normalize(row.get("rw"));
        String dusun = FreeText.upper(row.get("dusun"));
        String kecamatanText = row.get("kecamatan");
        String desaText = row.get("desa");
        boolean needAddress = rt == null || rw == null || dusun == null || isBlank(desaText);
        AddressParts address = needAddress ? FreeTextAddress.parse(alamat) : AddressParts.NONE;
        if (isBlank(kecamatanText)) {
            kecamatanText = address.kecamatan();
        }
        if (isBlank(desaText)) {
            desaText = address.desa();
        }
        RegionMatch region = regions.resolve(new RegionQuery(
                row.get("kode_wilayah"), row.get("provinsi"), row.get("kabupaten"), kecamatanText, desaText));

        return new StandardPerson(
                IdDtks.parse(row.get("id_dtks")),
                nikRaw,
                nik.nik(),
                nik.status().name(),
                nik.reason(),
                nik.birthDate(),
                nik.sex(),
                kk == null ? null : kk.noKk(),
                kk == null ? null : kk.status().name(),
                namaRaw,
                nama.std(),
                nama.tokenKey(),
                date(row.get("tanggal_lahir"), referenceDate),
                jenisKelamin,
                FreeText.upper(row.get("tempat_lahir")),
                IndonesianName.standardize(row.get("nama_ibu")).std(),
                region.code(),
                region.status().name(),
                orFromTable(PlaceName.kecamatan(kecamatanText), region.code(), RegionLevel.KECAMATAN),
                orFromTable(PlaceName.village(desaText), region.code(), RegionLevel.DESA),
                alamat,
                dusun != null ? dusun : address.dusun(),
                rt != null ? rt : address.rt(),
                rw != null ? rw : address.rw(),
                FreeText.upper(row.get("hubungan_keluarga")),
                name(Peristiwa.parse(row.get("peristiwa"), peristiwaLabels)),
                date(row.get("tanggal_peristiwa"), referenceDate),
                Desil.parse(row.get("desil")),
                ProgramFlag.parse(row.get("pkh")),
                ProgramFlag.parse(row.get("bpnt")),
                ProgramFlag.parse(row.get("pbi")),
                ProgramFlag.parse(row.get("kip")),
                FreeText.tidy(row.get("keterangan_padan")),
                identifier(row.get("nisn")),
                identifier(row.get("no_kip")),
                SchoolClass.parse(row.get("kelas")),
                FreeText.upper(row.get("nama_sekolah")),
                IndonesianName.standardize(row.get("nama_ayah")).std(),
                date(row.get("tanggal_kematian"), referenceDate),
                identifier(row.get("nip")),
                FreeText.upper(row.get("instansi")),
                date(row.get("tanggal"), referenceDate));
    }

    /** The name as the file gives it, or the table's name for the resolved code when the file gives none. */
    private String orFromTable(String given, String code, RegionLevel level) {
        if (given != null || code == null || code.length() < level.digits()) {
            return given;
        }
        Region region = table.get(code.substring(0, level.digits()));
        return region == null ? null : region.name().toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(String raw, LocalDate referenceDate) {
        return raw == null ? null : DateParser.parse(raw, referenceDate).date();
    }

    /** NISN, NIP, KIP numbers: kept as text (leading zeros matter) without blanks, quotes or a float's ".0". */
    static String identifier(String raw) {
        String text = IdNumberText.unwrap(raw);
        if (text.isEmpty() || text.equals("-")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!NameTokenizer.isSpace(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        int n = sb.length();
        if (n > 2 && sb.charAt(n - 2) == '.' && sb.charAt(n - 1) == '0' && isDigits(sb, n - 2)) {
            sb.setLength(n - 2);
        }
        return sb.toString();
    }

    private static boolean isDigits(CharSequence text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return end > 0;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The fields of one row, limited to those its kind has. */
    private record Row(Set<String> fields, Function<String, String> source) {
        boolean has(String name) {
            return fields.contains(name);
        }

        String get(String name) {
            return fields.contains(name) ? source.apply(name) : null;
        }
    }
}
