package id.padan.ingest;

import id.padan.job.SourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What padan makes of one file before any run: its format, header, the layout that reads it and how each column is
 * mapped, and its first rows. For {@code padan inspect}; reads only the header and a few rows.
 *
 * @param format     how the file is read (type, delimiter, charset or sheet)
 * @param headerLine 1-based line or sheet row of the header
 * @param header     the header as written
 * @param mapping    the mapping of the layout that reads the file; empty when no layout can
 * @param closest    when nothing reads the file: the layout with a fixed header most like it
 * @param samples    the first data rows, as read (not yet masked)
 */
public record FileInspection(String format, long headerLine, List<String> header, Optional<HeaderMapping> mapping,
        Optional<Layout> closest, List<String[]> samples) {

    public static final int SAMPLE_ROWS = 5;

    /**
     * @param kind    the kind the file is for, or null to try every kind
     * @param profile a profile to read it with, or null to detect one
     * @throws InputFileException if the file cannot be read at all
     */
    public static FileInspection of(Path file, FormatOptions options, SourceKind kind, String profile) {
        try (RowSource source = RowSources.open(file, options)) {
            List<String> header = source.header();
            HeaderMapping mapping;
            if (kind != null || profile != null) {
                SourceKind wanted = kind != null ? kind
                        : LayoutCatalog.builtIn().profile(profile).map(Layout::kind).orElse(SourceKind.DTKS);
                mapping = LayoutChoice.map(wanted, header, profile, java.util.Map.of());
            } else {
                mapping = LayoutCatalog.builtIn().detect(header)
                        .map(layout -> new HeaderMapper(layout).map(header)).orElse(null);
            }
            boolean readable = mapping != null && (mapping.usable() || !mapping.layout().wholeFile());
            Optional<Layout> closest = readable ? Optional.empty() : LayoutCatalog.builtIn().closest(kind, header);
            List<String[]> samples = new ArrayList<>();
            for (SourceRow row : source) {
                samples.add(row.values());
                if (samples.size() == SAMPLE_ROWS) {
                    break;
                }
            }
            return new FileInspection(source.describeFormat(), source.headerLine(), header,
                    readable ? Optional.of(mapping) : Optional.empty(), closest, samples);
        }
    }
}
