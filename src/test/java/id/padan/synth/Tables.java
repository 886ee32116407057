package id.padan.synth;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A delimited file read into memory for tests: its header as written and its data rows by column name. */
final class Tables {
    final List<String> header;
    final List<Map<String, String>> rows;

    private Tables(List<String> header, List<Map<String, String>> rows) {
        this.header = header;
        this.rows = rows;
    }

    static Tables read(Path file, Charset charset, char delimiter) throws IOException {
        String text = Files.readString(file, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat f = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), f)) {
            for (CSVRecord r : p) {
                if (header == null) {
                    header = r.toList();
                    continue;
                }
                if (r.size() != header.size()) {
                    throw new IOException(file + " line " + r.getRecordNumber() + ": " + r.size() + " fields, header has "
                            + header.size());
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), r.get(i));
                }
                rows.add(m);
            }
        }
        return new Tables(header, rows);
    }

    /** The 1-based data row. */
    Map<String, String> row(long sourceRow) {
        return rows.get((int) sourceRow - 1);
    }

    int size() {
        return rows.size();
    }
}
