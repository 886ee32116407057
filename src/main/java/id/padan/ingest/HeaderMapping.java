package id.padan.ingest;

import id.padan.job.SourceKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where each canonical field of a kind is found in a file's header, and what did not fit. */
public final class HeaderMapping {
    /**
     * Several columns match one field. The first accepted name wins (the layout lists names best first), then the
     * leftmost column. Not an error, but worth a warning, since the other column may be the right one.
     *
     * @param column         0-based column used
     * @param ignoredColumns 0-based columns that also matched and are not used
     */
    public record Conflict(String field, int column, List<Integer> ignoredColumns, String message) {
    }

    private final Layout layout;
    private final List<String> header;
    private final int[] columnOf;
    private final List<String> unmapped;
    private final List<Conflict> conflicts;
    private final List<String> missingRequired;
    private final List<String> errors;

    HeaderMapping(Layout layout, List<String> header, int[] columnOf, boolean[] taken, List<Conflict> conflicts,
            List<String> missingRequired, List<String> errors) {
        this.layout = layout;
        this.header = List.copyOf(header);
        this.columnOf = columnOf.clone();
        List<String> notUsed = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            if (!taken[column] && !header.get(column).isBlank()) {
                notUsed.add(header.get(column));
            }
        }
        this.unmapped = List.copyOf(notUsed);
        this.conflicts = List.copyOf(conflicts);
        this.missingRequired = List.copyOf(missingRequired);
        this.errors = List.copyOf(errors);
    }

    /** A mapping refused before any column was looked at, e.g. because the job forces an unknown profile. */
    static HeaderMapping refused(Layout layout, List<String> header, String error) {
        return new HeaderMapping(layout, header, new int[layout.kind().fields().size()], new boolean[header.size()],
                List.of(), List.of(), List.of(error));
    }

    /** This mapping with a sentence added to its last error, e.g. which profile the header resembles. */
    HeaderMapping withNote(String note) {
        if (errors.isEmpty()) {
            return this;
        }
        List<String> noted = new ArrayList<>(errors);
        noted.set(noted.size() - 1, noted.get(noted.size() - 1) + ". " + note);
        return new HeaderMapping(this, noted);
    }

    private HeaderMapping(HeaderMapping mapping, List<String> errors) {
        this.layout = mapping.layout;
        this.header = mapping.header;
        this.columnOf = mapping.columnOf;
        this.unmapped = mapping.unmapped;
        this.conflicts = mapping.conflicts;
        this.missingRequired = mapping.missingRequired;
        this.errors = List.copyOf(errors);
    }

    /** Fields of the kind that no column provides, required or not, in the kind's field order. */
    public List<String> absentFields() {
        List<String> absent = new ArrayList<>();
        for (int f = 0; f < columnOf.length; f++) {
            if (columnOf[f] < 0) {
                absent.add(kind().fields().get(f));
            }
        }
        return absent;
    }

    public Layout layout() {
        return layout;
    }

    public SourceKind kind() {
        return layout.kind();
    }

    public List<String> header() {
        return header;
    }

    /**
     * The 0-based column of a canonical field, or -1 if the file does not have it.
     *
     * @throws IllegalArgumentException if the kind has no such field (a programming error)
     */
    public int columnOf(String field) {
        int index = kind().fields().indexOf(field);
        if (index < 0) {
            throw new IllegalArgumentException(field + " is not a field of " + kind().id());
        }
        return columnOf[index];
    }

    /** The header a field was found under. */
    public Optional<String> headerOf(String field) {
        int column = columnOf(field);
        return column < 0 ? Optional.empty() : Optional.of(header.get(column));
    }

    /** Mapped fields and their 0-based columns, in the kind's field order. */
    public Map<String, Integer> columns() {
        Map<String, Integer> mapped = new LinkedHashMap<>();
        for (int f = 0; f < columnOf.length; f++) {
            if (columnOf[f] >= 0) {
                mapped.put(kind().fields().get(f), columnOf[f]);
            }
        }
        return Collections.unmodifiableMap(mapped);
    }

    /** Non-blank headers that no field uses, in file order; kept out of the raw table. */
    public List<String> unmappedHeaders() {
        return unmapped;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** Required fields of the kind that no column provides. */
    public List<String> missingRequired() {
        return missingRequired;
    }

    /** Everything that makes the mapping unusable, each a complete message saying how to fix it. */
    public List<String> errors() {
        return errors;
    }

    public boolean usable() {
        return errors.isEmpty();
    }

    /**
     * @return this mapping, if it is usable
     * @throws InputFileException with every error, if not
     */
    public HeaderMapping requireUsable(Path file) {
        if (!errors.isEmpty()) {
            throw InputFileException.forFile(file, String.join("\n", errors));
        }
        return this;
    }

    /**
     * A row's values in the kind's field order (the columns of its raw table): null for a field the file does not
     * have, the text as read otherwise.
     */
    public String[] canonicalValues(String[] values) {
        String[] canonical = new String[columnOf.length];
        for (int f = 0; f < columnOf.length; f++) {
            int column = columnOf[f];
            canonical[f] = column < 0 ? null : column < values.length ? values[column] : "";
        }
        return canonical;
    }

    /** For logs and the imports table, e.g. "layout dtks-default: nik=NOMOR NIK, nama=NAMA; not used: PEKERJAAN". */
    public String describe() {
        String mapped = columns().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + header.get(entry.getValue()))
                .collect(Collectors.joining(", "));
        String text = "layout " + layout.profile() + ": " + (mapped.isEmpty() ? "nothing mapped" : mapped);
        return unmapped.isEmpty() ? text : text + "; not used: " + String.join(", ", unmapped);
    }
}
