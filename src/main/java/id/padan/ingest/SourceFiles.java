package id.padan.ingest;

import id.padan.job.JobDefinition;
import id.padan.job.JobPaths;
import id.padan.job.SourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The files a job reads, in load order: sources in job-file order, each glob's files in path order. */
final class SourceFiles {
    private SourceFiles() {
    }

    /**
     * @param index position of the source in the job file, for messages ({@code sources[2]})
     */
    record Entry(int index, JobDefinition.Source source, SourceKind kind, Path file, Path families) {
        Entry(int index, JobDefinition.Source source, SourceKind kind, Path file) {
            this(index, source, kind, file, null);
        }

        /**
         * This entry with program and period from the workbook's key/value sheet, where the source names one and
         * leaves them out.
         *
         * @throws InputFileException if the sheet does not give them
         */
        Entry withProgramSheet(Map<String, JobDefinition.Period> periods) {
            if (source.programSheet() == null || source.programSheet().isBlank()) {
                return this;
            }
            return new Entry(index, ProgramSheet.complete(file, source, periods), kind, file, families);
        }

        FormatOptions formatOptions() {
            JobDefinition.Format f = source.format();
            String charset = f.charset() == null || f.charset().equalsIgnoreCase("auto") ? null : f.charset();
            String delimiter = f.delimiter() == null || f.delimiter().equalsIgnoreCase("auto") ? null : f.delimiter();
            return new FormatOptions(f.type(), FormatOptions.parseCharset(charset), FormatOptions.parseDelimiter(delimiter),
                    f.sheet(), f.headerRow(), f.endMarker(), null);
        }
    }

    static List<Entry> of(JobDefinition job, JobPaths paths) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < job.sources().size(); i++) {
            JobDefinition.Source source = job.sources().get(i);
            SourceKind kind = SourceKind.fromId(source.kind()).orElseThrow();
            Path families = source.families() == null ? null : paths.resolve(source.families()).orElse(null);
            try {
                for (Path file : paths.expand(source.path())) {
                    entries.add(new Entry(i, source, kind, file, families));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }
}
