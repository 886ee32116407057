package id.padan.flag;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the link stage's tables as a perfect linker would, from the truth that {@code padan synth} plants. With
 * them the flag rules can be judged alone: any miss is the rules' fault, not the linker's.
 */
public final class TruthLinks {
    private TruthLinks() {
    }

    public static void write(Connection c, Path truthDir) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "CREATE OR REPLACE TEMP TABLE truth_links AS SELECT * FROM read_csv(?, all_varchar = true)")) {
            ps.setString(1, truthDir.resolve("links.csv").toString());
            ps.execute();
        }
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE OR REPLACE TABLE links AS
                    WITH registry AS (SELECT record_id, id_dtks, nik FROM person_std WHERE source_kind = 'dtks'),
                    nik_owner AS (SELECT nik, min(record_id) AS record_id FROM registry WHERE nik IS NOT NULL GROUP BY nik),
                    listed AS (
                        SELECT p.record_id, p.nik, d.record_id AS dtks_record_id
                        FROM person_std p
                        LEFT JOIN truth_links t ON t.source_file = p.source_file AND CAST(t.source_row AS BIGINT) = p.source_row
                        LEFT JOIN registry d ON d.id_dtks = t.person_key
                        WHERE p.source_kind IN ('recipients', 'complaints')
                        UNION ALL
                        SELECT p.record_id, p.nik, o.record_id
                        FROM person_std p LEFT JOIN nik_owner o ON o.nik = p.nik
                        WHERE p.source_kind IN ('deaths', 'civil_servants'))
                    SELECT l.record_id, l.dtks_record_id, d.id_dtks,
                           CASE WHEN l.dtks_record_id IS NULL THEN NULL ELSE 30.0 END AS match_weight,
                           CASE WHEN l.dtks_record_id IS NULL THEN NULL ELSE 1.0 END AS match_probability,
                           CASE WHEN l.dtks_record_id IS NULL THEN 'NONE' ELSE 'MATCH' END AS decision,
                           'TRUTH' AS match_key, 'dari kebenaran sintetis' AS explanation,
                           o.record_id AS nik_owner_record_id
                    FROM listed l
                    LEFT JOIN registry d ON d.record_id = l.dtks_record_id
                    LEFT JOIN nik_owner o ON o.nik = l.nik
                    """);
            s.execute("""
                    CREATE OR REPLACE TABLE clusters AS
                    WITH keyed AS (
                        SELECT p.record_id, p.import_id, coalesce(t.person_key, t.outside_key) AS person
                        FROM person_std p
                        JOIN truth_links t ON t.source_file = p.source_file AND CAST(t.source_row AS BIGINT) = p.source_row
                        WHERE p.source_kind = 'recipients')
                    SELECT record_id, import_id,
                           min(record_id) OVER (PARTITION BY import_id, person) AS cluster_id,
                           CAST(count(*) OVER (PARTITION BY import_id, person) AS INTEGER) AS cluster_size,
                           1.0 AS match_probability
                    FROM keyed
                    """);
        }
    }
}
