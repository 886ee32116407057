package id.padan.standardize;

import java.time.LocalDate;

/**
 * The structural check of one NIK.
 *
 * @param nik       the 16 digits when the text could be cleaned to 16 digits, else null (also null when Excel lost
 *                  the last digit: the remaining digits may be somebody else's NIK)
 * @param status    the first rule the NIK breaks, or VALID
 * @param reason    why, in Bahasa Indonesia, for the worklist; null when VALID
 * @param birthDate the birth date in digits 7-12 (women: day minus 40), when it is a real date; it may differ from
 *                  TANGGAL LAHIR, which is a typo for later stages to weigh, not an invalid NIK
 * @param sex       L or P from the day digits, when they are a possible day
 */
public record NikCheck(String nik, NikStatus status, String reason, LocalDate birthDate, String sex) {

    public boolean isValid() {
        return status == NikStatus.VALID;
    }
}
