package id.padan.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KkCheckerTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);
    private final KkChecker checker = new KkChecker(Set.of("620301", "620302")::contains);

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "6203011507150001      | VALID           | 6203011507150001 | 2015-07-15 | null",
            "6203011507150001\u00A0 | VALID           | 6203011507150001 | 2015-07-15 | null",
            "6203 0115 0715 0001   | VALID           | 6203011507150001 | 2015-07-15 | null",
            "6203022011990004      | VALID           | 6203022011990004 | 1999-11-20 | null",
            "''                    | MISSING         | null             | null       | No. KK kosong",
            "6.20301150715E+15     | EXCEL_TRUNCATED | null             | null       | No. KK tersimpan sebagai angka di Excel",
            "6203011507150000.0    | EXCEL_TRUNCATED | null             | null       | digit terakhir hilang",
            "62030115071500O1      | NOT_DIGITS      | null             | null       | No. KK berisi karakter bukan angka",
            "620301150715001       | BAD_LENGTH      | null             | null       | No. KK 15 digit, seharusnya 16",
            "6203011507150000      | SERIAL_ZERO     | 6203011507150000 | 2015-07-15 | nomor urut No. KK 0000",
            "6203013102150001      | BAD_DATE        | 6203013102150001 | null       | tanggal terbit di No. KK tidak valid (31-02-15)",
            // a KK's date has no +40: day 55 is no day at all
            "6203015507150001      | BAD_DATE        | 6203015507150001 | null       | (55-07-15)",
            "6203991507150001      | UNKNOWN_REGION  | 6203991507150001 | 2015-07-15 | kode wilayah 620399 di No. KK tidak dikenal",
    })
    void checksStructureInOrder(String raw, NikStatus status, String noKk, LocalDate issueDate, String reason) {
        KkCheck check = checker.check(raw, REFERENCE);

        assertThat(check.status()).isEqualTo(status);
        assertThat(check.noKk()).isEqualTo(noKk);
        assertThat(check.issueDate()).isEqualTo(issueDate);
        if (reason == null) {
            assertThat(check.reason()).isNull();
        } else {
            assertThat(check.reason()).contains(reason);
        }
    }
}
