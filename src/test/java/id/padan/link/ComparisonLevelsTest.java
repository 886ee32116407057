package id.padan.link;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.standardize.IndonesianName;
import id.padan.standardize.StandardName;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each comparison's levels, run as SQL in DuckDB on real-looking Indonesian pairs. */
class ComparisonLevelsTest {
    private static Connection connection;

    @BeforeAll
    static void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    /** The label of the level a pair reaches; each side is one row of the given columns and SQL types. */
    static String label(Comparison comparison, String[] columns, String[] types, Object[] left, Object[] right)
            throws SQLException {
        StringBuilder derived = new StringBuilder("*");
        comparison.derived().forEach((name, expression) -> derived.append(", ").append(expression).append(" AS ")
                .append(name));
        String side = "(SELECT " + derived + " FROM (SELECT " + select(columns, types) + "))";
        String sql = "SELECT " + comparison.levelSql() + " FROM " + side + " l, " + side + " r";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int i = 1;
            for (Object value : left) {
                ps.setObject(i++, value);
            }
            for (Object value : right) {
                ps.setObject(i++, value);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return comparison.levels().get(rs.getInt(1)).label();
            }
        }
    }

    private static String select(String[] columns, String[] types) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            parts.add("?::" + types[i] + " AS " + columns[i]);
        }
        return String.join(", ", parts);
    }

    private static Object blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "6203021508850003 | 6203021508850003 | NIK: sama",
        "6203021508850003 | 6203021508850008 | NIK: 1 digit beda",
        "6203021508850003 | 6203021580850003 | NIK: 2 digit tertukar",
        "6203021508850003 | 6203025102900001 | NIK: beda",
        "6203021508850003 | 620302150885     | NIK: beda",
        "-                | 6203021508850003 | NIK: kosong",
    })
    void nik(String left, String right, String expected) throws SQLException {
        Comparison nik = PersonLinking.COMPARISONS.get(0);
        assertThat(label(nik, new String[] {"nik"}, new String[] {"VARCHAR"}, new Object[] {blank(left)},
                new Object[] {blank(right)})).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "MUHAMMAD RIZKI             | M. RIZKY             | nama: sama",
        "SOEKARNO                   | SUKARNO              | nama: sama",
        "SITI AMINAH BINTI ABDULLAH | SITI AMINAH          | nama: sama",
        "DJOKO SUSILO               | JOKO SUSILO          | nama: sama",
        "HJ. NURHAYATI, S.PD        | NURHAYATI            | nama: sama",
        "AMINAH SITI                | SITI AMINAH          | nama: token sama",
        "HARAHAP RUDI SANTOSO       | RUDI SANTOSO HARAHAP | nama: token sama",
        "BUDI SANTOSO               | BUDI SANTOSA         | nama: sangat mirip",
        "SIREGAR NURHAYATI          | NURHAYATI            | nama: sebagian token sama",
        "SUMARNI                    | SUMIATI              | nama: mirip",
        "D S PUTRI                  | DWI SETYA PUTRI      | nama: inisial cocok",
        "BUDI SANTOSO               | AGUS SALIM           | nama: beda",
        "-                          | AGUS SALIM           | nama: kosong",
    })
    void name(String left, String right, String expected) throws SQLException {
        Comparison name = PersonLinking.COMPARISONS.get(1);
        StandardName l = IndonesianName.standardize(left);
        StandardName r = IndonesianName.standardize(right);
        String[] columns = {"nama_std", "nama_tokens"};
        String[] types = {"VARCHAR", "VARCHAR"};
        assertThat(label(name, columns, types, new Object[] {l.isEmpty() ? null : l.std(), l.isEmpty() ? null
                : l.tokenKey()}, new Object[] {r.std(), r.tokenKey()})).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "1985-08-15 | 1985-08-15 | tgl lahir: sama",
        "1985-08-05 | 1985-05-08 | tgl lahir: hari-bulan tertukar",
        "1985-08-15 | 1985-08-16 | tgl lahir: tahun sama, 1 bagian beda",
        "1985-08-15 | 1985-03-15 | tgl lahir: tahun sama, 1 bagian beda",
        "1985-08-15 | 1986-08-15 | tgl lahir: tahun beda 1",
        "1985-08-15 | 1958-08-15 | tgl lahir: beda",
        "1985-08-15 | 1990-01-02 | tgl lahir: beda",
        "-          | 1990-01-02 | tgl lahir: kosong",
    })
    void birthDate(String left, String right, String expected) throws SQLException {
        Comparison date = PersonLinking.COMPARISONS.get(2);
        assertThat(label(date, new String[] {"tanggal_lahir"}, new String[] {"DATE"},
                new Object[] {left == null ? null : LocalDate.parse(left)}, new Object[] {LocalDate.parse(right)}))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "P | P | jenis kelamin: sama",
        "P | L | jenis kelamin: beda",
        "- | L | jenis kelamin: kosong",
    })
    void sex(String left, String right, String expected) throws SQLException {
        Comparison sex = PersonLinking.COMPARISONS.get(3);
        assertThat(label(sex, new String[] {"jenis_kelamin"}, new String[] {"VARCHAR"}, new Object[] {left},
                new Object[] {right})).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}/{2} vs {3} {4}/{5} -> {6}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "6203021001 | 003 | 002 | 6203021001 | 003 | 002 | desa & RT/RW sama",
        "6203021001 | 003 | 002 | 6203021001 | 004 | 002 | desa sama",
        "6203021001 | -   | -   | 6203021001 | 004 | 002 | desa sama",
        "6203021001 | 003 | 002 | 6203022005 | 003 | 002 | kecamatan sama",
        "6203021001 | 003 | 002 | 6203041001 | 003 | 002 | desa beda",
        "-          | 003 | 002 | 6203041001 | 003 | 002 | desa: kosong",
    })
    void villageAndRtRw(String village, String rt, String rw, String village2, String rt2, String rw2,
            String expected) throws SQLException {
        Comparison place = PersonLinking.COMPARISONS.get(4);
        String[] columns = {"kode_wilayah", "rt", "rw"};
        String[] types = {"VARCHAR", "VARCHAR", "VARCHAR"};
        assertThat(label(place, columns, types, new Object[] {village, rt, rw}, new Object[] {village2, rt2, rw2}))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "SITI KHADIJAH | SITI KHADIJAH | nama ibu: sama",
        "SITI KHADIJAH | SITI HADIJAH  | nama ibu: sangat mirip",
        "SRI WAHYUNI   | SRI WAHYU     | nama ibu: sangat mirip",
        "SUMARNI       | SUMIATI       | nama ibu: mirip",
        "SITI KHADIJAH | MARIA ULFA    | nama ibu: beda",
        "-             | MARIA ULFA    | nama ibu: kosong",
    })
    void mothersName(String left, String right, String expected) throws SQLException {
        Comparison mother = PersonLinking.COMPARISONS.get(5);
        assertThat(label(mother, new String[] {"nama_ibu_std"}, new String[] {"VARCHAR"}, new Object[] {left},
                new Object[] {right})).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "nik | 0", "nama | 1", "tanggal_lahir | 2", "jenis_kelamin | 3", "desa_rt_rw | 4", "nama_ibu | 5"})
    void missingIsLevelZeroAndDisagreementIsLast(String name, int index) {
        Comparison comparison = PersonLinking.COMPARISONS.get(index);
        assertThat(comparison.name()).isEqualTo(name);
        assertThat(comparison.levels().get(0).label()).endsWith("kosong");
        assertThat(comparison.levels().get(comparison.levels().size() - 1).condition()).isEqualTo("TRUE");
        assertThat(comparison.levels().size()).isLessThanOrEqualTo(Comparison.MAX_LEVELS);
    }
}
