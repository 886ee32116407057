package id.padan.synth;

import java.util.SplittableRandom;

/**
 * Plants a kind of case at a given rate among the candidates it is offered, evenly but not periodically: each
 * candidate adds {@code rate} to an accumulator, and the plant is due once the accumulator passes the next
 * threshold; thresholds are spaced by 0.5..1.5 (mean 1). The first threshold is below 1, so any run with
 * {@code rate × candidates ≥ 1} plants at least one case. A due plant stays due until a feasible candidate takes it.
 */
final class Planter {
    private final String name;
    private final double rate;
    private final SplittableRandom random;
    private double acc;
    private double next;
    private long planted;

    Planter(String name, double rate, SplittableRandom random) {
        this.name = name;
        this.rate = rate;
        this.random = random;
        this.next = random.nextDouble();
    }

    /** Offers one candidate; returns whether the plant is due. Call {@link #take()} when it is planted. */
    boolean offer() {
        acc += rate;
        return acc >= next;
    }

    /** Whether the plant is due without offering a new candidate. */
    boolean due() {
        return acc >= next;
    }

    void take() {
        next += 0.5 + random.nextDouble();
        planted++;
    }

    long planted() {
        return planted;
    }

    String name() {
        return name;
    }
}
