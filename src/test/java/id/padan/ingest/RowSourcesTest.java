package id.padan.ingest;

import static id.padan.ingest.Fixtures.resource;
import static id.padan.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowSourcesTest {
    @TempDir(factory = TargetTempDir.class)
    Path dir;

    @ParameterizedTest
    @CsvSource({"data.xlsx,auto,xlsx", "DATA.XLSM,auto,xlsx", "data.csv,auto,csv", "data.TXT,auto,csv",
        "data.tsv,auto,csv", "data.csv,xlsx,xlsx", "data.xlsx,csv,csv", "data.dat,auto,csv"})
    void choosesTheFormatByJobFileThenExtension(String name, String format, String expected) {
        Path file = write(dir, name, "NIK\n1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(RowSources.chooseFormat(file, FormatOptions.defaults().withFormat(format))).isEqualTo(expected);
    }

    @Test
    void anUnknownExtensionGoesByContent() {
        Path zip = write(dir, "export", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(RowSources.chooseFormat(zip, FormatOptions.defaults())).isEqualTo("xlsx");
    }

    @Test
    void anXlsExtensionIsExplainedByTheWorkbookReader() {
        Path file = write(dir, "lama.xls", "NIK\n1\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RowSources.open(file, FormatOptions.defaults()))
                .hasMessageStartingWith("lama.xls: not an XLSX workbook (no ZIP signature)");
    }

    @Test
    void missingFilesAndDirectoriesAreUserErrors() {
        Path missing = dir.resolve("tidak-ada.csv");
        assertThatThrownBy(() -> RowSources.open(missing, FormatOptions.defaults()))
                .isInstanceOf(InputFileException.class)
                .hasMessage("tidak-ada.csv: does not exist (looked for " + missing.toAbsolutePath() + "): check the path"
                        + " in the job file");
        assertThatThrownBy(() -> RowSources.open(dir, FormatOptions.defaults()))
                .hasMessageEndingWith(": is a directory, not a file: name a file in the job file");
    }

    @Test
    void opensCsvByDefault() {
        try (RowSource source = RowSources.open(resource("deaths-tab.txt"), FormatOptions.defaults())) {
            assertThat(source.header()).containsExactly("NIK", "NAMA_LGKP", "TGL_LHR", "TGL_KEMATIAN");
            assertThat(source.describeFormat()).isEqualTo("CSV, delimiter tab, UTF-8, LF line ends");
            assertThat(source.lineLabel(7)).isEqualTo("line 7");
        }
    }
}
