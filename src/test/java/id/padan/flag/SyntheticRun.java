package id.padan.flag;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.cli.Padan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** A synthetic regency written by {@code padan synth} into {@code root/data}, run with the sample job's settings. */
final class SyntheticRun {
    private SyntheticRun() {
    }

    /** Synthesizes, writes {@code root/job.yaml} and runs it; returns the job file. */
    static Path synthesizeAndRun(Path root, int households, long seed) throws Exception {
        Path data = root.resolve("data");
        StringWriter out = new StringWriter();
        int synth = Padan.execute(new PrintWriter(out, true), new PrintWriter(out, true), "synth", "--households",
                Integer.toString(households), "--seed", Long.toString(seed), "--regency", "62.03", "--out",
                data.toString());
        assertThat(synth).as(out.toString()).isZero();
        Path jobFile = root.resolve("job.yaml");
        Files.writeString(jobFile, Files.readString(Path.of("jobs/sample-kapuas.yaml"))
                .replace("root: ..", "root: .")
                .replace("../sample-data/", "data/")
                .replace("../work/", "work/")
                .replace("../out/", "out/"));
        int run = Padan.execute(new PrintWriter(out, true), new PrintWriter(out, true), "run", jobFile.toString());
        assertThat(run).as(out.toString()).isZero();
        return jobFile;
    }
}
