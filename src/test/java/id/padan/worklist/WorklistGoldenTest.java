package id.padan.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.job.JobDefinition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the worklists of {@link SmallCases} and compares every cell of a generated workbook with the reviewed
 * golden file. To accept a deliberate change, run once with {@code -Dpadan.golden.update=true} and review the diff.
 */
class WorklistGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/worklist/worklist-620301-KAPUAS-KUALA.golden.txt");

    @TempDir
    Path dir;

    static WorklistWriter.Written write(Path dir, JobDefinition.Worklists options) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            SmallCases.create(c);
            return new WorklistWriter(options, "job kapuas, run-0007").write(c, SmallCases.CASES, SmallCases.PERSON_STD, dir);
        }
    }

    @Test
    void kapuasKualaWorkbookMatchesTheGoldenFileCellByCell() throws Exception {
        write(dir, new JobDefinition.Worklists(null, Map.of("Kapuas Kuala", "Rahmat Hidayat")));
        List<String> actual = WorkbookDump.of(dir.resolve("worklist-620301-KAPUAS-KUALA.xlsx"));
        if (Boolean.getBoolean("padan.golden.update")) {
            Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        List<String> golden = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(golden.size(), actual.size()); i++) {
            assertThat(actual.get(i)).as("line %d of %s", i + 1, GOLDEN).isEqualTo(golden.get(i));
        }
        assertThat(actual).hasSameSizeAs(golden);
    }

    @Test
    void everyFileIsOwnerOnlyAndEveryCsvStartsWithABom() throws Exception {
        WorklistWriter.Written written = write(dir, JobDefinition.Worklists.DEFAULT);
        assertThat(written.rows()).isEqualTo(5);
        assertThat(written.villageSheets()).isEqualTo(4);
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).containsExactly(
                "worklist-620301-KAPUAS-KUALA-6203012001-SELAT-DALAM.csv",
                "worklist-620301-KAPUAS-KUALA-6203012002-BATANJUNG.csv",
                "worklist-620301-KAPUAS-KUALA-RINGKASAN.csv",
                "worklist-620301-KAPUAS-KUALA.xlsx",
                "worklist-620302-KAPUAS-TIMUR-6203022003-ANJIR-SERAPAT.csv",
                "worklist-620302-KAPUAS-TIMUR-RINGKASAN.csv",
                "worklist-620302-KAPUAS-TIMUR.xlsx",
                "worklist-TIDAK-DIKETAHUI-DESA-TIDAK-DIKETAHUI.csv",
                "worklist-TIDAK-DIKETAHUI-RINGKASAN.csv",
                "worklist-TIDAK-DIKETAHUI.xlsx",
                "worklist-all.csv");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo("rw-------");
                if (f.toString().endsWith(".csv")) {
                    byte[] bytes = Files.readAllBytes(f);
                    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as(f + " starts with the UTF-8 BOM")
                            .containsExactly(0xEF, 0xBB, 0xBF);
                }
            }
        }
        List<String> all = Files.readAllLines(dir.resolve(WorklistWriter.ALL_CSV), StandardCharsets.UTF_8);
        assertThat(all.get(0)).startsWith("\uFEFFKECAMATAN,DESA,KODE WILAYAH,NO,ID KASUS,NAMA,NIK,");
        assertThat(String.join("\n", all)).as("NIK masked by default").contains("620301******0003")
                .doesNotContain("6203014512800003");
    }

    @Test
    void fullNikOnlyWhenTheJobAsks() throws Exception {
        write(dir, new JobDefinition.Worklists(true, Map.of()));
        assertThat(Files.readString(dir.resolve(WorklistWriter.ALL_CSV))).contains("6203014512800003");
    }
}
