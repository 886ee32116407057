package id.padan.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * Stops reading when a physical line, or a record, grows past a byte limit, before a parser has buffered it whole.
 * A CSV parser keeps a field in memory until its end, so a 200 MB file without line breaks, or an unclosed quote
 * near the top of a large file, would otherwise fill the heap before any error could be reported.
 *
 * <p>Bytes are counted from the decoded characters with the charset's encoded widths, which is exact for UTF-8,
 * UTF-16 and single-byte charsets, and lets the line number be exact too (read-ahead happens above this reader).
 */
final class LineLengthGuard extends FilterReader {
    /** Thrown through the parser; the reader turns it into an {@link InputFileException} with its own line info. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean wholeRecord;
        private final long line;

        LimitExceeded(boolean wholeRecord, long line) {
            super((wholeRecord ? "record" : "line") + " too long at line " + line);
            this.wholeRecord = wholeRecord;
            this.line = line;
        }

        /** True if no single line was too long, but a record spanning lines was (an unclosed quote). */
        boolean wholeRecord() {
            return wholeRecord;
        }

        /** The physical line being read when the limit was passed. */
        long line() {
            return line;
        }
    }

    private enum Width { UTF8, TWO, FOUR, ONE }

    /**
     * The parser above reads ahead a buffer at a time (8K chars, at most 3 bytes each in UTF-8), so the bytes counted
     * since {@link #recordDone()} can exceed the record itself by that much; the record limit allows for it.
     */
    static final long READ_AHEAD_SLACK = 64 * 1024;

    private final long maxBytes;
    private final Width width;
    private long line = 1;
    private long lineBytes;
    private long recordBytes;
    private boolean afterCr;

    LineLengthGuard(Reader in, long maxBytes, Charset charset) {
        super(in);
        this.maxBytes = maxBytes;
        String name = charset.name();
        if (name.equals("UTF-8")) {
            width = Width.UTF8;
        } else if (name.startsWith("UTF-16")) {
            width = Width.TWO;
        } else if (name.startsWith("UTF-32")) {
            width = Width.FOUR;
        } else {
            width = Width.ONE;
        }
    }

    /** Called by the reader after each complete record. */
    void recordDone() {
        recordBytes = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws LimitExceeded {
        if (c == '\n' || c == '\r') {
            if (!(c == '\n' && afterCr)) {
                line++;
            }
            afterCr = c == '\r';
            lineBytes = 0;
            recordBytes++;
        } else {
            afterCr = false;
            int bytes = bytesOf(c);
            lineBytes += bytes;
            recordBytes += bytes;
            if (lineBytes > maxBytes) {
                throw new LimitExceeded(false, line);
            }
        }
        if (recordBytes > maxBytes + READ_AHEAD_SLACK) {
            throw new LimitExceeded(true, line);
        }
    }

    private int bytesOf(char c) {
        return switch (width) {
            case ONE -> 1;
            case TWO -> 2;
            case FOUR -> Character.isSurrogate(c) ? 2 : 4;
            case UTF8 -> c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        };
    }

    /** A byte count as people write it: "1 MiB", "64 KiB", "300 bytes". */
    static String describeSize(long bytes) {
        if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
