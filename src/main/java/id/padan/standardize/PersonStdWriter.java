package id.padan.standardize;

import java.sql.SQLException;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;

/** Appends one {@link StandardPerson} as a {@code person_std} row, in the column order of standardize-schema.sql. */
final class PersonStdWriter {
    private PersonStdWriter() {
    }

    static void append(DuckDBAppender a, long recordId, StandardizeTasklet.PendingImport source, long sourceRow,
            String program, String periode, StandardPerson p) throws SQLException {
        a.beginRow();
        a.append(recordId);
        a.append(source.importId());
        a.append(source.kind().id());
        a.append(source.sourceFile());
        a.append(sourceRow);
        appendText(a, program);
        appendText(a, periode);
        appendText(a, p.idDtks());
        appendText(a, p.nikRaw());
        appendText(a, p.nik());
        a.append(statusOrMissing(p.nikStatus()));
        appendText(a, p.nikReason());
        appendDate(a, p.nikBirthDate());
        appendText(a, p.nikSex());
        appendText(a, p.noKk());
        a.append(statusOrMissing(p.kkStatus()));
        appendText(a, p.namaRaw());
        appendText(a, p.namaStd());
        appendText(a, p.namaTokens());
        appendDate(a, p.tanggalLahir());
        appendText(a, p.jenisKelamin());
        appendText(a, p.tempatLahir());
        appendText(a, p.namaIbuStd());
        appendText(a, p.kodeWilayah());
        a.append(p.wilayahStatus() == null ? WilayahStatus.MISSING.name() : p.wilayahStatus());
        appendText(a, p.kecamatan());
        appendText(a, p.desa());
        appendText(a, p.alamat());
        appendText(a, p.dusun());
        appendText(a, p.rt());
        appendText(a, p.rw());
        appendText(a, p.hubunganKeluarga());
        appendText(a, p.peristiwa());
        appendDate(a, p.tanggalPeristiwa());
        appendInteger(a, p.desil());
        appendBoolean(a, p.pkh());
        appendBoolean(a, p.bpnt());
        appendBoolean(a, p.pbi());
        appendBoolean(a, p.kip());
        appendText(a, p.keteranganPadan());
        appendText(a, p.nisn());
        appendText(a, p.noKip());
        appendInteger(a, p.kelas());
        appendText(a, p.namaSekolah());
        appendText(a, p.namaAyahStd());
        appendDate(a, p.tanggalKematian());
        appendText(a, p.nip());
        appendText(a, p.instansi());
        appendDate(a, p.tanggalPengaduan());
        a.endRow();
    }

    /** A source kind without the column (a death list has no KK) reads as MISSING, like a blank value. */
    private static String statusOrMissing(String status) {
        return status == null ? NikStatus.MISSING.name() : status;
    }

    static void appendText(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    private static void appendDate(DuckDBAppender a, LocalDate value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    private static void appendInteger(DuckDBAppender a, Integer value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value.intValue());
        }
    }

    private static void appendBoolean(DuckDBAppender a, Boolean value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value.booleanValue());
        }
    }
}
