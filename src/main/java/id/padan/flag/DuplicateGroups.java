package id.padan.flag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups the rows of one list that are the same person. Two rows are the same person when both link to the same
 * registry person, or when the link stage clustered them; the second copy often carries a mistyped NIK and a
 * respelled name, so equal NIKs alone would miss it. Groups are the connected components of both relations.
 */
final class DuplicateGroups {
    private final Map<Long, Long> parent = new HashMap<>();

    void sameRow(long recordId) {
        parent.putIfAbsent(recordId, recordId);
    }

    void samePerson(long a, long b) {
        sameRow(a);
        sameRow(b);
        long ra = root(a);
        long rb = root(b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    private long root(long id) {
        long r = id;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        long walk = id;
        while (walk != r) {
            long next = parent.get(walk);
            parent.put(walk, r);
            walk = next;
        }
        return r;
    }

    /** Groups of two or more rows, each sorted by record id, ordered by their first record id. */
    List<List<Long>> groups() {
        Map<Long, List<Long>> byRoot = new TreeMap<>();
        for (Long id : parent.keySet()) {
            byRoot.computeIfAbsent(root(id), k -> new ArrayList<>()).add(id);
        }
        List<List<Long>> groups = new ArrayList<>();
        for (List<Long> members : byRoot.values()) {
            if (members.size() > 1) {
                members.sort(null);
                groups.add(members);
            }
        }
        groups.sort((x, y) -> Long.compare(x.get(0), y.get(0)));
        return groups;
    }
}
