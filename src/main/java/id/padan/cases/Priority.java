package id.padan.cases;

/**
 * The priority of a case for field work, 0 to 115:
 * {@code round(100 × evidence_strength × money_factor) + 15 if a complaint concerns the case}.
 * Evidence strength (0..1) is set by each flag rule and multiplied by the link's match probability where the flag
 * depends on the link, so a confirmed death beats a fuzzy link. The money factor is
 * {@code 0.5 + 0.5 × monthly aid / largest monthly aid of the run's programs}: the money at stake counts, but never
 * more than the evidence.
 */
public final class Priority {
    public static final int COMPLAINT_BONUS = 15;

    private Priority() {
    }
}
