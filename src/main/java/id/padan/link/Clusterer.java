package id.padan.link;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the records of one list that are the same person: the accepted pairs (at or above the match threshold)
 * are joined strongest first, like connected components, but with a guard against chaining: two groups are not
 * joined when any pair between them was compared and scored below the "possible" threshold (or clearly conflicts),
 * or when the joined group would grow beyond a size no real duplicate group reaches. Without the guard, A~B and B~C
 * would put A and C together even when A and C are plainly different people.
 */
public final class Clusterer {
    /** One record's cluster: cluster id is the smallest record id; weakest is the weakest accepted edge. */
    public record Member(long id, long clusterId, int size, double weakestProbability) {
    }

    private final double acceptProbability;
    private final double rejectBelowProbability;
    private final int maxClusterSize;

    public Clusterer(double acceptProbability, double rejectBelowProbability, int maxClusterSize) {
        this.acceptProbability = acceptProbability;
        this.rejectBelowProbability = rejectBelowProbability;
        this.maxClusterSize = maxClusterSize;
    }

    /** Clusters the scored pairs of a deduplication; returns the members of clusters of two or more. */
    public List<Member> cluster(Connection connection, String scoredTable) throws SQLException {
        List<long[]> edges = new ArrayList<>();
        List<Double> edgeProbabilities = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id_l, id_r, match_probability FROM "
                + scoredTable + " WHERE match_probability >= ? AND NOT conflict "
                + "ORDER BY match_probability DESC, id_l, id_r")) {
            ps.setDouble(1, acceptProbability);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    edges.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    edgeProbabilities.add(rs.getDouble(3));
                }
            }
        }
        Map<Long, Set<Long>> against = rejectedPairs(connection, scoredTable);
        Map<Long, List<Long>> members = new HashMap<>();
        Map<Long, Long> groupOf = new HashMap<>();
        Map<Long, Double> weakest = new HashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            long a = edges.get(i)[0];
            long b = edges.get(i)[1];
            long groupA = groupOf.computeIfAbsent(a, id -> singleton(members, id));
            long groupB = groupOf.computeIfAbsent(b, id -> singleton(members, id));
            if (groupA == groupB) {
                continue;
            }
            List<Long> membersA = members.get(groupA);
            List<Long> membersB = members.get(groupB);
            if (membersA.size() + membersB.size() > maxClusterSize || disagree(membersA, membersB, against)) {
                continue;
            }
            List<Long> small = membersA.size() <= membersB.size() ? membersA : membersB;
            long keep = small == membersA ? groupB : groupA;
            long gone = keep == groupA ? groupB : groupA;
            for (long id : small) {
                groupOf.put(id, keep);
            }
            members.get(keep).addAll(small);
            members.remove(gone);
            double weakestSoFar = Math.min(weakest.getOrDefault(keep, 1.0), weakest.getOrDefault(gone, 1.0));
            weakest.remove(gone);
            weakest.put(keep, Math.min(weakestSoFar, edgeProbabilities.get(i)));
        }
        List<Member> result = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> group : members.entrySet()) {
            List<Long> ids = group.getValue();
            if (ids.size() < 2) {
                continue;
            }
            long clusterId = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
            for (long id : ids) {
                result.add(new Member(id, clusterId, ids.size(), weakest.get(group.getKey())));
            }
        }
        result.sort(java.util.Comparator.comparingLong(Member::id));
        return result;
    }

    private static long singleton(Map<Long, List<Long>> members, long id) {
        List<Long> list = new ArrayList<>();
        list.add(id);
        members.put(id, list);
        return id;
    }

    private static boolean disagree(List<Long> a, List<Long> b, Map<Long, Set<Long>> against) {
        Set<Long> other = new HashSet<>(b);
        for (long id : a) {
            Set<Long> rejected = against.get(id);
            if (rejected != null) {
                for (long r : rejected) {
                    if (other.contains(r)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Pairs scored below the "possible" threshold, among the records that have an accepted pair at all. */
    private Map<Long, Set<Long>> rejectedPairs(Connection connection, String scoredTable) throws SQLException {
        Map<Long, Set<Long>> against = new HashMap<>();
        String nodes = "(SELECT id_l AS id FROM " + scoredTable + " WHERE match_probability >= ? AND NOT conflict "
                + "UNION SELECT id_r FROM " + scoredTable + " WHERE match_probability >= ? AND NOT conflict)";
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE cluster_nodes (id BIGINT)");
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO cluster_nodes " + nodes)) {
            ps.setDouble(1, acceptProbability);
            ps.setDouble(2, acceptProbability);
            ps.execute();
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT s.id_l, s.id_r FROM " + scoredTable
                + " s SEMI JOIN cluster_nodes a ON a.id = s.id_l SEMI JOIN cluster_nodes b ON b.id = s.id_r "
                + "WHERE s.match_probability < ? OR s.conflict")) {
            ps.setDouble(1, rejectBelowProbability);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    against.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                    against.computeIfAbsent(rs.getLong(2), k -> new HashSet<>()).add(rs.getLong(1));
                }
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE cluster_nodes");
        }
        return against;
    }
}
