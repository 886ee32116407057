package id.padan.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.cli.Padan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worklist keys of a job file are checked like every other key: with their path, line and fix. */
class WorklistJobKeysTest {
    @TempDir
    Path dir;

    @Test
    void aBlankTkskNameAndAnUnknownKeyAreReportedWithTheirFix() throws Exception {
        Files.writeString(dir.resolve("dtks.txt"), "ID DTKS|NOMOR NIK|NAMA\n1|6203014512800003|SITI AMINAH\n");
        Path job = dir.resolve("kapuas.yaml");
        Files.writeString(job, """
                name: kapuas
                regency: "62.03"
                sources:
                  - {id: dtks, kind: dtks, path: dtks.txt}
                worklists:
                  mask: true
                  tksk:
                    SELAT: ""
                """);
        StringWriter out = new StringWriter();

        int code = Padan.execute(new PrintWriter(out, true), new PrintWriter(out, true), "validate", job.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString())
                .contains("worklists.mask (line 6): unknown key 'mask'")
                .contains("the keys allowed here are: full_nik, tksk")
                .contains("worklists.tksk.SELAT")
                .contains("no TKSK name for kecamatan 'SELAT'")
                .contains("fix: write the name as it should be printed under the signature line");
    }
}
