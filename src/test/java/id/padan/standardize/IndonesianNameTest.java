package id.padan.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/standardize/names.csv", numLinesToSkip = 1)
    void standardizesRealLookingNames(String input, String expectedStd, String expectedTokenKey) {
        StandardName name = IndonesianName.standardize(input);

        assertThat(name.std()).isEqualTo(expectedStd);
        assertThat(name.tokenKey()).isEqualTo(expectedTokenKey);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "H. MUHAMMAD RIZKI, S.PD | M. RIZKY",
            "SOEKARNO | SUKARNO",
            "SITI AMINAH BINTI ABDULLAH | SITI AMINAH",
            "DJOKO TJAHJONO | JOKO CAHYONO",
            "NURHAYATI SITI | SITI NURHAYATI",
            "HJ.SUKAINI | SUKAINI",
            "BU SITI AMINAH | HJ. SITI AMINAH, S.E.",
            "ANNISA FITRI | AN-NISA FITRI",
    })
    void spellingsOfOnePersonShareTheTokenKey(String one, String other) {
        assertThat(IndonesianName.standardize(one).tokenKey())
                .isNotNull()
                .isEqualTo(IndonesianName.standardize(other).tokenKey());
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
            "RIZKI | RISKI",
            "SITI AMINAH | SITI AMINAH ZAHRA",
            "JOKO | YOKO",
            "KOTA BOGOR | BOGOR",
    })
    void differentNamesStayDifferent(String one, String other) {
        assertThat(IndonesianName.standardize(one).tokenKey())
                .isNotEqualTo(IndonesianName.standardize(other).tokenKey());
    }

    @Test
    void nullAndBlankGiveAnEmptyName() {
        assertThat(IndonesianName.standardize(null).isEmpty()).isTrue();
        assertThat(IndonesianName.standardize("   ").isEmpty()).isTrue();
        assertThat(IndonesianName.standardize("SITI").isEmpty()).isFalse();
    }
}
