package id.padan.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small typed readers: sex, RT/RW, PERISTIWA, DESIL, program flags, class, village names. */
class SmallValuesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "L, L", "l, L", "LK, L", "Lk, L", "LAKI-LAKI, L", "Laki - laki, L", "LAKI LAKI, L", "PRIA, L", "1, L",
            "1.0, L", "MALE, L",
            "P, P", "PR, P", "Pr, P", "PEREMPUAN, P", "perempuan, P", "WANITA, P", "2, P", "2.0, P", "FEMALE, P",
            "'', null", "-, null", "3, null", "X, null", "LAKI-LAKI/PEREMPUAN, null",
    })
    void sex(String raw, String expected) {
        assertThat(Sex.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "3, 003", "03, 003", "003, 003", "RT 3, 003", "RT.03, 003", "rw: 1, 001", "3.0, 003", "' 12 ', 012",
            "'003/002', 003",
            "-, null", "0, null", "00, null", "000, null", "'', null", "1234, null", "A, null", "SATU, null",
    })
    void rtRwColumn(String raw, String expected) {
        assertThat(RtRw.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // address                                       | rt   | rw   | dusun   | desa          | kecamatan
            "RT 004 RW - Dusun Mangsit                       | 004  | null | MANGSIT | null          | null",
            "RT.3/RW.1                                       | 003  | 001  | null    | null          | null",
            "rt 14 desa Pulau Telo                           | 014  | null | null    | PULAU TELO    | null",
            "RT 03 RW 01 DESA SELAT DALAM                    | 003  | 001  | null    | SELAT DALAM   | null",
            "RT003/RW002                                     | 003  | 002  | null    | null          | null",
            "RT/RW 003/002 Kel. Selat Hilir, Kec. Selat      | 003  | 002  | null    | SELAT HILIR   | SELAT",
            "Jl. Pemuda No. 12 RT 7 RW 3 Ds. Sei Pasah Kec. Kapuas Hilir | 007 | 003 | null | SEI PASAH | KAPUAS HILIR",
            "JL. KARTINI GG. MAWAR                           | null | null | null    | null          | null",
            "Dsn. Krajan RT 01/RW 05, Desa Sukamaju          | 001  | 005  | KRAJAN  | SUKAMAJU      | null",
            "JL. MAWAR RT 2 RW 1 DESA KOTA BARU KEC. KAPUAS BARAT | 002 | 001 | null  | KOTA BARU     | KAPUAS BARAT",
            "RT 5 RW - Desa Kota Besi Hilir, Kab Kapuas      | 005  | null | null    | KOTA BESI HILIR | null",
            "Desa RT 3                                       | 003  | null | null    | null          | null",
    })
    void freeTextAddress(String address, String rt, String rw, String dusun, String desa, String kecamatan) {
        assertThat(FreeTextAddress.parse(address))
                .isEqualTo(new AddressParts(rt, rw, dusun, desa, kecamatan));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "-"})
    void blankAddressHasNoParts(String address) {
        assertThat(FreeTextAddress.parse(address)).isEqualTo(AddressParts.NONE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "MD, MD", "md, MD", "PD, PD", "DD, DD", "TT, TT", "MM, MM",
            "MENINGGAL, MD", "Meninggal Dunia, MD", "MD - Meninggal Dunia, MD", "WAFAT, MD",
            "PINDAH, PD", "PINDAH KELUAR, PD", "PINDAH DATANG, DD", "DATANG, DD",
            "TIDAK DITEMUKAN, TT", "Tdk Ditemukan, TT", "MENOLAK, MM",
            "'', null", "AKTIF, null", "-, null", "MDX, null", "ADA, null",
    })
    void peristiwa(String raw, Peristiwa expected) {
        assertThat(Peristiwa.parse(raw)).isEqualTo(expected);
    }

    /** A job file's labels (DTSEN keterangan_meninggal) come before the built-in words, also to say "active". */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "Sudah Meninggal, MD", "SUDAH-MENINGGAL, MD", "Keluar Desa, PD", "Meninggal, null", "PINDAH, PD",
            "Hidup, null", "'', null",
    })
    void peristiwaWithJobLabels(String raw, Peristiwa expected) {
        java.util.Map<String, String> labels = java.util.Map.of(Peristiwa.labelKey("Sudah meninggal"), "MD",
                Peristiwa.labelKey("Keluar desa"), "PD", Peristiwa.labelKey("Meninggal"), "");
        assertThat(Peristiwa.parse(raw, labels)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "98CF41C1-9EB9-4C3E-8A5B-1D2E3F405060, 98CF41C1-9EB9-4C3E-8A5B-1D2E3F405060",
            "98cf41c1-9eb9-4c3e-8a5b-1d2e3f405060, 98CF41C1-9EB9-4C3E-8A5B-1D2E3F405060",
            "'{98CF41C1-9EB9-4C3E-8A5B-1D2E3F405060}', 98CF41C1-9EB9-4C3E-8A5B-1D2E3F405060",
            "' 3201230000123456 ', 3201230000123456", "'=\"3201230000123456\"', 3201230000123456",
            "-, null", "0, null", "'', null",
    })
    void idDtks(String raw, String expected) {
        assertThat(IdDtks.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "1, 1", "10, 10", "03, 3", "3.0, 3", "10.0, 10", "'3,00', 3", "DESIL 3, 3", "Desil-4, 4", "D2, 2",
            "0, null", "11, null", "'', null", "TIDAK ADA, null", "3.5, null",
    })
    void desil(String raw, Integer expected) {
        assertThat(Desil.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "YA, true", "Ya, true", "Y, true", "1, true", "1.0, true", "TRUE, true", "V, true", "\u2713, true",
            "\u2714, true", "PKH, true", "BPNT, true", "PBI JKN, true",
            "TIDAK, false", "T, false", "0, false", "N, false", "FALSE, false", "-, false", "Tidak Ada, false",
            "'', null", "'  ', null", "MUNGKIN, null", "2, null",
    })
    void programFlag(String raw, Boolean expected) {
        assertThat(ProgramFlag.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "7, 7", "VII, 7", "KELAS 9, 9", "XII, 12", "12, 12", "Kls 7, 7", "7A, 7", "VII-B, 7", "Kelas VIII C, 8",
            "X IPA 2, 10", "IV, 4", "7.0, 7", "KELAS 1 SMP, 7", "2 SMA, 11", "3 MTs, 9", "1 SD, 1",
            "0, null", "13, null", "TK, null", "'', null", "PAUD, null", "123, null",
    })
    void schoolClass(String raw, Integer expected) {
        assertThat(SchoolClass.parse(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "DESA SELAT DALAM, SELAT DALAM", "Desa  Selat   Dalam, SELAT DALAM", "DS. SEI PASAH, SEI PASAH",
            "DS SEI PASAH, SEI PASAH", "KEL. SELAT HILIR, SELAT HILIR", "KEL.SELAT HILIR, SELAT HILIR",
            "Kelurahan Panamas, PANAMAS", "selat dalam, SELAT DALAM", "DESA/KEL. PANAMAS, PANAMAS",
            "DESA, DESA", "DESAKU, DESAKU", "KELAPA GADING, KELAPA GADING", "'', null",
    })
    void villageName(String raw, String expected) {
        assertThat(PlaceName.village(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
            "KEC. SELAT, SELAT", "Kecamatan Kapuas Hilir, KAPUAS HILIR", "KEC SELAT, SELAT", "SELAT, SELAT",
            "KECIL, KECIL",
    })
    void kecamatanName(String raw, String expected) {
        assertThat(PlaceName.kecamatan(raw)).isEqualTo(expected);
    }
}
