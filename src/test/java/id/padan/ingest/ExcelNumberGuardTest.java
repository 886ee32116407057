package id.padan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import id.padan.job.SourceKind;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelNumberGuardTest {
    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {
        "3271046504870000!true!3271046504870000 was stored by Excel as a number and lost its last digit (Excel keeps"
                + " 15 significant digits); re-export the column as text",
        "198503122010011000!true!198503122010011000 was stored by Excel as a number and lost its last 3 digits (Excel"
                + " keeps 15 significant digits); re-export the column as text",
        "3.27105E+15!false!3.27105E+15 is a number in Excel's scientific notation, so its last digits are lost;"
                + " format the column as text in Excel and export again",
        "'3,27E+15'!false!'3,27E+15 is a number in Excel''s scientific notation, so its last digits are lost; format"
                + " the column as text in Excel and export again'"})
    void namesTheDamage(String value, boolean numeric, String expected) {
        assertThat(ExcelNumberGuard.damage(value, numeric)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "3271046504870001,true", // every digit written by a tool other than Excel: intact
        "3271046504870000,false", // a text cell: Excel never touched the digits
        "0098765432,true", "6203015203850002,false", "'',true", "ANDRÉ,false"})
    void passesIntactValues(String value, boolean numeric) {
        assertThat(ExcelNumberGuard.damage(value, numeric)).isNull();
    }

    @Test
    void aDamagedNikOrKkIsLoadedInScientificNotationForStandardizeToReport() {
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.RECIPIENTS).map(List.of("NAMA", "NIK", "NO KK"));
        ExcelNumberGuard guard = new ExcelNumberGuard(mapping, new FakeSource());
        BitSet numeric = new BitSet();
        numeric.set(1);
        SourceRow cut = new SourceRow(4, 9, new String[] {"SITI", "6203014501540000", "6,20301E+15"}, numeric, null);
        SourceRow checked = guard.check(cut);
        assertThat(checked.ok()).isTrue();
        assertThat(checked.value(1)).isEqualTo("6.20301450154E+15");
        assertThat(checked.value(2)).as("text in scientific notation is left as it is").isEqualTo("6,20301E+15");
    }

    @Test
    void checksOnlyIdColumnsAndKeepsAnEarlierProblem() {
        HeaderMapping mapping = HeaderMapper.forKind(SourceKind.CIVIL_SERVANTS).map(List.of("NAMA", "NIP", "JUMLAH"));
        RowSource source = new FakeSource();
        ExcelNumberGuard guard = new ExcelNumberGuard(mapping, source);
        BitSet numeric = new BitSet();
        numeric.set(1);
        numeric.set(2);
        SourceRow cut = new SourceRow(4, 9, new String[] {"SITI", "198503122010011000", "1000000000000000"}, numeric,
                null);
        assertThat(guard.check(cut).problem()).isEqualTo(new RowProblem(RowProblem.EXCEL_NUMBER, "NIP",
                "row 4 (line 9), column NIP: 198503122010011000 was stored by Excel as a number and lost its last"
                        + " 3 digits (Excel keeps 15 significant digits); re-export the column as text"));
        SourceRow money = new SourceRow(5, 10, new String[] {"SITI", "198503122010011001", "1000000000000000"}, numeric,
                null);
        assertThat(guard.check(money).ok()).as("JUMLAH is not an ID column").isTrue();
        RowProblem earlier = new RowProblem(RowProblem.FIELD_COUNT, null, "row 4 has 2 fields");
        assertThat(guard.check(cut.withProblem(earlier)).problem()).isSameAs(earlier);
    }

    private static final class FakeSource implements RowSource {
        @Override
        public Path file() {
            return Path.of("x.csv");
        }

        @Override
        public List<String> header() {
            return List.of();
        }

        @Override
        public long headerLine() {
            return 1;
        }

        @Override
        public String describeFormat() {
            return "test";
        }

        @Override
        public String lineLabel(long line) {
            return "line " + line;
        }

        @Override
        public Iterator<SourceRow> iterator() {
            return List.<SourceRow>of().iterator();
        }

        @Override
        public void close() {
        }
    }
}
