package id.padan.link;

import id.padan.job.JobDefinition;
import id.padan.job.RunContext;
import id.padan.job.SourceKind;
import id.padan.standardize.RegionTable;
import id.padan.warehouse.OwnerOnlyFiles;
import id.padan.warehouse.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The NIK index: every registry person with a valid NIK, one Parquet file per regency sorted by NIK, written by
 * DuckDB. A regency's link stage resolves its people alone; the index is consulted only for the recipients nobody in
 * their own regency matches, to find those who moved to, or died in, another regency of this job or of another job
 * whose index files this one includes. Sorted files keep each row group to a narrow NIK range, so a lookup of a few
 * thousand NIKs reads little of a national index.
 */
public final class NikIndex implements Tasklet {
    private static final String FILE_PREFIX = "dtks-";
    private static final String COLUMNS = "nik, regency, regency_name, kode_wilayah, id_dtks, nama_raw, nama_std, "
            + "tanggal_lahir, peristiwa, tanggal_peristiwa, job";

    private final RunContext run;

    public NikIndex(RunContext run) {
        this.run = run;
    }

    /** The folder this job writes its index files to. */
    public static Path folder(RunContext run) {
        JobDefinition job = run.job();
        if (job.nikIndex().folder() != null) {
            return run.paths().resolve(job.nikIndex().folder()).orElseThrow();
        }
        return run.paths().warehouse(job).resolveSibling(job.name() + "-nik-index");
    }

    static Path fileOf(Path folder, String regency) {
        return folder.resolve(FILE_PREFIX + regency + ".parquet");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection c = DataSourceUtils.getConnection(run.warehouse().dataSource());
        List<String> regencies = run.job().partitionRegencies();
        if (regencies.contains(null)) {
            run.console().println("NIK index: the job names no regency, so no index is written");
            run.console().flush();
            return RepeatStatus.FINISHED;
        }
        Path folder = OwnerOnlyFiles.createDirectories(folder(run));
        RegionTable regions = RegionTable.kemendagri2025();
        long total = 0;
        for (String regency : regencies) {
            Path file = fileOf(folder, regency);
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.deleteIfExists(partial);
            long rows;
            try (PreparedStatement ps = c.prepareStatement("COPY (SELECT p.nik, ?::VARCHAR AS regency, "
                    + "?::VARCHAR AS regency_name, p.kode_wilayah, p.id_dtks, p.nama_raw, p.nama_std, p.tanggal_lahir, "
                    + "p.peristiwa, p.tanggal_peristiwa, ?::VARCHAR AS job FROM main." + Tables.PERSON_STD + " p "
                    + "JOIN main." + Tables.PARTITION_IMPORTS + " i ON i.import_id = p.import_id AND i.owned "
                    + "WHERE i.schema_name = ? AND p.source_kind = ? AND p.nik_status = 'VALID' "
                    + "ORDER BY p.nik, p.record_id) TO ? (FORMAT parquet, COMPRESSION zstd)")) {
                ps.setString(1, regency);
                ps.setString(2, regions.nameOf(regency));
                ps.setString(3, run.job().name());
                ps.setString(4, Tables.partitionSchema(regency));
                ps.setString(5, SourceKind.DTKS.id());
                ps.setString(6, partial.toString());
                rows = ps.executeUpdate();
            }
            OwnerOnlyFiles.restrict(partial);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            total += rows;
            run.console().println(String.format(Locale.ROOT, "NIK index: %s %,d registry persons -> %s", regency,
                    rows, file));
        }
        List<String> included = includedFiles(run);
        if (!included.isEmpty()) {
            run.console().println(String.format(Locale.ROOT, "NIK index: %,d persons in %d included file(s) of other"
                    + " jobs", count(c, included), included.size()));
        }
        run.console().flush();
        contribution.incrementWriteCount(total);
        return RepeatStatus.FINISHED;
    }

    private static long count(Connection c, List<String> files) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM read_parquet(?::VARCHAR[])")) {
            ps.setObject(1, c.createArrayOf("VARCHAR", files.toArray(String[]::new)));
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The index files of other jobs the job file includes, in name order. */
    static List<String> includedFiles(RunContext run) throws IOException {
        List<String> files = new ArrayList<>();
        for (String pattern : run.job().nikIndex().include()) {
            for (Path path : run.paths().expand(pattern)) {
                if (Files.isDirectory(path)) {
                    try (var listing = Files.list(path)) {
                        listing.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted()
                                .forEach(p -> files.add(p.toString()));
                    }
                } else if (path.getFileName().toString().endsWith(".parquet")) {
                    files.add(path.toString());
                }
            }
        }
        return files.stream().distinct().sorted().toList();
    }

    /**
     * Fills {@code elsewhere_links} in the current (regency) schema: each recipient of {@code regency} that no registry
     * person of its own regency matched, whose valid NIK is in another regency's index with the same birth date or a
     * close name. A job without a regency, or with nothing to consult, gets the table empty.
     */
    public static void findElsewhere(Connection c, RunContext run, String regency) throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE OR REPLACE TABLE " + Tables.ELSEWHERE_LINKS + " (record_id BIGINT, nik VARCHAR, "
                    + "regency VARCHAR, regency_name VARCHAR, kode_wilayah VARCHAR, id_dtks VARCHAR, nama_raw VARCHAR, "
                    + "tanggal_lahir DATE, peristiwa VARCHAR, tanggal_peristiwa DATE, job VARCHAR)");
        }
        if (regency == null) {
            return;
        }
        List<String> own = new ArrayList<>();
        Path folder = folder(run);
        for (String other : run.job().partitionRegencies()) {
            if (!other.equals(regency) && Files.exists(fileOf(folder, other))) {
                own.add(fileOf(folder, other).toString());
            }
        }
        List<String> included = includedFiles(run);
        if (own.isEmpty() && included.isEmpty()) {
            return;
        }
        // an included file may hold a stale copy of this job's own regencies: the job's own export wins
        String index = (own.isEmpty() ? "" : "SELECT " + COLUMNS + " FROM read_parquet(?::VARCHAR[])")
                + (own.isEmpty() || included.isEmpty() ? "" : " UNION ALL ")
                + (included.isEmpty() ? "" : "SELECT " + COLUMNS + " FROM read_parquet(?::VARCHAR[]) "
                        + "WHERE NOT list_contains(?::VARCHAR[], regency)");
        String sql = "INSERT INTO " + Tables.ELSEWHERE_LINKS + " "
                + "WITH wanted AS (SELECT r.record_id, r.nik, r.nama_std, r.tanggal_lahir FROM " + Tables.PERSON_STD
                + " r LEFT JOIN " + Tables.LINKS + " l ON l.record_id = r.record_id "
                + "WHERE r.source_kind = ? AND r.nik_status = 'VALID' AND coalesce(l.decision, 'NONE') = 'NONE'), "
                + "idx AS (" + index + ") "
                + "SELECT w.record_id, x.nik, x.regency, x.regency_name, x.kode_wilayah, x.id_dtks, x.nama_raw, "
                + "x.tanggal_lahir, x.peristiwa, x.tanggal_peristiwa, x.job "
                + "FROM wanted w JOIN idx x ON x.nik = w.nik "
                + "WHERE x.tanggal_lahir = w.tanggal_lahir OR jaro_winkler_similarity(x.nama_std, w.nama_std) >= ? "
                + "QUALIFY row_number() OVER (PARTITION BY w.record_id ORDER BY (x.tanggal_lahir = w.tanggal_lahir) "
                + "DESC NULLS LAST, jaro_winkler_similarity(x.nama_std, w.nama_std) DESC, x.regency, x.id_dtks) = 1 "
                + "ORDER BY w.record_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            ps.setString(p++, SourceKind.RECIPIENTS.id());
            if (!own.isEmpty()) {
                ps.setObject(p++, c.createArrayOf("VARCHAR", own.toArray(String[]::new)));
            }
            if (!included.isEmpty()) {
                ps.setObject(p++, c.createArrayOf("VARCHAR", included.toArray(String[]::new)));
                ps.setObject(p++, c.createArrayOf("VARCHAR",
                        run.job().partitionRegencies().toArray(String[]::new)));
            }
            ps.setDouble(p, SAME_NAME_SIMILARITY);
            ps.execute();
        }
    }

    /** Jaro-Winkler similarity of standardized names above which a NIK found elsewhere is the same person. */
    static final double SAME_NAME_SIMILARITY = 0.9;
}
