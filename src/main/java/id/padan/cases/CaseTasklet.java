package id.padan.cases;

import id.padan.job.RunContext;
import id.padan.warehouse.Tables;
import id.padan.warehouse.Warehouse;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Builds {@code complaint_outcomes} and {@code cases}. Priority orders field work by the strength of the evidence
 * and the money at stake (see {@link Priority}); a complaint about the case adds weight.
 */
public final class CaseTasklet implements Tasklet {
    static final String SCRIPT = "padan/sql/cases.sql";

    private final RunContext run;

    public CaseTasklet(RunContext run) {
        this.run = run;
    }

    /** The cases stage of one regency, run in that regency's schema; what it does does not depend on which. */
    public CaseTasklet(RunContext run, String regency) {
        this(run);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        contribution.incrementWriteCount(build(DataSourceUtils.getConnection(run.warehouse().dataSource())));
        return RepeatStatus.FINISHED;
    }

    /** Rebuilds the complaint outcomes and the cases; returns the number of cases. */
    public long build(Connection connection) throws SQLException {
        // money factor = 0.5 + 0.5 x monthly aid / the largest monthly aid of the run's programs (see Priority)
        try (PreparedStatement ps = connection.prepareStatement("CREATE OR REPLACE TEMP TABLE case_settings AS"
                + " SELECT program, 0.5 + 0.5 * monthly_aid / greatest(max(monthly_aid) OVER (), 1) AS money_factor,"
                + " CAST(? AS INTEGER) AS complaint_bonus FROM " + Tables.FLAG_PROGRAMS)) {
            ps.setInt(1, Priority.COMPLAINT_BONUS);
            ps.execute();
        }
        Warehouse.runStageScript(connection, SCRIPT);
        return print(connection, run.console());
    }

    private static long print(Connection c, PrintWriter out) throws SQLException {
        out.println("complaints:");
        try (PreparedStatement ps = c.prepareStatement("SELECT outcome, count(*) FROM " + Tables.COMPLAINT_OUTCOMES
                + " GROUP BY ALL ORDER BY outcome"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.println(String.format(Locale.ROOT, "  %-26s %,8d  %s", rs.getString(1), rs.getLong(2),
                        describe(rs.getString(1))));
            }
        }
        long cases;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + Tables.CASES);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            cases = rs.getLong(1);
        }
        out.println(String.format(Locale.ROOT, "cases: %,d", cases));
        out.flush();
        return cases;
    }

    private static String describe(String outcome) {
        return switch (outcome) {
            case "CASE" -> "about a flagged person: linked to the case, priority raised";
            case "DROPPED" -> "about a person dropped for a good reason: the reason is given";
            case "NOT_IN_DTKS" -> "subject not in DTKS: COMPLAINT_NOT_IN_DTKS case (usulan baru)";
            case "IN_DTKS" -> "subject in DTKS, no case";
            case "MAYBE_IN_DTKS" -> "not linked, but someone of that name lives in the village in DTKS: to check";
            case "PMKS" -> "social-problem report (PMKS), listed, not tied to a program";
            case "SUBJECT_UNKNOWN" -> "the subject named in the text was not found";
            default -> "";
        };
    }
}
