package id.padan.link;

import id.padan.job.JobDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * What the link stage compares and blocks on for standardized people ({@code person_std}). The comparison vector
 * is NIK, name, birth date, sex, village with RT/RW and mother's name, in that order.
 */
public final class PersonLinking {
    /** The columns a blocking rule in a job file may name: person_std columns, plus the NIK's first 12 digits. */
    public static final List<String> KEY_COLUMNS = List.of("id_dtks", "nik", "nik12", "no_kk", "nama_std",
            "nama_tokens", "tanggal_lahir", "jenis_kelamin", "nama_ibu_std", "kode_wilayah", "rt", "rw");

    /** The rule that links a row on the ID DTKS it carries; always first when linking to the registry. */
    public static final String ID_RULE = "ID_DTKS";

    static final int NAME = 1;
    static final int BIRTH_DATE = 2;

    public static final List<Comparison> COMPARISONS = List.of(
            new IdNumberComparison("nik", "NIK", "nik"),
            new NameComparison("nama", "nama", "nama_std", "nama_tokens"),
            new DateComparison("tanggal_lahir", "tgl lahir", "tanggal_lahir"),
            new ExactComparison("jenis_kelamin", "jenis kelamin", "jenis_kelamin", false),
            new PlaceComparison("desa_rt_rw", "kode_wilayah", "rt", "rw"),
            new TextComparison("nama_ibu", "nama ibu", "nama_ibu_std", false));

    /**
     * The built-in rules: NIK exact; the NIK's first 12 digits (kecamatan and birth date); the same KK (a household
     * is small, and its members are told apart by the comparisons); the same village and a name that sounds the same; the same birth date and first letter of
     * the name; the same village and birth date (for a changed name).
     */
    public static final List<BlockingRule> DEFAULT_RULES = List.of(
            BlockingRule.of("NIK", "nik"),
            BlockingRule.of("NIK12", "nik12"),
            BlockingRule.of("KK", "no_kk"),
            BlockingRule.of("DESA_NAMA", "kode_wilayah", "nama_tokens:sound"),
            BlockingRule.of("TGL_HURUF", "tanggal_lahir", "nama_std:first1"),
            BlockingRule.of("DESA_TGL", "kode_wilayah", "tanggal_lahir"));

    /**
     * The rules EM trains on by default: within NIK blocks nearly every pair is a match, which shows how names and
     * birth dates of one person vary; within birth date + first letter blocks, how NIKs, sex, village and mother's
     * name vary. Other rules are left out because their non-matches (e.g. the members of one KK, who share an
     * address) are unlike random pairs in a way the model cannot know.
     */
    public static final List<String> DEFAULT_TRAINING = List.of("NIK", "TGL_HURUF");

    private PersonLinking() {
    }

    /** Why a blocking key of a job file is not usable, or null when it is. */
    public static String keyProblem(String key) {
        if (key == null || key.isBlank()) {
            return "an empty blocking key";
        }
        try {
            BlockingKey parsed = BlockingKey.parse(key);
            if (!KEY_COLUMNS.contains(parsed.column())) {
                return "'" + parsed.column() + "' is not a column blocking can use";
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return null;
    }

    /** The rules of a job: ID DTKS first, then the job's own rules or the built-in ones. */
    public static List<BlockingRule> rules(JobDefinition.Linking linking) {
        List<BlockingRule> rules = new ArrayList<>();
        rules.add(BlockingRule.of(ID_RULE, "id_dtks"));
        if (linking.blocking().isEmpty()) {
            rules.addAll(DEFAULT_RULES);
        } else {
            for (JobDefinition.BlockingRuleSpec spec : linking.blocking()) {
                rules.add(new BlockingRule(spec.name(), spec.keys().stream().map(BlockingKey::parse).toList()));
            }
        }
        return rules;
    }

    /**
     * The built-in rules for duplicates within one list: a duplicate row of a list is typed from the same papers, so
     * its NIK, or its name with its village or birth date, survives; the rules that pair household members or
     * neighbours by kecamatan and birth date would add millions of pairs in a registry of a million people.
     */
    static final List<String> DEDUPE_RULES = List.of(ID_RULE, "NIK", "DESA_NAMA", "TGL_HURUF");

    /** The rules for duplicates within one list: the built-in ones, or the job's own rules without household-only ones. */
    public static List<BlockingRule> dedupeRules(JobDefinition.Linking linking, List<BlockingRule> rules) {
        if (linking.blocking().isEmpty()) {
            return rules.stream().filter(r -> DEDUPE_RULES.contains(r.name())).toList();
        }
        return rules.stream().filter(r -> !r.keys().stream().allMatch(k -> k.column().equals("no_kk"))).toList();
    }

    /** The training rules of a job: its own, or the defaults that exist among its rules. */
    public static List<String> trainingRules(JobDefinition.Linking linking, List<BlockingRule> rules) {
        if (!linking.training().isEmpty()) {
            return linking.training();
        }
        List<String> names = rules.stream().map(BlockingRule::name).toList();
        return DEFAULT_TRAINING.stream().filter(names::contains).toList();
    }

    /**
     * Name and birth date clearly disagree (both present, neither level close): the records are different people,
     * whatever NIK or ID DTKS they share.
     */
    public static boolean conflict(int[] levels) {
        int lastName = COMPARISONS.get(NAME).levels().size() - 1;
        int lastDate = COMPARISONS.get(BIRTH_DATE).levels().size() - 1;
        return levels[NAME] == lastName && levels[BIRTH_DATE] == lastDate;
    }
}
