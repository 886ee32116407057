package id.padan.link;

import java.util.List;

/**
 * Estimates the m probabilities and the prior from the comparison patterns of the blocked pairs, without labels, by
 * expectation–maximisation over a two-class mixture (match, non-match) with the u probabilities held fixed, as they
 * come from random pairs. Missing levels (0) carry no evidence and are left out of both products.
 */
final class ExpectationMaximisation {
    static final int MAX_ITERATIONS = 100;
    static final double TOLERANCE = 1e-7;

    /** A comparison pattern and how many pairs have it. */
    record Pattern(int[] levels, long count) {
    }

    record Result(double prior, double[][] m, int iterations) {
    }

    private ExpectationMaximisation() {
    }

    static Result run(List<Pattern> patterns, double[][] u, int[] levelCounts, double initialPrior) {
        int comparisons = levelCounts.length;
        double[][] m = new double[comparisons][];
        for (int c = 0; c < comparisons; c++) {
            m[c] = initialM(levelCounts[c]);
        }
        double prior = initialPrior;
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            double[][] matchMass = new double[comparisons][];
            for (int c = 0; c < comparisons; c++) {
                matchMass[c] = new double[levelCounts[c]];
            }
            double matches = 0;
            double total = 0;
            for (Pattern pattern : patterns) {
                double match = prior;
                double nonMatch = 1 - prior;
                for (int c = 0; c < comparisons; c++) {
                    int level = pattern.levels()[c];
                    if (level > 0) {
                        match *= Math.max(m[c][level], LinkModel.FLOOR);
                        nonMatch *= Math.max(u[c][level], LinkModel.FLOOR);
                    }
                }
                double posterior = match / (match + nonMatch);
                double mass = posterior * pattern.count();
                matches += mass;
                total += pattern.count();
                for (int c = 0; c < comparisons; c++) {
                    matchMass[c][pattern.levels()[c]] += mass;
                }
            }
            double change = Math.abs(matches / total - prior);
            prior = Math.min(Math.max(matches / total, 1e-9), 1 - 1e-9);
            for (int c = 0; c < comparisons; c++) {
                double present = 0;
                for (int k = 1; k < levelCounts[c]; k++) {
                    present += matchMass[c][k];
                }
                for (int k = 1; k < levelCounts[c]; k++) {
                    double next = present == 0 ? m[c][k] : matchMass[c][k] / present;
                    change = Math.max(change, Math.abs(next - m[c][k]));
                    m[c][k] = next;
                }
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return new Result(prior, m, iteration);
    }

    /** The prior alone, with m and u held fixed: the share of matches among the given patterns. */
    static double prior(List<Pattern> patterns, double[][] m, double[][] u, double initialPrior) {
        double prior = initialPrior;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double matches = 0;
            double total = 0;
            for (Pattern pattern : patterns) {
                double match = prior;
                double nonMatch = 1 - prior;
                for (int c = 0; c < pattern.levels().length; c++) {
                    int level = pattern.levels()[c];
                    if (level > 0) {
                        match *= Math.max(m[c][level], LinkModel.FLOOR);
                        nonMatch *= Math.max(u[c][level], LinkModel.FLOOR);
                    }
                }
                matches += match / (match + nonMatch) * pattern.count();
                total += pattern.count();
            }
            double next = Math.min(Math.max(matches / total, 1e-9), 1 - 1e-9);
            if (Math.abs(next - prior) < TOLERANCE) {
                return next;
            }
            prior = next;
        }
        return prior;
    }

    /** Start with most matches at the best level and the rest falling off level by level. */
    private static double[] initialM(int levels) {
        double[] m = new double[levels];
        double remaining = 1;
        for (int k = 1; k < levels; k++) {
            m[k] = k == levels - 1 ? remaining : remaining * (k == 1 ? 0.8 : 0.5);
            remaining -= m[k];
        }
        return m;
    }
}
