package id.padan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatOptionsTest {
    @Test
    void defaultsDetectEverythingAndAllowOneMebibyteLines() {
        FormatOptions options = FormatOptions.defaults();
        assertThat(options.format()).isEqualTo("auto");
        assertThat(options.charset()).isNull();
        assertThat(options.delimiter()).isNull();
        assertThat(options.maxLineLength()).isEqualTo(1024 * 1024);
    }

    @Test
    void normalizesFormatAndBlankTexts() {
        FormatOptions options = new FormatOptions(" XLSX ", null, null, "  ", null, "", null);
        assertThat(options.format()).isEqualTo("xlsx");
        assertThat(options.sheet()).isNull();
        assertThat(options.endMarker()).isNull();
    }

    @Test
    void withersChangeOneComponent() {
        FormatOptions options = FormatOptions.defaults().withDelimiter(';').withHeaderRow(3).withSheet("Peserta")
                .withEndMarker("###").withCharset(StandardCharsets.UTF_8).withMaxLineLength(100L).withFormat("csv");
        assertThat(options).isEqualTo(new FormatOptions("csv", StandardCharsets.UTF_8, ';', "Peserta", 3, "###", 100L));
    }

    @Test
    void rejectsValuesThatCannotWork() {
        assertThatThrownBy(() -> FormatOptions.defaults().withFormat("xls"))
                .hasMessage("format 'xls' is not known: use csv, xlsx or auto");
        assertThatThrownBy(() -> FormatOptions.defaults().withHeaderRow(0)).hasMessageContaining("rows count from 1");
        assertThatThrownBy(() -> FormatOptions.defaults().withDelimiter('"')).hasMessageContaining("cannot separate");
        assertThatThrownBy(() -> FormatOptions.defaults().withMaxLineLength(0L)).hasMessageContaining("positive");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {"tab!'\t'", "\\t!'\t'", "pipe!|", "|!|", "Semicolon!;", ",!,", "comma!,"})
    void parsesDelimitersAsWrittenInJobFiles(String text, char expected) {
        assertThat(FormatOptions.parseDelimiter(text)).isEqualTo(expected);
    }

    @Test
    void parsesCharsetsIncludingExcelsAnsi() {
        assertThat(FormatOptions.parseCharset("ANSI").name()).isEqualTo("windows-1252");
        assertThat(FormatOptions.parseCharset("cp1252").name()).isEqualTo("windows-1252");
        assertThat(FormatOptions.parseCharset("utf8")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(FormatOptions.parseCharset(" ")).isNull();
        assertThatThrownBy(() -> FormatOptions.parseCharset("klingon")).hasMessageContaining("use UTF-8");
        assertThatThrownBy(() -> FormatOptions.parseDelimiter("||")).hasMessageContaining("not one character");
    }
}
