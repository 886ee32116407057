package id.padan.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The files use the default layouts of DESIGN.md "Inputs", byte for byte in their headers, with the known mess. */
class SynthLayoutTest {
    static Path dir;

    @BeforeAll
    static void generate() throws IOException {
        dir = TestDirs.create("synth-layout");
        new Synthesizer(TestRegions.get()).run(SynthOptions.of(500, 3L, "62.03", dir));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        TestDirs.delete(dir);
    }

    static String firstLine(String file, Charset cs) throws IOException {
        String text = Files.readString(dir.resolve(file), cs);
        int end = text.indexOf('\n');
        return text.substring(0, end);
    }

    @Test
    void dtksExportIsPipeDelimitedWithEveryFieldQuoted() throws IOException {
        assertThat(firstLine("dtks_62.03.txt", StandardCharsets.UTF_8)).isEqualTo(
                "\"ID DTKS\"|\"PROVINSI\"|\"KABUPATEN/KOTA\"|\"KECAMATAN\"|\"DESA/KELURAHAN\"|\"KODE WILAYAH\"|"
                        + "\"ALAMAT\"|\"DUSUN\"|\"RT\"|\"RW\"|\"NOMOR KK\"|\"NOMOR NIK\"|\"NAMA\"|\"TANGGAL LAHIR\"|"
                        + "\"TEMPAT LAHIR\"|\"JENIS KELAMIN\"|\"NAMA IBU KANDUNG\"|\"HUBUNGAN KELUARGA\"|\"PERISTIWA\"|"
                        + "\"TANGGAL PERISTIWA\"|\"DESIL\"|\"PKH\"|\"BPNT\"|\"PBI\"|\"KIP\"");
        List<String> lines = Files.readAllLines(dir.resolve("dtks_62.03.txt"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).startsWith("\"").endsWith("\"");
            assertThat(line.split("\"\\|\"", -1)).hasSize(25);
        }
    }

    @Test
    void pkhListsPreviousPlainCurrentExcelIndonesian() throws IOException {
        assertThat(firstLine("pkh_2026_t1.csv", StandardCharsets.UTF_8)).isEqualTo(
                "NO,NIK,NO KK,NAMA PENGURUS,TANGGAL LAHIR,KODE WILAYAH,KECAMATAN,KELURAHAN,ALAMAT,RT,RW,PROGRAM,"
                        + "PERIODE");
        Charset cp1252 = Charset.forName("windows-1252");
        assertThat(firstLine("pkh_2026_t2.csv", cp1252)).isEqualTo(
                "NO;NIK;NO KK;NAMA PENGURUS;TANGGAL LAHIR;KODE WILAYAH;KECAMATAN;KELURAHAN;ALAMAT;RT;RW;PROGRAM;"
                        + "PERIODE\r");
        byte[] raw = Files.readAllBytes(dir.resolve("pkh_2026_t2.csv"));
        int lf = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                lf++;
                assertThat(raw[i - 1]).as("CRLF line ends").isEqualTo((byte) '\r');
            }
        }
        assertThat(lf).isGreaterThan(10);
        Tables t2 = Tables.read(dir.resolve("pkh_2026_t2.csv"), cp1252, ';');
        for (var row : t2.rows) {
            assertThat(row.get("TANGGAL LAHIR")).matches("|\\d{2}/\\d{2}/\\d{4}");
            assertThat(row.get("RT")).matches("[1-9]\\d*");
            assertThat(row.get("KODE WILAYAH")).matches("\\d{10}");
            assertThat(row.get("PROGRAM")).isEqualTo("PKH");
            assertThat(row.get("PERIODE")).isEqualTo("2026-T2");
        }
        Tables t1 = Tables.read(dir.resolve("pkh_2026_t1.csv"), StandardCharsets.UTF_8, ',');
        assertThat(t1.rows).anySatisfy(r -> assertThat(r.get("RT")).matches("\\d{3}"));
        assertThat(t1.rows).allSatisfy(r -> assertThat(r.get("KODE WILAYAH")).matches("\\d\\d\\.\\d\\d\\.\\d\\d\\.\\d{4}"));
    }

    @Test
    void kipListsHaveTheDefaultHeaderPreviousWithByteOrderMark() throws IOException {
        String header = "NO,NO. KIP,NISN,NOKK,NAMA SISWA,NIK,JENIS KELAMIN,TEMPAT LAHIR,TANGGAL LAHIR,ALAMAT,RT,RW,"
                + "DESA,KEC,NAMA IBU,NAMA AYAH,NAMA SEKOLAH,KLS";
        assertThat(firstLine("kip_2026_t1.csv", StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + header);
        assertThat(firstLine("kip_2026_t2.csv", StandardCharsets.UTF_8)).isEqualTo(header);
        Tables t = Tables.read(dir.resolve("kip_2026_t2.csv"), StandardCharsets.UTF_8, ',');
        assertThat(t.rows).allSatisfy(r -> {
            assertThat(Integer.parseInt(r.get("KLS"))).isBetween(1, 12);
            assertThat(r.get("JENIS KELAMIN")).isIn("L", "P", "LAKI-LAKI", "PEREMPUAN");
            assertThat(r.get("NISN")).matches("\\d{10}");
        });
    }

    @Test
    void complaintAndReferenceHeaders() throws IOException {
        assertThat(firstLine("pengaduan_puskesos.csv", StandardCharsets.UTF_8)).isEqualTo(
                "NO_PENDAFTARAN,TANGGAL,KODE_WILAYAH,DESA,JENIS_PELAPOR,NIK,NO_KK,NAMA,TGL_LAHIR,ALAMAT,TELP,"
                        + "HUBUNGAN_TERLAPOR,KATEGORI,PROGRAM,KELUHAN_DETAIL");
        assertThat(firstLine("kematian_dukcapil.csv", StandardCharsets.UTF_8)).isEqualTo(
                "NIK,NAMA_LGKP,TGL_LHR,TGL_KEMATIAN");
        assertThat(firstLine("pns.csv", StandardCharsets.UTF_8)).isEqualTo("NIP,NIK,NAMA,INSTANSI");
        assertThat(firstLine("penduduk_desa.csv", StandardCharsets.UTF_8)).isEqualTo(
                "KODE_WILAYAH,NAMA_DESA,JUMLAH_PENDUDUK");
        Tables pns = Tables.read(dir.resolve("pns.csv"), StandardCharsets.UTF_8, ',');
        assertThat(pns.rows).allSatisfy(r -> assertThat(r.get("NIP")).matches("\\d{18}"));
    }

    @Test
    void truthHeadersAndReadme() throws IOException {
        assertThat(firstLine("truth/persons.csv", StandardCharsets.UTF_8)).isEqualTo(
                String.join(",", SynthFiles.TRUTH_PERSONS_HEADER));
        assertThat(firstLine("truth/links.csv", StandardCharsets.UTF_8)).startsWith(
                "source_file,source_row,person_key");
        assertThat(firstLine("truth/flags.csv", StandardCharsets.UTF_8)).startsWith(
                "flag,program,periode,source_file,source_row,person_key,group_id,note");
        assertThat(firstLine("truth/drops.csv", StandardCharsets.UTF_8)).contains("reason");
        assertThat(firstLine("truth/complaint_links.csv", StandardCharsets.UTF_8)).contains("pmks");
        assertThat(Files.readString(dir.resolve("truth/README.txt"))).contains("flags.csv", "2026-09-30");
    }

    @Test
    void noTimestampsOrRunSpecificPathsInsideFiles() throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(p, StandardCharsets.ISO_8859_1);
                assertThat(text).doesNotContain(dir.toString());
                assertThat(text).doesNotContain(java.time.LocalDate.now().toString());
            }
        }
    }
}
