package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SynthCommandTest {
    Path out;

    @BeforeEach
    void folder() throws IOException {
        out = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "synth-cli");
    }

    @AfterEach
    void delete() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    void oneRegencyWritesIntoTheFolderItself() {
        TestProject.Result r = TestProject.padan("synth", "--households", "60", "--regency", "62.03", "--out",
                out.toString());
        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(out.resolve("dtks_62.03.txt")).exists();
        assertThat(out.resolve("62.03")).doesNotExist();
        assertThat(out.resolve("job.yaml")).doesNotExist();
    }

    @Test
    void repeatedAndCommaListedRegenciesGoIntoTheirOwnFolders() {
        TestProject.Result r = TestProject.padan("synth", "--households", "120", "--regency", "62.01,6202",
                "--regency", "62.06", "--out", out.toString());
        assertThat(r.exitCode()).as(r.all()).isZero();
        for (String code : new String[]{"62.01", "62.02", "62.06"}) {
            assertThat(out.resolve(code).resolve("dtks_" + code + ".txt")).exists();
            assertThat(out.resolve(code).resolve("truth/cross_regency.csv")).exists();
        }
        assertThat(out.resolve("job.yaml")).exists();
        assertThat(r.out()).contains("3 regencies", "62.01 -> 62.06");
    }

    @Test
    void severalRegenciesRefuseAnotherLayoutAndACodeTwice() {
        TestProject.Result layout = TestProject.padan("synth", "--households", "50", "--regency", "62.01,62.02",
                "--layout", "dtsen", "--out", out.toString());
        assertThat(layout.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(layout.err()).contains("--layout dtsen is for one regency");
        TestProject.Result twice = TestProject.padan("synth", "--households", "50", "--regency", "62.01,62.01",
                "--out", out.toString());
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.BAD_USAGE);
        assertThat(twice.err()).contains("given twice");
        assertThat(out.resolve("62.01")).doesNotExist();
    }
}
