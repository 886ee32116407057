package id.padan.job;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Words used in job-file error messages: the keys a section allows and what a value should look like. */
final class JobSchema {
    private JobSchema() {
    }

    static String keysOf(Class<?> type) {
        if (!type.isRecord()) {
            return "(none)";
        }
        return Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName())
                .filter(n -> !n.equals("baseDir"))
                .map(JobSchema::snake)
                .collect(Collectors.joining(", "));
    }

    static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "whole number";
        }
        if (type == Double.class || type == double.class) {
            return "number";
        }
        if (type == LocalDate.class) {
            return "date (yyyy-mm-dd)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true/false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "mapping of keys";
        }
        return "text";
    }

    static String exampleOf(Class<?> type) {
        if (type == LocalDate.class) {
            return "write the date as yyyy-mm-dd, e.g. 2026-06-30";
        }
        if (type == Integer.class || type == Long.class) {
            return "write a whole number without quotes, e.g. 4";
        }
        if (type == Double.class) {
            return "write a number with a dot, e.g. 0.9";
        }
        if (List.class.isAssignableFrom(type)) {
            return "write a list with one '- ' item per line";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "write 'key: value' pairs indented under this key; see jobs/README.md";
        }
        return "see jobs/README.md for the allowed values";
    }

    static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
