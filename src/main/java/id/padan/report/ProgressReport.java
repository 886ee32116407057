package id.padan.report;

import id.padan.job.JobDefinition;
import id.padan.warehouse.OwnerOnlyFiles;
import id.padan.warehouse.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The progress report for the head of the Dinas: one self-contained HTML file (no scripts, no links out, charts as
 * inline SVG with the numbers beside them) showing verification progress per kecamatan and village, flags by type,
 * DTKS coverage against the threshold and the monthly aid still going to confirmed ghosts. It holds no names or NIKs
 * and no timestamp, so the same warehouse gives the same file.
 */
public final class ProgressReport {
    public static final String FILE = "laporan-progres.html";
    /** Results that confirm a ghost: the aid should stop. */
    static final List<String> CONFIRMING = List.of("MENINGGAL", "PINDAH", "GANDA", "MAMPU");
    static final List<String> OUTCOMES = List.of("AKTIF/DITEMUKAN", "MENINGGAL", "PINDAH", "TIDAK DITEMUKAN", "GANDA",
            "MAMPU", "MENOLAK");

    private static final String LATEST = "SELECT case_id, hasil FROM " + Tables.CASE_RESULTS
            + " QUALIFY row_number() OVER (PARTITION BY case_id ORDER BY tanggal_kunjungan DESC, result_id DESC) = 1";

    private final JobDefinition job;
    private final NumberFormat number = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"));

    public ProgressReport(JobDefinition job) {
        this.job = job;
    }

    /** Writes the report to {@code target}; the warehouse must hold cases and the result tables. */
    public void write(Connection c, Path target) throws SQLException, IOException {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\">\n<title>Laporan progres verifikasi: ")
                .append(esc(job.name())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("th,td{border:1px solid #bbb;padding:3px 8px;text-align:right}th{background:#eee}")
                .append("td.t,th.t{text-align:left}.bar{fill:#4a7ab5}.done{fill:#3a9a5b}.line{stroke:#c33;stroke-width:2}")
                .append("\n</style></head><body>\n");
        html.append("<h1>Laporan progres verifikasi lapangan</h1>\n<p>Job <b>").append(esc(job.name()))
                .append("</b>, kabupaten/kota ").append(esc(job.regency() == null ? "" : job.regency())).append(".</p>\n");
        summary(c, html);
        perKecamatan(c, html);
        perVillage(c, html);
        flags(c, html);
        coverage(c, html);
        html.append("</body></html>\n");
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(part);
        Files.createFile(part);
        OwnerOnlyFiles.restrict(part);
        Files.writeString(part, html, StandardCharsets.UTF_8);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void summary(Connection c, StringBuilder html) throws SQLException {
        long sent = single(c, "SELECT count(*) FROM " + Tables.CASES);
        long returned = single(c, "SELECT count(*) FROM " + Tables.CASES + " JOIN (" + LATEST + ") USING (case_id)");
        Map<String, Long> ghostsByProgram = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.program, count(*) FROM " + Tables.CASES + " c JOIN ("
                + LATEST + ") r USING (case_id) WHERE c.flag LIKE 'GHOST\\_%' ESCAPE '\\' AND list_contains(?, r.hasil)"
                + " GROUP BY ALL ORDER BY c.program")) {
            ps.setArray(1, c.createArrayOf("VARCHAR", CONFIRMING.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ghostsByProgram.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        long confirmed = ghostsByProgram.values().stream().mapToLong(Long::longValue).sum();
        long money = 0;
        List<String> unpriced = new ArrayList<>();
        for (Map.Entry<String, Long> e : ghostsByProgram.entrySet()) {
            JobDefinition.Program p = job.programs().get(e.getKey());
            if (p == null || p.monthlyAid() == null) {
                unpriced.add(e.getKey());
            } else {
                money += p.monthlyAid() * e.getValue();
            }
        }
        html.append("<h2>Ringkasan</h2>\n<table>\n");
        row(html, "Kasus dikirim ke lapangan", number.format(sent));
        row(html, "Kasus sudah kembali dengan hasil", number.format(returned) + " (" + percent(returned, sent) + ")");
        row(html, "Penerima tidak layak terkonfirmasi (meninggal, pindah, ganda, mampu)", number.format(confirmed));
        row(html, "Perkiraan bantuan per bulan yang masih mengalir ke mereka", "Rp " + number.format(money)
                + (unpriced.isEmpty() ? "" : " (tanpa " + esc(String.join(", ", unpriced))
                        + ": monthly_aid tidak diisi di job)"));
        html.append("</table>\n");
    }

    private void perKecamatan(Connection c, StringBuilder html) throws SQLException {
        html.append("<h2>Progres per kecamatan</h2>\n");
        progressTable(c, html, "coalesce(c.kecamatan, '(tidak diketahui)')", List.of("Kecamatan"));
    }

    private void perVillage(Connection c, StringBuilder html) throws SQLException {
        html.append("<h2>Progres per desa/kelurahan</h2>\n");
        progressTable(c, html, "coalesce(c.kecamatan, '(tidak diketahui)'), coalesce(c.desa, '(tidak diketahui)')",
                List.of("Kecamatan", "Desa/kelurahan"));
    }

    private void progressTable(Connection c, StringBuilder html, String keys, List<String> keyHeaders)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ").append(keys).append(", count(*) AS sent, count(r.hasil) AS returned");
        for (int i = 0; i < OUTCOMES.size(); i++) {
            sql.append(", count(*) FILTER (WHERE r.hasil = ?)");
        }
        sql.append(" FROM ").append(Tables.CASES).append(" c LEFT JOIN (").append(LATEST)
                .append(") r USING (case_id) GROUP BY ALL ORDER BY ALL");
        html.append("<table>\n<tr>");
        keyHeaders.forEach(h -> html.append("<th class=\"t\">").append(esc(h)).append("</th>"));
        html.append("<th>Dikirim</th><th>Kembali</th><th class=\"t\">Progres</th>");
        OUTCOMES.forEach(o -> html.append("<th>").append(esc(o)).append("</th>"));
        html.append("</tr>\n");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < OUTCOMES.size(); i++) {
                ps.setString(i + 1, OUTCOMES.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int k = keyHeaders.size();
                    html.append("<tr>");
                    for (int i = 1; i <= k; i++) {
                        html.append("<td class=\"t\">").append(esc(rs.getString(i))).append("</td>");
                    }
                    long sent = rs.getLong(k + 1);
                    long returned = rs.getLong(k + 2);
                    html.append("<td>").append(number.format(sent)).append("</td><td>").append(number.format(returned))
                            .append("</td><td class=\"t\">").append(progressBar(returned, sent)).append(' ')
                            .append(percent(returned, sent)).append("</td>");
                    for (int i = 0; i < OUTCOMES.size(); i++) {
                        html.append("<td>").append(number.format(rs.getLong(k + 3 + i))).append("</td>");
                    }
                    html.append("</tr>\n");
                }
            }
        }
        html.append("</table>\n");
    }

    private void flags(Connection c, StringBuilder html) throws SQLException {
        html.append("<h2>Temuan per jenis</h2>\n<table>\n<tr><th class=\"t\">Jenis</th><th>Kasus</th>")
                .append("<th class=\"t\"></th></tr>\n");
        List<String[]> rows = new ArrayList<>();
        long max = 1;
        try (PreparedStatement ps = c.prepareStatement("SELECT flag, count(*) FROM " + Tables.CASES
                + " GROUP BY flag ORDER BY count(*) DESC, flag"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), Long.toString(rs.getLong(2))});
                max = Math.max(max, rs.getLong(2));
            }
        }
        for (String[] r : rows) {
            long n = Long.parseLong(r[1]);
            html.append("<tr><td class=\"t\">").append(esc(r[0])).append("</td><td>").append(number.format(n))
                    .append("</td><td class=\"t\">").append(bar(n, max, "bar")).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void coverage(Connection c, StringBuilder html) throws SQLException {
        double threshold = job.thresholds().coverageShareOrDefault();
        html.append("<h2>Cakupan DTKS per desa/kelurahan</h2>\n<p>Bagian penduduk desa yang tercatat di DTKS; garis merah: ")
                .append(Math.round(threshold * 100)).append("%.</p>\n");
        if (!hasTables(c, Tables.RECIPIENT_FACTS, Tables.FLAG_PROGRAMS, Tables.POPULATION_STD)) {
            html.append("<p>(tidak tersedia: data penduduk atau tahap flag belum dijalankan)</p>\n");
            return;
        }
        html.append("<table>\n<tr><th class=\"t\">Kode wilayah</th><th class=\"t\">Kecamatan</th>")
                .append("<th class=\"t\">Desa/kelurahan</th><th>Penduduk</th><th>Di DTKS</th><th>Cakupan</th>")
                .append("<th class=\"t\"></th></tr>\n");
        try (PreparedStatement ps = c.prepareStatement(RunOutputs.COVERAGE_SQL)) {
            ps.setDouble(1, threshold);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String share = rs.getString("dtks_share");
                    html.append("<tr><td class=\"t\">").append(esc(rs.getString("kode_wilayah"))).append("</td><td class=\"t\">")
                            .append(esc(rs.getString("kecamatan"))).append("</td><td class=\"t\">")
                            .append(esc(rs.getString("desa"))).append("</td><td>")
                            .append(rs.getString("penduduk") == null ? "" : number.format(rs.getLong("penduduk")))
                            .append("</td><td>").append(number.format(rs.getLong("dtks_persons"))).append("</td><td>")
                            .append(share == null ? "" : Math.round(Double.parseDouble(share) * 1000) / 10.0 + "%")
                            .append("</td><td class=\"t\">")
                            .append(share == null ? "" : shareBar(Double.parseDouble(share), threshold))
                            .append("</td></tr>\n");
                }
            }
        }
        html.append("</table>\n");
    }

    private static boolean hasTables(Connection c, String... tables) throws SQLException {
        for (String t : tables) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM information_schema.tables WHERE lower(table_name) = lower(?)")) {
                ps.setString(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static String progressBar(long done, long all) {
        int width = 160;
        long filled = all == 0 ? 0 : Math.round(width * (double) done / all);
        return "<svg width=\"" + width + "\" height=\"12\" role=\"img\"><rect class=\"bar\" width=\"" + width
                + "\" height=\"12\" opacity=\"0.25\"/><rect class=\"done\" width=\"" + filled + "\" height=\"12\"/></svg>";
    }

    private static String bar(long n, long max, String cls) {
        long w = Math.round(300.0 * n / max);
        return "<svg width=\"300\" height=\"12\" role=\"img\"><rect class=\"" + cls + "\" width=\"" + w
                + "\" height=\"12\"/></svg>";
    }

    private static String shareBar(double share, double threshold) {
        int width = 200;
        long w = Math.round(width * Math.min(1, share));
        long mark = Math.round(width * threshold);
        return "<svg width=\"" + width + "\" height=\"12\" role=\"img\"><rect class=\"bar\" width=\"" + w
                + "\" height=\"12\"/><line class=\"line\" x1=\"" + mark + "\" x2=\"" + mark + "\" y1=\"0\" y2=\"12\"/></svg>";
    }

    private static String percent(long part, long all) {
        return all == 0 ? "0%" : Math.round(1000.0 * part / all) / 10.0 + "%";
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th class=\"t\">").append(esc(label)).append("</th><td>").append(value).append("</td></tr>\n");
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String esc(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s);
    }
}
