package id.padan.link;

import java.util.ArrayList;
import java.util.List;

/**
 * A trained Fellegi–Sunter model, saved as readable JSON: the prior (the share of compared pairs that are matches)
 * and, per comparison level, m (the probability of the level among matches), u (among non-matches) and the match
 * weight log2(m/u). Level 0 (missing) carries no weight.
 *
 * @param prior       probability that two records taken at random are a match (from EM's share of matches
 *                    among the blocked pairs, spread over every possible pair)
 * @param comparisons one entry per comparison, in the order of the comparison vector
 * @param training    how the model was trained, for the record
 */
public record LinkModel(double prior, List<ComparisonModel> comparisons, Training training) {
    /** Floor of m and u: a level never seen still gets a finite weight. */
    static final double FLOOR = 1e-6;

    public LinkModel {
        comparisons = List.copyOf(comparisons);
    }

    /** @param levels one entry per level; index 0 is the missing level */
    public record ComparisonModel(String name, List<LevelModel> levels) {
        public ComparisonModel {
            levels = List.copyOf(levels);
        }
    }

    /** @param matchWeight log2(m/u), a log-likelihood ratio: positive is evidence of a match */
    public record LevelModel(String label, double m, double u, double matchWeight) {
    }

    /**
     * @param blockedPairs pairs the m probabilities were estimated on
     * @param randomPairs  random pairs the u probabilities were estimated on
     * @param iterations   EM iterations run
     * @param seed         seed of the random pairs
     */
    public record Training(long blockedPairs, long randomPairs, int iterations, long seed) {
    }

    static LinkModel of(List<Comparison> comparisons, double prior, double[][] m, double[][] u, Training training) {
        List<ComparisonModel> models = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            List<Level> levels = comparisons.get(c).levels();
            List<LevelModel> levelModels = new ArrayList<>();
            for (int k = 0; k < levels.size(); k++) {
                double mk = k == 0 ? 0 : Math.max(m[c][k], FLOOR);
                double uk = k == 0 ? 0 : Math.max(u[c][k], FLOOR);
                double weight = k == 0 ? 0 : log2(mk / uk);
                levelModels.add(new LevelModel(levels.get(k).label(), mk, uk, weight));
            }
            models.add(new ComparisonModel(comparisons.get(c).name(), levelModels));
        }
        return new LinkModel(prior, models, training);
    }

    /** The prior as a match weight: log2 of the prior odds. */
    public double priorWeight() {
        return log2(prior / (1 - prior));
    }

    public double weight(int comparison, int level) {
        return comparisons.get(comparison).levels().get(level).matchWeight();
    }

    public double u(int comparison, int level) {
        return comparisons.get(comparison).levels().get(level).u();
    }

    /** Checks that this model was trained for these comparisons, e.g. when it is pinned in a job file. */
    public void checkFits(List<Comparison> comparisons) {
        if (comparisons.size() != this.comparisons.size()) {
            throw new IllegalArgumentException("the model has " + this.comparisons.size() + " comparisons but the "
                    + "linking has " + comparisons.size() + "; train a new model (remove the pinned model)");
        }
        for (int c = 0; c < comparisons.size(); c++) {
            ComparisonModel model = this.comparisons.get(c);
            Comparison comparison = comparisons.get(c);
            if (!model.name().equals(comparison.name()) || model.levels().size() != comparison.levels().size()) {
                throw new IllegalArgumentException("comparison " + (c + 1) + " of the model is '" + model.name()
                        + "' with " + model.levels().size() + " levels, but the linking has '" + comparison.name()
                        + "' with " + comparison.levels().size() + " levels; train a new model");
            }
        }
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    public static double probability(double matchWeight) {
        return 1.0 / (1.0 + Math.pow(2, -matchWeight));
    }
}
