package id.padan.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The "one name's tokens inside the other's" test, computed in Java and in SQL over thousands of rows at once (the
 * way pairs are compared), must agree row by row.
 */
class TokenContainmentTest {
    private static final String[] TOKENS = {"SITI", "AMINAH", "NUR", "HAYATI", "MUHAMAD", "RIZKI", "DEWI", "PUTRI",
        "AGUS", "SALIM"};

    @Test
    void javaAndSqlAgreeOnEveryRow() throws SQLException {
        Random random = new Random(42);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            pairs.add(new String[] {name(random), name(random)});
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (i INTEGER, a VARCHAR, b VARCHAR)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
                for (int i = 0; i < pairs.size(); i++) {
                    ps.setInt(1, i);
                    ps.setString(2, pairs.get(i)[0]);
                    ps.setString(3, pairs.get(i)[1]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String sql = "SELECT i, " + NameComparison.tokensInsideSql("list_distinct(string_split(a, ' '))",
                    "list_distinct(string_split(b, ' '))")
                    + " FROM t ORDER BY i";
            int inside = 0;
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    String[] pair = pairs.get(rs.getInt(1));
                    var a = new HashSet<>(Arrays.asList(pair[0].split(" ")));
                    var b = new HashSet<>(Arrays.asList(pair[1].split(" ")));
                    boolean expected = a.containsAll(b) || b.containsAll(a);
                    assertThat(rs.getBoolean(2)).as("%s / %s", pair[0], pair[1]).isEqualTo(expected);
                    inside += expected ? 1 : 0;
                }
            }
            assertThat(inside).as("the sample has both outcomes").isBetween(100, 4900);
        }
    }

    private static String name(Random random) {
        int length = 1 + random.nextInt(3);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            tokens.add(TOKENS[random.nextInt(4 + length)]);
        }
        return String.join(" ", tokens);
    }
}
