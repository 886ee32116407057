package id.padan.standardize;

import id.padan.job.Progress;
import id.padan.job.SourceKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBColumnType;
import org.duckdb.DuckDBFunctions;
import org.duckdb.DuckDBLogicalType;

/**
 * {@link PersonStandardizer} as a DuckDB SQL function, so that standardizing a million rows is one
 * {@code INSERT ... SELECT} that DuckDB runs on all its threads, with no copy of the data out of the warehouse and
 * back: {@code padan_standardize(kind, reference_date, field_1, ..., field_n)} takes a raw row's canonical fields
 * in {@link SourceKind#fields()} order and returns the packed {@link PersonStdColumns}.
 */
final class StandardizeFunction {
    static final String NAME = "padan_standardize";

    private static final Map<SourceKind, Map<String, Integer>> POSITIONS = new java.util.EnumMap<>(SourceKind.class);

    static {
        for (SourceKind kind : SourceKind.values()) {
            Map<String, Integer> positions = new java.util.HashMap<>();
            for (int i = 0; i < kind.fields().size(); i++) {
                positions.put(kind.fields().get(i), i + 3);
            }
            POSITIONS.put(kind, Map.copyOf(positions));
        }
    }

    private final java.util.function.Function<String, PersonStandardizer> standardizerOfArea;
    private final Map<String, PersonStandardizer> standardizers = new ConcurrentHashMap<>();
    private final Map<String, LocalDate> dates = new ConcurrentHashMap<>();
    private volatile Progress progress = Progress.none();

    /** One standardizer for every row, whatever area an import names. */
    StandardizeFunction(PersonStandardizer standardizer) {
        this(area -> standardizer);
    }

    /**
     * A standardizer per area: each import names the regency it comes from, where place names without a code are
     * looked up (an empty text for none).
     */
    StandardizeFunction(java.util.function.Function<String, PersonStandardizer> standardizerOfArea) {
        this.standardizerOfArea = standardizerOfArea;
    }

    /** Registers the function on the connection's database; registering it twice is harmless. */
    void register(Connection connection) throws SQLException {
        try (DuckDBLogicalType varchar = DuckDBLogicalType.of(DuckDBColumnType.VARCHAR)) {
            DuckDBFunctions.scalarFunction()
                    .withName(NAME)
                    .withVarArgs(varchar)
                    .withReturnType(String.class)
                    .withVarArgsFunction(this::apply)
                    .register(connection);
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("already exists")) {
                throw e;
            }
        }
    }

    /**
     * Counts every row standardized from now on into {@code rows}, until it is closed; DuckDB calls the function on
     * its own threads, so this is the one place that sees the rows go by.
     */
    Progress reportTo(Progress rows) {
        progress = rows;
        return new Progress() {
            @Override
            public void step(long n) {
                rows.step(n);
            }

            @Override
            public void close() {
                progress = Progress.none();
                rows.close();
            }
        };
    }

    private String apply(Object[] args) {
        progress.step(1);
        SourceKind kind = SourceKind.fromId((String) args[0]).orElseThrow();
        LocalDate reference = dates.computeIfAbsent((String) args[1], LocalDate::parse);
        String area = args[2] == null ? "" : (String) args[2];
        PersonStandardizer standardizer = standardizers.computeIfAbsent(area,
                a -> standardizerOfArea.apply(a.isEmpty() ? null : a));
        Map<String, Integer> positions = POSITIONS.get(kind);
        StandardPerson person = standardizer.standardize(kind, field -> {
            Integer at = positions.get(field);
            return at == null ? null : (String) args[at];
        }, reference);
        return PersonStdColumns.pack(person);
    }

    /**
     * The INSERT that standardizes one import of a kind; parameters: kind, source file, program, periode, kind,
     * reference date, area (regency code or null), import.
     */
    static String insertSql(SourceKind kind, String personTable, String rawTable, long recordIdStride) {
        return "INSERT INTO " + personTable + " SELECT CAST(import_id AS BIGINT) * " + recordIdStride + " + source_row, import_id, ?, "
                + "?, source_row, program, periode, " + PersonStdColumns.unpackSql("s")
                + " FROM (SELECT import_id, source_row, coalesce(?, upper(trim(" + (kind.fields().contains("program") ? "program" : "NULL")
                + "))) AS program, coalesce(?, " + (kind.fields().contains("periode") ? "trim(periode)" : "NULL") + ") AS periode, "
                + "string_split(" + NAME + "(?, ?, ?, " + String.join(", ", kind.fields()) + "), chr(31)) AS s"
                + " FROM " + rawTable + " WHERE import_id = ?)";
    }
}
