package id.padan.standardize;

import java.time.LocalDate;

/**
 * The structural check of one family-card (KK) number.
 *
 * @param noKk      the 16 digits when the text could be cleaned to 16 digits, else null
 * @param status    the first rule the number breaks, or VALID (never SEX_MISMATCH)
 * @param reason    why, in Bahasa Indonesia; null when VALID
 * @param issueDate the issue date in digits 7-12 (DDMMYY), when it is a real date
 */
public record KkCheck(String noKk, NikStatus status, String reason, LocalDate issueDate) {

    public boolean isValid() {
        return status == NikStatus.VALID;
    }
}
