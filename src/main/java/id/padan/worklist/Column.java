package id.padan.worklist;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a village sheet and of its CSV twin, left to right. Import finds them by their header, so a sheet
 * that comes back re-sorted, with columns hidden or moved, is still read right. The identity columns may not change
 * in the field; corrections go into CATATAN. Evidence shares cells (the linked DTKS record in one, list, period and
 * row in another) so that the sheet stays legible when it is fitted to the width of an A4 page.
 */
enum Column {
    NO("NO", 4, Kind.NUMBER),
    ID_KASUS("ID KASUS", 17, Kind.TEXT),
    NAMA("NAMA", 18, Kind.IDENTITY),
    NIK("NIK", 17, Kind.IDENTITY),
    NO_KK("NO KK", 17, Kind.IDENTITY),
    TANGGAL_LAHIR("TANGGAL LAHIR", 10, Kind.IDENTITY),
    ALAMAT("ALAMAT", 16, Kind.TEXT),
    DUSUN("DUSUN", 8, Kind.TEXT),
    RT_RW("RT/RW", 7, Kind.TEXT),
    TEMUAN("TEMUAN", 14, Kind.TEXT),
    PRIORITAS("PRIORITAS", 9, Kind.NUMBER),
    ALASAN("ALASAN", 26, Kind.TEXT),
    SUMBER("SUMBER DATA", 15, Kind.TEXT),
    DTKS("DATA DTKS TERKAIT", 22, Kind.TEXT),
    SKOR("SKOR COCOK", 6, Kind.NUMBER),
    PENJELASAN("PENJELASAN PADANAN", 18, Kind.TEXT),
    PENGADUAN("NO PENGADUAN", 10, Kind.TEXT),
    HASIL("HASIL", 14, Kind.RESULT),
    TANGGAL_KUNJUNGAN("TANGGAL KUNJUNGAN", 11, Kind.RESULT),
    CATATAN("CATATAN", 18, Kind.RESULT),
    PETUGAS("PETUGAS", 11, Kind.RESULT),
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
