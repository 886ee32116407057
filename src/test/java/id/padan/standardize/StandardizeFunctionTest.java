package id.padan.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.job.SourceKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/** The SQL function gives exactly what {@link PersonStandardizer} gives in Java, column by column. */
class StandardizeFunctionTest {
    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 30);

    @Test
    void theTableColumnsAreTheProvenanceThenThePackedColumnsInOrder() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            ScriptUtils.executeSqlScript(c, new ClassPathResource("padan/sql/standardize-schema.sql"));
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_name = 'person_std' ORDER BY ordinal_position")) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
            assertThat(String.join(", ", columns)).isEqualTo("record_id, import_id, source_kind, source_file, "
                    + "source_row, program, periode, " + PersonStdColumns.names());
        }
    }

    @Test
    void standardizingInSqlGivesWhatJavaGives() throws Exception {
        List<Map<String, String>> rows = List.of(
                row("nik", "6203014501540708", "nama", "HJ. SITI AMINAH BINTI ABDULLAH, S.PD", "tanggal_lahir", "05-01-1954",
                        "jenis_kelamin", "PEREMPUAN", "kode_wilayah", "62.03.01.1008", "rt", "3", "rw", "-",
                        "desil", "DESIL 3", "pkh", "YA", "peristiwa", "MENINGGAL", "tanggal_peristiwa", "2026-02-01",
                        "nama_ibu", "SOEMIATI"),
                row("nik", "3.27E+15", "nama", "M. RIZKY", "tanggal_lahir", "31/02/1990", "alamat",
                        "RT 004 RW 002 DESA SELAT HILIR", "kecamatan", "SELAT", "desa", "DESA SELAT HILIR"),
                row("nama", "X\u001FY", "nik", ""));
        PersonStandardizer standardizer = new PersonStandardizer(RegionTable.kemendagri2025(), "62.03");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            ScriptUtils.executeSqlScript(c, new ClassPathResource("padan/sql/standardize-schema.sql"));
            StringBuilder ddl = new StringBuilder("CREATE TABLE raw_dtks (import_id INTEGER, source_row BIGINT");
            SourceKind.DTKS.fields().forEach(f -> ddl.append(", ").append(f).append(" VARCHAR"));
            c.createStatement().execute(ddl.append(')').toString());
            String insertRaw = "INSERT INTO raw_dtks VALUES (?, ?" + ", ?".repeat(SourceKind.DTKS.fields().size()) + ")";
            try (PreparedStatement ps = c.prepareStatement(insertRaw)) {
                for (int r = 0; r < rows.size(); r++) {
                    ps.setInt(1, 7);
                    ps.setLong(2, r + 1);
                    for (int f = 0; f < SourceKind.DTKS.fields().size(); f++) {
                        ps.setString(f + 3, rows.get(r).get(SourceKind.DTKS.fields().get(f)));
                    }
                    ps.executeUpdate();
                }
            }
            new StandardizeFunction(standardizer).register(c);
            try (PreparedStatement ps = c.prepareStatement(StandardizeFunction.insertSql(SourceKind.DTKS, "person_std",
                    "raw_dtks", 1_000_000_000L))) {
                Object[] params = {"dtks", "dtks.txt", null, null, "dtks", REFERENCE.toString(), null, 7};
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                assertThat(ps.executeUpdate()).isEqualTo(rows.size());
            }
            for (int r = 0; r < rows.size(); r++) {
                Map<String, String> raw = rows.get(r);
                StandardPerson expected = standardizer.standardize(SourceKind.DTKS, raw::get, REFERENCE);
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT * FROM person_std WHERE source_row = " + (r + 1))) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong("record_id")).isEqualTo(7_000_000_000L + r + 1);
                    for (PersonStdColumns.Column column : PersonStdColumns.COLUMNS) {
                        Object want = column.value().apply(expected);
                        Object got = rs.getObject(column.name());
                        if (want instanceof String text && text.contains("\u001F")) {
                            want = text.replace('\u001F', ' ');
                        }
                        assertThat(normalize(got)).as("row %d column %s", r + 1, column.name()).isEqualTo(normalize(want));
                    }
                }
            }
        }
    }

    private static Object normalize(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof String text && text.isEmpty()) {
            return null;
        }
        return value;
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
