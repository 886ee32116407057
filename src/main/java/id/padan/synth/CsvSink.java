package id.padan.synth;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A streaming delimited-text writer with the knobs real files differ in: delimiter, charset, line end, quoting of
 * every field, byte-order mark. Counts the data rows it writes (header excluded), so that the caller knows the
 * 1-based {@code source_row} of each row.
 */
final class CsvSink implements Closeable {
    private final String name;
    private final char delimiter;
    private final String eol;
    private final boolean quoteAll;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(512);
    private long rows;

    CsvSink(Path file, String name, char delimiter, Charset charset, String eol, boolean quoteAll, boolean bom,
            List<String> header) throws IOException {
        this.name = name;
        this.delimiter = delimiter;
        this.eol = eol;
        this.quoteAll = quoteAll;
        Files.createDirectories(file.toAbsolutePath().getParent());
        OutputStream os = Files.newOutputStream(file);
        this.out = new BufferedWriter(new OutputStreamWriter(os, charset.newEncoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)), 1 << 16);
        if (bom) {
            out.write('\uFEFF');
        }
        write(header.toArray(new String[0]));
    }

    /** A plain UTF-8, comma, LF file, quoting only where needed. */
    static CsvSink plain(Path dir, String name, List<String> header) throws IOException {
        return new CsvSink(dir.resolve(name), name, ',', java.nio.charset.StandardCharsets.UTF_8, "\n", false, false,
                header);
    }

    String name() {
        return name;
    }

    /** Rows written so far; after {@link #row} this is the 1-based number of the row just written. */
    long rows() {
        return rows;
    }

    /** Writes one data row; returns its 1-based row number. Null fields are written empty. */
    long row(String... fields) throws IOException {
        write(fields);
        return ++rows;
    }

    private void write(String[] fields) throws IOException {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(delimiter);
            }
            String f = fields[i] == null ? "" : fields[i];
            if (quoteAll || needsQuote(f)) {
                line.append('"');
                for (int k = 0; k < f.length(); k++) {
                    char ch = f.charAt(k);
                    if (ch == '"') {
                        line.append('"');
                    }
                    line.append(ch);
                }
                line.append('"');
            } else {
                line.append(f);
            }
        }
        line.append(eol);
        out.append(line);
    }

    private boolean needsQuote(String f) {
        for (int k = 0; k < f.length(); k++) {
            char ch = f.charAt(k);
            if (ch == delimiter || ch == '"' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
