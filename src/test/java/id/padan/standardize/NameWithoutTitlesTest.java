package id.padan.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names as the SIKS-NG proposal template wants them: no titles or punctuation, the person's own spelling kept. */
class NameWithoutTitlesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "H. MUHAMMAD RIDWAN|MUHAMMAD RIDWAN",
            "Dra. RUSMINAH, S.Pd|RUSMINAH",
            "HJ. MASNAH|MASNAH",
            "MOCH. TJAHJONO BIN SLAMET|MOCH TJAHJONO BIN SLAMET",
            "siti aminah|SITI AMINAH"})
    void titlesAndPunctuationGoSpellingStays(String raw, String written) {
        assertThat(IndonesianName.withoutTitles(raw)).isEqualTo(written);
    }
}
