package id.padan.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceKindTest {
    @ParameterizedTest
    @CsvSource({"dtks,DTKS", "civil_servants,CIVIL_SERVANTS", "civil-servants,CIVIL_SERVANTS", " Recipients ,RECIPIENTS"})
    void parsesJobFileNames(String text, SourceKind expected) {
        assertThat(SourceKind.fromId(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"dtsk", "''", "person"})
    void rejectsUnknownNames(String text) {
        assertThat(SourceKind.fromId(text)).isEmpty();
    }
}
