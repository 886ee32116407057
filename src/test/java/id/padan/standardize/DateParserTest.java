package id.padan.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12-03-1985            | 1985-03-12",
            "12/03/1985            | 1985-03-12",
            "2/3/1985              | 1985-03-02",
            "2-3-1985              | 1985-03-02",
            "12.03.1985            | 1985-03-12",
            "1985-03-12            | 1985-03-12",
            "1985/03/12            | 1985-03-12",
            "19850312              | 1985-03-12",
            "12031985              | 1985-03-12",
            "20011990              | 1990-01-20",
            "12-03-85              | 1985-03-12",
            "12/03/05              | 2005-03-12",
            "120385                | 1985-03-12",
            "32874                 | 1990-01-01",
            "32874.0               | 1990-01-01",
            "1                     | 1900-01-01",
            "59                    | 1900-02-28",
            "61                    | 1900-03-01",
            "45658                 | 2025-01-01",
            "12 Maret 1985         | 1985-03-12",
            "12-MAR-1985           | 1985-03-12",
            "12 Agustus 1990       | 1990-08-12",
            "12 AGT 1990           | 1990-08-12",
            "12-Ags-1990           | 1990-08-12",
            "1 MEI 2000            | 2000-05-01",
            "01-OKT-1975           | 1975-10-01",
            "25 DES 1960           | 1960-12-25",
            "3 Juni 2001           | 2001-06-03",
            "17 Juli 1945          | 1945-07-17",
            "7 Pebruari 1980       | 1980-02-07",
            "9 Nopember 1999       | 1999-11-09",
            "12-Aug-1990           | 1990-08-12",
            "12 May 85             | 1985-05-12",
            "March 12 1985         | 1985-03-12",
            "1985-03-12 00:00:00   | 1985-03-12",
            "1985-03-12T00:00:00Z  | 1985-03-12",
            "12/03/1985 0:00       | 1985-03-12",
            "Selasa, 12 Maret 1985 | 1985-03-12",
            "29-02-2000            | 2000-02-29",
            "' 12-03-1985 '        | 1985-03-12",
    })
    void readsTheFormatsOfIndonesianFiles(String raw, LocalDate expected) {
        ParsedDate parsed = DateParser.parse(raw, REFERENCE);

        assertThat(parsed.date()).isEqualTo(expected);
        assertThat(parsed.problem()).isNull();
        assertThat(parsed.isPresent()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "31/02/1985    | tanggal tidak ada (31-02-1985)",
            "29-02-2001    | tanggal tidak ada (29-02-2001)",
            "12/31/1985    | hari-bulan-tahun",
            "00-03-1985    | tanggal tidak ada",
            "12-03-0985    | tahun 0985 tidak masuk akal",
            "1985          | hanya tahun (1985)",
            "MARET 1985    | tanggal tidak lengkap",
            "12 Maretan 1985 | nama bulan 'MARETAN' tidak dikenal",
            "60            | 29-02-1900",
            "123456789     | format tanggal tidak dikenal",
            "90000         | di luar rentang",
            "belum tahu    | format tanggal tidak dikenal ('belum tahu')",
            "12?03?1985    | format tanggal tidak dikenal",
    })
    void reportsWhatItCannotRead(String raw, String problem) {
        ParsedDate parsed = DateParser.parse(raw, REFERENCE);

        assertThat(parsed.date()).isNull();
        assertThat(parsed.problem()).contains(problem);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "-", "0", "00-00-0000", "0000-00-00 00:00:00"})
    void blankIsNeitherADateNorAProblem(String raw) {
        ParsedDate parsed = DateParser.parse(raw, REFERENCE);

        assertThat(parsed.date()).isNull();
        assertThat(parsed.problem()).isNull();
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
            "12-03-26, 2026-06-30, 2026-03-12",
            "12-09-26, 2026-06-30, 1926-09-12",
            "12-03-00, 2026-06-30, 2000-03-12",
    })
    void twoDigitYearsPivotOnTheReferenceDate(String raw, LocalDate reference, LocalDate expected) {
        assertThat(DateParser.parse(raw, reference).date()).isEqualTo(expected);
    }
}
