package id.padan.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationMaximisationTest {
    /**
     * Pattern counts made exactly from a known mixture (30% matches, three comparisons of three levels each): EM,
     * given the true u, finds the prior and the m probabilities again.
     */
    @Test
    void recoversKnownMProbabilitiesAndPrior() {
        double prior = 0.3;
        double[][] m = {{0, 0.90, 0.07, 0.03}, {0, 0.80, 0.15, 0.05}, {0, 0.70, 0.20, 0.10}};
        double[][] u = {{0, 0.02, 0.08, 0.90}, {0, 0.05, 0.10, 0.85}, {0, 0.10, 0.20, 0.70}};
        List<ExpectationMaximisation.Pattern> patterns = new ArrayList<>();
        for (int a = 1; a <= 3; a++) {
            for (int b = 1; b <= 3; b++) {
                for (int c = 1; c <= 3; c++) {
                    double share = prior * m[0][a] * m[1][b] * m[2][c] + (1 - prior) * u[0][a] * u[1][b] * u[2][c];
                    patterns.add(new ExpectationMaximisation.Pattern(new int[] {a, b, c}, Math.round(share * 1e7)));
                }
            }
        }
        ExpectationMaximisation.Result result = ExpectationMaximisation.run(patterns, u, new int[] {4, 4, 4}, 0.1);
        assertThat(result.prior()).isCloseTo(prior, within(0.01));
        for (int c = 0; c < 3; c++) {
            for (int k = 1; k <= 3; k++) {
                assertThat(result.m()[c][k]).as("m[%d][%d]", c, k).isCloseTo(m[c][k], within(0.02));
            }
        }
    }

    @Test
    void missingLevelsAreLeftOutOfTheEstimates() {
        double[][] u = {{0, 0.01, 0.99}};
        List<ExpectationMaximisation.Pattern> patterns = List.of(
                new ExpectationMaximisation.Pattern(new int[] {0}, 1_000_000),
                new ExpectationMaximisation.Pattern(new int[] {1}, 100),
                new ExpectationMaximisation.Pattern(new int[] {2}, 100));
        ExpectationMaximisation.Result result = ExpectationMaximisation.run(patterns, u, new int[] {3}, 0.1);
        assertThat(result.m()[0][1] + result.m()[0][2]).isCloseTo(1.0, within(1e-9));
    }
}
