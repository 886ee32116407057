package id.padan.worklist;

import id.padan.standardize.DateParser;
import id.padan.standardize.ParsedDate;
import id.padan.warehouse.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads filled worklists back. Every row with a result is checked: its case must exist, its identity columns must
 * be as padan printed them, HASIL must be one of the drop-down values and the visit date a real date not after
 * today. Valid results become case history with who visited, who imported, when and from which file and row; a
 * result already in the history is not stored again, so importing a file twice changes nothing.
 */
public final class ResultImport {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);
    private static final String SCHEMA = "padan/sql/results-schema.sql";

    /** The current result of every case: its latest visit; on the same day, the later import. */
    public static final String CURRENT_RESULTS_SQL = "SELECT * FROM " + Tables.CASE_RESULTS
            + " QUALIFY row_number() OVER (PARTITION BY case_id ORDER BY tanggal_kunjungan DESC, result_id DESC) = 1";

    /**
     * A digest of what a case's evidence is: its flag, reason (without the period it was found in), match explanation,
     * score to one decimal and linked DTKS person (by ID DTKS, which survives a new export). A case found AKTIF is not
     * sent out again until this changes, also in the next period's run, which continues the case under the same id.
     *
     * @param alias the alias of the cases table in the query, e.g. {@code c}
     */
    public static String evidenceKey(String alias) {
        String a = alias + ".";
        return "md5(concat_ws('|', " + a + "flag, coalesce(replace(" + a + "reason, " + a + "periode, ''), ''),"
                + " coalesce(" + a + "explanation, ''), coalesce(CAST(round(" + a + "match_score, 1) AS VARCHAR), ''),"
                + " coalesce(" + a + "id_dtks, '')))";
    }

    /** A row that was not stored, where it is and how to fix it. */
    public record Problem(String file, String sheet, int row, String column, String what, String fix) {
        public String describe() {
            return "sheet '" + sheet + "' row " + row + (column.isEmpty() ? "" : ", " + column) + ": " + what
                    + "\n    fix: " + fix;
        }
    }

    /** What one file brought. */
    public record Outcome(Path file, int rowsWithResult, int stored, int alreadyStored, int notYetVisited,
            List<Problem> problems) {
    }

    private final Connection connection;
    private final Clock clock;
    private final String importedBy;

    public ResultImport(Connection connection, Clock clock, String importedBy) throws SQLException {
        this.connection = connection;
        this.clock = clock;
        this.importedBy = importedBy;
        ensureSchema(connection);
    }

    /** Creates the result tables when the warehouse has none yet. */
    public static void ensureSchema(Connection connection) throws SQLException {
        try (var s = connection.createStatement()) {
            for (String statement : readSchema().split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private static String readSchema() {
        try (InputStream in = ResultImport.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.trim().startsWith("--")).map(l -> l.replaceAll("--.*$", ""))
                    .reduce("", (a, b) -> a + "\n" + b);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the results schema " + SCHEMA + " is missing from the jar", e);
        }
    }

    /**
     * Imports one file in one transaction.
     *
     * @throws ReturnedSheetsException when the file is no worklist at all (nothing is stored then)
     */
    public Outcome importFile(Path file) throws IOException, SQLException, ReturnedSheetsException {
        List<ReturnedSheets.Sheet> sheets = ReturnedSheets.read(file);
        String sha = sha256(file);
        String name = file.getFileName().toString();
        LocalDate today = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        List<Problem> problems = new ArrayList<>();
        int withResult = 0;
        int stored = 0;
        int already = 0;
        int notVisited = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (ReturnedSheets.Sheet sheet : sheets) {
                for (ReturnedSheets.Line line : sheet.lines()) {
                    Check check = new Check(name, sheet.name(), line, problems);
                    String caseId = CellText.restore(line.get(Column.ID_KASUS)).toUpperCase(Locale.ROOT);
                    boolean anyResult = !line.get(Column.HASIL).isBlank() || !line.get(Column.TANGGAL_KUNJUNGAN).isBlank()
                            || !line.get(Column.CATATAN).isBlank() || !line.get(Column.PETUGAS).isBlank();
                    if (!anyResult) {
                        if (!caseId.isEmpty()) {
                            notVisited++;
                        }
                        continue;
                    }
                    withResult++;
                    Optional<Result> result = check.result(caseId, today);
                    if (result.isEmpty()) {
                        continue;
                    }
                    if (isStored(result.get())) {
                        already++;
                    } else {
                        store(result.get(), name, sha, sheet.name(), line.row(), now);
                        stored++;
                    }
                }
            }
            logImport(sha, name, now, withResult, stored, problems.size());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Outcome(file, withResult, stored, already, notVisited, List.copyOf(problems));
    }

    private record Result(String caseId, Hasil hasil, LocalDate visited, String catatan, String petugas,
            String evidenceKey) {
    }

    /** Checks one row, adding its problems; a row with any problem gives no result. */
    private final class Check {
        private final String file;
        private final String sheet;
        private final ReturnedSheets.Line line;
        private final List<Problem> problems;
        private boolean failed;

        Check(String file, String sheet, ReturnedSheets.Line line, List<Problem> problems) {
            this.file = file;
            this.sheet = sheet;
            this.line = line;
            this.problems = problems;
        }

        private void problem(Column column, String what, String fix) {
            failed = true;
            problems.add(new Problem(file, sheet, line.row(), column == null ? "" : column.header, what, fix));
        }

        Optional<Result> result(String caseId, LocalDate today) throws SQLException {
            if (caseId.isEmpty()) {
                problem(Column.ID_KASUS, "the row has a result but no case id",
                        "copy ID KASUS back from the worklist padan wrote; the result cannot be matched without it");
                return Optional.empty();
            }
            Optional<Identity> identity = identityOf(caseId);
            if (identity.isEmpty()) {
                boolean sealed = RowSeal.of(caseId, line.get(Column.NAMA), line.get(Column.NIK), line.get(Column.NO_KK),
                        line.get(Column.TANGGAL_LAHIR)).equals(line.get(Column.CEK).trim());
                problem(Column.ID_KASUS, "unknown case id '" + caseId + "'", sealed
                        ? "this worklist is from an earlier run whose case is no longer open in this job's warehouse;"
                                + " import it into the job that wrote it, or verify the case on the current worklist"
                        : "ID KASUS was changed or mistyped: copy it back from the worklist padan wrote, and check"
                                + " that the sheet belongs to this job");
            } else {
                checkIdentity(identity.get());
            }
            Optional<Hasil> hasil = Hasil.parse(CellText.restore(line.get(Column.HASIL)));
            if (line.get(Column.HASIL).isBlank()) {
                problem(Column.HASIL, "no HASIL, though the row has a visit date, note or officer",
                        "choose the result from the drop-down: " + Hasil.allowed());
            } else if (hasil.isEmpty()) {
                problem(Column.HASIL, "'" + line.get(Column.HASIL).trim() + "' is not a result",
                        "choose one of: " + Hasil.allowed() + " (write details in CATATAN)");
            }
            LocalDate visited = visitDate(today);
            if (failed) {
                return Optional.empty();
            }
            return Optional.of(new Result(caseId, hasil.orElseThrow(), visited,
                    blankToNull(CellText.restore(line.get(Column.CATATAN))),
                    blankToNull(CellText.restore(line.get(Column.PETUGAS))), identity.orElseThrow().evidenceKey()));
        }

        private LocalDate visitDate(LocalDate today) {
            String raw = line.get(Column.TANGGAL_KUNJUNGAN).trim();
            if (raw.isEmpty()) {
                problem(Column.TANGGAL_KUNJUNGAN, "no visit date", "write the day of the visit as dd-mm-yyyy, e.g. "
                        + today.format(DAY_MONTH_YEAR));
                return null;
            }
            ParsedDate parsed = DateParser.parse(raw, today);
            if (!parsed.isPresent()) {
                problem(Column.TANGGAL_KUNJUNGAN, "'" + raw + "' is not a date"
                        + (parsed.problem() == null ? "" : " (" + parsed.problem() + ")"),
                        "write the day of the visit as dd-mm-yyyy, e.g. " + today.format(DAY_MONTH_YEAR));
                return null;
            }
            if (parsed.date().isAfter(today)) {
                problem(Column.TANGGAL_KUNJUNGAN, "the visit date " + parsed.date().format(DAY_MONTH_YEAR)
                        + " is in the future (today is " + today.format(DAY_MONTH_YEAR) + ")",
                        "write the day the visit took place; check that day and month are not swapped");
                return null;
            }
            return parsed.date();
        }

        private void checkIdentity(Identity expected) {
            String nikCell = line.get(Column.NIK);
            String nikShown = CellText.nik(expected.nik, !nikCell.contains("*"));
            compare(Column.NAMA, expected.nama, false);
            compare(Column.NIK, nikShown, true);
            compare(Column.NO_KK, expected.noKk, false);
            if (line.cells().containsKey(Column.TANGGAL_LAHIR)) {
                String cell = line.get(Column.TANGGAL_LAHIR).trim();
                LocalDate printed = expected.tanggalLahir;
                LocalDate now = cell.isEmpty() ? null : DateParser.parse(cell, LocalDate.of(2000, 1, 1)).date();
                if (!java.util.Objects.equals(printed, now)) {
                    changed(Column.TANGGAL_LAHIR, printed == null ? "" : printed.format(DAY_MONTH_YEAR), cell);
                }
            }
        }

        private void compare(Column column, String printed, boolean personal) {
            if (!line.cells().containsKey(column)) {
                return;
            }
            String cell = line.get(column);
            if (!CellText.comparable(CellText.neutralize(printed == null ? "" : printed))
                    .equals(CellText.comparable(cell))) {
                changed(column, personal ? CellText.nik(printed, false) : printed, personal ? CellText.nik(cell, false) : cell);
            }
        }

        private void changed(Column column, String printed, String now) {
            problem(column, column.header + " was changed from '" + printed + "' to '" + now.trim() + "'",
                    "put back '" + printed + "': the identity columns say who the result is about and may not change;"
                            + " write the correct " + column.header.toLowerCase(Locale.ROOT) + " in CATATAN instead");
        }
    }

    private record Identity(String nama, String nik, String noKk, LocalDate tanggalLahir, String evidenceKey) {
    }

    private Optional<Identity> identityOf(String caseId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT c.nama, coalesce(c.nik, c.nik_raw), c.no_kk,"
                + " c.tanggal_lahir, " + evidenceKey("c") + " FROM " + Tables.CASES + " c WHERE c.case_id = ?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Date born = rs.getDate(4);
                return Optional.of(new Identity(rs.getString(1), rs.getString(2), rs.getString(3),
                        born == null ? null : born.toLocalDate(), rs.getString(5)));
            }
        }
    }

    private boolean isStored(Result r) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM " + Tables.CASE_RESULTS
                + " WHERE case_id = ? AND hasil = ? AND tanggal_kunjungan = ? AND coalesce(catatan, '') = ?"
                + " AND coalesce(petugas, '') = ?")) {
            ps.setString(1, r.caseId);
            ps.setString(2, r.hasil.label());
            ps.setDate(3, Date.valueOf(r.visited));
            ps.setString(4, r.catatan == null ? "" : r.catatan);
            ps.setString(5, r.petugas == null ? "" : r.petugas);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private void store(Result r, String file, String sha, String sheet, int row, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + Tables.CASE_RESULTS
                + " SELECT coalesce(max(result_id), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM " + Tables.CASE_RESULTS)) {
            ps.setString(1, r.caseId);
            ps.setString(2, r.hasil.label());
            ps.setDate(3, Date.valueOf(r.visited));
            ps.setString(4, r.catatan);
            ps.setString(5, r.petugas);
            ps.setString(6, file);
            ps.setString(7, sha);
            ps.setString(8, sheet);
            ps.setInt(9, row);
            ps.setString(10, importedBy);
            ps.setTimestamp(11, Timestamp.valueOf(now));
            ps.setString(12, r.evidenceKey);
            ps.execute();
        }
    }

    private void logImport(String sha, String file, LocalDateTime now, int withResult, int stored, int problems)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + Tables.RESULT_IMPORTS
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, sha);
            ps.setString(2, file);
            ps.setString(3, importedBy);
            ps.setTimestamp(4, Timestamp.valueOf(now));
            ps.setInt(5, withResult);
            ps.setInt(6, stored);
            ps.setInt(7, problems);
            ps.execute();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
