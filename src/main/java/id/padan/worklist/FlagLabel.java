package id.padan.worklist;

import java.util.List;

/** The flag codes of the cases contract in the words a TKSK and a village head read on the worklist. */
final class FlagLabel {
    /** In the order the summary sheet counts them: ghosts first, then lost aid, then new registrations. */
    static final List<String> ORDER = List.of("GHOST_DECEASED", "GHOST_MOVED", "GHOST_DUPLICATE", "GHOST_NOT_IN_DTKS",
            "GHOST_INVALID_NIK", "GHOST_NIK_NAME_MISMATCH", "GHOST_CIVIL_SERVANT", "GHOST_NOT_ELIGIBLE", "LOST_PKH",
            "LOST_KIP", "COMPLAINT_NOT_IN_DTKS");

    private FlagLabel() {
    }

    static String of(String flag) {
        return switch (flag) {
            case "GHOST_DECEASED" -> "Penerima sudah meninggal";
            case "GHOST_MOVED" -> "Penerima sudah pindah";
            case "GHOST_DUPLICATE" -> "Penerima ganda";
            case "GHOST_NOT_IN_DTKS" -> "Penerima tidak ada di DTKS";
            case "GHOST_INVALID_NIK" -> "NIK tidak valid";
            case "GHOST_NIK_NAME_MISMATCH" -> "NIK padan beda nama";
            case "GHOST_CIVIL_SERVANT" -> "Penerima tercatat ASN/PNS";
            case "GHOST_NOT_ELIGIBLE" -> "Desil di atas batas program";
            case "LOST_PKH" -> "Keluar dari PKH, masih layak";
            case "LOST_KIP" -> "Keluar dari KIP, masih layak";
            case "COMPLAINT_NOT_IN_DTKS" -> "Pengaduan: belum di DTKS (usulan baru)";
            default -> flag;
        };
    }

    static int rank(String flag) {
        int i = ORDER.indexOf(flag);
        return i < 0 ? ORDER.size() : i;
    }
}
