package id.padan.flag;

import id.padan.job.JobDefinition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One program as this run judges it: the current period (the latest reference date among the periods that have a
 * list of the program) and the previous one, with the eligibility rules the job file sets or the defaults.
 *
 * @param previousPeriod null when the job has no previous list of the program: then no lost-aid flags
 */
public record ProgramRound(String program, String currentPeriod, LocalDate referenceDate, String previousPeriod,
        LocalDate previousReferenceDate, int decileLimit, Integer minAge, Integer maxAge, Integer finalClass,
        long monthlyAid) {

    /** PKH is paid per family: a family still on the list under another member has not lost it. */
    public boolean familyLevel() {
        return "PKH".equals(program);
    }

    /** The lost-aid flag of the contract for this program, or null when the contract has none (BPNT, PBI). */
    public String lostFlag() {
        return switch (program) {
            case "PKH" -> "LOST_PKH";
            case "KIP" -> "LOST_KIP";
            default -> null;
        };
    }

    static final int DEFAULT_DECILE_LIMIT = 4;
    static final long DEFAULT_MONTHLY_AID = 100_000L;

    /**
     * @param listed program code to the periods that have a recipient list of it in the warehouse
     */
    public static List<ProgramRound> of(JobDefinition job, Map<String, Set<String>> listed) {
        List<ProgramRound> rounds = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : new TreeMap<>(listed).entrySet()) {
            String program = entry.getKey();
            Set<String> periods = new TreeSet<>(entry.getValue());
            String current = periods.stream()
                    .max(Comparator.comparing((String p) -> referenceDate(job, p), Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(Comparator.naturalOrder()))
                    .orElseThrow();
            JobDefinition.Period currentPeriod = job.periods().get(current);
            String previous = currentPeriod == null ? null : currentPeriod.previous();
            if (previous != null && !periods.contains(previous)) {
                previous = null;
            }
            JobDefinition.Program rules = job.programs().get(program);
            rounds.add(new ProgramRound(program, current, referenceDate(job, current), previous,
                    previous == null ? null : referenceDate(job, previous),
                    rules == null || rules.decileLimit() == null ? DEFAULT_DECILE_LIMIT : rules.decileLimit(),
                    rules == null ? null : rules.minAge(),
                    rules == null ? null : rules.maxAge(),
                    rules == null ? null : rules.finalClass(),
                    rules == null || rules.monthlyAid() == null ? DEFAULT_MONTHLY_AID : rules.monthlyAid()));
        }
        return rounds;
    }

    private static LocalDate referenceDate(JobDefinition job, String period) {
        JobDefinition.Period p = job.periods().get(period);
        return p == null ? null : p.referenceDate();
    }
}
