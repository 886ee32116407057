package id.padan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A throwaway project folder with the sample data and a job file, and a way to run padan in-process on it. */
final class TestProject {
    static final Path SAMPLE_DATA = Path.of("sample-data");

    final Path root;

    TestProject(Path root) {
        this.root = root;
    }

    /** Copies the committed sample data (without its truth folder) into {@code root/sample-data}. */
    static TestProject withSampleData(Path root) throws IOException {
        Path target = root.resolve("sample-data");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(SAMPLE_DATA)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new TestProject(root);
    }

    /** Writes {@code jobs/NAME.yaml}; the text may use {@code ${data}} for the sample-data folder. */
    Path job(String name, String yaml) throws IOException {
        Path jobs = Files.createDirectories(root.resolve("jobs"));
        Path file = jobs.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }

    /** The sample job of jobs/sample-kapuas.yaml, with the given name. */
    Path sampleJob(String name) throws IOException {
        String yaml = Files.readString(Path.of("jobs/sample-kapuas.yaml"))
                .replace("name: sample-kapuas", "name: " + name)
                .replace("sample-kapuas.duckdb", name + ".duckdb")
                .replace("out/sample-kapuas", "out/" + name);
        return job(name, yaml);
    }

    static Result padan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Padan.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }
}
