package id.padan.worklist;

import id.padan.job.RunContext;
import id.padan.warehouse.ExportAudit;
import id.padan.warehouse.Tables;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** The {@code worklists} step: writes the run's cases as TKSK worklists into {@code <run folder>/worklists/}. */
public final class WorklistTasklet implements Tasklet {
    public static final String FOLDER = "worklists";

    private final RunContext run;

    public WorklistTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        PrintWriter out = run.console();
        if (!run.warehouse().tableExists(Tables.CASES)) {
            out.println("worklists: none written, this run has no cases yet (the flag and cases steps have not run)");
            out.flush();
            return RepeatStatus.FINISHED;
        }
        WorklistWriter.Written written = write(DataSourceUtils.getConnection(run.warehouse().dataSource()));
        contribution.incrementWriteCount(written.rows());
        return RepeatStatus.FINISHED;
    }

    /** Writes the worklists of the cases in the warehouse and says where they are. */
    public WorklistWriter.Written write(Connection c) throws Exception {
        Path dir = run.outputDir().resolve(FOLDER);
        WorklistWriter.Written written = new WorklistWriter(run.job().worklists(),
                "job " + run.job().name() + ", " + run.runId()).write(c, Tables.CASES, Tables.PERSON_STD, dir,
                        kecamatan -> run.progress("worklists", kecamatan, "kecamatan"));
        for (Map.Entry<Path, Integer> workbook : written.workbooks().entrySet()) {
            ExportAudit.record(c, run.runId(), "worklist " + workbook.getKey().getFileName(), workbook.getValue(),
                    workbook.getKey());
        }
        ExportAudit.record(c, run.runId(), WorklistWriter.ALL_CSV, written.rows(), dir.resolve(WorklistWriter.ALL_CSV));
        PrintWriter out = run.console();
        out.println(String.format(Locale.ROOT, "worklists: %,d cases on %,d village sheets in %,d workbooks (%s), NIK %s;"
                + " in %s%s", written.rows(), written.villageSheets(), written.workbooks().size(),
                "one per kecamatan, with CSV twins and " + WorklistWriter.ALL_CSV,
                run.job().worklists().fullNikOrDefault() ? "in full (worklists.full_nik)" : "masked", dir,
                written.keptHomeAsVerifiedActive() == 0 ? "" : String.format(Locale.ROOT, "; %,d cases found"
                        + " AKTIF/DITEMUKAN before, with unchanged evidence, not sent again",
                        written.keptHomeAsVerifiedActive())));
        out.flush();
        return written;
    }
}
