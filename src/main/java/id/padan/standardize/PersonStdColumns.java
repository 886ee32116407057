package id.padan.standardize;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The computed columns of {@code person_std}, in table order after the provenance columns: each with its SQL type and
 * the {@link StandardPerson} component it comes from. The standardize SQL function packs a person into one text in
 * this order ({@link #pack}) and the INSERT unpacks it with a cast per column ({@link #unpackSql}), because DuckDB's
 * Java functions cannot return a STRUCT.
 */
final class PersonStdColumns {
    /** Separates packed fields; a control character that standardized text never contains. */
    static final char SEPARATOR = '\u001F';

    record Column(String name, String sqlType, Function<StandardPerson, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            text("id_dtks", StandardPerson::idDtks),
            text("nik_raw", StandardPerson::nikRaw),
            text("nik", StandardPerson::nik),
            text("nik_status", p -> orMissing(p.nikStatus())),
            text("nik_reason", StandardPerson::nikReason),
            date("nik_birth_date", StandardPerson::nikBirthDate),
            text("nik_sex", StandardPerson::nikSex),
            text("no_kk", StandardPerson::noKk),
            text("kk_status", p -> orMissing(p.kkStatus())),
            text("nama_raw", StandardPerson::namaRaw),
            text("nama_std", StandardPerson::namaStd),
            text("nama_tokens", StandardPerson::namaTokens),
            date("tanggal_lahir", StandardPerson::tanggalLahir),
            text("jenis_kelamin", StandardPerson::jenisKelamin),
            text("tempat_lahir", StandardPerson::tempatLahir),
            text("nama_ibu_std", StandardPerson::namaIbuStd),
            text("kode_wilayah", StandardPerson::kodeWilayah),
            text("wilayah_status", p -> p.wilayahStatus() == null ? WilayahStatus.MISSING.name() : p.wilayahStatus()),
            text("kecamatan", StandardPerson::kecamatan),
            text("desa", StandardPerson::desa),
            text("alamat", StandardPerson::alamat),
            text("dusun", StandardPerson::dusun),
            text("rt", StandardPerson::rt),
            text("rw", StandardPerson::rw),
            text("hubungan_keluarga", StandardPerson::hubunganKeluarga),
            text("peristiwa", StandardPerson::peristiwa),
            date("tanggal_peristiwa", StandardPerson::tanggalPeristiwa),
            typed("desil", "INTEGER", StandardPerson::desil),
            typed("pkh", "BOOLEAN", StandardPerson::pkh),
            typed("bpnt", "BOOLEAN", StandardPerson::bpnt),
            typed("pbi", "BOOLEAN", StandardPerson::pbi),
            typed("kip", "BOOLEAN", StandardPerson::kip),
            text("keterangan_padan", StandardPerson::keteranganPadan),
            text("nisn", StandardPerson::nisn),
            text("no_kip", StandardPerson::noKip),
            typed("kelas", "INTEGER", StandardPerson::kelas),
            text("nama_sekolah", StandardPerson::namaSekolah),
            text("nama_ayah_std", StandardPerson::namaAyahStd),
            date("tanggal_kematian", StandardPerson::tanggalKematian),
            text("nip", StandardPerson::nip),
            text("instansi", StandardPerson::instansi),
            date("tanggal_pengaduan", StandardPerson::tanggalPengaduan));

    private PersonStdColumns() {
    }

    /** The person's columns as one text: nulls as empty fields, dates as yyyy-mm-dd. */
    static String pack(StandardPerson person) {
        StringBuilder out = new StringBuilder(256);
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            Object value = COLUMNS.get(i).value().apply(person);
            if (value != null) {
                String text = value.toString();
                out.append(text.indexOf(SEPARATOR) < 0 ? text : text.replace(SEPARATOR, ' '));
            }
        }
        return out.toString();
    }

    /** SELECT-list expressions that turn the packed list {@code listColumn} back into typed columns. */
    static String unpackSql(String listColumn) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column column = COLUMNS.get(i);
            String element = "nullif(" + listColumn + "[" + (i + 1) + "], '')";
            out.append(i == 0 ? "" : ", ")
                    .append(column.sqlType().equals("VARCHAR") ? element : "CAST(" + element + " AS " + column.sqlType() + ")")
                    .append(" AS ").append(column.name());
        }
        return out.toString();
    }

    static String names() {
        return COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private static String orMissing(String status) {
        return status == null ? NikStatus.MISSING.name() : status;
    }

    private static Column text(String name, Function<StandardPerson, String> value) {
        return new Column(name, "VARCHAR", value::apply);
    }

    private static Column date(String name, Function<StandardPerson, LocalDate> value) {
        return new Column(name, "DATE", value::apply);
    }

    private static Column typed(String name, String sqlType, Function<StandardPerson, Object> value) {
        return new Column(name, sqlType, value);
    }
}
