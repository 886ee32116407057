package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.synth.SynthLayout;
import id.padan.synth.SynthOptions;
import id.padan.synth.Synthesizer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layout profiles at the edges: files that fit none, forced profiles, workbook options, DTSEN pairs, inspect. */
class ProfileInputTest {
    private static final String DTKS_2022 = "ID DTKS|PROVINSI|KABUPATEN/KOTA|KECAMATAN|DESA/KELUARAHAN|ALAMAT|DUSUN|RT|RW|"
            + "NOKK|NIK|NAMA|TANGGAL LAHIR|TEMPAT LAHIR|JENIS KELAMIN|PEKERJAAN|NAMA IBU KANDUNG|HUB KELUARGA|"
            + "KETERANGAN PADAN|BANSOS BPNT|BANSOS PKH|BANSOS BPNT-PPKM|PBI JKN";
    private static final String DTKS_2022_ROW = "98CF41C1-9EB9-4C3E-8A5B-1D2E3F405060|KALIMANTAN TENGAH|KAPUAS|SELAT|"
            + "MURUNG KERAMAT|JL. RAJIMAN||019|005|6203010404230013|6203012708890004|FAHRUL|1989-08-27|KAPUAS|"
            + "LAKI-LAKI|PETANI|GRACE|KEPALA KELUARGA|PADAN DUKCAPIL|TIDAK|YA|TIDAK|YA";

    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void setUp() {
        project = new TestProject(dir);
    }

    private Path data(String name) throws IOException {
        return Files.createDirectories(dir.resolve("data")).resolve(name);
    }

    private Path job(String sources) throws IOException {
        return project.job("p", """
                name: p
                root: ..
                warehouse: ../work/p.duckdb
                output: ../out/p
                sources:
                %s
                periods:
                  2026-T1: {reference_date: 2026-03-31}
                  2026-T2: {reference_date: 2026-09-30, previous: 2026-T1}
                """.formatted(sources.stripTrailing()));
    }

    @Test
    void aHeaderThatFitsNoProfileNamesTheClosestAndWhatItLacks() throws Exception {
        // a 2022 export whose NIK and NAMA columns were renamed by hand
        Files.writeString(data("dtks.txt"), DTKS_2022.replace("|NIK|", "|NO INDUK|").replace("|NAMA|", "|NM|")
                + "\n" + DTKS_2022_ROW + "\n");
        TestProject.Result result = TestProject.padan("run", job("""
                  - id: dtks
                    kind: dtks
                    path: ../data/dtks.txt
                """).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("dtks.txt").contains("no column for nik or nama")
                .contains("the closest is SIKS-NG DTKS 2022 (profile dtks-siks-ng-2022), which also has NIK, NAMA");
        assertThat(dir.resolve("work/p.duckdb")).doesNotExist();
    }

    @Test
    void aForcedProfileThatIsNotOfTheKindIsRefusedWithTheChoices() throws Exception {
        Files.writeString(data("dtks.txt"), DTKS_2022 + "\n" + DTKS_2022_ROW + "\n");
        TestProject.Result result = TestProject.padan("run", job("""
                  - id: dtks
                    kind: dtks
                    path: ../data/dtks.txt
                    profile: recipients-village
                """).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("the profile 'recipients-village' is not a layout of dtks files")
                .contains("dtks-siks-ng-2021").contains("dtks-siks-ng-2022").contains("dtks-dtsen-members");
    }

    @Test
    void aForcedProfileWithOneColumnOverriddenReadsTheFile() throws Exception {
        Files.writeString(data("dtks.txt"), DTKS_2022.replace("|NAMA|", "|NAMA ART|") + "\n" + DTKS_2022_ROW + "\n");
        TestProject.Result result = TestProject.padan("run", job("""
                  - id: dtks
                    kind: dtks
                    path: ../data/dtks.txt
                    profile: dtks-siks-ng-2022
                    columns: {nama: NAMA ART}
                """).toString());
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("dtks.txt: SIKS-NG DTKS 2022, 23 columns")
                .contains("no DESIL: GHOST_NOT_ELIGIBLE is skipped").contains("no PERISTIWA");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work/p.duckdb"));
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT nama_std, id_dtks, keterangan_padan, kode_wilayah, wilayah_status FROM person_std")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("FAHRUL");
            assertThat(rs.getString(2)).isEqualTo("98CF41C1-9EB9-4C3E-8A5B-1D2E3F405060");
            assertThat(rs.getString(3)).isEqualTo("PADAN DUKCAPIL");
            assertThat(rs.getString(4)).as("resolved from the names").isEqualTo("6203011006");
            assertThat(rs.getString(5)).isEqualTo("RESOLVED");
        }
    }

    private static void openSidWorkbook(Path file, boolean endMarker, List<String[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet program = workbook.createSheet("Program");
            cells(program.createRow(0), "Nama Program", "Bantuan Pangan Non Tunai (BPNT)");
            cells(program.createRow(1), "Rentang Waktu (Awal)", "01/07/2026");
            cells(program.createRow(2), "Rentang Waktu (Akhir)", "31/12/2026");
            Sheet peserta = workbook.createSheet("Peserta");
            cells(peserta.createRow(0), "Peserta", "No. Peserta", "NIK", "Nama", "Tempat Lahir", "Tanggal Lahir",
                    "Alamat");
            int at = 1;
            for (String[] row : rows) {
                cells(peserta.createRow(at++), row);
            }
            if (endMarker) {
                cells(peserta.createRow(at++), "###");
                cells(peserta.createRow(at), "Catatan: diunduh dari OpenSID");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private static final List<String[]> PESERTA = List.of(
            new String[] {"6203010404230013", "BPNT-01", "6203012708890004", "FAHRUL", "KAPUAS", "27-08-1989",
                "RT 004 RW - Dusun Mangsit DESA MURUNG KERAMAT KEC. SELAT"},
            new String[] {"6203010404230013", "BPNT-02", "6203016304920002", "SITI AMINAH", "KAPUAS", "23-04-1992",
                "RT.3/RW.1 DESA MURUNG KERAMAT KEC. SELAT"});

    private String dtksSource() throws IOException {
        Files.writeString(data("dtks.txt"), DTKS_2022 + "\n" + DTKS_2022_ROW + "\n");
        return """
                  - id: dtks
                    kind: dtks
                    path: ../data/dtks.txt
                """;
    }

    @Test
    void anOpenSidWorkbookTakesProgramAndPeriodFromItsProgramSheetAndStopsAtTheMarker() throws Exception {
        openSidWorkbook(data("bpnt.xlsx"), true, PESERTA);
        TestProject.Result result = TestProject.padan("run", job(dtksSource() + """
                  - id: bpnt
                    kind: recipients
                    path: ../data/bpnt.xlsx
                    program_sheet: Program
                """).toString());
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("bpnt.xlsx: OpenSID program bantuan workbook, 7 columns")
                .contains("bpnt.xlsx: 2 read = 2 loaded + 0 rejected (XLSX sheet 'Peserta', header row 1, data ends"
                        + " at '###')");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work/p.duckdb"));
                ResultSet rs = c.createStatement().executeQuery("SELECT program, periode, rt, rw, dusun, kode_wilayah"
                        + " FROM person_std WHERE source_kind = 'recipients' ORDER BY source_row")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(5), rs.getString(6)))
                    .containsExactly("BPNT", "2026-T2", "004", "MANGSIT", "6203011006");
            assertThat(rs.getString(4)).as("RW - is unknown").isNull();
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(3), rs.getString(4))).containsExactly("003", "001");
        }
    }

    @Test
    void validateShowsTheProfileAndTheProgramAndPeriodFromTheProgramSheet() throws Exception {
        openSidWorkbook(data("bpnt.xlsx"), true, PESERTA);
        TestProject.Result result = TestProject.padan("validate", job(dtksSource() + """
                  - id: bpnt
                    kind: recipients
                    path: ../data/bpnt.xlsx
                    program_sheet: Program
                """).toString());
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("bpnt.xlsx: OpenSID program bantuan workbook, 7 columns, recipients BPNT"
                + " 2026-T2, XLSX sheet 'Peserta'").contains("dtks.txt: SIKS-NG DTKS 2022, 23 columns, dtks,");
    }

    @Test
    void inspectWithAnUnknownProfileListsTheProfiles() throws Exception {
        Files.writeString(data("dtks.txt"), DTKS_2022 + "\n" + DTKS_2022_ROW + "\n");
        TestProject.Result result = TestProject.padan("inspect", "--profile", "siks-2022", data("dtks.txt").toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("--profile 'siks-2022' is not a built-in profile")
                .contains("dtks-siks-ng-2022");
    }

    @Test
    void aWorkbookWithoutItsEndMarkerIsReadToTheEnd() throws Exception {
        openSidWorkbook(data("bpnt.xlsx"), false, PESERTA);
        TestProject.Result result = TestProject.padan("run", job(dtksSource() + """
                  - id: bpnt
                    kind: recipients
                    path: ../data/bpnt.xlsx
                    program: BPNT
                    period: 2026-T2
                """).toString());
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("bpnt.xlsx: 2 read = 2 loaded + 0 rejected");
    }

    @Test
    void aSheetThatDoesNotExistIsNamedWithTheSheetsThereAre() throws Exception {
        openSidWorkbook(data("bpnt.xlsx"), true, PESERTA);
        TestProject.Result result = TestProject.padan("run", job(dtksSource() + """
                  - id: bpnt
                    kind: recipients
                    path: ../data/bpnt.xlsx
                    program: BPNT
                    period: 2026-T2
                    format: {sheet: Anggota}
                """).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("bpnt.xlsx").contains("has no sheet 'Anggota'")
                .contains("'Program', 'Peserta'");
    }

    @Test
    void aProgramSheetWhoseSpanHoldsNoPeriodSaysSo() throws Exception {
        openSidWorkbook(data("bpnt.xlsx"), true, PESERTA);
        TestProject.Result result = TestProject.padan("run", project.job("p", """
                name: p
                root: ..
                warehouse: ../work/p.duckdb
                sources:
                %s
                  - id: bpnt
                    kind: recipients
                    path: ../data/bpnt.xlsx
                    program_sheet: Program
                periods:
                  2026-T1: {reference_date: 2026-03-31}
                """.formatted(dtksSource().stripTrailing())).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("sheet 'Program' gives the span 2026-07-01 to 2026-12-31, and no period")
                .contains("set period: in the job file");
    }

    @Test
    void dtsenMembersWithoutTheirFamilyAreRejectedWithTheReasonAndCounted() throws Exception {
        Files.writeString(data("keluarga.csv"), """
                id_keluarga,no_kk,nik,provinsi,kabupaten,kecamatan,kelurahan,kode_wilayah,alamat,rt,rw,desil_nasional,peringkat_nasional
                K1,6203010404230013,6203012708890004,KALIMANTAN TENGAH,KAPUAS,SELAT,MURUNG KERAMAT,6203011006,JL. RAJIMAN,019,005,3,1
                """);
        Files.writeString(data("anggota.csv"), """
                id_keluarga,idsemesta,nama,nik,no_kk,hub_kepala_keluarga,pekerjaan_utama,keterangan_meninggal
                K1,3201000000000001,FAHRUL,6203012708890004,6203010404230013,Kepala Keluarga,Petani,
                K1,3201000000000002,GRACE,6203016304920002,6203010404230013,Istri,Mengurus Rumah Tangga,Sudah Meninggal
                K9,3201000000000003,ANTON,6203011201100001,6203019999990001,Kepala Keluarga,Buruh,
                """);
        Path job = project.job("p", """
                name: p
                root: ..
                warehouse: ../work/p.duckdb
                output: ../out/p
                sources:
                  - id: dtsen
                    kind: dtks
                    path: ../data/anggota.csv
                    families: ../data/keluarga.csv
                    peristiwa_labels:
                      Sudah Meninggal: MD
                """);
        TestProject.Result result = TestProject.padan("run", job.toString());
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("anggota.csv: DTSEN members, 8 columns")
                .contains("anggota.csv: 3 read = 2 loaded + 1 rejected")
                .contains("families joined from keluarga.csv (1 families) on id_keluarga")
                .contains("no tanggal_lahir, jenis_kelamin, nama_ibu");
        assertThat(Files.readString(dir.resolve("out/p/run-0001/rejects.csv")))
                .contains("anggota.csv,3,4,id_keluarga,id_keluarga K9 is not in the families file keluarga.csv");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("work/p.duckdb"));
                ResultSet rs = c.createStatement().executeQuery("SELECT id_dtks, desil, kode_wilayah, rt, peristiwa"
                        + " FROM person_std ORDER BY source_row")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .containsExactly("3201000000000001", "3", "6203011006", "019");
            assertThat(rs.getString(5)).isNull();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(5)).as("the job's label").isEqualTo("MD");
        }
    }

    @Test
    void aFamiliesTableGivenAsTheSourceItselfIsNamedAsSuch() throws Exception {
        Files.writeString(data("keluarga.csv"), """
                id_keluarga,no_kk,nik,provinsi,kabupaten,kecamatan,kelurahan,kode_wilayah,alamat,rt,rw,desil_nasional,peringkat_nasional
                K1,6203010404230013,6203012708890004,KALIMANTAN TENGAH,KAPUAS,SELAT,MURUNG KERAMAT,6203011006,JL. A,019,005,3,1
                """);
        TestProject.Result result = TestProject.padan("run", job("""
                  - id: dtsen
                    kind: dtks
                    path: ../data/keluarga.csv
                """).toString());
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("This is the DTSEN families table (profile dtks-dtsen-families)")
                .contains("give the members table as path: and this file as families:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "default, dtks_62.03.txt, dtks-default, DTKS default layout (DESIGN.md)",
        "dtks-siks-ng-2021, dtks_62.03.txt, dtks-siks-ng-2021, SIKS-NG DTKS 2021, 17 columns",
        "dtks-siks-ng-2022, dtks_62.03.txt, dtks-siks-ng-2022, SIKS-NG DTKS 2022, 23 columns",
        "dtsen, dtsen_anggota_62.03.csv, dtks-dtsen-members, DTSEN members, 8 columns",
        "dtsen, dtsen_keluarga_62.03.csv, dtks-dtsen-families, DTSEN families, 13 columns",
        "recipients-village, pkh_2026_t2.csv, recipients-village, Village recipient list with id_dtks, 12 columns",
        "recipients-opensid, pkh_2026_t1.xlsx, recipients-opensid, OpenSID program bantuan workbook, 7 columns",
        "recipients-sipintar, kip_2026_t1.csv, recipients-sipintar, SIPINTAR KIP/PIP list, 12 columns",
        "default, pkh_2026_t2.csv, recipients-default, 'PKH and KIP recipient lists, default layout'",
    })
    void inspectNamesTheProfileOfAFileOfEveryLayoutAndMasksNik(String layout, String file, String profile,
            String title) throws Exception {
        Path out = dir.resolve(layout);
        new Synthesizer().run(SynthOptions.of(30, 5, "62.03", out), SynthLayout.fromId(layout).orElseThrow());
        TestProject.Result result = TestProject.padan("inspect", out.resolve(file).toString());
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("profile:    " + profile + " - " + title).contains("columns:")
                .contains("first 5 rows (NIK and No. KK masked)").contains("header row: 1");
        assertThat(Pattern.compile("\\b\\d{16}\\b").matcher(result.out()).find()).as("an unmasked NIK or KK")
                .isFalse();
    }

    @Test
    void rowsWhoseRegionCannotBeResolvedFromTheNamesAreListed() throws Exception {
        Files.writeString(data("dtks.txt"), DTKS_2022 + "\n" + DTKS_2022_ROW + "\n"
                + DTKS_2022_ROW.replace("98CF41C1", "11111111").replace("MURUNG KERAMAT", "DESA ANTAH BERANTAH")
                        .replace("|SELAT|", "|ENTAH|").replace("6203012708890004", "6203012708890012") + "\n");
        TestProject.Result result = TestProject.padan("run", job("""
                  - id: dtks
                    kind: dtks
                    path: ../data/dtks.txt
                """).toString());
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("1 row(s) with no resolvable region").contains("unresolved_regions.csv");
        assertThat(Files.readAllLines(dir.resolve("out/p/run-0001/unresolved_regions.csv"))).hasSize(2)
                .element(1).asString().startsWith("dtks.txt,2,").contains("ENTAH").contains("ANTAH BERANTAH");
    }

    @Test
    void inspectOfAFileThatFitsNothingNamesTheClosestProfile() throws Exception {
        Files.writeString(data("odd.csv"), "nama_siswa,jenis_kelamin,tempat_lahir,tanggal_lahir,nisn,npsn\n"
                + "BUDI,L,KAPUAS,2012-01-02,0123456789,12345678\n");
        TestProject.Result result = TestProject.padan("inspect", "--kind", "dtks", data("odd.csv").toString());
        assertThat(result.out()).doesNotContain("first 5 rows");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(result.err()).contains("no built-in layout reads this header. The closest is");
    }
}
