package id.padan.pull;

import id.padan.job.JobDefinition;
import id.padan.job.JobPaths;
import id.padan.job.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a night's run takes from the job's inbox, and moving those files on once the run has completed. */
public final class Inbox {
    static final String DONE = ".done";
    static final String ARCHIVE = "archive";
    static final String FAILED = "failed";

    private Inbox() {
    }

    /**
     * @param sources      the sources to load, one per file of {@code taken}, in the same order
     * @param periods      periods the file names give, with reference dates at the end of each tahap's quarter
     * @param taken        the files of {@code sources}, to archive after a completed run
     * @param passedOver   complete files not needed (an older export, an older period), archived with the others
     * @param notes        one line per file, for the console
     */
    public record Plan(List<JobDefinition.Source> sources, Map<String, JobDefinition.Period> periods, List<Path> taken,
            List<Path> passedOver, List<String> notes) {
        public boolean nothingNew() {
            return taken.isEmpty();
        }

        /** This plan without the given files (and their sources). */
        public Plan without(java.util.Set<Path> dropped) {
            List<JobDefinition.Source> keptSources = new ArrayList<>();
            List<Path> keptFiles = new ArrayList<>();
            for (int i = 0; i < taken.size(); i++) {
                if (!dropped.contains(taken.get(i))) {
                    keptSources.add(sources.get(i));
                    keptFiles.add(taken.get(i));
                }
            }
            return new Plan(List.copyOf(keptSources), periods, List.copyOf(keptFiles), passedOver, notes);
        }
    }

    private record Candidate(Path file, JobDefinition.InboxFile spec, InboxPattern.NameFacts facts, Instant modified) {
    }

    /** Looks at the inbox; moves nothing. Problems: a folder outside the job's root, or missing. */
    public static Plan plan(JobDefinition job, JobPaths paths, Instant now, List<Problem> problems) throws IOException {
        return plan(job, paths, now, problems, null);
    }

    /**
     * As above, with the period a data officer chose to judge ({@code padan run --period}): of each program only
     * that period and the one before it are taken, and lists of later periods stay in the inbox for a later night.
     */
    public static Plan plan(JobDefinition job, JobPaths paths, Instant now, List<Problem> problems, String period)
            throws IOException {
        JobDefinition.Inbox inbox = job.inbox();
        Optional<Path> resolved = paths.resolve(inbox.folder());
        if (resolved.isEmpty() || !Files.isDirectory(resolved.get())) {
            problems.add(new Problem("inbox.folder", 0, resolved.isEmpty() ? "the inbox folder '" + inbox.folder()
                    + "' is outside the job's root" : "the inbox folder " + resolved.get() + " does not exist",
                    "create the folder, or point inbox.folder at the folder where exports arrive"));
            return new Plan(List.of(), Map.of(), List.of(), List.of(), List.of());
        }
        Path folder = resolved.get();
        List<String> notes = new ArrayList<>();
        List<Candidate> complete = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(DONE) || name.endsWith(".part") || name.endsWith(".tmp")) {
                    continue;
                }
                Candidate candidate = match(file, inbox);
                if (candidate == null) {
                    notes.add(name + ": matches no inbox pattern, left where it is");
                    continue;
                }
                Duration unchanged = Duration.between(candidate.modified(), now);
                boolean marked = Files.exists(file.resolveSibling(name + DONE));
                if (!marked && unchanged.getSeconds() < inbox.settleSecondsOrDefault()) {
                    notes.add(name + ": changed " + Math.max(0, unchanged.getSeconds()) + " s ago, may still be arriving;"
                            + " taken on a later run (or put " + name + DONE + " beside it)");
                    continue;
                }
                complete.add(candidate);
            }
        }
        return choose(job, folder, complete, notes, period);
    }

    private static Candidate match(Path file, JobDefinition.Inbox inbox) throws IOException {
        for (JobDefinition.InboxFile spec : inbox.files()) {
            Optional<InboxPattern.NameFacts> facts = new InboxPattern(spec.pattern()).match(file.getFileName().toString());
            if (facts.isPresent()) {
                return new Candidate(file, spec, facts.get(), Files.getLastModifiedTime(file).toInstant());
            }
        }
        return null;
    }

    /** The newest registry export, the two latest periods of each program, and the newest of every other kind. */
    private static Plan choose(JobDefinition job, Path folder, List<Candidate> complete, List<String> notes,
            String chosenPeriod) {
        Comparator<Candidate> newest = Comparator.comparing((Candidate c) -> c.facts().dateKey())
                .thenComparing(Candidate::modified).thenComparing(c -> c.file().getFileName().toString());
        Map<String, List<Candidate>> groups = new TreeMap<>();
        for (Candidate c : complete) {
            String kind = c.spec().kind();
            String group = switch (kind) {
                case "recipients" -> kind + "|" + c.spec().program().toUpperCase(Locale.ROOT) + "|" + c.facts().period();
                case "complaints" -> kind + "|" + c.file().getFileName();
                default -> kind;
            };
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(c);
        }
        Map<String, List<String>> periodsOfProgram = new TreeMap<>();
        groups.keySet().stream().filter(g -> g.startsWith("recipients|")).forEach(g -> {
            String[] parts = g.split("\\|");
            periodsOfProgram.computeIfAbsent(parts[1], p -> new ArrayList<>()).add(parts[2]);
        });
        List<JobDefinition.Source> sources = new ArrayList<>();
        List<Path> taken = new ArrayList<>();
        List<Path> passedOver = new ArrayList<>();
        Map<String, JobDefinition.Period> periods = new TreeMap<>();
        for (Map.Entry<String, List<Candidate>> group : groups.entrySet()) {
            List<Candidate> files = new ArrayList<>(group.getValue());
            files.sort(newest.reversed());
            Candidate chosen = files.get(0);
            for (Candidate older : files.subList(1, files.size())) {
                passedOver.add(older.file());
                notes.add(older.file().getFileName() + ": an older file than " + chosen.file().getFileName()
                        + " for the same input; archived without loading");
            }
            String kind = chosen.spec().kind();
            String program = null;
            String period = null;
            if (kind.equals("recipients")) {
                program = chosen.spec().program().toUpperCase(Locale.ROOT);
                period = chosen.facts().period();
                if (chosenPeriod != null && isLater(period, chosenPeriod)) {
                    notes.add(chosen.file().getFileName() + ": " + program + " " + period + " is later than the period"
                            + " chosen with --period " + chosenPeriod + "; left in the inbox");
                    continue;
                }
                List<String> latest = choosable(job, periodsOfProgram.get(program), chosenPeriod);
                if (!latest.contains(period)) {
                    passedOver.add(chosen.file());
                    notes.add(chosen.file().getFileName() + ": " + program + " " + period + " is older than the two"
                            + " latest periods " + latest + "; archived without loading");
                    continue;
                }
                periods.put(period, derivedPeriod(period, latest));
            }
            String id = JobDefinition.PULLED_SOURCE_PREFIX + group.getKey().replace("|", "-").toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9_-]", "_");
            String path = job.baseDir().toAbsolutePath().normalize().relativize(chosen.file().toAbsolutePath().normalize())
                    .toString();
            sources.add(new JobDefinition.Source(id, kind, path, program, period, null, null));
            taken.add(chosen.file());
            notes.add(chosen.file().getFileName() + ": taken as " + kind + (program == null ? "" : " " + program + " "
                    + period));
        }
        return new Plan(sources, periods, taken, passedOver, notes);
    }

    /**
     * The periods of a program to take: the two latest, or with a chosen period, that period and the one before it
     * (the job file's {@code previous}, or else the latest earlier period in the inbox).
     */
    private static List<String> choosable(JobDefinition job, List<String> periods, String chosen) {
        if (chosen == null) {
            return latestTwo(periods);
        }
        JobDefinition.Period declared = job.periods().get(chosen);
        if (declared != null && declared.previous() != null) {
            return periods.stream().filter(p -> p.equals(chosen) || p.equals(declared.previous()))
                    .sorted(Comparator.comparing(Inbox::year).thenComparing(Inbox::tahap).reversed()).toList();
        }
        return latestTwo(periods.stream().filter(p -> !isLater(p, chosen)).toList());
    }

    /**
     * Whether period {@code a} comes after {@code b}, named as {@code 2026-T2}; a period the job file names some
     * other way is compared as text.
     */
    static boolean isLater(String a, String b) {
        if (!a.matches("\\d{4}-T\\d+") || !b.matches("\\d{4}-T\\d+")) {
            return a.compareTo(b) > 0;
        }
        return year(a) != year(b) ? year(a) > year(b) : tahap(a) > tahap(b);
    }

    private static List<String> latestTwo(List<String> periods) {
        return periods.stream().sorted(Comparator.comparing(Inbox::year).thenComparing(Inbox::tahap).reversed())
                .limit(2).toList();
    }

    /**
     * A period named only by its file: the reference date is the end of the tahap's quarter (PKH pays in four tahap a
     * year), and the previous period is the other one taken, or the tahap before. The job's periods override both.
     */
    static JobDefinition.Period derivedPeriod(String period, List<String> latestTwo) {
        int year = year(period);
        int tahap = tahap(period);
        LocalDate end = LocalDate.of(year, Math.min(12, Math.max(1, tahap) * 3), 1);
        end = end.withDayOfMonth(end.lengthOfMonth());
        String previous = latestTwo.size() == 2 && latestTwo.get(0).equals(period) ? latestTwo.get(1)
                : tahap > 1 ? year + "-T" + (tahap - 1) : (year - 1) + "-T4";
        return new JobDefinition.Period(end, previous);
    }

    private static int year(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    private static int tahap(String period) {
        return Integer.parseInt(period.substring(period.indexOf('T') + 1));
    }

    /** After a completed run: the files taken and passed over go to {@code archive/<date>/}, with their markers. */
    public static List<String> archive(Plan plan, Path folder, LocalDate today) throws IOException {
        List<String> moved = new ArrayList<>();
        Path target = folder.resolve(ARCHIVE).resolve(today.toString());
        List<Path> all = new ArrayList<>(plan.taken());
        all.addAll(plan.passedOver());
        for (Path file : all) {
            Files.createDirectories(target);
            moveWithMarker(file, target);
            moved.add(file.getFileName() + " -> " + folder.relativize(target));
        }
        return moved;
    }

    /** A file that cannot be read goes to {@code failed/}, with {@code <name>.reason.txt} saying why and what to do. */
    public static void fail(Path file, Path folder, String reason) throws IOException {
        Path target = Files.createDirectories(folder.resolve(FAILED));
        moveWithMarker(file, target);
        Files.writeString(target.resolve(file.getFileName() + ".reason.txt"), reason + System.lineSeparator());
    }

    private static void moveWithMarker(Path file, Path target) throws IOException {
        Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Path marker = file.resolveSibling(file.getFileName() + DONE);
        if (Files.exists(marker)) {
            Files.move(marker, target.resolve(marker.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The inbox folder of a job, resolved. */
    public static Path folder(JobDefinition job, JobPaths paths) {
        return paths.resolve(job.inbox().folder()).orElseThrow();
    }
}
