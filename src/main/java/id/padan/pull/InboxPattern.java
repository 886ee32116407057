package id.padan.pull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file-name pattern of the inbox: {@code *} is any text, {@code {year}} four digits, {@code {tahap}} a number and
 * {@code {date}} a date as yyyymmdd or yyyy-mm-dd; everything else is literal and case does not matter.
 */
final class InboxPattern {
    private final Pattern regex;

    InboxPattern(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            if (pattern.startsWith("{year}", i)) {
                out.append("(?<year>\\d{4})");
                i += 6;
            } else if (pattern.startsWith("{tahap}", i)) {
                out.append("(?<tahap>\\d{1,2})");
                i += 7;
            } else if (pattern.startsWith("{date}", i)) {
                out.append("(?<date>\\d{4}-?\\d{2}-?\\d{2})");
                i += 6;
            } else if (pattern.charAt(i) == '*') {
                out.append(".*");
                i++;
            } else {
                out.append(Pattern.quote(String.valueOf(pattern.charAt(i))));
                i++;
            }
        }
        regex = Pattern.compile(out.toString(), Pattern.CASE_INSENSITIVE);
    }

    /** What the name says, or empty when it does not match. */
    Optional<NameFacts> match(String fileName) {
        Matcher m = regex.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new NameFacts(group(m, "year"), group(m, "tahap"), group(m, "date")));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException absent) {
            return null;
        }
    }

    /** The year, tahap and date a file name gives (each null when the pattern has none). */
    record NameFacts(String year, String tahap, String date) {
        /** e.g. {@code 2026-T2}, or null without year and tahap. */
        String period() {
            return year == null || tahap == null ? null : year + "-T" + Integer.parseInt(tahap);
        }

        /** The date digits only, for ordering exports; "" when the name has none. */
        String dateKey() {
            return date == null ? "" : date.replace("-", "");
        }
    }
}
