package id.padan.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SQL each built-in blocking rule renders, and what ordered rules do to the pairs. */
class BlockingRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', value = {
        "NIK       ~ l.\"nik\" = r.\"nik\"",
        "NIK12     ~ l.\"nik12\" = r.\"nik12\"",
        "KK        ~ l.\"no_kk\" = r.\"no_kk\"",
        "DESA_NAMA ~ l.\"kode_wilayah\" = r.\"kode_wilayah\" AND l.\"nama_tokens__sound\" = r.\"nama_tokens__sound\"",
        "TGL_HURUF ~ l.\"tanggal_lahir\" = r.\"tanggal_lahir\" AND l.\"nama_std__first1\" = r.\"nama_std__first1\"",
        "DESA_TGL  ~ l.\"kode_wilayah\" = r.\"kode_wilayah\" AND l.\"tanggal_lahir\" = r.\"tanggal_lahir\"",
    })
    void builtInRuleRendersItsCondition(String name, String expectedSql) {
        BlockingRule rule = PersonLinking.DEFAULT_RULES.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(rule.conditionSql()).isEqualTo(expectedSql);
    }

    @Test
    void builtInRulesComeInTheDocumentedOrderAfterIdDtks() {
        List<BlockingRule> rules = PersonLinking.rules(id.padan.job.JobDefinition.Linking.DEFAULT);
        assertThat(rules).extracting(BlockingRule::name)
                .containsExactly("ID_DTKS", "NIK", "NIK12", "KK", "DESA_NAMA", "TGL_HURUF", "DESA_TGL");
        assertThat(rules.get(0).conditionSql()).isEqualTo("l.\"id_dtks\" = r.\"id_dtks\"");
    }

    @Test
    void aLaterRuleSkipsThePairsOfEarlierRules() {
        BlockingRule nik = BlockingRule.of("NIK", "nik");
        BlockingRule kk = BlockingRule.of("KK", "no_kk");
        assertThat(kk.pairsSql("a", "b", 1, List.of(nik), null)).isEqualTo("SELECT l.id AS id_l, r.id AS id_r, "
                + "1 AS rule FROM a l JOIN b r ON l.\"no_kk\" = r.\"no_kk\" AND NOT coalesce(l.\"nik\" = r.\"nik\", FALSE)");
    }

    @Test
    void keysParseWithTheirTransform() {
        assertThat(BlockingKey.parse("nama_std:first1").sql("l")).isEqualTo("l.\"nama_std__first1\"");
        assertThat(BlockingKey.parse("nama_std:first1").derivedSql()).isEqualTo("left(\"nama_std\", 1)");
        assertThat(BlockingKey.parse("tanggal_lahir:year").derivedSql()).isEqualTo("year(\"tanggal_lahir\")");
        assertThat(BlockingKey.parse("nama_tokens:sound").derivedSql()).isEqualTo("(left(\"nama_tokens\", 1) || "
                + "regexp_replace(substr(\"nama_tokens\", 2), '[AEIOUHWY ]', '', 'g'))");
        assertThat(BlockingKey.parse("nama_std:first3").toString()).isEqualTo("nama_std:first3");
        assertThatThrownBy(() -> BlockingKey.parse("nama_std:soundex")).hasMessageContaining("first1, first3, sound");
        assertThat(PersonLinking.keyProblem("alamat")).contains("'alamat' is not a column");
        assertThat(PersonLinking.keyProblem("nama_tokens:sound")).isNull();
    }

    @Test
    void soundKeyKeepsTheFirstLetterAndTheConsonants() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT " + BlockingKey.parse("n:sound").derivedSql() + " FROM (VALUES "
                        + "('SUKARNO'), ('SUKARNA'), ('AMINAH SITI'), ('WAHYUDI')) t(n)")) {
            List<String> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            assertThat(keys).containsExactly("SKRN", "SKRN", "AMNST", "WD");
        }
    }

    @Test
    void engineRecordsTheRuleThatFoundEachPairOnce() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE a AS SELECT * FROM (VALUES (1, '6203021508850003', 'K1'), "
                    + "(2, NULL, 'K2'), (3, '6203025102900001', NULL)) t(id, nik, no_kk)");
            st.execute("CREATE TABLE b AS SELECT * FROM (VALUES (11, '6203021508850003', 'K1'), "
                    + "(12, '6203021508850004', 'K2'), (13, '6203025102900009', 'K2')) t(id, nik, no_kk)");
            LinkEngine engine = new LinkEngine(c, List.of(new IdNumberComparison("nik", "NIK", "nik")),
                    List.of(BlockingRule.of("NIK", "nik"), BlockingRule.of("KK", "no_kk")), "t", "a", "b", null);
            long[] counts = engine.block();
            assertThat(counts).containsExactly(1, 2);
            List<String> pairs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id_l, id_r, rule FROM t_pairs ORDER BY ALL")) {
                while (rs.next()) {
                    pairs.add(rs.getLong(1) + "-" + rs.getLong(2) + ":" + rs.getInt(3));
                }
            }
            assertThat(pairs).containsExactly("1-11:0", "2-12:1", "2-13:1");
        }
    }
}
