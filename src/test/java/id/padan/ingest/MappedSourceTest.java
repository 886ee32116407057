package id.padan.ingest;

import static id.padan.ingest.Fixtures.resource;
import static id.padan.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.padan.job.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedSourceTest {
    @TempDir(factory = TargetTempDir.class)
    Path dir;

    @Test
    void givesCanonicalValuesInRawTableOrder() {
        try (MappedSource in = MappedSource.open(resource("pkh-windows-1252-semicolon-crlf.csv"),
                FormatOptions.defaults(), SourceKind.RECIPIENTS, Map.of())) {
            assertThat(in.mapping().layout().profile()).isEqualTo("recipients-default");
            List<String[]> values = new ArrayList<>();
            for (SourceRow row : in) {
                assertThat(row.ok()).isTrue();
                values.add(in.canonicalValues(row));
            }
            List<String> fields = SourceKind.RECIPIENTS.fields();
            String[] first = values.get(0);
            assertThat(first).hasSize(fields.size());
            assertThat(first[fields.indexOf("nama")]).isEqualTo("ANDRÉ WIJAYA");
            assertThat(first[fields.indexOf("desa")]).isEqualTo("SELAT DALAM");
            assertThat(first[fields.indexOf("nisn")]).as("not in the file").isNull();
        }
    }

    @Test
    void aDamagedNikIsLoadedInScientificFormForStandardize() throws IOException {
        Path file;
        try (Fixtures.WorkbookBuilder book = new Fixtures.WorkbookBuilder()) {
            file = book.sheet("Data").row(1, "NIK", "NAMA_LGKP", "TGL_KEMATIAN")
                    .row(2, 6203015203850000d, "SITI", "01-02-2024")
                    .row(3, "6203011506100003", "AHMAD", "02-02-2024")
                    .save(dir.resolve("kematian.xlsx"));
        }
        try (MappedSource in = MappedSource.open(file, FormatOptions.defaults(), SourceKind.DEATHS, Map.of())) {
            List<SourceRow> rows = new ArrayList<>();
            in.forEach(rows::add);
            // a damaged NIK stays on the list, in the scientific form standardize reports as EXCEL_TRUNCATED
            assertThat(rows.get(0).ok()).isTrue();
            assertThat(in.canonicalValues(rows.get(0))[SourceKind.DEATHS.fields().indexOf("nik")])
                    .isEqualTo("6.20301520385E+15");
            assertThat(rows.get(1).ok()).isTrue();
        }
    }

    @Test
    void anUnmappableHeaderFailsWhenOpening() {
        Path file = write(dir, "pns.csv", "NO;NAMA;JABATAN\n1;A;STAF\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> MappedSource.open(file, FormatOptions.defaults(), SourceKind.CIVIL_SERVANTS, Map.of()))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("pns.csv: no column for nik, which civil_servants files require");
        try (MappedSource in = MappedSource.open(file, FormatOptions.defaults(),
                LayoutCatalog.builtIn().defaultFor(SourceKind.CIVIL_SERVANTS), Map.of("nik", "NO"))) {
            assertThat(in.mapping().headerOf("nik")).contains("NO");
            assertThat(in.source().describeFormat()).startsWith("CSV, delimiter ';'");
        }
    }
}
