package id.padan.job;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a job definition and collects every problem, each with its YAML path and a fix. */
final class JobValidator {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    private static final Pattern REGENCY = Pattern.compile("\\d{2}\\.\\d{2}");
    private static final Set<String> FORMAT_TYPES = Set.of("auto", "csv", "xlsx");
    private static final Set<String> DELIMITERS = Set.of("auto", "|", ";", ",", "tab", "\t");

    private final JobDefinition job;
    private final JobPaths paths;
    private final List<Problem> problems = new ArrayList<>();

    JobValidator(JobDefinition job) {
        this.job = job;
        this.paths = new JobPaths(job);
    }

    List<Problem> structuralProblems() {
        checkTop();
        checkSources();
        checkPeriods();
        checkPrograms();
        checkThresholds();
        checkLinking();
        checkWorklists();
        return problems;
    }

    private void problem(String path, String what, String fix) {
        problems.add(new Problem(path, 0, what, fix));
    }

    private void checkTop() {
        if (job.name() == null || job.name().isBlank()) {
            problem("name", "the job has no name", "add 'name: kapuas' (lower case letters, digits, - and _)");
        } else if (!NAME.matcher(job.name()).matches()) {
            problem("name", "'" + job.name() + "' is not a usable job name",
                    "use lower case letters, digits, '-' and '_', e.g. 'kapuas-2026'");
        }
        if (job.regency() != null && !REGENCY.matcher(job.regency()).matches()) {
            problem("regency", "'" + job.regency() + "' is not a regency code",
                    "write the Kemendagri code with a dot, e.g. '62.03' for Kabupaten Kapuas");
        }
        if (job.root() != null && !job.baseDir().resolve(job.root()).toFile().isDirectory()) {
            problem("root", "the folder '" + job.root() + "' does not exist",
                    "give a folder relative to the job file, e.g. '..' for the project folder");
        }
        checkRegencies();
        checkInside("warehouse", job.warehouse());
        checkInside("output", job.output());
        checkInside("duckdb.temp_directory", job.duckdb().tempDirectory());
        if (job.duckdb().threads() != null && job.duckdb().threads() < 1) {
            problem("duckdb.threads", "threads must be at least 1", "remove the key to use every core");
        }
    }

    private void checkRegencies() {
        if (job.regency() != null && !job.regencies().isEmpty()) {
            problem("regencies", "the job names both 'regency' and 'regencies'",
                    "keep 'regency: 62.03' for one regency, or list every regency under 'regencies:' and remove 'regency'");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < job.regencies().size(); i++) {
            String code = job.regencies().get(i);
            if (code == null || !REGENCY.matcher(code).matches()) {
                problem("regencies[" + i + "]", "'" + code + "' is not a regency code",
                        "write the Kemendagri code with a dot and in quotes, e.g. \"62.03\"");
            } else if (!seen.add(code)) {
                problem("regencies[" + i + "]", "the regency " + code + " is listed twice", "list each regency once");
            }
        }
        if (job.partitions().threads() != null && job.partitions().threads() < 1) {
            problem("partitions.threads", "threads must be at least 1",
                    "write 1 to link and flag one regency at a time, or remove the key");
        }
        if (job.regencies().size() > 1 && job.inbox() != null) {
            problem("inbox", "an inbox job covers one regency, but this job lists " + job.regencies().size(),
                    "give each regency its own job file and inbox folder, or list the files under 'sources:' with"
                            + " their 'regency:'");
        }
        checkInside("nik_index.folder", job.nikIndex().folder());
        for (int i = 0; i < job.nikIndex().include().size(); i++) {
            checkInside("nik_index.include[" + i + "]", job.nikIndex().include().get(i));
        }
    }

    /** A source's regency must be one of the job's; in a job over several, the per-regency kinds must name one. */
    private void checkSourceRegency(String at, JobDefinition.Source source, SourceKind kind) {
        List<String> regencies = job.partitionRegencies();
        if (source.regency() != null) {
            if (!REGENCY.matcher(source.regency()).matches()) {
                problem(at + ".regency", "'" + source.regency() + "' is not a regency code",
                        "write the Kemendagri code with a dot and in quotes, e.g. \"62.03\"");
            } else if (!regencies.contains(source.regency())) {
                problem(at + ".regency", "the regency " + source.regency() + " is not one of the job's ("
                        + regencies.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                        + ")", "add it under 'regencies:', or correct the source's regency");
            }
        } else if (job.regencies().size() > 1 && kind != null && kind.perRegency()) {
            problem(at + ".regency", "in a job over several regencies a " + kind.id() + " source must say which"
                    + " regency it belongs to", "add e.g. 'regency: \"" + job.regencies().get(0) + "\"'");
        }
    }

    private void checkInside(String yamlPath, String path) {
        if (path != null && paths.resolve(path).isEmpty()) {
            problem(yamlPath, "'" + path + "' is outside the job's root folder " + paths.root(),
                    "use a path inside " + paths.root() + ", or widen 'root' if this is intended");
        }
    }

    private void checkInbox() {
        if (job.inbox() == null) {
            return;
        }
        if (job.inbox().folder() == null || job.inbox().folder().isBlank()) {
            problem("inbox.folder", "the inbox has no folder", "name the folder where exports arrive, e.g. ../inbox");
        }
        if (job.inbox().files().isEmpty()) {
            problem("inbox.files", "the inbox names no file patterns",
                    "add e.g. '- {kind: recipients, program: PKH, pattern: \"pkh_{year}_t{tahap}.csv\"}'");
        }
        for (int i = 0; i < job.inbox().files().size(); i++) {
            JobDefinition.InboxFile file = job.inbox().files().get(i);
            String at = "inbox.files[" + i + "]";
            if (file.kind() == null || SourceKind.fromId(file.kind()).isEmpty()) {
                problem(at + ".kind", "unknown kind '" + file.kind() + "'",
                        "use dtks, recipients, complaints, deaths, civil_servants or population");
            }
            if (file.pattern() == null || file.pattern().isBlank()) {
                problem(at + ".pattern", "no pattern", "give a file name pattern such as pkh_{year}_t{tahap}.csv");
            }
            if ("recipients".equals(file.kind()) && (file.program() == null || file.program().isBlank())) {
                problem(at + ".program", "a recipients pattern needs its program", "add program: PKH (or KIP, ...)");
            }
            if ("recipients".equals(file.kind()) && file.pattern() != null
                    && !(file.pattern().contains("{year}") && file.pattern().contains("{tahap}"))) {
                problem(at + ".pattern", "a recipients pattern must give the period with {year} and {tahap}",
                        "e.g. pkh_{year}_t{tahap}.csv");
            }
        }
    }

    private void checkSources() {
        if (job.sources().isEmpty() && job.inbox() == null) {
            problem("sources", "the job has no sources", "list the input files under 'sources:', or name an"
                    + " 'inbox:' folder; see jobs/README.md");
            return;
        }
        checkInbox();
        Set<String> ids = new HashSet<>();
        boolean hasDtks = false;
        for (int i = 0; i < job.sources().size(); i++) {
            JobDefinition.Source source = job.sources().get(i);
            String at = "sources[" + i + "]";
            if (source == null) {
                problem(at, "empty source", "remove the empty '-' line");
                continue;
            }
            if (source.id() == null || source.id().isBlank()) {
                problem(at + ".id", "the source has no id", "add 'id: pkh-2026-t1' or similar; ids name the source in reports");
            } else if (!ids.add(source.id())) {
                problem(at + ".id", "the id '" + source.id() + "' is used twice", "give every source its own id");
            }
            SourceKind kind = SourceKind.fromId(source.kind()).orElse(null);
            if (kind == null) {
                problem(at + ".kind", source.kind() == null ? "the source has no kind"
                        : "'" + source.kind() + "' is not a source kind",
                        "use one of: dtks, recipients, complaints, deaths, civil_servants, population");
            }
            hasDtks |= kind == SourceKind.DTKS;
            checkSourceRegency(at, source, kind);
            if (source.path() == null || source.path().isBlank()) {
                problem(at + ".path", "the source has no path", "add 'path: ../sample-data/file.csv' (relative to the job file)");
            } else {
                checkInside(at + ".path", source.path());
            }
            boolean fromSheet = source.programSheet() != null && !source.programSheet().isBlank();
            if (source.families() != null) {
                if (kind != SourceKind.DTKS) {
                    problem(at + ".families", "only a dtks source (DTSEN members) can name a families table",
                            "remove 'families:' or set 'kind: dtks'");
                }
                checkInside(at + ".families", source.families());
            }
            if (kind == SourceKind.RECIPIENTS) {
                // a workbook's key/value sheet may give the program and period; that is checked when it is read
                if (!fromSheet && (source.program() == null || source.program().isBlank())) {
                    problem(at + ".program", "a recipient list needs its program", "add 'program: PKH' (or KIP, BPNT, PBI)");
                }
                if (source.period() == null || source.period().isBlank()) {
                    if (!fromSheet) {
                        problem(at + ".period", "a recipient list needs its period", "add 'period: 2026-T1' and list that period under 'periods:'");
                    }
                } else if (!job.periods().containsKey(source.period())) {
                    problem(at + ".period", "the period '" + source.period() + "' is not listed under 'periods:'",
                            "add '" + source.period() + ": {reference_date: yyyy-mm-dd}' under 'periods:'");
                }
            }
            for (Map.Entry<String, String> label : source.peristiwaLabels().entrySet()) {
                String code = label.getValue() == null ? "" : label.getValue().trim();
                if (!code.isEmpty() && !PERISTIWA_CODES.contains(code)) {
                    problem(at + ".peristiwa_labels." + label.getKey(), "'" + code + "' is not a PERISTIWA code",
                            "use MD (died), PD (moved out), DD (moved in), TT (not found), MM (refused) or \"\" (active)");
                }
            }
            checkFormat(at + ".format", source.format());
            if (kind != null) {
                for (String field : source.columns().keySet()) {
                    if (!kind.fields().contains(field)) {
                        problem(at + ".columns." + field, "'" + field + "' is not a field of a " + kind.id() + " source",
                                "map one of: " + String.join(", ", kind.fields()));
                    }
                }
            }
        }
        boolean inboxHasDtks = job.inbox() != null
                && job.inbox().files().stream().anyMatch(f -> "dtks".equals(f.kind()));
        if (!hasDtks && !inboxHasDtks) {
            problem("sources", "no source has kind 'dtks'", "add the DTKS/DTSEN export from SIKS-NG as a source with 'kind: dtks'");
        }
    }

    private static final Set<String> PERISTIWA_CODES = Set.of("MD", "PD", "DD", "TT", "MM");

    private void checkFormat(String at, JobDefinition.Format format) {
        if (format.type() != null && !FORMAT_TYPES.contains(format.type())) {
            problem(at + ".type", "'" + format.type() + "' is not a format", "use auto, csv or xlsx");
        }
        if (format.charset() != null && !format.charset().equalsIgnoreCase("auto")) {
            try {
                Charset.forName(format.charset());
            } catch (IllegalArgumentException e) {
                problem(at + ".charset", "'" + format.charset() + "' is not a character set",
                        "use auto, UTF-8 or windows-1252");
            }
        }
        if (format.delimiter() != null && !DELIMITERS.contains(format.delimiter())) {
            problem(at + ".delimiter", "'" + format.delimiter() + "' is not a supported delimiter",
                    "use auto, '|', ';', ',' or tab (quote the character in YAML)");
        }
        if (format.headerRow() != null && format.headerRow() < 1) {
            problem(at + ".header_row", "the header row is counted from 1", "write header_row: 1 for the first row");
        }
    }

    private void checkPeriods() {
        for (Map.Entry<String, JobDefinition.Period> e : job.periods().entrySet()) {
            String at = "periods." + e.getKey();
            if (e.getValue() == null || e.getValue().referenceDate() == null) {
                problem(at + ".reference_date", "the period has no reference date (tanggal acuan)",
                        "add 'reference_date: 2026-06-30'; deaths, school age and deciles are judged at this date");
            }
            if (e.getValue() != null && e.getValue().previous() != null
                    && !job.periods().containsKey(e.getValue().previous())) {
                problem(at + ".previous", "the period '" + e.getValue().previous() + "' is not listed",
                        "name a period listed under 'periods:'");
            }
        }
    }

    private void checkPrograms() {
        for (Map.Entry<String, JobDefinition.Program> e : job.programs().entrySet()) {
            String at = "programs." + e.getKey();
            JobDefinition.Program p = e.getValue();
            if (p == null) {
                continue;
            }
            if (p.decileLimit() != null && (p.decileLimit() < 1 || p.decileLimit() > 10)) {
                problem(at + ".decile_limit", "decile limit " + p.decileLimit() + " is outside 1..10",
                        "DTSEN deciles run from 1 to 10; aid usually goes to deciles 1-4");
            }
            if (p.minAge() != null && p.maxAge() != null && p.minAge() > p.maxAge()) {
                problem(at + ".min_age", "min_age is above max_age", "KIP uses min_age: 6 and max_age: 21");
            }
        }
    }

    private void checkThresholds() {
        JobDefinition.Thresholds t = job.thresholds();
        checkProbability("thresholds.match_probability", t.matchProbability());
        checkProbability("thresholds.possible_probability", t.possibleProbability());
        checkProbability("thresholds.coverage_share", t.coverageShare());
        if (t.possibleProbabilityOrDefault() > t.matchProbabilityOrDefault()) {
            problem("thresholds.possible_probability", "possible_probability is above match_probability",
                    "a 'possible' link must need less evidence than a link, e.g. 0.5 and 0.9");
        }
    }

    private void checkWorklists() {
        for (var e : new java.util.TreeMap<>(job.worklists().tksk()).entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                problem("worklists.tksk." + e.getKey(), "no TKSK name for kecamatan '" + e.getKey() + "'",
                        "write the name as it should be printed under the signature line, e.g. '"
                                + e.getKey() + ": Siti Rahmawati', or remove the line");
            }
        }
    }

    private void checkLinking() {
        JobDefinition.Linking linking = job.linking();
        if (linking.model() != null) {
            checkInside("linking.model", linking.model());
            if (paths.resolve(linking.model()).filter(java.nio.file.Files::isRegularFile).isEmpty()) {
                problem("linking.model", "the model file '" + linking.model() + "' does not exist",
                        "remove the key to train a model on this run, or point it at a saved *.link-model.json");
            }
        }
        if (linking.maxClusterSize() != null && linking.maxClusterSize() < 2) {
            problem("linking.max_cluster_size", "a cluster holds at least 2 records", "write 10, or remove the key");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.List<String> ruleNames = linking.blocking().isEmpty()
                ? id.padan.link.PersonLinking.DEFAULT_RULES.stream().map(id.padan.link.BlockingRule::name).toList()
                : linking.blocking().stream().filter(java.util.Objects::nonNull).map(JobDefinition.BlockingRuleSpec::name)
                        .toList();
        for (int i = 0; i < linking.training().size(); i++) {
            if (!ruleNames.contains(linking.training().get(i))) {
                problem("linking.training[" + i + "]", "'" + linking.training().get(i) + "' is not a blocking rule",
                        "name rules of linking.blocking (or of the built-in rules: " + String.join(", ", ruleNames) + ")");
            }
        }
        for (int i = 0; i < linking.blocking().size(); i++) {
            JobDefinition.BlockingRuleSpec rule = linking.blocking().get(i);
            String at = "linking.blocking[" + i + "]";
            if (rule == null || rule.name() == null || rule.name().isBlank()) {
                problem(at + ".name", "the blocking rule has no name", "add 'name: NIK' or similar; it names the rule in match_key");
                continue;
            }
            if (!names.add(rule.name())) {
                problem(at + ".name", "the rule name '" + rule.name() + "' is used twice", "give every rule its own name");
            }
            if (rule.keys().isEmpty()) {
                problem(at + ".keys", "the blocking rule has no keys", "add e.g. 'keys: [nik]'");
            }
            for (int k = 0; k < rule.keys().size(); k++) {
                String why = id.padan.link.PersonLinking.keyProblem(rule.keys().get(k));
                if (why != null) {
                    problem(at + ".keys[" + k + "]", why, "use one of " + id.padan.link.PersonLinking.KEY_COLUMNS
                            + ", optionally followed by :first1, :first3, :sound or :year");
                }
            }
        }
    }

    private void checkProbability(String at, Double value) {
        if (value != null && (value <= 0 || value > 1)) {
            problem(at, value + " is not a share between 0 and 1", "write it as a fraction, e.g. 0.9 for 90%");
        }
    }
}
