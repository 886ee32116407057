package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong link config or job linking key is a user error: a message with the place and a fix, exit code 2. */
class LinkConfigTest {
    @TempDir
    Path dir;

    @Test
    void aBadLinkConfigListsEveryProblem() throws Exception {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, """
                left: a.csv
                output: out
                comparisons:
                  - {type: fuzzy, column: nama}
                blocking:
                  - {name: X, keys: ["alamat:soundex"]}
                """);
        TestProject.Result result = TestProject.padan("link", "--config", config.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .contains("id: missing")
                .contains("comparisons[0].type: 'fuzzy' is not a comparison")
                .contains("unknown key transform 'soundex'")
                .doesNotContain("Exception");
    }

    @Test
    void aMissingColumnNamesTheFileAndItsColumns() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "id,nama\n1,SITI AMINAH\n2,SITI AMINAH\n");
        Path config = dir.resolve("link.yaml");
        Files.writeString(config, """
                left: a.csv
                id: id
                output: out
                comparisons:
                  - {type: name, column: nama_lengkap}
                blocking:
                  - {name: NAMA, keys: [nama_lengkap]}
                """);
        TestProject.Result result = TestProject.padan("link", "--config", config.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("a.csv has no column 'nama_lengkap' (its columns: ");
    }

    @Test
    void aJobWithAnUnknownBlockingColumnOrTrainingRuleIsRefused() throws Exception {
        TestProject project = TestProject.withSampleData(dir);
        Path job = project.sampleJob("t-linking");
        Files.writeString(job, Files.readString(job) + """

                linking:
                  blocking:
                    - {name: ALAMAT, keys: [alamat]}
                  training: [NIK]
                """);
        TestProject.Result result = TestProject.padan("validate", job.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.all())
                .contains("linking.blocking[0].keys[0]")
                .contains("'alamat' is not a column blocking can use")
                .contains("linking.training[0]")
                .contains("'NIK' is not a blocking rule");
    }
}
