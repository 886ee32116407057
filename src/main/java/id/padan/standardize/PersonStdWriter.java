package id.padan.standardize;

import java.sql.SQLException;
import id.padan.warehouse.BulkLoad;
import org.duckdb.DuckDBAppender;

/** Appends one {@link StandardPerson} as a {@code person_std} row, in the column order of standardize-schema.sql. */
final class PersonStdWriter {
    private PersonStdWriter() {
    }

    static void write(BulkLoad.Part row, long recordId, StandardizeTasklet.PendingImport source, long sourceRow,
            String program, String periode, StandardPerson p) {
        row.number(recordId).number(source.importId()).text(source.kind().id()).text(source.sourceFile())
                .number(sourceRow).text(program).text(periode)
                .text(p.idDtks()).text(p.nikRaw()).text(p.nik()).text(statusOrMissing(p.nikStatus())).text(p.nikReason())
                .date(p.nikBirthDate()).text(p.nikSex())
                .text(p.noKk()).text(statusOrMissing(p.kkStatus()))
                .text(p.namaRaw()).text(p.namaStd()).text(p.namaTokens())
                .date(p.tanggalLahir()).text(p.jenisKelamin()).text(p.tempatLahir()).text(p.namaIbuStd())
                .text(p.kodeWilayah()).text(p.wilayahStatus() == null ? WilayahStatus.MISSING.name() : p.wilayahStatus())
                .text(p.kecamatan()).text(p.desa()).text(p.alamat()).text(p.dusun()).text(p.rt()).text(p.rw())
                .text(p.hubunganKeluarga()).text(p.peristiwa()).date(p.tanggalPeristiwa()).number(p.desil())
                .bool(p.pkh()).bool(p.bpnt()).bool(p.pbi()).bool(p.kip()).text(p.keteranganPadan())
                .text(p.nisn()).text(p.noKip()).number(p.kelas()).text(p.namaSekolah()).text(p.namaAyahStd())
                .date(p.tanggalKematian()).text(p.nip()).text(p.instansi()).date(p.tanggalPengaduan())
                .endRow();
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



}
