package id.padan.job;

import java.util.Set;
import java.util.TreeSet;

/** {@code padan run --period} named a period the job does not know; nothing has been run or moved. */
public final class UnknownPeriodException extends Exception {
    public UnknownPeriodException(String period, Set<String> known) {
        super("unknown period '" + period + "': " + (known.isEmpty() ? "the job names no periods"
                : "the job knows " + String.join(", ", new TreeSet<>(known)))
                + " (the periods under 'periods:' in the job file and those the inbox file names give)");
    }
}
