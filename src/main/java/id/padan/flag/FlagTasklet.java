package id.padan.flag;

import id.padan.job.RunContext;
import id.padan.job.SourceKind;
import id.padan.link.NikIndex;
import id.padan.warehouse.Tables;
import id.padan.warehouse.Warehouse;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Judges every program's current list and the rows its previous list lost, writing {@code flags} and {@code drops}.
 * All tables are rebuilt in the step's transaction, so a restart gives the same flags.
 */
public final class FlagTasklet implements Tasklet {
    static final String SCRIPT = "padan/sql/flag.sql";

    private final RunContext run;
    private final String regency;

    /** The flag stage of a job's only regency. */
    public FlagTasklet(RunContext run) {
        this(run, run.job().partitionRegencies().get(0));
    }

    /** The flag stage of one regency (null for a job that names none), run in that regency's schema. */
    public FlagTasklet(RunContext run, String regency) {
        this.run = run;
        this.regency = regency;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        contribution.incrementWriteCount(judge(DataSourceUtils.getConnection(run.warehouse().dataSource())));
        return RepeatStatus.FINISHED;
    }

    /** Rebuilds the flag tables and prints their counts; returns the number of flags. */
    public long judge(Connection connection) throws SQLException {
        List<ProgramRound> rounds = ProgramRound.of(run.job(), listedPeriods(connection), run.period());
        writeRounds(connection, rounds);
        long lookupStart = System.nanoTime();
        try {
            NikIndex.findElsewhere(connection, run, regency);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the NIK index: " + e.getMessage(), e);
        }
        double lookupSeconds = (System.nanoTime() - lookupStart) / 1e9;
        Warehouse.runStageScript(connection, SCRIPT);
        // group ids are numbered per regency, so a job over several regencies says whose group it is
        String groupPrefix = run.job().partitionRegencies().size() > 1 ? regency.replace(".", "") + "-" : "";
        for (ProgramRound round : rounds) {
            flagDuplicates(connection, round, groupPrefix);
        }
        long total = print(connection, rounds, run.console());
        try (var st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM "
                + Tables.ELSEWHERE_LINKS)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                run.console().println(String.format(Locale.ROOT, "  recipients found in another regency's registry"
                        + " through the NIK index: %,d (lookup %.1f s)", rs.getLong(1), lookupSeconds));
                run.console().flush();
            }
        }
        return total;
    }

    private static Map<String, Set<String>> listedPeriods(Connection c) throws SQLException {
        Map<String, Set<String>> listed = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT program, periode FROM " + Tables.PERSON_STD
                + " WHERE source_kind = ? AND program IS NOT NULL AND periode IS NOT NULL ORDER BY 1, 2")) {
            ps.setString(1, SourceKind.RECIPIENTS.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    listed.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        return listed;
    }

    private static void writeRounds(Connection c, List<ProgramRound> rounds) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + Tables.FLAG_PROGRAMS + " (program VARCHAR PRIMARY KEY, "
                    + "current_period VARCHAR NOT NULL, reference_date DATE, previous_period VARCHAR, "
                    + "previous_reference_date DATE, decile_limit INTEGER NOT NULL, min_age INTEGER, max_age INTEGER, "
                    + "final_class INTEGER, monthly_aid BIGINT NOT NULL, family_level BOOLEAN NOT NULL, lost_flag VARCHAR)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.FLAG_PROGRAMS
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ProgramRound r : rounds) {
                ps.setString(1, r.program());
                ps.setString(2, r.currentPeriod());
                setDate(ps, 3, r.referenceDate());
                ps.setString(4, r.previousPeriod());
                setDate(ps, 5, r.previousReferenceDate());
                ps.setInt(6, r.decileLimit());
                ps.setObject(7, r.minAge(), Types.INTEGER);
                ps.setObject(8, r.maxAge(), Types.INTEGER);
                ps.setObject(9, r.finalClass(), Types.INTEGER);
                ps.setLong(10, r.monthlyAid());
                ps.setBoolean(11, r.familyLevel());
                ps.setString(12, r.lostFlag());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setDate(PreparedStatement ps, int index, java.time.LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    /**
     * Flags every row of each group of the same person in the current list, with a shared group id
     * ({@code DUP-PKH-2026-T2-00001}), numbered in the order of the group's first row.
     */
    private static void flagDuplicates(Connection c, ProgramRound round, String groupPrefix) throws SQLException {
        DuplicateGroups groups = new DuplicateGroups();
        Map<Long, Long> firstRowOfPerson = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT record_id, dtks_record_id FROM " + Tables.RECIPIENT_FACTS
                + " WHERE program = ? AND periode = ? AND decision = 'MATCH' AND dtks_record_id IS NOT NULL"
                + " ORDER BY record_id")) {
            ps.setString(1, round.program());
            ps.setString(2, round.currentPeriod());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long row = rs.getLong(1);
                    Long first = firstRowOfPerson.putIfAbsent(rs.getLong(2), row);
                    if (first != null) {
                        groups.samePerson(first, row);
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT k.record_id, k.cluster_id FROM " + Tables.CLUSTERS
                + " k JOIN " + Tables.RECIPIENT_FACTS + " r ON r.record_id = k.record_id"
                + " WHERE r.program = ? AND r.periode = ? AND k.cluster_size > 1 ORDER BY k.record_id")) {
            ps.setString(1, round.program());
            ps.setString(2, round.currentPeriod());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.samePerson(rs.getLong(2), rs.getLong(1));
                }
            }
        }
        List<List<Long>> found = groups.groups();
        if (found.isEmpty()) {
            return;
        }
        try (var st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + Tables.DUPLICATE_MEMBERS + " (record_id BIGINT, group_id VARCHAR)");
        }
        // a group can hold most of a list (a list loaded twice): JDBC batches cost tens of microseconds a row
        try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class)
                .createAppender(currentSchema(c), Tables.DUPLICATE_MEMBERS)) {
            int number = 0;
            for (List<Long> members : found) {
                number++;
                String groupId = String.format(Locale.ROOT, "DUP-%s%s-%s-%05d", groupPrefix, round.program(), round.currentPeriod(), number);
                for (long member : members) {
                    appender.beginRow();
                    appender.append(member);
                    appender.append(groupId);
                    appender.endRow();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.FLAGS
                + " SELECT 'GHOST_DUPLICATE', r.program, r.periode, r.record_id, r.dtks_record_id, r.match_probability,"
                + " 0.85 * coalesce(r.match_probability, 1.0), m.group_id,"
                + " 'Tercatat ' || count(*) OVER g || ' kali di daftar ' || r.program || ' ' || r.periode"
                + " || ' (baris ' || string_agg(CAST(r.source_row AS VARCHAR), ', ') OVER (g ORDER BY r.source_row"
                + " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) || ')'"
                + " FROM " + Tables.DUPLICATE_MEMBERS + " m JOIN " + Tables.RECIPIENT_FACTS
                + " r ON r.record_id = m.record_id WINDOW g AS (PARTITION BY m.group_id)")) {
            ps.executeUpdate();
        }
        try (var st = c.createStatement()) {
            st.execute("DROP TABLE " + Tables.DUPLICATE_MEMBERS);
        }
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long print(Connection c, List<ProgramRound> rounds, PrintWriter out) throws SQLException {
        out.println("flags:");
        for (ProgramRound r : rounds) {
            out.println("  " + r.program() + ": current list " + r.currentPeriod()
                    + (r.previousPeriod() == null ? ", no previous list (no lost-aid check)" : ", previous " + r.previousPeriod()));
        }
        long total = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT flag, program, count(*) FROM " + Tables.FLAGS
                + " GROUP BY ALL ORDER BY flag, program"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.println(String.format(Locale.ROOT, "  %-26s %-5s %,8d", rs.getString(1), rs.getString(2), rs.getLong(3)));
                total += rs.getLong(3);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FILTER (WHERE desil IS NOT NULL), count(*) FROM "
                + Tables.PERSON_STD + " WHERE source_kind = ?")) {
            ps.setString(1, SourceKind.DTKS.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getLong(2) > 0 && rs.getLong(1) == 0) {
                    out.println("  GHOST_NOT_ELIGIBLE skipped: the registry export has no decile (DESIL), so eligibility"
                            + " by decile cannot be judged; lost-aid cases say 'desil tidak tercatat'");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT reason, count(*) FROM " + Tables.DROPS
                + " GROUP BY ALL ORDER BY reason"); ResultSet rs = ps.executeQuery()) {
            StringBuilder line = new StringBuilder("  legitimate drops (no case):");
            boolean any = false;
            while (rs.next()) {
                line.append(any ? ", " : " ").append(rs.getString(1)).append(' ').append(rs.getLong(2));
                any = true;
            }
            out.println(any ? line : "  legitimate drops (no case): none");
        }
        out.flush();
        return total;
    }
}
