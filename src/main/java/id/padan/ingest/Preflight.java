package id.padan.ingest;

import id.padan.job.JobDefinition;
import id.padan.job.JobPaths;
import id.padan.job.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks every input file of a job before anything is written: it exists, is not empty, can be read in its format,
 * and its header maps onto the fields of its kind. A run starts only when this finds nothing, so a bad file never
 * leaves a half-loaded warehouse behind.
 */
public final class Preflight {
    private final JobDefinition job;
    private final JobPaths paths;
    private final List<String> summary = new ArrayList<>();
    private List<Problem> problems;

    public Preflight(JobDefinition job, JobPaths paths) {
        this.job = job;
        this.paths = paths;
    }

    public List<Problem> problems() {
        if (problems == null) {
            problems = check();
        }
        return problems;
    }

    /** One line per file: its kind, format, layout and how many columns were mapped. */
    public List<String> summary() {
        problems();
        return summary;
    }

    private List<Problem> check() {
        List<Problem> found = new ArrayList<>();
        for (int i = 0; i < job.sources().size(); i++) {
            JobDefinition.Source source = job.sources().get(i);
            String at = "sources[" + i + "].path";
            List<Path> files;
            try {
                files = paths.expand(source.path());
            } catch (java.io.IOException e) {
                found.add(new Problem(at, 0, "cannot list '" + source.path() + "': " + e.getMessage(),
                        "check that the folder exists and is readable"));
                continue;
            }
            if (files.isEmpty() || (files.size() == 1 && !Files.exists(files.get(0)))) {
                found.add(new Problem(at, 0, "no file found at '" + source.path() + "' (looked in "
                        + job.baseDir().resolve(source.path()).normalize() + ")",
                        "check the name and folder; paths are relative to the job file"));
                continue;
            }
            for (Path file : files) {
                Path families = source.families() == null ? null : paths.resolve(source.families()).orElse(null);
                checkFile(at, new SourceFiles.Entry(i, source, id.padan.job.SourceKind.fromId(source.kind()).orElseThrow(),
                        file, families), found);
            }
        }
        return found;
    }

    private void checkFamilies(String at, SourceFiles.Entry entry, List<Problem> found) {
        String where = at.replace(".path", ".families");
        if (entry.families() == null || !Files.isRegularFile(entry.families())) {
            found.add(new Problem(where, 0, "no families file at '" + entry.source().families() + "'",
                    "name the DTSEN families table; paths are relative to the job file"));
            return;
        }
        try {
            FamilyTable.read(entry.families(), FormatOptions.defaults());
        } catch (InputFileException e) {
            found.add(new Problem(where, 0, e.getMessage(), null));
        }
    }

    private void checkFile(String at, SourceFiles.Entry entry, List<Problem> found) {
        Path file = entry.file();
        try {
            if (Files.isDirectory(file)) {
                found.add(new Problem(at, 0, file + " is a folder, not a file", "name the file, or use a glob like folder/*.csv"));
                return;
            }
            if (Files.size(file) == 0) {
                found.add(new Problem(at, 0, file.getFileName() + " is empty (0 bytes)",
                        "export the file again; an interrupted copy often leaves an empty file"));
                return;
            }
            // a workbook's Program sheet must give what the job leaves out; its program and period show in the summary
            entry = entry.withProgramSheet(job.periods());
            if (entry.source().families() != null) {
                checkFamilies(at, entry, found);
            }
            try (RowSource source = RowSources.open(file, entry.formatOptions())) {
                HeaderMapping mapping = LayoutChoice.map(entry.kind(), source.header(), entry.source().profile(),
                        entry.source().columns());
                if (!mapping.usable()) {
                    found.add(new Problem(at, 0, file.getFileName() + ": " + String.join("\n      ", mapping.errors()), null));
                    return;
                }
                String kind = entry.kind().id() + (entry.source().program() == null ? ""
                        : " " + entry.source().program() + " " + entry.source().period());
                summary.add(String.format(Locale.ROOT, "%s: %s, %s, %s, layout %s, %d of %d columns used",
                        file.getFileName(), Adaptations.profileLine(mapping), kind, source.describeFormat(),
                        mapping.layout().profile(), mapping.columns().size(), source.header().size()));
            }
        } catch (InputFileException e) {
            found.add(new Problem(at, 0, e.getMessage(), null));
        } catch (java.io.IOException e) {
            found.add(new Problem(at, 0, "cannot read " + file + ": " + e.getMessage(),
                    "check that the file is readable by this user"));
        }
    }
}
