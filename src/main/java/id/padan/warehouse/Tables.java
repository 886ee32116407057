package id.padan.warehouse;

import id.padan.job.SourceKind;

/**
 * The names of every stage table. These tables are the contract between stages: a stage reads the tables of the
 * stage before it and writes its own. No other class spells a table name.
 */
public final class Tables {
    /** One row per loaded input file: provenance, checksum, detected format and the read/loaded/rejected counts. */
    public static final String IMPORTS = "imports";
    /** Rows that could not be loaded, with file, row, column and reason. */
    public static final String REJECTS = "rejects";
    /** Standardized people from every person-holding source, with typed columns and validity codes. */
    public static final String PERSON_STD = "person_std";
    /** Population per village, from the population reference list. */
    public static final String POPULATION_STD = "population_std";
    /** The Kemendagri region table, loaded from the shipped resource. */
    public static final String REGION = "region";
    /** Marks which imports the standardize stage has finished, so a restart does not redo or duplicate them. */
    public static final String STANDARDIZED_IMPORTS = "standardized_imports";
    /** Flag stage: the programs judged in this run, with their current and previous period and eligibility rules. */
    public static final String FLAG_PROGRAMS = "flag_programs";
    /** Flag stage: every recipient row with its registry person's facts, the input of the flag rules. */
    public static final String RECIPIENT_FACTS = "recipient_facts";
    /** Flag stage: per registry person, the earliest death on the civil-registry death list. */
    public static final String DEATH_LIST_LINKS = "death_list_links";
    /** Flag stage: per registry person, the civil-servant record that names them. */
    public static final String CIVIL_SERVANT_LINKS = "civil_servant_links";
    /** Flag stage, while it runs: the rows of each duplicate group with the group's id. */
    public static final String DUPLICATE_MEMBERS = "flag_duplicate_members";
    /** Flag stage: one row per flag a recipient or previous-period row meets. */
    public static final String FLAGS = "flags";
    /** Flag stage: previous-period rows missing from the current list for a good reason, with that reason. */
    public static final String DROPS = "drops";
    /** Cases stage: what each complaint concerns and how it was resolved. */
    public static final String COMPLAINT_OUTCOMES = "complaint_outcomes";
    /** Cases stage: one row per case, with its id, priority and linked complaint: the source of cases.csv. */
    public static final String CASES = "cases";
    /** Worklist stage: every field result imported from a filled worklist, with who, when and which file. */
    public static final String CASE_RESULTS = "case_results";
    /** Worklist stage: one row per distinct result file content imported. */
    public static final String RESULT_IMPORTS = "result_imports";

    /**
     * Which imports each regency's link and flag stages read: one row per regency schema and import, with whether the
     * import belongs to that regency alone (a shared reference list appears under every regency, not owned).
     */
    public static final String PARTITION_IMPORTS = "partition_imports";
    /**
     * Flag stage: recipients that no registry person of their own regency matches, found by NIK, name and birth date
     * in the NIK index of another regency (moved or died there).
     */
    public static final String ELSEWHERE_LINKS = "elsewhere_links";
    /** Per-regency work of the NIK index: the registry persons of one regency, written out as sorted Parquet. */
    public static final String NIK_INDEX = "nik_index";

    /** Every file of personal data written: who, when, what and how many rows. */
    public static final String EXPORT_AUDIT = "export_audit";

    /**
     * One row per person record that is not a registry (DTKS/DTSEN) row: its best registry candidate, the decision
     * (MATCH, POSSIBLE, NONE), score, blocking rule and a one-line explanation.
     */
    public static final String LINKS = "links";
    /** Records of one list (one import) that are the same person, with the cluster id and the weakest edge. */
    public static final String CLUSTERS = "clusters";

    private Tables() {
    }

    /**
     * The schema a regency's link and flag stages write in, e.g. {@code part_6203}; {@code part_all} for a job that
     * names no regency. Built from a validated code (two digits, a dot, two digits), never from file content.
     */
    public static String partitionSchema(String regency) {
        return regency == null ? "part_all" : "part_" + regency.replace(".", "");
    }

    /** The tables the link, flag and cases stages write per regency, gathered into the main schema after them. */
    public static final java.util.List<String> PER_REGENCY = java.util.List.of(LINKS, CLUSTERS, DEATH_LIST_LINKS,
            CIVIL_SERVANT_LINKS, ELSEWHERE_LINKS, RECIPIENT_FACTS, FLAG_PROGRAMS, FLAGS, DROPS, COMPLAINT_OUTCOMES,
            CASES);

    /** The raw table of a source kind, e.g. {@code raw_dtks}: canonical fields as text, exactly as read. */
    public static String raw(SourceKind kind) {
        return "raw_" + kind.id();
    }
}
