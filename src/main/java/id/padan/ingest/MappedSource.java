package id.padan.ingest;

import id.padan.job.SourceKind;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * A file opened, its header mapped, and its rows checked: what a loader needs, in one place. Rows come with their
 * problem, if any ({@link RowProblem}); {@link #canonicalValues(SourceRow)} gives a good row in raw-table order.
 *
 * <pre>
 * try (MappedSource in = MappedSource.open(file, options, SourceKind.DTKS, job.columns())) {
 *     for (SourceRow row : in) {
 *         if (row.ok()) append(in.canonicalValues(row)); else reject(row.dataRow(), row.problem());
 *     }
 * }
 * </pre>
 */
public final class MappedSource implements AutoCloseable, Iterable<SourceRow> {
    private final RowSource source;
    private final HeaderMapping mapping;
    private final ExcelNumberGuard guard;

    private MappedSource(RowSource source, HeaderMapping mapping) {
        this.source = source;
        this.mapping = mapping;
        this.guard = new ExcelNumberGuard(mapping, source);
    }

    /**
     * Opens a file of a kind with the built-in layout that recognizes most of its header.
     *
     * @throws InputFileException if the file cannot be read or its header cannot be mapped
     */
    public static MappedSource open(Path file, FormatOptions options, SourceKind kind, Map<String, String> overrides) {
        return open(file, options, kind, null, overrides);
    }

    /**
     * Opens a file of a kind with the profile the job forces, or (null) the built-in layout that fits its header.
     *
     * @throws InputFileException if the file cannot be read or its header cannot be mapped
     */
    public static MappedSource open(Path file, FormatOptions options, SourceKind kind, String profile,
            Map<String, String> overrides) {
        RowSource source = RowSources.open(file, options);
        try {
            return new MappedSource(source, LayoutChoice.require(file, kind, source.header(), profile, overrides));
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** Opens a file with a given layout, e.g. a profile named in the job file. */
    public static MappedSource open(Path file, FormatOptions options, Layout layout, Map<String, String> overrides) {
        RowSource source = RowSources.open(file, options);
        try {
            return new MappedSource(source, new HeaderMapper(layout).map(source.header(), overrides)
                    .requireUsable(file));
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    public RowSource source() {
        return source;
    }

    public HeaderMapping mapping() {
        return mapping;
    }

    /** The row's values in the kind's field order; null where the file has no such column. */
    public String[] canonicalValues(SourceRow row) {
        return mapping.canonicalValues(row.values());
    }

    /** Data rows, each checked by {@link ExcelNumberGuard}. Can be iterated once. */
    @Override
    public Iterator<SourceRow> iterator() {
        Iterator<SourceRow> rows = source.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public SourceRow next() {
                return guard.check(rows.next());
            }
        };
    }

    @Override
    public void close() {
        source.close();
    }
}
