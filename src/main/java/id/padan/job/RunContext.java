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
 */
public record RunContext(JobDefinition job, JobPaths paths, Warehouse warehouse, String runId, Path outputDir,
        PrintWriter console) {

    /** The same run printing to another console, e.g. one regency's buffered report. */
    public RunContext withConsole(PrintWriter other) {
        return new RunContext(job, paths, warehouse, runId, outputDir, other);
    }
}
