package id.padan.job;

import id.padan.warehouse.Warehouse;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What every step of one run needs: the job, where its files are, the warehouse, the run's output folder and the
 * console the data officer reads.
 *
 * @param runId     e.g. {@code run-0007}; names the output folder
 * @param outputDir the run's own output folder, {@code <output>/<runId>}
 * @param period    the period judged as current ({@code padan run --period}), or null for each program's latest
 * @param progress  makes the progress bars or lines of long work
 */
public record RunContext(JobDefinition job, JobPaths paths, Warehouse warehouse, String runId, Path outputDir,
        PrintWriter console, String period, RunProgress progress) {

    /** A run with the latest period and no progress shown, as tests of single stages make it. */
    public RunContext(JobDefinition job, JobPaths paths, Warehouse warehouse, String runId, Path outputDir,
            PrintWriter console) {
        this(job, paths, warehouse, runId, outputDir, console, null, RunProgress.silent());
    }

    /** See {@link RunProgress#start(String, long, String)}. */
    public Progress progress(String task, long total, String unit) {
        return progress.start(task, total, unit);
    }

    /** The same run printing to another console, e.g. one regency's buffered report. */
    public RunContext withConsole(PrintWriter other) {
        return new RunContext(job, paths, warehouse, runId, outputDir, other, period, progress);
    }
}
