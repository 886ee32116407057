package id.padan.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NikCheckerTest {

    /** A small region table: two kecamatan of Kota Bogor (32.71) and one of Kapuas (62.03). */
    private static final Set<String> KECAMATAN = Set.of("327104", "327105", "620301");
    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    private final NikChecker checker = new NikChecker(KECAMATAN::contains);

    @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // raw                          | jenis kelamin | status          | nik              | birth date | sex  | reason contains
            "3271041203870001               | L             | VALID           | 3271041203870001 | 1987-03-12 | L    | null",
            "3271045203870002               | P             | VALID           | 3271045203870002 | 1987-03-12 | P    | null",
            "3271045203870002               | PEREMPUAN     | VALID           | 3271045203870002 | 1987-03-12 | P    | null",
            "3271041203870001               | null          | VALID           | 3271041203870001 | 1987-03-12 | L    | null",
            "6203011507900003               | 1             | VALID           | 6203011507900003 | 1990-07-15 | L    | null",
            "3271 0412 0387 0001            | L             | VALID           | 3271041203870001 | 1987-03-12 | L    | null",
            "32.71.04.120387.0001           | L             | VALID           | 3271041203870001 | 1987-03-12 | L    | null",
            "3271-041203-870001             | L             | VALID           | 3271041203870001 | 1987-03-12 | L    | null",
            // plain text ending in 0 is a normal NIK: serial 0010
            "3271041203870010               | L             | VALID           | 3271041203870010 | 1987-03-12 | L    | null",
            // a float rendering that kept all 16 digits: nothing was lost
            "3271041203870001.0             | L             | VALID           | 3271041203870001 | 1987-03-12 | L    | null",
            "''                             | L             | MISSING         | null             | null       | null | NIK kosong",
            "-                              | L             | MISSING         | null             | null       | null | NIK kosong",
            "0                              | L             | MISSING         | null             | null       | null | NIK kosong",
            "TIDAK ADA                      | L             | MISSING         | null             | null       | null | NIK kosong",
            "3.27E+15                       | L             | EXCEL_TRUNCATED | null             | null       | null | NIK tersimpan sebagai angka di Excel (3.27E+15): digit terakhir hilang",
            "3,2701E+15                     | L             | EXCEL_TRUNCATED | null             | null       | null | (3,2701E+15)",
            "3.27104120387E15               | L             | EXCEL_TRUNCATED | null             | null       | null | angka di Excel",
            "3271041203870000.0             | L             | EXCEL_TRUNCATED | null             | null       | null | (3271041203870000.0): digit terakhir hilang",
            "3.271.041.203.870.000          | L             | EXCEL_TRUNCATED | null             | null       | null | angka di Excel",
            "327104120387OO01               | L             | NOT_DIGITS      | null             | null       | null | karakter bukan angka ('O')",
            "327104120387001                | L             | BAD_LENGTH      | null             | null       | null | NIK 15 digit, seharusnya 16",
            "32710412038700011              | L             | BAD_LENGTH      | null             | null       | null | NIK 17 digit, seharusnya 16",
            "3271041203870000               | L             | SERIAL_ZERO     | 3271041203870000 | 1987-03-12 | L    | nomor urut NIK 0000",
            // serial 0000 is reported first even when the date is impossible too
            "3271043102870000               | L             | SERIAL_ZERO     | 3271043102870000 | null       | L    | 0000",
            "3271043102870001               | L             | BAD_DATE        | 3271043102870001 | null       | L    | tanggal lahir di NIK tidak valid (31-02-87)",
            "3271047102870002               | P             | BAD_DATE        | 3271047102870002 | null       | P    | (31-02-87, perempuan: hari 71 = 31 + 40)",
            "3271043502870001               | L             | BAD_DATE        | 3271043502870001 | null       | null | hari 35 harus 01-31, atau 41-71",
            "3271041213870001               | L             | BAD_DATE        | 3271041213870001 | null       | L    | (12-13-87)",
            "3271042902010001               | L             | BAD_DATE        | 3271042902010001 | null       | L    | (29-02-01)",
            "3271042902000001               | L             | VALID           | 3271042902000001 | 2000-02-29 | L    | null",
            // an impossible date is reported before an unknown region
            "6203993102870001               | L             | BAD_DATE        | 6203993102870001 | null       | L    | 31-02-87",
            "6203991203870001               | L             | UNKNOWN_REGION  | 6203991203870001 | 1987-03-12 | L    | kode wilayah 620399 di NIK tidak dikenal",
            // an unknown region is reported before a sex mismatch
            "6203995203870001               | L             | UNKNOWN_REGION  | 6203995203870001 | 1987-03-12 | P    | 620399",
            "3271045203870002               | L             | SEX_MISMATCH    | 3271045203870002 | 1987-03-12 | P    | NIK menunjukkan perempuan (tanggal +40) tetapi JENIS KELAMIN = L",
            "3271041203870001               | Perempuan     | SEX_MISMATCH    | 3271041203870001 | 1987-03-12 | L    | NIK menunjukkan laki-laki (tanggal tanpa +40) tetapi JENIS KELAMIN = P",
    })
    void checksStructureInOrder(String raw, String sex, NikStatus status, String nik, LocalDate birthDate,
            String nikSex, String reasonFragment) {
        NikCheck check = checker.check(raw, sex, REFERENCE);

        assertThat(check.status()).isEqualTo(status);
        assertThat(check.nik()).isEqualTo(nik);
        assertThat(check.birthDate()).isEqualTo(birthDate);
        assertThat(check.sex()).isEqualTo(nikSex);
        if (reasonFragment == null) {
            assertThat(check.reason()).isNull();
        } else {
            assertThat(check.reason()).contains(reasonFragment);
        }
        assertThat(check.isValid()).isEqualTo(status == NikStatus.VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'3271041203870001", "\"3271041203870001\"", "=\"3271041203870001\"",
            "\u00A03271\u00A0041203870001 ", "\u20183271041203870001\u2019"})
    void quotesApostrophesAndNonBreakingSpacesAreRemoved(String raw) {
        NikCheck check = checker.check(raw, "L", REFERENCE);

        assertThat(check.status()).isEqualTo(NikStatus.VALID);
        assertThat(check.nik()).isEqualTo("3271041203870001");
    }

    @Test
    void nullIsMissing() {
        assertThat(checker.check(null, null, REFERENCE).status()).isEqualTo(NikStatus.MISSING);
    }

    @ParameterizedTest(name = "year {0} with reference {1} -> {2}")
    @CsvSource({
            "3271041203050001, 2026-01-01, 2005-03-12",
            "3271041203870001, 2026-01-01, 1987-03-12",
            // the most recent date not after the reference: December 2026 has not come yet on 1 March 2026
            "3271041512260001, 2026-03-01, 1926-12-15",
            "3271041501260001, 2026-03-01, 2026-01-15",
            "3271041203990001, 1999-12-31, 1999-03-12",
    })
    void twoDigitYearsResolveToTheLatestYearNotAfterTheReference(String nik, LocalDate reference,
            LocalDate expected) {
        assertThat(checker.check(nik, null, reference).birthDate()).isEqualTo(expected);
    }

    @Test
    void aBirthDateThatDiffersFromTanggalLahirIsNotInvalid() {
        // the NIK says 12-03-1987; the record's TANGGAL LAHIR may say anything: the checker does not look at it
        NikCheck check = checker.check("3271041203870001", "L", REFERENCE);

        assertThat(check.isValid()).isTrue();
        assertThat(check.birthDate()).isEqualTo(LocalDate.of(1987, 3, 12));
    }

    @Test
    void theShippedRegionTableKnowsKapuasKecamatan() {
        NikChecker real = new NikChecker(RegionTable.kemendagri2025());

        assertThat(real.check("6203011507900003", "L", REFERENCE).status()).isEqualTo(NikStatus.VALID);
        assertThat(real.check("6203991507900003", "L", REFERENCE).status()).isEqualTo(NikStatus.UNKNOWN_REGION);
    }
}
