package id.padan.ingest;

import id.padan.job.SourceKind;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The families half of a DTSEN source, held by {@code id_keluarga}: the decile, region and address that the members
 * table does not carry. A district has a few hundred thousand families, which fit in memory comfortably.
 */
final class FamilyTable {
    /** Fields a member takes from its family when the members file has no value of its own. */
    static final List<String> FAMILY_FIELDS = List.of("provinsi", "kabupaten", "kecamatan", "desa", "kode_wilayah",
            "alamat", "dusun", "rt", "rw", "desil", "no_kk");

    private final Path file;
    private final Map<String, String[]> byId;
    private final int idAt;
    private final int[] fillAt;

    private FamilyTable(Path file, Map<String, String[]> byId) {
        this.file = file;
        this.byId = byId;
        List<String> fields = SourceKind.DTKS.fields();
        this.idAt = fields.indexOf("id_keluarga");
        this.fillAt = FAMILY_FIELDS.stream().mapToInt(fields::indexOf).toArray();
    }

    /**
     * Reads a families file with the families layout.
     *
     * @throws InputFileException if it cannot be read, lacks id_keluarga, or names one family twice
     */
    static FamilyTable read(Path file, FormatOptions options) {
        Layout layout = LayoutCatalog.builtIn().all().stream()
                .filter(l -> Layout.FAMILIES.equals(l.part())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no families layout is built in"));
        Map<String, String[]> byId = new HashMap<>();
        try (RowSource source = RowSources.open(file, options)) {
            HeaderMapping mapping = new HeaderMapper(layout).map(source.header());
            if (mapping.columnOf("id_keluarga") < 0) {
                throw InputFileException.forFile(file, "has no id_keluarga column, so its families cannot be joined to"
                        + " the members; the header has: " + String.join(", ", source.header()) + ". Name the DTSEN"
                        + " families table under families: in the job file");
            }
            for (SourceRow row : source) {
                if (!row.ok()) {
                    throw InputFileException.atLine(file, row.line(), row.problem().message());
                }
                String[] values = mapping.canonicalValues(row.values());
                String id = values[SourceKind.DTKS.fields().indexOf("id_keluarga")];
                if (id == null || id.isBlank()) {
                    continue;
                }
                if (byId.putIfAbsent(id.trim(), values) != null) {
                    throw InputFileException.atLine(file, row.line(), "id_keluarga " + id.trim() + " is listed twice;"
                            + " a families table has one row per family: remove the repeated row");
                }
            }
        }
        return new FamilyTable(file, byId);
    }

    int size() {
        return byId.size();
    }

    /**
     * Fills a member's blank family fields from its family.
     *
     * @return null when done, else why the member cannot be joined (for its reject)
     */
    String fill(String[] member) {
        String id = member[idAt] == null ? "" : member[idAt].trim();
        if (id.isEmpty()) {
            return "the member has no id_keluarga, so its family (decile, region, address) is unknown: fill it in";
        }
        String[] family = byId.get(id);
        if (family == null) {
            return "id_keluarga " + id + " is not in the families file " + file.getFileName()
                    + ": export the families table together with the members table";
        }
        for (int at : fillAt) {
            if (member[at] == null || member[at].isBlank()) {
                member[at] = family[at];
            }
        }
        return null;
    }
}
