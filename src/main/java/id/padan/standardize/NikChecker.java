package id.padan.standardize;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Checks that a NIK ({@code PPKKCC DDMMYY SSSS}) is structurally possible. The rules run in a fixed order and the
 * first one broken is reported: MISSING, EXCEL_TRUNCATED, NOT_DIGITS, BAD_LENGTH, SERIAL_ZERO, BAD_DATE,
 * UNKNOWN_REGION, SEX_MISMATCH.
 *
 * <p>The region rule asks a predicate whether the first six digits are a kecamatan, so tests can pass a small table.
 * Note that they are the kecamatan of first registration: a code that was valid then and has since been split may
 * be missing from the 2025 table. Thread-safe when the predicate is.
 */
public final class NikChecker {

    private static final int WOMEN_DAY_OFFSET = 40;

    private final Predicate<String> knownKecamatan;

    public NikChecker(Predicate<String> knownKecamatan) {
        this.knownKecamatan = Objects.requireNonNull(knownKecamatan, "knownKecamatan");
    }

    public NikChecker(RegionTable regions) {
        this(regions::isKecamatan);
    }

    /**
     * @param raw           the NIK as read
     * @param jenisKelamin  the record's sex in any common spelling (L, P, LAKI-LAKI, 2, ...), or null when unknown
     * @param referenceDate the list's reference date; two-digit years resolve to the latest year not after it
     */
    public NikCheck check(String raw, String jenisKelamin, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        IdNumberText.Cleaned cleaned = IdNumberText.clean(raw, "NIK");
        if (!cleaned.hasDigits()) {
            return new NikCheck(null, cleaned.status(), cleaned.reason(), null, null);
        }
        String nik = cleaned.digits();
        int dayField = twoDigits(nik, 6);
        int month = twoDigits(nik, 8);
        int year = twoDigits(nik, 10);
        boolean woman = dayField > WOMEN_DAY_OFFSET;
        int day = woman ? dayField - WOMEN_DAY_OFFSET : dayField;
        boolean possibleDay = day >= 1 && day <= 31;
        String sex = possibleDay ? (woman ? "P" : "L") : null;
        LocalDate birthDate = possibleDay ? CenturyPivot.date(day, month, year, referenceDate) : null;

        NikStatus status = NikStatus.VALID;
        String reason = null;
        String statedSex = Sex.parse(jenisKelamin);
        if (nik.endsWith("0000")) {
            status = NikStatus.SERIAL_ZERO;
            reason = "nomor urut NIK 0000";
        } else if (birthDate == null) {
            status = NikStatus.BAD_DATE;
            reason = badDateReason(nik, dayField, day, possibleDay, woman);
        } else if (!knownKecamatan.test(nik.substring(0, 6))) {
            status = NikStatus.UNKNOWN_REGION;
            reason = "kode wilayah " + nik.substring(0, 6) + " di NIK tidak dikenal";
        } else if (statedSex != null && !statedSex.equals(sex)) {
            status = NikStatus.SEX_MISMATCH;
            reason = "P".equals(sex)
                    ? "NIK menunjukkan perempuan (tanggal +40) tetapi JENIS KELAMIN = " + statedSex
                    : "NIK menunjukkan laki-laki (tanggal tanpa +40) tetapi JENIS KELAMIN = " + statedSex;
        }
        return new NikCheck(nik, status, reason, birthDate, sex);
    }

    private static String badDateReason(String nik, int dayField, int day, boolean possibleDay, boolean woman) {
        String written = nik.substring(6, 8) + "-" + nik.substring(8, 10) + "-" + nik.substring(10, 12);
        if (!possibleDay) {
            return "tanggal lahir di NIK tidak valid (" + written + "): hari " + nik.substring(6, 8)
                    + " harus 01-31, atau 41-71 untuk perempuan";
        }
        if (woman) {
            return "tanggal lahir di NIK tidak valid (" + String.format("%02d", day) + written.substring(2)
                    + ", perempuan: hari " + dayField + " = " + day + " + 40)";
        }
        return "tanggal lahir di NIK tidak valid (" + written + ")";
    }

    static int twoDigits(String digits, int at) {
        return (digits.charAt(at) - '0') * 10 + (digits.charAt(at + 1) - '0');
    }
}
