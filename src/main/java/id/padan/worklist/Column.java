package id.padan.worklist;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a village sheet and of its CSV twin, left to right. Import finds them by their header, so a sheet
 * that comes back re-sorted, with columns hidden or moved, is still read right. The identity columns may not change
 * in the field; corrections go into CATATAN.
 */
enum Column {
    NO("NO", 5, Kind.NUMBER),
    ID_KASUS("ID KASUS", 17, Kind.TEXT),
    NAMA("NAMA", 24, Kind.IDENTITY),
    NIK("NIK", 19, Kind.IDENTITY),
    NO_KK("NO KK", 18, Kind.IDENTITY),
    TANGGAL_LAHIR("TANGGAL LAHIR", 11, Kind.IDENTITY),
    ALAMAT("ALAMAT", 22, Kind.TEXT),
    DUSUN("DUSUN", 12, Kind.TEXT),
    RT_RW("RT/RW", 8, Kind.TEXT),
    TEMUAN("TEMUAN", 20, Kind.TEXT),
    PRIORITAS("PRIORITAS", 9, Kind.NUMBER),
    ALASAN("ALASAN", 40, Kind.TEXT),
    PROGRAM("PROGRAM", 9, Kind.TEXT),
    PERIODE("PERIODE", 9, Kind.TEXT),
    SUMBER("SUMBER DATA", 20, Kind.TEXT),
    ID_DTKS("ID DTKS", 14, Kind.TEXT),
    NAMA_DTKS("NAMA DI DTKS", 24, Kind.TEXT),
    NIK_DTKS("NIK DI DTKS", 19, Kind.TEXT),
    TANGGAL_LAHIR_DTKS("TGL LAHIR DI DTKS", 11, Kind.TEXT),
    ALAMAT_DTKS("ALAMAT DI DTKS", 24, Kind.TEXT),
    SKOR("SKOR KECOCOKAN", 10, Kind.NUMBER),
    PENJELASAN("PENJELASAN PADANAN", 30, Kind.TEXT),
    PENGADUAN("NO PENGADUAN", 14, Kind.TEXT),
    HASIL("HASIL", 18, Kind.RESULT),
    TANGGAL_KUNJUNGAN("TANGGAL KUNJUNGAN", 12, Kind.RESULT),
    CATATAN("CATATAN", 30, Kind.RESULT),
    PETUGAS("PETUGAS", 16, Kind.RESULT),
    CEK("CEK", 12, Kind.HIDDEN);

    enum Kind { TEXT, NUMBER, IDENTITY, RESULT, HIDDEN }

    final String header;
    final int width;
    final Kind kind;

    Column(String header, int width, Kind kind) {
        this.header = header;
        this.width = width;
        this.kind = kind;
    }

    static Optional<Column> byHeader(String header) {
        String text = CellText.comparable(header);
        return Arrays.stream(values()).filter(c -> c.header.equals(text)).findFirst();
    }

    /** The identity columns, whose shown text the hidden CEK column seals. */
    static final Column[] IDENTITY = {NAMA, NIK, NO_KK, TANGGAL_LAHIR};
}
