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
    /** KIP is school aid for pupils aged 6-21 up to class 12, unless the job file says otherwise. */
    static final int KIP_MIN_AGE = 6;
    static final int KIP_MAX_AGE = 21;
    static final int KIP_FINAL_CLASS = 12;

    private static Integer orDefault(Integer value, Integer fallback) {
        return value != null ? value : fallback;
    }

    /**
     * @param listed program code to the periods that have a recipient list of it in the warehouse
     */
    public static List<ProgramRound> of(JobDefinition job, Map<String, Set<String>> listed) {
        return of(job, listed, null);
    }

    /**
     * @param chosen the period to judge as current ({@code padan run --period}) for each program that has a list of
     *               it, or null for each program's latest; a program without a list of it keeps its latest
     * @throws IllegalStateException when no program has a list of the chosen period
     */
    public static List<ProgramRound> of(JobDefinition job, Map<String, Set<String>> listed, String chosen) {
        if (chosen != null && listed.values().stream().noneMatch(periods -> periods.contains(chosen))) {
            throw new IllegalStateException("no recipient list of period " + chosen + " is loaded (lists by program: "
                    + new TreeMap<>(listed) + "); run again with one of those periods, or without --period");
        }
        List<ProgramRound> rounds = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : new TreeMap<>(listed).entrySet()) {
            String program = entry.getKey();
            Set<String> periods = new TreeSet<>(entry.getValue());
            String current = chosen != null && periods.contains(chosen) ? chosen : periods.stream()
                    .max(Comparator.comparing((String p) -> referenceDate(job, p), Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(Comparator.naturalOrder()))
                    .orElseThrow();
            JobDefinition.Period currentPeriod = job.periods().get(current);
            String previous = currentPeriod == null ? null : currentPeriod.previous();
            if (previous != null && !periods.contains(previous)) {
                previous = null;
            }
            JobDefinition.Program rules = job.programs().get(program);
            boolean school = "KIP".equals(program);
            rounds.add(new ProgramRound(program, current, referenceDate(job, current), previous,
                    previous == null ? null : referenceDate(job, previous),
                    rules == null || rules.decileLimit() == null ? DEFAULT_DECILE_LIMIT : rules.decileLimit(),
                    orDefault(rules == null ? null : rules.minAge(), school ? KIP_MIN_AGE : null),
                    orDefault(rules == null ? null : rules.maxAge(), school ? KIP_MAX_AGE : null),
                    orDefault(rules == null ? null : rules.finalClass(), school ? KIP_FINAL_CLASS : null),
                    rules == null || rules.monthlyAid() == null ? DEFAULT_MONTHLY_AID : rules.monthlyAid()));
        }
        return rounds;
    }

    private static LocalDate referenceDate(JobDefinition job, String period) {
        JobDefinition.Period p = job.periods().get(period);
        return p == null ? null : p.referenceDate();
    }
}
