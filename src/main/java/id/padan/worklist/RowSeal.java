package id.padan.worklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The hidden CEK column: a short SHA-256 over the case id and the identity columns as printed. When a sheet comes
 * back, a row whose seal no longer matches had its case id or identity cells changed, even when the case has since
 * left the warehouse.
 */
final class RowSeal {
    private RowSeal() {
    }

    static String of(String caseId, String nama, String nik, String noKk, String tanggalLahir) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = String.join("\u001f", CellText.comparable(caseId), CellText.comparable(nama),
                    CellText.comparable(nik), CellText.comparable(noKk), CellText.comparable(tanggalLahir));
            byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
