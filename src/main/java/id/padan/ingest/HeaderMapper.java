package id.padan.ingest;

import id.padan.job.SourceKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Maps a file's header onto the canonical fields of its kind, using a {@link Layout} and the job file's overrides.
 * Headers match regardless of case, spacing and punctuation: {@code NOMOR NIK}, {@code nomor_nik},
 * {@code Nomor-NIK} and {@code NOMORNIK} are the same header.
 */
public final class HeaderMapper {
    /** How alike a header must be to an accepted name to be offered as the example in a message. */
    private static final double SUGGESTION_SIMILARITY = 0.85;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final Layout layout;

    public HeaderMapper(Layout layout) {
        this.layout = layout;
    }

    /** A mapper with the built-in default layout of a kind. */
    public static HeaderMapper forKind(SourceKind kind) {
        return new HeaderMapper(LayoutCatalog.builtIn().defaultFor(kind));
    }

    public Layout layout() {
        return layout;
    }

    /**
     * The comparison key of a header: letters and digits only, upper case, accents and compatibility forms folded
     * ({@code Nº} reads as {@code NO}).
     */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(header, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString().toUpperCase(Locale.ROOT);
    }

    public HeaderMapping map(List<String> header) {
        return map(header, Map.of());
    }

    /**
     * Maps a header. Never throws for what the file or job file contain: problems are collected in the result
     * ({@link HeaderMapping#errors()}), so job validation can report them all at once.
     *
     * @param overrides from the job file's {@code columns:}: canonical field to the header that holds it, matched
     *                  like any header; a blank header name means "this file has no such column, do not guess"
     */
    public HeaderMapping map(List<String> header, Map<String, String> overrides) {
        SourceKind kind = layout.kind();
        List<String> fields = kind.fields();
        int[] columnOf = new int[fields.size()];
        Arrays.fill(columnOf, -1);
        boolean[] taken = new boolean[header.size()];
        List<String> errors = new ArrayList<>();
        Set<String> decided = new HashSet<>();
        Set<String> failedOverrides = new HashSet<>();

        for (Map.Entry<String, String> override : overrides.entrySet()) {
            String field = override.getKey() == null ? "" : override.getKey().trim();
            int fieldIndex = fields.indexOf(field);
            if (fieldIndex < 0) {
                errors.add("the job file maps '" + field + "', which is not a field of " + kind.id() + " files; the"
                        + " fields are " + String.join(", ", fields));
                continue;
            }
            decided.add(field);
            String wanted = override.getValue();
            if (wanted == null || wanted.isBlank()) {
                continue;
            }
            int column = findColumn(header, wanted);
            if (column < 0) {
                failedOverrides.add(field);
                String suggestion = closestHeader(header, List.of(wanted), taken);
                errors.add("the job file maps " + field + " to \"" + wanted + "\", but the header has no such column"
                        + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)") + "; the header has: "
                        + String.join(", ", header));
            } else if (taken[column]) {
                errors.add("the job file maps " + field + " and " + fieldAt(fields, columnOf, column) + " both to \""
                        + header.get(column) + "\"; a column can hold only one field");
            } else {
                columnOf[fieldIndex] = column;
                taken[column] = true;
            }
        }

        String[] normalizedHeader = header.stream().map(HeaderMapper::normalize).toArray(String[]::new);
        List<HeaderMapping.Conflict> conflicts = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            String field = fields.get(f);
            if (decided.contains(field)) {
                continue;
            }
            List<String> accepted = layout.acceptedNames(field).stream().map(HeaderMapper::normalize).toList();
            List<Integer> matches = new ArrayList<>();
            for (int rank = 0; rank < accepted.size(); rank++) {
                for (int column = 0; column < header.size(); column++) {
                    if (!taken[column] && normalizedHeader[column].equals(accepted.get(rank))) {
                        matches.add(column);
                    }
                }
            }
            if (matches.isEmpty()) {
                continue;
            }
            int chosen = matches.get(0);
            columnOf[f] = chosen;
            for (int column : matches) {
                taken[column] = true;
            }
            if (matches.size() > 1) {
                conflicts.add(conflict(field, header, matches));
            }
        }

        List<String> missing = new ArrayList<>();
        for (String required : kind.requiredFields()) {
            if (columnOf[fields.indexOf(required)] < 0) {
                missing.add(required);
            }
        }
        // A field whose override failed is already explained; saying it is missing as well would be noise.
        List<String> unexplained = missing.stream().filter(field -> !failedOverrides.contains(field)).toList();
        if (!unexplained.isEmpty()) {
            errors.add(missingMessage(kind, header, unexplained, taken));
        }
        return new HeaderMapping(layout, header, columnOf, taken, conflicts, missing, errors);
    }

    private static String fieldAt(List<String> fields, int[] columnOf, int column) {
        for (int f = 0; f < columnOf.length; f++) {
            if (columnOf[f] == column) {
                return fields.get(f);
            }
        }
        return "another field";
    }

    /** The column an override names: the exact header if present, else the first with the same normalized form. */
    private static int findColumn(List<String> header, String wanted) {
        int exact = header.indexOf(wanted.trim());
        if (exact >= 0) {
            return exact;
        }
        String key = normalize(wanted);
        for (int column = 0; column < header.size(); column++) {
            if (!key.isEmpty() && normalize(header.get(column)).equals(key)) {
                return column;
            }
        }
        return -1;
    }

    private static HeaderMapping.Conflict conflict(String field, List<String> header, List<Integer> matches) {
        int chosen = matches.get(0);
        List<String> ignored = matches.subList(1, matches.size()).stream().map(header::get).toList();
        String others = matches.subList(1, matches.size()).stream()
                .map(column -> "\"" + header.get(column) + "\" (column " + (column + 1) + ")")
                .collect(Collectors.joining(", "));
        boolean sameName = ignored.stream().allMatch(name -> normalize(name).equals(normalize(header.get(chosen))));
        String message = "columns \"" + header.get(chosen) + "\" (column " + (chosen + 1) + ") and " + others
                + (matches.size() == 2 ? " both" : " all") + " match " + field + "; using \"" + header.get(chosen) + "\", "
                + (sameName ? "the first one" : "the earlier of the accepted names") + ". To use another, set"
                + " columns: {" + field + ": \"" + ignored.get(0) + "\"} in the job file";
        return new HeaderMapping.Conflict(field, chosen, List.copyOf(matches.subList(1, matches.size())), message);
    }

    private String missingMessage(SourceKind kind, List<String> header, List<String> missing, boolean[] taken) {
        StringBuilder message = new StringBuilder("no column for ").append(String.join(" or ", missing))
                .append(", which ").append(kind.id()).append(" files require (layout ").append(layout.profile())
                .append("). The header has: ").append(header.isEmpty() ? "(nothing)" : String.join(", ", header))
                .append(". Accepted names");
        Map<String, String> examples = new LinkedHashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            String field = missing.get(i);
            List<String> accepted = layout.acceptedNames(field);
            message.append(i == 0 ? " for " : "; for ").append(field).append(": ").append(String.join(", ", accepted));
            String suggestion = closestHeader(header, accepted, taken);
            examples.put(field, suggestion == null ? "YOUR HEADER" : suggestion);
        }
        message.append(" (case, spaces and punctuation do not matter). If a column holds it under another name, map"
                + " it in the job file: columns: {");
        message.append(examples.entrySet().stream().map(e -> e.getKey() + ": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ")));
        return message.append("}").toString();
    }

    /** The unused header most like one of the names, if it is alike enough to be a helpful example. */
    private static String closestHeader(List<String> header, List<String> names, boolean[] taken) {
        String best = null;
        double bestScore = SUGGESTION_SIMILARITY;
        for (int column = 0; column < header.size(); column++) {
            String key = normalize(header.get(column));
            if (taken[column] || key.isEmpty()) {
                continue;
            }
            for (String name : names) {
                String wanted = normalize(name);
                double score = SIMILARITY.apply(key, wanted);
                if (wanted.length() >= 3 && (key.startsWith(wanted) || key.endsWith(wanted))) {
                    score = Math.max(score, 0.9);
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = header.get(column);
                }
            }
        }
        return best;
    }
}
