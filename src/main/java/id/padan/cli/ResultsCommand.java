package id.padan.cli;

import id.padan.job.JobDefinition;
import id.padan.job.JobFiles;
import id.padan.job.JobPaths;
import id.padan.job.JobRunner;
import id.padan.warehouse.OwnerOnlyFiles;
import id.padan.warehouse.RunLock;
import id.padan.warehouse.Warehouse;
import id.padan.worklist.ResultImport;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Field results written on the TKSK worklists.",
        subcommands = {ResultsCommand.Import.class, ResultsCommand.SiksNg.class})
final class ResultsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Reads filled worklists (XLSX, or their CSV twins) and stores every valid result as case",
                    "history. Rows may be re-sorted and columns hidden. Every problem is listed with its sheet, row and",
                    "fix, and written to <output>/hasil-import/<file>.masalah.csv; the other rows are stored.",
                    "Importing the same file again changes nothing."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every row with a result was stored (or was already)",
                    "1:the import failed (nothing of the file being read was stored)",
                    "2:bad usage, job file or unreadable file, or some rows have problems (the others were stored)",
                    "3:a run of this job holds the lock"})
    static final class Import implements Callable<Integer> {
        @Option(names = {"-j", "--job"}, required = true, paramLabel = "JOB.yaml",
                description = "The job whose worklists these are, e.g. jobs/kapuas.yaml.")
        Path jobFile;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Filled worklists: .xlsx or .csv files.")
        List<Path> files;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            for (Path file : files) {
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    err.println(file + ": no such readable file; give the path of a filled worklist (.xlsx or .csv)");
                    return ExitCodes.BAD_USAGE;
                }
            }
            int problems = 0;
            try (JobWarehouse opened = JobWarehouse.open(jobFile, "padan results import")) {
                Connection c = opened.connection();
                Path output = opened.paths.output(opened.job);
                ResultImport importer = new ResultImport(c, Clock.systemDefaultZone(),
                        System.getProperty("user.name", "unknown"));
                for (Path file : files) {
                    ResultImport.Outcome o;
                    try {
                        o = importer.importFile(file);
                    } catch (id.padan.worklist.ReturnedSheetsException e) {
                        err.println(e.getMessage());
                        problems++;
                        continue;
                    }
                    out.println(String.format(Locale.ROOT, "%s: %,d rows with a result: %,d stored, %,d already stored,"
                            + " %,d with problems; %,d rows not yet visited", file, o.rowsWithResult(), o.stored(),
                            o.alreadyStored(), o.rowsWithResult() - o.stored() - o.alreadyStored(), o.notYetVisited()));
                    if (!o.problems().isEmpty()) {
                        Path report = writeProblems(output, file, o.problems());
                        id.padan.warehouse.ExportAudit.record(c, "padan results import", "import problems "
                                + file.getFileName(), o.problems().size(), report);
                        out.println("  " + o.problems().size() + " problems (also in " + report + "):");
                        o.problems().forEach(p -> out.println("  - " + p.describe()));
                        problems += o.problems().size();
                    }
                }
            }
            if (problems > 0) {
                out.println("fix the rows listed above in the worklist and import it again: rows already stored are"
                        + " not stored twice");
                return ExitCodes.BAD_USAGE;
            }
            return ExitCodes.OK;
        }

        private static Path writeProblems(Path output, Path file, List<ResultImport.Problem> problems)
                throws java.io.IOException {
            Path dir = OwnerOnlyFiles.createDirectories(output.resolve("hasil-import"));
            Path report = dir.resolve(file.getFileName() + ".masalah.csv");
            Files.deleteIfExists(report);
            Files.createFile(report);
            OwnerOnlyFiles.restrict(report);
            try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
                    CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
                w.write('\uFEFF');
                csv.printRecord("file", "sheet", "row", "column", "problem", "fix");
                for (ResultImport.Problem p : problems) {
                    csv.printRecord(p.file(), p.sheet(), p.row(), p.column(), p.what(), p.fix());
                }
            }
            return report;
        }
    }

    @Command(name = "siks-ng", mixinStandardHelpOptions = true,
            description = {"Writes the SIKS-NG proposal files from the current field results into <output>/siks-ng/:",
                    "per village and program, usulan-nonaktif (died, moved, duplicate, well-off),",
                    "usulan-aktif-kembali (lost aid, found eligible) and usulan-baru (complaint subject not in DTKS)."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written (possibly none)", "2:bad usage or job file, or no cases yet",
                    "3:a run of this job holds the lock"})
    static final class SiksNg implements Callable<Integer> {
        @Option(names = {"-j", "--job"}, required = true, paramLabel = "JOB.yaml", description = "The job file.")
        Path jobFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (JobWarehouse opened = JobWarehouse.open(jobFile, "padan results siks-ng").requireCases()) {
                Connection c = opened.connection();
                ResultImport.ensureSchema(c);
                Path dir = opened.paths.output(opened.job).resolve(id.padan.worklist.SiksNgExport.FOLDER);
                var written = id.padan.worklist.SiksNgExport.write(c, dir);
                for (var e : written.entrySet()) {
                    out.println(String.format(Locale.ROOT, "  %-70s %,6d", e.getKey().getFileName(), e.getValue()));
                    id.padan.warehouse.ExportAudit.record(c, "padan results siks-ng", "siks-ng "
                            + e.getKey().getFileName(), e.getValue(), e.getKey());
                }
                out.println(written.size() + " SIKS-NG proposal files in " + dir
                        + " (they hold whole NIKs for the upload: keep them on this machine)");
            }
            return ExitCodes.OK;
        }
    }
}
