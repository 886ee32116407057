package id.padan.worklist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The results a TKSK can write in the HASIL column, as the drop-down offers them. */
public enum Hasil {
    AKTIF("AKTIF/DITEMUKAN", "orang ditemukan, masih tinggal di alamat dan masih layak"),
    MENINGGAL("MENINGGAL", "orang sudah meninggal (tulis tanggal meninggal di CATATAN bila diketahui)"),
    PINDAH("PINDAH", "orang sudah pindah dari desa (tulis tujuan pindah di CATATAN bila diketahui)"),
    TIDAK_DITEMUKAN("TIDAK DITEMUKAN", "orang tidak ditemukan dan tidak dikenal di alamat"),
    GANDA("GANDA", "orang yang sama terdaftar lebih dari sekali"),
    MAMPU("MAMPU", "keluarga sudah mampu, tidak layak menerima bantuan"),
    MENOLAK("MENOLAK", "orang menolak diverifikasi atau menolak bantuan");

    private final String label;
    private final String meaning;

    Hasil(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    static String[] labels() {
        return Arrays.stream(values()).map(Hasil::label).toArray(String[]::new);
    }

    static String allowed() {
        return String.join(", ", labels());
    }

    /** The result a cell names; AKTIF and DITEMUKAN alone are accepted for AKTIF/DITEMUKAN. */
    static Optional<Hasil> parse(String cell) {
        String text = CellText.comparable(cell).replace(" / ", "/");
        for (Hasil h : values()) {
            if (h.label.equals(text)) {
                return Optional.of(h);
            }
        }
        if (text.equals("AKTIF") || text.equals("DITEMUKAN")) {
            return Optional.of(AKTIF);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
