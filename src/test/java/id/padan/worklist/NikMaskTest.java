package id.padan.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikMaskTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "6203014512800003|620301******0003",
            "620301451280000|620301******0000",
            "6203014512800003A|620301******003A",
            "6,20301E+15|6,20301E+15",
            "3.27E+15|3.27E+15",
            "12345|12345",
            "''|''"})
    void firstSixAndLastFourOfAnythingThatCouldIdentifySomeone(String nik, String shown) {
        assertThat(CellText.nik(nik, false)).isEqualTo(shown);
        assertThat(CellText.nik(nik, true)).isEqualTo(nik.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NIK 6203014512800003 di DTKS milik SITI AMINAH|NIK 620301******0003 di DTKS milik SITI AMINAH",
            "NIK tidak sah: SERIAL_ZERO (tertulis 6203014512800000)|NIK tidak sah: SERIAL_ZERO (tertulis 620301******0000)",
            "Tercatat 2 kali di daftar PKH 2026-T2 (baris 17, 40)|Tercatat 2 kali di daftar PKH 2026-T2 (baris 17, 40)",
            "NIK 62030145128000031 terlalu panjang|NIK 62030145128000031 terlalu panjang"})
    void sixteenDigitNumbersInReasonsAreMaskedToo(String reason, String shown) {
        assertThat(CellText.maskNumbersIn(reason, false)).isEqualTo(shown);
        assertThat(CellText.maskNumbersIn(reason, true)).isEqualTo(reason);
    }
}
