package id.padan.link;

import id.padan.job.JobFileException;
import id.padan.job.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML of {@code padan link --config}: which CSV files to link (or, with one file, deduplicate), the id column,
 * the comparisons and the blocking rules. Paths are relative to the config file.
 *
 * @param left           the first CSV file
 * @param right          the second CSV file; left out to deduplicate {@code left}
 * @param id             the column that identifies a row, written to pairs.csv and clusters.csv
 * @param output         the folder for pairs.csv, clusters.csv, candidates.csv and model.json
 * @param threshold      the match probability at or above which a pair is written to pairs.csv (default 0.5)
 * @param seed           seed of the random pairs (default 1)
 * @param maxClusterSize the largest cluster the clustering may build (default 10)
 * @param truthPattern   a regular expression whose first group, applied to the id, names the true entity (used by
 *                       {@code padan evaluate}), e.g. {@code rec-(\d+)-} for FEBRL
 * @param comparisons    the comparisons, in the order of the comparison vector
 * @param blocking       the ordered blocking rules
 * @param trainingRules  names of blocking rules EM trains on one by one; left out, EM trains on every blocked pair
 * @param baseDir        the folder of the config file (not read from YAML)
 */
public record CsvLinkConfig(String left, String right, String id, String output, Double threshold, Long seed,
        Integer maxClusterSize, String truthPattern, List<ComparisonSpec> comparisons, List<RuleSpec> blocking,
        List<String> trainingRules, Path baseDir) {

    /**
     * @param type   {@code name}, {@code text}, {@code date}, {@code id_number} or {@code exact}
     * @param column the CSV column
     * @param title  the label prefix in explanations (default: the column)
     * @param tf     whether a rare agreeing value counts for more (name, text, exact)
     * @param format the date format of a date column, e.g. {@code %Y%m%d} (default {@code %Y-%m-%d})
     */
    public record ComparisonSpec(String type, String column, String title, Boolean tf, String format) {
    }

    /** @param name rule name; @param keys {@code column} or {@code column:first1|first3|sound|year} */
    public record RuleSpec(String name, List<String> keys) {
    }

    public CsvLinkConfig {
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
        blocking = blocking == null ? List.of() : List.copyOf(blocking);
        trainingRules = trainingRules == null ? List.of() : List.copyOf(trainingRules);
    }

    public static CsvLinkConfig load(Path file) throws JobFileException {
        YAMLMapper mapper = YAMLMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        CsvLinkConfig config;
        try {
            config = mapper.readValue(Files.readString(file), CsvLinkConfig.class);
        } catch (NoSuchFileException e) {
            throw problem(file, "(file)", 0, "the config file was not found", "check the path, e.g. jobs/febrl4-link.yaml");
        } catch (IOException e) {
            throw problem(file, "(file)", 0, "cannot read the file: " + e.getMessage(), "check that it is readable");
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw problem(file, "(file)", line, e.getOriginalMessage(), "the keys allowed are left, right, id, output, "
                    + "threshold, seed, max_cluster_size, truth_pattern, comparisons, blocking, training_rules "
                    + "(see jobs/README.md)");
        }
        if (config == null) {
            throw problem(file, "(file)", 0, "the file is empty", "start from jobs/febrl4-link.yaml");
        }
        config = new CsvLinkConfig(config.left, config.right, config.id, config.output, config.threshold, config.seed,
                config.maxClusterSize, config.truthPattern, config.comparisons, config.blocking,
                config.trainingRules, file.toAbsolutePath().getParent());
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new JobFileException(file, problems.stream().map(p -> {
                int colon = p.indexOf(": ");
                int semicolon = p.indexOf("; ");
                return new Problem(p.substring(0, colon), 0, semicolon < 0 ? p.substring(colon + 2)
                        : p.substring(colon + 2, semicolon), semicolon < 0 ? "see jobs/README.md" : p.substring(semicolon + 2));
            }).toList());
        }
        return config;
    }

    private static JobFileException problem(Path file, String path, int line, String what, String fix) {
        return new JobFileException(file, List.of(new Problem(path, line, what, fix)));
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (left == null) {
            problems.add("left: missing; name the CSV file to link, e.g. 'left: ../data/a.csv'");
        }
        if (id == null) {
            problems.add("id: missing; name the column that identifies a row, e.g. 'id: rec_id'");
        }
        if (output == null) {
            problems.add("output: missing; name the folder for pairs.csv and clusters.csv");
        }
        if (threshold != null && (threshold <= 0 || threshold >= 1)) {
            problems.add("threshold: " + threshold + " is not a probability between 0 and 1; write e.g. 0.5");
        }
        if (comparisons.isEmpty()) {
            problems.add("comparisons: none; list at least one, e.g. '- {type: name, column: surname}'");
        }
        for (int i = 0; i < comparisons.size(); i++) {
            ComparisonSpec spec = comparisons.get(i);
            if (spec.column() == null) {
                problems.add("comparisons[" + i + "].column: missing");
            }
            if (spec.type() == null || !List.of("name", "text", "date", "id_number", "exact")
                    .contains(spec.type().toLowerCase(Locale.ROOT))) {
                problems.add("comparisons[" + i + "].type: '" + spec.type()
                        + "' is not a comparison; use name, text, date, id_number or exact");
            }
        }
        if (blocking.isEmpty()) {
            problems.add("blocking: no rules; list at least one, e.g. '- {name: dob, keys: [date_of_birth]}'");
        }
        for (int i = 0; i < blocking.size(); i++) {
            RuleSpec rule = blocking.get(i);
            if (rule.name() == null || rule.keys() == null || rule.keys().isEmpty()) {
                problems.add("blocking[" + i + "]: a rule needs a name and keys");
                continue;
            }
            for (String key : rule.keys()) {
                try {
                    BlockingKey parsed = BlockingKey.parse(key);
                    if (comparisons.stream().noneMatch(c -> parsed.column().equals(c.column()))) {
                        problems.add("blocking[" + i + "]: key column '" + parsed.column()
                                + "' is not one of the compared columns");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add("blocking[" + i + "]: " + e.getMessage());
                }
            }
        }
        return problems;
    }

    public boolean dedupe() {
        return right == null;
    }

    public double thresholdOrDefault() {
        return threshold == null ? 0.5 : threshold;
    }

    public Path resolve(String path) {
        return baseDir.resolve(path).normalize();
    }

    /** The comparisons, with a name column's sorted tokens in {@code <column>__tokens}. */
    public List<Comparison> comparisonList() {
        List<Comparison> list = new ArrayList<>();
        for (ComparisonSpec spec : comparisons) {
            String title = spec.title() == null ? spec.column() : spec.title();
            boolean tf = Boolean.TRUE.equals(spec.tf());
            list.add(switch (spec.type().toLowerCase(Locale.ROOT)) {
                case "name" -> new NameComparison(spec.column(), title, spec.column(), tokenColumn(spec.column()));
                case "text" -> new TextComparison(spec.column(), title, spec.column(), tf);
                case "date" -> new DateComparison(spec.column(), title, spec.column());
                case "id_number" -> new IdNumberComparison(spec.column(), title, spec.column());
                default -> new ExactComparison(spec.column(), title, spec.column(), tf);
            });
        }
        return list;
    }

    static String tokenColumn(String column) {
        return column + "__tokens";
    }

    public List<BlockingRule> rules() {
        return blocking.stream()
                .map(r -> new BlockingRule(r.name(), r.keys().stream().map(BlockingKey::parse).toList()))
                .toList();
    }
}
