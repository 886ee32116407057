package id.padan.link;

/**
 * The levels of every comparison of one pair packed into one number, one decimal digit per comparison (comparison
 * 0 in the units), so that pairs group by their pattern in SQL.
 */
final class ComparisonVector {
    private ComparisonVector() {
    }

    static int level(long vector, int comparison) {
        return (int) (vector / pow10(comparison) % 10);
    }

    static long pack(int[] levels) {
        long vector = 0;
        for (int c = levels.length - 1; c >= 0; c--) {
            vector = vector * 10 + levels[c];
        }
        return vector;
    }

    static int[] unpack(long vector, int comparisons) {
        int[] levels = new int[comparisons];
        for (int c = 0; c < comparisons; c++) {
            levels[c] = level(vector, c);
        }
        return levels;
    }

    static long pow10(int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= 10;
        }
        return p;
    }
}
