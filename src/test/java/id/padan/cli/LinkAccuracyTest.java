package id.padan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.link.CsvLinkConfig;
import id.padan.link.Evaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linking quality on known truth, with thresholds a little below the measured figures so that a regression fails:
 * FEBRL 4 (linking), FEBRL 3 (deduplication) and a noisy synthetic regency (recipients to DTKS).
 */
class LinkAccuracyTest {
    @TempDir
    Path dir;

    /** The shipped config, with its files read from the project and its output in the test folder. */
    private Path config(String name) throws Exception {
        Path data = Path.of("sample-data/febrl").toAbsolutePath();
        String yaml = Files.readString(Path.of("jobs", name + ".yaml"))
                .replace("../sample-data/febrl", data.toString())
                .replaceAll("output: \\S+", "output: out");
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void febrl4LinkingReachesTheTargets() throws Exception {
        // measured: precision 1.0000, recall 0.9994, F1 0.9997, blocking recall 0.9994
        Path config = config("febrl4-link");
        TestProject.Result link = TestProject.padan("link", "--config", config.toString());
        assertThat(link.exitCode()).as(link.all()).isZero();
        assertThat(link.out()).contains("blocking rule NAMES").containsPattern("compared [\\d,]+ pairs");
        assertThat(Files.readAllLines(dir.resolve("out/pairs.csv")).get(0))
                .isEqualTo("id_l,id_r,match_weight,match_probability,match_key");
        assertThat(Files.readAllLines(dir.resolve("out/clusters.csv")).get(0)).isEqualTo("id,cluster_id");

        Evaluation.Result result = Evaluation.ofCsvLink(CsvLinkConfig.load(config));
        assertThat(result.truePairs()).isEqualTo(5000);
        assertThat(result.pairs().precision()).isGreaterThanOrEqualTo(0.999);
        assertThat(result.pairs().recall()).isGreaterThanOrEqualTo(0.999);
        assertThat(result.pairs().f1()).isGreaterThanOrEqualTo(0.999);
        assertThat(result.blockingRecall()).isGreaterThanOrEqualTo(0.999);

        TestProject.Result evaluate = TestProject.padan("evaluate", "--config", config.toString());
        assertThat(evaluate.exitCode()).as(evaluate.all()).isZero();
        assertThat(evaluate.out()).containsPattern("pairs +precision 1\\.0000 +recall 0\\.99\\d\\d +F1 0\\.99")
                .contains("blocking recall");
        assertThat(Files.readAllLines(dir.resolve("out/pr-curve.csv"))).hasSize(102)
                .first().isEqualTo("threshold,precision,recall,f1");
    }

    @Test
    void febrl3DeduplicationReachesTheTargetsOnPairsAndClusters() throws Exception {
        // measured: pairs F1 0.9984 (precision 1.0000, recall 0.9968), clusters F1 0.9992
        Path config = config("febrl3-dedupe");
        TestProject.Result link = TestProject.padan("link", "--config", config.toString());
        assertThat(link.exitCode()).as(link.all()).isZero();
        Evaluation.Result result = Evaluation.ofCsvLink(CsvLinkConfig.load(config));
        assertThat(result.truePairs()).isEqualTo(6538);
        assertThat(result.pairs().precision()).isGreaterThanOrEqualTo(0.998);
        assertThat(result.pairs().f1()).isGreaterThanOrEqualTo(0.996);
        assertThat(result.clusters().f1()).isGreaterThanOrEqualTo(0.997);
    }

    @Test
    void noisySyntheticRecipientsLinkToDtks() throws Exception {
        // measured on this population: precision 1.0000, recall 0.99+
        Path data = dir.resolve("data");
        TestProject.Result synth = TestProject.padan("synth", "--households", "1500", "--seed", "7", "--noise", "1.0",
                "--out", data.toString());
        assertThat(synth.exitCode()).as(synth.all()).isZero();
        String yaml = Files.readString(Path.of("jobs/sample-kapuas.yaml"))
                .replace("name: sample-kapuas", "name: t-synth")
                .replace("root: ..", "root: .")
                .replace("../work/sample-kapuas.duckdb", "work/t-synth.duckdb")
                .replace("../out/sample-kapuas", "out")
                .replace("../work/tmp", "work/tmp")
                .replace("../sample-data/", "data/");
        Path job = dir.resolve("t-synth.yaml");
        Files.writeString(job, yaml);
        TestProject.Result run = TestProject.padan("run", job.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();

        Evaluation.Result result = Evaluation.ofWarehouse(dir.resolve("work/t-synth.duckdb"),
                data.resolve("truth/links.csv"), 0.9);
        assertThat(result.pairs().precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(result.pairs().recall()).isGreaterThanOrEqualTo(0.98);
        assertThat(result.pairs().f1()).isGreaterThanOrEqualTo(0.985);

        TestProject.Result evaluate = TestProject.padan("evaluate", "--job", job.toString(), "--truth",
                data.resolve("truth/links.csv").toString());
        assertThat(evaluate.exitCode()).as(evaluate.all()).isZero();
        assertThat(evaluate.out()).contains("records linked to DTKS").contains("precision-recall curve:");
    }
}
