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

    /**
     * One row per person record that is not a registry (DTKS/DTSEN) row: its best registry candidate, the decision
     * (MATCH, POSSIBLE, NONE), score, blocking rule and a one-line explanation.
     */
    public static final String LINKS = "links";
    /** Records of one list (one import) that are the same person, with the cluster id and the weakest edge. */
    public static final String CLUSTERS = "clusters";

    private Tables() {
    }

    /** The raw table of a source kind, e.g. {@code raw_dtks}: canonical fields as text, exactly as read. */
    public static String raw(SourceKind kind) {
        return "raw_" + kind.id();
    }
}
