package id.padan.synth;

import java.util.Arrays;

/** An open-addressing set of non-negative longs (NIK and KK numbers), far smaller than a {@code HashSet<Long>}. */
final class LongHashSet {
    private static final long EMPTY = -1L;
    private long[] table;
    private int size;

    LongHashSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[cap];
        Arrays.fill(table, EMPTY);
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    boolean contains(long v) {
        int mask = table.length - 1;
        int i = mix(v) & mask;
        while (true) {
            long t = table[i];
            if (t == EMPTY) {
                return false;
            }
            if (t == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds v; returns false when it was already present. */
    boolean add(long v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative value");
        }
        if ((size + 1) * 2L > table.length) {
            grow();
        }
        int mask = table.length - 1;
        int i = mix(v) & mask;
        while (true) {
            long t = table[i];
            if (t == EMPTY) {
                table[i] = v;
                size++;
                return true;
            }
            if (t == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        Arrays.fill(table, EMPTY);
        size = 0;
        for (long v : old) {
            if (v != EMPTY) {
                add(v);
            }
        }
    }
}
