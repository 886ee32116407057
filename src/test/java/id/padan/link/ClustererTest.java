package id.padan.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClustererTest {
    private static List<Clusterer.Member> cluster(String values, int maxSize) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE scored AS SELECT id_l::BIGINT AS id_l, id_r::BIGINT AS id_r, "
                    + "p::DOUBLE AS match_probability, conflict FROM (VALUES " + values + ") t(id_l, id_r, p, conflict)");
            return new Clusterer(0.9, 0.5, maxSize).cluster(c, "scored");
        }
    }

    @Test
    void aChainIsCutWhereTheEndsWereComparedAndDisagree() throws SQLException {
        // 1~2 and 2~3 are strong, but 1 and 3 were compared and are clearly not the same person
        List<Clusterer.Member> members = cluster("(1, 2, 0.99, false), (2, 3, 0.98, false), (1, 3, 0.01, false)", 10);
        assertThat(members).containsExactly(new Clusterer.Member(1, 1, 2, 0.99), new Clusterer.Member(2, 1, 2, 0.99));
    }

    @Test
    void aChainWithoutContraryEvidenceIsOneClusterWithItsWeakestEdge() throws SQLException {
        List<Clusterer.Member> members = cluster("(4, 5, 0.99, false), (5, 6, 0.97, false), (7, 8, 0.6, false)", 10);
        assertThat(members).containsExactly(new Clusterer.Member(4, 4, 3, 0.97), new Clusterer.Member(5, 4, 3, 0.97),
                new Clusterer.Member(6, 4, 3, 0.97));
    }

    @Test
    void aConflictingPairIsNeverAnEdgeAndBlocksAMerge() throws SQLException {
        List<Clusterer.Member> members = cluster("(1, 2, 0.99, true), (2, 3, 0.99, false), (1, 3, 0.95, false)", 10);
        assertThat(members).extracting(Clusterer.Member::id).containsExactly(2L, 3L);
    }

    @Test
    void clustersStopGrowingAtTheMaximumSize() throws SQLException {
        List<Clusterer.Member> members = cluster("(1, 2, 0.99, false), (2, 3, 0.99, false), (3, 4, 0.99, false)", 3);
        assertThat(members).extracting(Clusterer.Member::size).containsOnly(3);
        assertThat(members).extracting(Clusterer.Member::id).containsExactly(1L, 2L, 3L);
    }
}
