package id.padan.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A job file ({@code jobs/*.yaml}) as read by Jackson. Field names are snake_case in YAML. Paths are resolved by
 * {@link JobFiles} against the folder of the job file; {@link #baseDir} is that folder.
 *
 * @param name       short job name: names the run history and the lock, e.g. {@code kapuas}
 * @param regency    regency code the job covers, e.g. {@code 62.03}
 * @param regencies  instead of {@code regency}: the regencies of a job over several (a province); the link and
 *                   flag stages then run once per regency, each over that regency's sources and the shared ones
 * @param partitions how many regencies are linked and flagged at once
 * @param nikIndex   where the NIK index of this job's registry persons is written, and the index files of other
 *                   jobs (other provinces) consulted for people who moved or died outside the job's regencies
 * @param root       folder that every path must stay inside; defaults to the job file's folder
 * @param warehouse  the DuckDB file of this job
 * @param output     folder where each run writes its outputs, under a run id
 * @param duckdb     DuckDB resource settings
 * @param sources    the input files
 * @param periods    reference date (tanggal acuan) of each period named by a recipient source
 * @param programs   per-program eligibility settings, keyed by program code (PKH, KIP, ...)
 * @param thresholds numbers later stages use
 * @param baseDir    the folder of the job file (not read from YAML)
 * @param linking    blocking rules, pinned model and clustering settings of the link stage
 * @param worklists  how the TKSK worklists are written: who the TKSK of each kecamatan is, NIK masking
 * @param inbox      a folder where exports arrive, read by nightly runs instead of (or besides) fixed sources
 */
public record JobDefinition(
        String name,
        String regency,
        List<String> regencies,
        Partitions partitions,
        NikIndex nikIndex,
        String root,
        String warehouse,
        String output,
        DuckDbSettings duckdb,
        List<Source> sources,
        Map<String, Period> periods,
        Map<String, Program> programs,
        Thresholds thresholds,
        Path baseDir,
        Linking linking,
        Worklists worklists,
        Inbox inbox) {

    /**
     * The regencies the link and flag stages run for, in code order: {@code regencies}, or the one {@code regency},
     * or a single unnamed one (null) for a job that names neither.
     */
    public List<String> partitionRegencies() {
        if (!regencies.isEmpty()) {
            return regencies.stream().sorted().distinct().toList();
        }
        return java.util.Collections.singletonList(regency);
    }

    /**
     * The regency a source's rows belong to: its own {@code regency}, or the job's single regency; null for a source
     * of a job over several regencies that names none, which every regency shares (a province's civil-servant list).
     */
    public String regencyOf(Source source) {
        if (source.regency() != null) {
            return source.regency();
        }
        return regencies.isEmpty() ? regency : null;
    }

    /**
     * The regency of a loaded source, by the id it was loaded under: {@link #regencyOf(Source)}; a source the job no
     * longer names, or a file taken from the inbox, belongs to the job's single regency (null in a job over several:
     * an inbox job has one regency, and a dropped source's loads are superseded).
     */
    public String regencyOfSourceId(String sourceId) {
        for (Source source : sources) {
            if (source.id().equals(sourceId)) {
                return regencyOf(source);
            }
        }
        List<String> all = partitionRegencies();
        return all.size() == 1 ? all.get(0) : null;
    }

    /** The ids of sources taken from the inbox start with this, so a later night still counts their loads. */
    public static final String PULLED_SOURCE_PREFIX = "inbox-";

    public JobDefinition {
        sources = sources == null ? List.of() : List.copyOf(sources);
        regencies = regencies == null ? List.of() : List.copyOf(regencies);
        partitions = partitions == null ? Partitions.DEFAULT : partitions;
        nikIndex = nikIndex == null ? NikIndex.DEFAULT : nikIndex;
        periods = periods == null ? Map.of() : Map.copyOf(periods);
        programs = programs == null ? Map.of() : Map.copyOf(programs);
        duckdb = duckdb == null ? DuckDbSettings.DEFAULT : duckdb;
        thresholds = thresholds == null ? Thresholds.DEFAULT : thresholds;
        linking = linking == null ? Linking.DEFAULT : linking;
        worklists = worklists == null ? Worklists.DEFAULT : worklists;
    }

    JobDefinition withBaseDir(Path dir) {
        return new JobDefinition(name, regency, regencies, partitions, nikIndex, root, warehouse, output, duckdb, sources, periods, programs,
                thresholds, dir, linking, worklists, inbox);
    }

    /** This job with sources and periods added, as a night's inbox gives them; the job's own periods win. */
    public JobDefinition withPulled(List<Source> pulled, Map<String, Period> derivedPeriods) {
        List<Source> allSources = new java.util.ArrayList<>(sources);
        allSources.addAll(pulled);
        Map<String, Period> allPeriods = new java.util.TreeMap<>(derivedPeriods);
        allPeriods.putAll(periods);
        return new JobDefinition(name, regency, regencies, partitions, nikIndex, root, warehouse, output, duckdb, allSources, allPeriods, programs,
                thresholds, baseDir, linking, worklists, inbox);
    }

    /**
     * Where exports arrive for nightly runs.
     *
     * @param folder        the inbox folder, relative to the job file
     * @param settleSeconds a file without a {@code .done} marker is complete once unchanged this long (default 120)
     * @param files         which file names are which input: a pattern per kind (and program)
     */
    public record Inbox(String folder, Integer settleSeconds, List<InboxFile> files) {
        public Inbox {
            files = files == null ? List.of() : List.copyOf(files);
        }

        public int settleSecondsOrDefault() {
            return settleSeconds == null ? 120 : settleSeconds;
        }
    }

    /**
     * @param kind    the source kind of matching files
     * @param pattern a file name with {@code *} for any text, {@code {year}} (4 digits), {@code {tahap}} (a number),
     *                and {@code {date}} (yyyymmdd or yyyy-mm-dd), e.g. {@code pkh_{year}_t{tahap}.csv}
     * @param program recipients: the program of matching files
     */
    public record InboxFile(String kind, String pattern, String program) {
    }

    /**
     * One input: a file or a glob of files of one kind.
     *
     * @param id      unique name within the job, e.g. {@code pkh-2026-t1}
     * @param kind    {@code dtks | recipients | complaints | deaths | civil_servants | population}
     * @param path    file path or glob ({@code *}, {@code ?}, {@code **}), relative to the job file
     * @param program program code of a recipient list (PKH, KIP, ...)
     * @param period  period of a recipient list, e.g. {@code 2026-T1}; must be listed under {@code periods}
     * @param format  how to read the file; every option is detected when left out
     * @param columns canonical field to header name, for headers padan does not know
     * @param profile the built-in layout to read the file with, instead of the one its header fits best
     * @param families DTSEN: the families table whose rows fill the members' rows of {@code path}, joined on
     *                 {@code id_keluarga} (decile, region, address)
     * @param programSheet workbooks: a key/value sheet (OpenSID's {@code Program}) giving the program
     *                 ({@code Nama Program}) and the period (the one whose reference date lies between
     *                 {@code Rentang Waktu (Awal)} and {@code (Akhir)}) when {@code program} or {@code period} is left out
     * @param peristiwaLabels labels of death or inactivity in this source (DTSEN {@code keterangan_meninggal}) and
     *                 the PERISTIWA code each means (MD, PD, DD, TT, MM, or blank for active); read before the
     *                 built-in words
     * @param regency the regency the file belongs to, in a job over several regencies; a source without one is
     *                shared by all of them
     */
    public record Source(
            String id,
            String kind,
            String path,
            String program,
            String period,
            Format format,
            Map<String, String> columns,
            String profile,
            String families,
            String programSheet,
            Map<String, String> peristiwaLabels,
            String regency) {

        public Source {
            format = format == null ? Format.AUTO : format;
            columns = columns == null ? Map.of() : Map.copyOf(columns);
            peristiwaLabels = peristiwaLabels == null ? Map.of() : Map.copyOf(peristiwaLabels);
        }

        public Source(String id, String kind, String path, String program, String period, Format format,
                Map<String, String> columns) {
            this(id, kind, path, program, period, format, columns, null, null, null, null, null);
        }

        /** The same source with the program and period a workbook's key/value sheet gave. */
        public Source withProgramAndPeriod(String newProgram, String newPeriod) {
            return new Source(id, kind, path, newProgram, newPeriod, format, columns, profile, families, programSheet,
                    peristiwaLabels, regency);
        }
    }

    /**
     * @param type         {@code auto}, {@code csv} or {@code xlsx}
     * @param charset      {@code auto}, {@code UTF-8} or {@code windows-1252}
     * @param delimiter    {@code auto}, {@code |}, {@code ;}, {@code ,} or {@code tab}
     * @param sheet        XLSX sheet name, or its 1-based position
     * @param headerRow    1-based row of the header (XLSX and CSV)
     * @param endMarker    text in the first cell of the row where data ends, e.g. {@code ###}
     */
    public record Format(String type, String charset, String delimiter, String sheet, Integer headerRow,
            String endMarker) {
        public static final Format AUTO = new Format(null, null, null, null, null, null);
    }

    /** @param referenceDate the tanggal acuan: deaths, school age and deciles are judged at this date */
    public record Period(LocalDate referenceDate, String previous) {
    }

    /**
     * @param decileLimit highest DTSEN decile still eligible (default 4)
     * @param minAge      lowest eligible age (KIP: 6)
     * @param maxAge      highest eligible age (KIP: 21)
     * @param finalClass  the last school class (KIP: 12)
     * @param monthlyAid  aid per month in rupiah, used for the money at stake
     */
    public record Program(Integer decileLimit, Integer minAge, Integer maxAge, Integer finalClass,
            Long monthlyAid) {
    }

    /**
     * @param threads regencies linked, flagged and made into cases at the same time (default 1). They share DuckDB's
     *                memory limit and threads: while DuckDB already spreads each regency's queries over every core,
     *                two at once gain nothing on 2 cores and use more memory; with {@code duckdb.threads: 1} they
     *                overlap (the link step 1.5 times faster). Each partition adds little Java memory
     */
    public record Partitions(Integer threads) {
        public static final Partitions DEFAULT = new Partitions(null);

        public int threadsFor(int regencyCount) {
            int wanted = threads == null ? 1 : threads;
            return Math.max(1, Math.min(wanted, regencyCount));
        }
    }

    /**
     * @param folder  where the run writes one sorted Parquet file per regency of the job (default: a folder named
     *                after the job next to the warehouse), for other jobs to include
     * @param include index files of other jobs (paths or globs, relative to the job file), e.g. the other
     *                provinces' folders copied to this server; rows of this job's own regencies in them are ignored
     */
    public record NikIndex(String folder, List<String> include) {
        public static final NikIndex DEFAULT = new NikIndex(null, null);

        public NikIndex {
            include = include == null ? List.of() : List.copyOf(include);
        }
    }

    /**
     * @param memoryLimit  DuckDB memory limit, e.g. {@code 4GB}
     * @param threads      DuckDB worker threads
     * @param tempDirectory where DuckDB spills; relative to the job file
     * @param encryptionKeyEnv  encrypt the warehouse at rest with the key in this environment variable
     * @param encryptionKeyFile or with the key in this file (readable by its owner only), relative to the job file
     */
    public record DuckDbSettings(String memoryLimit, Integer threads, String tempDirectory, String encryptionKeyEnv,
            String encryptionKeyFile) {
        public static final DuckDbSettings DEFAULT = new DuckDbSettings(null, null, null, null, null);
    }

    /**
     * @param matchProbability    at or above: a link
     * @param possibleProbability at or above (and below matchProbability): a pair to check in the field
     * @param coverageShare       share of village population in DTKS that marks high coverage (0.40)
     */
    public record Thresholds(Double matchProbability, Double possibleProbability, Double coverageShare) {
        public static final Thresholds DEFAULT = new Thresholds(null, null, null);

        public double matchProbabilityOrDefault() {
            return matchProbability == null ? 0.9 : matchProbability;
        }

        public double possibleProbabilityOrDefault() {
            return possibleProbability == null ? 0.5 : possibleProbability;
        }

        public double coverageShareOrDefault() {
            return coverageShare == null ? 0.40 : coverageShare;
        }
    }

    /**
     * @param model          a trained model file to use instead of training (relative to the job file); when left
     *                       out, every run trains and saves its model next to the warehouse
     * @param blocking       the ordered blocking rules; the built-in rules when left out
     * @param maxClusterSize the largest group of records of one list that may be one person (default 10)
     * @param seed           seed of the random pairs the u probabilities come from (default 1)
     * @param training       names of the blocking rules whose pairs train the m probabilities (default NIK and
     *                       TGL_HURUF)
     */
    public record Linking(String model, List<BlockingRuleSpec> blocking, Integer maxClusterSize, Long seed,
            List<String> training) {
        public static final Linking DEFAULT = new Linking(null, null, null, null, null);

        public Linking {
            blocking = blocking == null ? List.of() : List.copyOf(blocking);
            training = training == null ? List.of() : List.copyOf(training);
        }

        public int maxClusterSizeOrDefault() {
            return maxClusterSize == null ? 10 : maxClusterSize;
        }

        public long seedOrDefault() {
            return seed == null ? 1L : seed;
        }
    }

    /**
     * @param name names the rule in logs and in the links' match_key, e.g. {@code NIK}
     * @param keys columns that must be equal, each optionally {@code column:first1|first3|sound|year}
     */
    public record BlockingRuleSpec(String name, List<String> keys) {
        public BlockingRuleSpec {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    /**
     * @param fullNik true to print the whole NIK on worklists; by default it is masked as the central format does
     *                (first 6 digits, {@code ******}, last 4)
     * @param tksk    the TKSK of each kecamatan, keyed by the kecamatan's name (e.g. {@code KAPUAS KUALA}) or its
     *                code ({@code 62.03.01}); printed on the worklist and under its signature line
     */
    public record Worklists(Boolean fullNik, Map<String, String> tksk) {
        public static final Worklists DEFAULT = new Worklists(null, null);

        public Worklists {
            tksk = tksk == null ? Map.of() : Map.copyOf(tksk);
        }

        public boolean fullNikOrDefault() {
            return fullNik != null && fullNik;
        }

        /** The TKSK named for a kecamatan, by its code ({@code 620301} or {@code 62.03.01}) or by its name. */
        public java.util.Optional<String> tkskOf(String kodeKecamatan, String kecamatan) {
            for (Map.Entry<String, String> e : tksk.entrySet()) {
                String key = e.getKey().trim();
                boolean byCode = kodeKecamatan != null && key.replace(".", "").equals(kodeKecamatan);
                boolean byName = kecamatan != null && key.replaceAll("\\s+", " ").equalsIgnoreCase(kecamatan.trim());
                if ((byCode || byName) && e.getValue() != null && !e.getValue().isBlank()) {
                    return java.util.Optional.of(e.getValue().trim());
                }
            }
            return java.util.Optional.empty();
        }
    }

    public List<Source> sourcesOf(SourceKind kind) {
        return sources.stream().filter(s -> SourceKind.fromId(s.kind()).orElse(null) == kind).toList();
    }
}
