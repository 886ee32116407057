package id.padan.synth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Rewrites files the generator wrote in their default layout into another {@link SynthLayout}, row for row, so the
 * same people appear in the same order and the truth stays valid (file names the truth cites are renamed with the
 * files). Values are copied, never re-drawn; only what a layout writes differently changes (sex as {@code 1}/{@code 2},
 * RT/RW inside the address, a DTSEN death label instead of a code).
 */
final class LayoutRewriter {
    /**
     * Share of village rows with a registry id that get another registry person's id instead (trap); at least one
     * per list.
     */
    static final double ID_CONFLICT_RATE = 0.03;

    static final List<String> SIKS_NG_2021_HEADER = List.of("ID DTKS", "PROVINSI", "KABUPATEN/KOTA", "KECAMATAN",
            "DESA/KELUARAHAN", "ALAMAT", "DUSUN", "RT", "RW", "NOMOR KK", "NOMOR NIK", "NAMA", "TANGGAL LAHIR",
            "TEMPAT LAHIR", "JENIS KELAMIN", "NAMA IBU KANDUNG", "HUBUNGAN KELUARGA");
    static final List<String> SIKS_NG_2022_HEADER = List.of("ID DTKS", "PROVINSI", "KABUPATEN/KOTA", "KECAMATAN",
            "DESA/KELUARAHAN", "ALAMAT", "DUSUN", "RT", "RW", "NOKK", "NIK", "NAMA", "TANGGAL LAHIR", "TEMPAT LAHIR",
            "JENIS KELAMIN", "PEKERJAAN", "NAMA IBU KANDUNG", "HUB KELUARGA", "KETERANGAN PADAN", "BANSOS BPNT",
            "BANSOS PKH", "BANSOS BPNT-PPKM", "PBI JKN");
    static final List<String> DTSEN_FAMILIES_HEADER = List.of("id_keluarga", "no_kk", "nik", "provinsi", "kabupaten",
            "kecamatan", "kelurahan", "kode_wilayah", "alamat", "rt", "rw", "desil_nasional", "peringkat_nasional");
    static final List<String> DTSEN_MEMBERS_HEADER = List.of("id_keluarga", "idsemesta", "nama", "nik", "no_kk",
            "hub_kepala_keluarga", "pekerjaan_utama", "keterangan_meninggal");
    static final List<String> VILLAGE_HEADER = List.of("No", "id_dtks", "NIK", "No KK", "Nama", "JK", "Tgl Lahir",
            "Alamat", "Desa", "Kecamatan", "Program", "Tahap");
    static final List<String> OPENSID_HEADER = List.of("Peserta", "No. Peserta", "NIK", "Nama", "Tempat Lahir",
            "Tanggal Lahir", "Alamat");
    static final List<String> SIPINTAR_HEADER = List.of("nama_pd", "jenis_kelamin", "tempat_lahir", "tanggal_lahir",
            "nisn", "nama_ibu", "nama_ayah", "npsn", "nama_sekolah", "rombel_id", "tingkat_pendidikan", "no_kip");

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SynthOptions o;
    private final Path out;

    LayoutRewriter(SynthOptions o) {
        this.o = o;
        this.out = o.outDir();
    }

    /** Rewrites the files of the layout; returns the files it wrote with their data rows. */
    Map<String, Long> rewrite(SynthLayout layout) throws IOException {
        if (layout != SynthLayout.DEFAULT) {
            appendReadme("\n\nlayout " + layout.id() + " (padan synth --layout " + layout.id() + "): "
                    + layout.description() + ".\n  The same people in the same rows as the default layout, so every"
                    + " source_row above still holds.\n");
        }
        return switch (layout) {
            case DEFAULT -> Map.of();
            case SIKS_NG_2021 -> Map.of(SynthFiles.dtks(o.regencyCode()), siksNg(SIKS_NG_2021_HEADER));
            case SIKS_NG_2022 -> Map.of(SynthFiles.dtks(o.regencyCode()), siksNg(SIKS_NG_2022_HEADER));
            case DTSEN -> dtsen();
            case VILLAGE -> village();
            case OPENSID -> openSid();
            case SIPINTAR -> sipintar();
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // registry
    // ---------------------------------------------------------------------------------------------------------

    private List<Map<String, String>> dtksRows() throws IOException {
        return read(out.resolve(SynthFiles.dtks(o.regencyCode())), '|', StandardCharsets.UTF_8);
    }

    private long siksNg(List<String> header) throws IOException {
        List<Map<String, String>> rows = dtksRows();
        String name = SynthFiles.dtks(o.regencyCode());
        try (CsvSink sink = new CsvSink(out.resolve(name), name, '|', StandardCharsets.UTF_8, "\n", true, false,
                header)) {
            for (Map<String, String> r : rows) {
                Map<String, String> v = new HashMap<>(r);
                v.put("DESA/KELUARAHAN", r.get("DESA/KELURAHAN"));
                v.put("NOKK", r.get("NOMOR KK"));
                v.put("NIK", r.get("NOMOR NIK"));
                v.put("HUB KELUARGA", r.get("HUBUNGAN KELUARGA"));
                v.put("PEKERJAAN", occupation(r));
                v.put("KETERANGAN PADAN", r.get("NOMOR NIK").matches("\\d{16}") ? "PADAN DUKCAPIL" : "BELUM PADAN");
                v.put("BANSOS BPNT", r.get("BPNT"));
                v.put("BANSOS PKH", r.get("PKH"));
                v.put("BANSOS BPNT-PPKM", "TIDAK");
                v.put("PBI JKN", r.get("PBI"));
                sink.row(header.stream().map(v::get).toArray(String[]::new));
            }
            return rows.size();
        }
    }

    private static String occupation(Map<String, String> r) {
        String relation = r.get("HUBUNGAN KELUARGA");
        return relation.equals("KEPALA KELUARGA") ? "PETANI/PEKEBUN"
                : relation.equals("ANAK") ? "PELAJAR/MAHASISWA" : "MENGURUS RUMAH TANGGA";
    }

    private Map<String, Long> dtsen() throws IOException {
        List<Map<String, String>> rows = dtksRows();
        SynthLayout layout = SynthLayout.DTSEN;
        String familiesName = layout.familiesFile(o.regencyCode());
        String membersName = layout.dtksFile(o.regencyCode());
        long families = 0;
        try (CsvSink familySink = new CsvSink(out.resolve(familiesName), familiesName, ',', StandardCharsets.UTF_8,
                "\n", false, false, DTSEN_FAMILIES_HEADER);
                CsvSink memberSink = new CsvSink(out.resolve(membersName), membersName, ',', StandardCharsets.UTF_8,
                        "\n", false, false, DTSEN_MEMBERS_HEADER)) {
            int start = 0;
            while (start < rows.size()) {
                // a family is a run of rows with one KK, as the export lists each family's members together
                int end = start + 1;
                while (end < rows.size() && rows.get(end).get("NOMOR KK").equals(rows.get(start).get("NOMOR KK"))) {
                    end++;
                }
                families++;
                String idKeluarga = String.format(Locale.ROOT, "%s%08d", o.regencyCode().replace(".", ""), families);
                Map<String, String> head = rows.get(start);
                for (int i = start; i < end; i++) {
                    if (rows.get(i).get("HUBUNGAN KELUARGA").equals("KEPALA KELUARGA")) {
                        head = rows.get(i);
                        break;
                    }
                }
                familySink.row(idKeluarga, head.get("NOMOR KK"), head.get("NOMOR NIK"), head.get("PROVINSI"),
                        head.get("KABUPATEN/KOTA"), head.get("KECAMATAN"), head.get("DESA/KELURAHAN"),
                        head.get("KODE WILAYAH"), head.get("ALAMAT"), head.get("RT"), head.get("RW"), head.get("DESIL"),
                        Long.toString(families));
                for (int i = start; i < end; i++) {
                    Map<String, String> m = rows.get(i);
                    memberSink.row(idKeluarga, m.get("ID DTKS"), m.get("NAMA"), m.get("NOMOR NIK"), m.get("NOMOR KK"),
                            m.get("HUBUNGAN KELUARGA"), occupation(m), deathLabel(m.get("PERISTIWA")));
                }
                start = end;
            }
        }
        Files.delete(out.resolve(SynthFiles.dtks(o.regencyCode())));
        appendReadme("""
                  idsemesta is the person's ID DTKS (so person_key still names them), id_keluarga numbers the
                  families in file order, and PERISTIWA is written as DTSEN's label (Meninggal, Pindah, Pindah
                  Datang, Tidak Ditemukan, Menolak). Members have no birth date, sex or mother's name.
                """);
        Map<String, Long> written = new LinkedHashMap<>();
        written.put(familiesName, families);
        written.put(membersName, (long) rows.size());
        return written;
    }

    /** DTSEN's words for the PERISTIWA codes. */
    static String deathLabel(String peristiwa) {
        return switch (peristiwa) {
            case "MD" -> "Meninggal";
            case "PD" -> "Pindah";
            case "DD" -> "Pindah Datang";
            case "TT" -> "Tidak Ditemukan";
            case "MM" -> "Menolak";
            default -> "";
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // recipient lists
    // ---------------------------------------------------------------------------------------------------------

    private List<String> pkhNames() {
        return List.of(SynthFiles.pkh(o.period1Date(), 1), SynthFiles.pkh(o.period2Date(), 2));
    }

    /** The PKH list of a period as written: t1 plain UTF-8 with commas, t2 Excel's ; and Windows-1252. */
    private List<Map<String, String>> pkhRows(int period) throws IOException {
        Path file = out.resolve(pkhNames().get(period - 1));
        return period == 1 ? read(file, ',', StandardCharsets.UTF_8) : read(file, ';', WINDOWS_1252);
    }

    /** person key (or outside key) of each (file, row) of truth/links.csv. */
    private Map<String, String> linkedKeys() throws IOException {
        Map<String, String> keys = new HashMap<>();
        for (Map<String, String> link : read(out.resolve(SynthFiles.TRUTH_LINKS), ',', StandardCharsets.UTF_8)) {
            String key = link.get("person_key").isEmpty() ? link.get("outside_key") : link.get("person_key");
            keys.put(link.get("source_file") + "#" + link.get("source_row"), key);
        }
        return keys;
    }

    private record Registered(String key, boolean inDtks, String name, String birth, String sex) {
    }

    private Map<String, Registered> persons() throws IOException {
        Map<String, Registered> persons = new LinkedHashMap<>();
        for (Map<String, String> p : read(out.resolve(SynthFiles.TRUTH_PERSONS), ',', StandardCharsets.UTF_8)) {
            persons.put(p.get("person_key"), new Registered(p.get("person_key"), p.get("in_dtks").equals("YA"),
                    p.get("nama"), p.get("tanggal_lahir"), p.get("jenis_kelamin")));
        }
        return persons;
    }

    private Map<String, Long> village() throws IOException {
        Map<String, String> keys = linkedKeys();
        Map<String, Registered> persons = persons();
        List<Registered> registry = persons.values().stream().filter(Registered::inDtks).toList();
        SplittableRandom random = new SplittableRandom(o.seed() * 31 + 7);
        Map<String, Long> written = new LinkedHashMap<>();
        List<String[]> traps = new ArrayList<>();
        for (int period = 1; period <= 2; period++) {
            String name = pkhNames().get(period - 1);
            List<Map<String, String>> rows = pkhRows(period);
            List<Integer> withId = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Registered person = persons.get(keys.get(name + "#" + (i + 1)));
                if (person != null && person.inDtks()) {
                    withId.add(i);
                }
            }
            // at least one conflict per list that has ids, so every list tests it
            int conflicts = withId.isEmpty() ? 0 : Math.max(1, (int) Math.round(ID_CONFLICT_RATE * withId.size()));
            Set<Integer> conflicting = new HashSet<>();
            while (conflicting.size() < conflicts) {
                conflicting.add(withId.get(random.nextInt(withId.size())));
            }
            try (CsvSink sink = new CsvSink(out.resolve(name), name, ',', StandardCharsets.UTF_8, "\n", false, false,
                    VILLAGE_HEADER)) {
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, String> r = rows.get(i);
                    long row = i + 1;
                    Registered person = persons.get(keys.get(name + "#" + row));
                    String idDtks = person != null && person.inDtks() ? person.key() : "";
                    if (conflicting.contains(i)) {
                        Registered other = clearlyOther(person, registry, random);
                        if (other != null) {
                            idDtks = other.key();
                            traps.add(new String[] {SynthFiles.TRAP_ID_DTKS_CONFLICT, name, Long.toString(row), person.key(),
                                    "id_dtks " + other.key() + " belongs to " + other.name() + " (" + other.birth()
                                            + "), not to " + person.name() + " (" + person.birth() + ")"});
                        }
                    }
                    String sex = person == null ? "" : sexCode(person.sex(), period);
                    sink.row(r.get("NO"), idDtks, r.get("NIK"), r.get("NO KK"), r.get("NAMA PENGURUS"), sex,
                            r.get("TANGGAL LAHIR"), addressWithRtRw(r.get("ALAMAT"), r.get("RT"), r.get("RW"), i),
                            r.get("KELURAHAN"), r.get("KECAMATAN"), r.get("PROGRAM"), r.get("PERIODE"));
                }
                written.put(name, (long) rows.size());
            }
        }
        appendTraps(traps);
        appendReadme("""
                  The PKH lists are village lists: one row per person with id_dtks (the registry person's ID DTKS),
                  sex as 1/2 (t1) or Lk/Pr (t2), and RT/RW inside Alamat instead of their own columns. About 3%
                  of the rows with an id (at least one per list) carry the id of another registry person whose
                  name and birth date clearly differ: traps.csv lists each as ID_DTKS_CONFLICT with the row, the true person_key and, in note,
                  whose id was written. Linking on id_dtks must take every other id and none of these.
                """);
        return written;
    }

    /**
     * A registry person whose name shares no word with the person's and who was born at least five years apart:
     * an id that clearly is not theirs.
     */
    private static Registered clearlyOther(Registered person, List<Registered> registry, SplittableRandom random) {
        Set<String> words = new HashSet<>(Arrays.asList(person.name().split(" ")));
        for (int attempt = 0; attempt < 50; attempt++) {
            Registered other = registry.get(random.nextInt(registry.size()));
            boolean sharesWord = Arrays.stream(other.name().split(" ")).anyMatch(words::contains);
            if (!sharesWord && yearsApart(person.birth(), other.birth()) >= 5) {
                return other;
            }
        }
        return null;
    }

    private static int yearsApart(String isoDate, String otherIsoDate) {
        if (isoDate.length() < 4 || otherIsoDate.length() < 4) {
            return 0;
        }
        return Math.abs(Integer.parseInt(isoDate.substring(0, 4)) - Integer.parseInt(otherIsoDate.substring(0, 4)));
    }

    /** Sex as village lists write it: the Dukcapil code 1/2 in one period, Lk/Pr in the other. */
    static String sexCode(String sex, int period) {
        boolean female = sex.equals("P");
        return period == 1 ? (female ? "2" : "1") : (female ? "Pr" : "Lk");
    }

    /** The address with RT and RW written into it the ways village lists do; "-" where the number is unknown. */
    static String addressWithRtRw(String street, String rt, String rw, int row) {
        if (street.startsWith("RT ")) {
            // the generator already wrote this address the village way
            return street;
        }
        String rtText = rt.isBlank() ? "-" : rt;
        String rwText = rw.isBlank() ? "-" : rw;
        String numbers = switch (row % 3) {
            case 0 -> "RT " + rtText + " RW " + rwText;
            case 1 -> "RT." + stripZeros(rtText) + "/RW." + stripZeros(rwText);
            default -> "rt " + stripZeros(rtText) + " rw " + stripZeros(rwText);
        };
        return street.isBlank() ? numbers : street + " " + numbers;
    }

    private static String stripZeros(String number) {
        return number.replaceFirst("^0+(?=\\d)", "");
    }

    private Map<String, Long> openSid() throws IOException {
        Map<String, Long> written = new LinkedHashMap<>();
        List<LocalDate> references = List.of(o.period1Date(), o.period2Date());
        for (int period = 1; period <= 2; period++) {
            String defaultName = pkhNames().get(period - 1);
            String name = SynthLayout.OPENSID.pkhFile(defaultName);
            List<Map<String, String>> rows = pkhRows(period);
            LocalDate reference = references.get(period - 1);
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                Sheet program = workbook.createSheet("Program");
                cells(program.createRow(0), "Nama Program", "Program Keluarga Harapan (PKH)");
                cells(program.createRow(1), "Sasaran Peserta", "Keluarga");
                cells(program.createRow(2), "Rentang Waktu (Awal)", reference.withDayOfMonth(1).minusMonths(2)
                        .format(DAY_FIRST));
                cells(program.createRow(3), "Rentang Waktu (Akhir)", reference.format(DAY_FIRST));
                Sheet peserta = workbook.createSheet("Peserta");
                cells(peserta.createRow(0), OPENSID_HEADER.toArray(String[]::new));
                int at = 1;
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, String> r = rows.get(i);
                    String address = addressWithRtRw(r.get("ALAMAT"), r.get("RT"), r.get("RW"), 0)
                            + (r.get("KELURAHAN").isBlank() ? "" : " DESA " + r.get("KELURAHAN"))
                            + (r.get("KECAMATAN").isBlank() ? "" : " KEC. " + r.get("KECAMATAN"));
                    cells(peserta.createRow(at++), r.get("NO KK"), String.format(Locale.ROOT, "PKH-%06d", i + 1),
                            r.get("NIK"), r.get("NAMA PENGURUS"), "", r.get("TANGGAL LAHIR"), address);
                }
                cells(peserta.createRow(at++), "###");
                cells(peserta.createRow(at), "Catatan: data peserta diunduh dari OpenSID; baris di bawah ### bukan"
                        + " data");
                Path file = out.resolve(name);
                try (OutputStream stream = Files.newOutputStream(file)) {
                    workbook.write(stream);
                }
            }
            Files.delete(out.resolve(defaultName));
            renameInTruth(defaultName, name);
            appendReadme("  " + defaultName + " is now " + name + "; the truth files cite the new name.\n");
            written.put(name, (long) rows.size());
        }
        return written;
    }

    /** Text cells only: NIK and KK must never become numbers. */
    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private Map<String, Long> sipintar() throws IOException {
        Map<String, Long> written = new LinkedHashMap<>();
        List<String> names = List.of(SynthFiles.kip(o.period1Date(), 1), SynthFiles.kip(o.period2Date(), 2));
        for (String name : names) {
            List<Map<String, String>> rows = read(out.resolve(name), ',', StandardCharsets.UTF_8);
            try (CsvSink sink = new CsvSink(out.resolve(name), name, ',', StandardCharsets.UTF_8, "\n", false, false,
                    SIPINTAR_HEADER)) {
                for (Map<String, String> r : rows) {
                    String school = r.get("NAMA SEKOLAH");
                    String npsn = String.format(Locale.ROOT, "%08d", Math.floorMod(school.hashCode(), 100_000_000));
                    String rombel = UUID.nameUUIDFromBytes((school + "|" + r.get("KLS"))
                            .getBytes(StandardCharsets.UTF_8)).toString();
                    sink.row(r.get("NAMA SISWA"), r.get("JENIS KELAMIN"), r.get("TEMPAT LAHIR"),
                            r.get("TANGGAL LAHIR"), r.get("NISN"), r.get("NAMA IBU"), r.get("NAMA AYAH"), npsn, school,
                            rombel, r.get("KLS"), r.get("NO. KIP"));
                }
            }
            written.put(name, (long) rows.size());
        }
        return written;
    }

    // ---------------------------------------------------------------------------------------------------------
    // files
    // ---------------------------------------------------------------------------------------------------------

    /** A generated CSV file as header name to value per row (the generator's files have unique headers). */
    private static List<Map<String, String>> read(Path file, char delimiter, Charset charset) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, charset); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            for (CSVRecord record : parser) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.get(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private void appendTraps(List<String[]> traps) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String[] trap : traps) {
            for (int i = 0; i < trap.length; i++) {
                String field = trap[i];
                boolean quote = field.contains(",") || field.contains("\"");
                text.append(i == 0 ? "" : ",").append(quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
            }
            text.append('\n');
        }
        Files.writeString(out.resolve(SynthFiles.TRUTH_TRAPS), text, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    private void appendReadme(String text) throws IOException {
        Files.writeString(out.resolve(SynthFiles.TRUTH_README), text, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    /** The truth cites files by name; a layout that renames a file renames it there too. */
    private void renameInTruth(String from, String to) throws IOException {
        for (String truth : List.of(SynthFiles.TRUTH_LINKS, SynthFiles.TRUTH_FLAGS, SynthFiles.TRUTH_DROPS,
                SynthFiles.TRUTH_TRAPS, SynthFiles.TRUTH_COMPLAINT_LINKS)) {
            Path file = out.resolve(truth);
            if (Files.exists(file)) {
                Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(from, to),
                        StandardCharsets.UTF_8);
            }
        }
    }
}
