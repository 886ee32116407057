package id.padan.standardize;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Checks that a family-card number ({@code PPKKCC DDMMYY SSSS}: kecamatan, issue date, serial) is structurally
 * possible, with the NIK's rules minus sex: MISSING, EXCEL_TRUNCATED, NOT_DIGITS, BAD_LENGTH, SERIAL_ZERO,
 * BAD_DATE (the issue date has no +40), UNKNOWN_REGION. Thread-safe when the predicate is.
 */
public final class KkChecker {

    private final Predicate<String> knownKecamatan;

    public KkChecker(Predicate<String> knownKecamatan) {
        this.knownKecamatan = Objects.requireNonNull(knownKecamatan, "knownKecamatan");
    }

    public KkChecker(RegionTable regions) {
        this(regions::isKecamatan);
    }

    public KkCheck check(String raw, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        IdNumberText.Cleaned cleaned = IdNumberText.clean(raw, "No. KK");
        if (!cleaned.hasDigits()) {
            return new KkCheck(null, cleaned.status(), cleaned.reason(), null);
        }
        String kk = cleaned.digits();
        LocalDate issued = CenturyPivot.date(
                NikChecker.twoDigits(kk, 6), NikChecker.twoDigits(kk, 8), NikChecker.twoDigits(kk, 10), referenceDate);
        if (kk.endsWith("0000")) {
            return new KkCheck(kk, NikStatus.SERIAL_ZERO, "nomor urut No. KK 0000", issued);
        }
        if (issued == null) {
            return new KkCheck(kk, NikStatus.BAD_DATE, "tanggal terbit di No. KK tidak valid ("
                    + kk.substring(6, 8) + "-" + kk.substring(8, 10) + "-" + kk.substring(10, 12) + ")", null);
        }
        if (!knownKecamatan.test(kk.substring(0, 6))) {
            return new KkCheck(kk, NikStatus.UNKNOWN_REGION,
                    "kode wilayah " + kk.substring(0, 6) + " di No. KK tidak dikenal", issued);
        }
        return new KkCheck(kk, NikStatus.VALID, null, issued);
    }
}
