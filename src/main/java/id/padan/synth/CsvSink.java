package id.padan.synth;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A streaming delimited-text writer with the knobs real files differ in: delimiter, charset, line end, quoting of
 * every field, byte-order mark. Counts the data rows it writes (header excluded), so that the caller knows the
 * 1-based {@code source_row} of each row. ASCII is copied straight into its byte buffer; other characters go
 * through the charset's encoder, which refuses characters the charset cannot hold.
 */
final class CsvSink implements Closeable {
    private final String name;
    private final char delimiter;
    private final String eol;
    private final boolean quoteAll;
    private final OutputStream out;
    private final CharsetEncoder encoder;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private long rows;

    CsvSink(Path file, String name, char delimiter, Charset charset, String eol, boolean quoteAll, boolean bom,
            List<String> header) throws IOException {
        this.name = name;
        this.delimiter = delimiter;
        this.eol = eol;
        this.quoteAll = quoteAll;
        this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = Files.newOutputStream(file);
        if (bom) {
            append("\uFEFF");
        }
        write(header.toArray(new String[0]));
    }

    /** A plain UTF-8, comma, LF file, quoting only where needed. */
    static CsvSink plain(Path dir, String name, List<String> header) throws IOException {
        return new CsvSink(dir.resolve(name), name, ',', StandardCharsets.UTF_8, "\n", false, false, header);
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
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                put((byte) delimiter);
            }
            String f = fields[i] == null ? "" : fields[i];
            if (quoteAll || needsQuote(f)) {
                put((byte) '"');
                append(f.indexOf('"') < 0 ? f : f.replace("\"", "\"\""));
                put((byte) '"');
            } else {
                append(f);
            }
        }
        append(eol);
    }

    private boolean needsQuote(String f) {
        return f.indexOf(delimiter) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
    }

    private void put(byte b) throws IOException {
        if (pos == buf.length) {
            flushBuffer();
        }
        buf[pos++] = b;
    }

    private void append(String s) throws IOException {
        int n = s.length();
        if (n > buf.length - pos) {
            flushBuffer();
            if (n > buf.length) {
                encodeSlow(s, 0, n);
                return;
            }
        }
        byte[] b = buf;
        int p = pos;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80) {
                pos = p;
                encodeSlow(s, i, n);
                return;
            }
            b[p++] = (byte) ch;
        }
        pos = p;
    }

    private void encodeSlow(String s, int from, int to) throws IOException {
        ByteBuffer bytes;
        try {
            bytes = encoder.reset().encode(CharBuffer.wrap(s, from, to));
        } catch (CharacterCodingException e) {
            throw new IOException(name + ": cannot write '" + s.substring(from, to) + "' in "
                    + encoder.charset().name(), e);
        }
        while (bytes.hasRemaining()) {
            put(bytes.get());
        }
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
