package id.padan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds out how a delimited text file is written (charset, delimiter, line ends) from its first bytes, and refuses
 * files that are not delimited text at all before a parser gets to misread them.
 *
 * <p>Charset, in order: the job file's choice; a byte-order mark (UTF-8, UTF-16LE/BE, the last being what Excel's
 * "Unicode text" writes); UTF-8 if the sample decodes as UTF-8; otherwise Windows-1252, which is what Excel writes
 * "CSV" as in the Indonesian locale. A wrong guess cannot go unnoticed: the reader decodes strictly and reports the
 * line of the first byte that does not fit.
 */
public final class FormatSniffer {
    /** Enough for the header and dozens of records of the widest real exports, small enough to read per file. */
    static final int SAMPLE_BYTES = 256 * 1024;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Set<String> TEXT_EXTENSIONS = Set.of(".csv", ".txt", ".tsv", ".psv");

    private FormatSniffer() {
    }

    public static TextFormat sniff(Path file, FormatOptions options) {
        try {
            return sniffReadable(file, options);
        } catch (IOException e) {
            throw InputFileException.forFile(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static TextFormat sniffReadable(Path file, FormatOptions options) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw InputFileException.forFile(file, "the file is empty (0 bytes): export it again");
        }
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes((int) Math.min(size, SAMPLE_BYTES));
        }
        boolean wholeFile = sample.length == size;
        refuseNonText(file, sample);

        Bom bom = Bom.of(sample);
        Charset charset;
        String label;
        int bomLength = 0;
        if (options.charset() != null) {
            charset = options.charset();
            label = charset.displayName(Locale.ROOT) + " (set in the job file)";
            if (bom != null && bom.charset.equals(charset)) {
                bomLength = bom.length;
            }
        } else if (bom != null) {
            charset = bom.charset;
            label = bom.label;
            bomLength = bom.length;
        } else {
            refuseBinary(file, sample);
            if (isUtf8(sample, wholeFile)) {
                charset = StandardCharsets.UTF_8;
                label = "UTF-8";
            } else {
                charset = WINDOWS_1252;
                label = "Windows-1252 (not valid UTF-8)";
            }
        }
        if (options.charset() != null && !isWide(charset)) {
            refuseBinary(file, sample);
        }

        String text = new String(sample, bomLength, sample.length - bomLength, charset);
        if (wholeFile && text.chars().allMatch(c -> FieldText.isBlank((char) c))) {
            throw InputFileException.forFile(file, "the file has no header and no data, only "
                    + (text.isEmpty() ? "a byte-order mark" : "blank lines") + ": export it again");
        }
        char delimiter = options.delimiter() != null
                ? options.delimiter()
                : DelimiterDetector.detect(file, text, wholeFile, options.headerRow());
        return new TextFormat(charset, bomLength, label, delimiter, lineEnding(text));
    }

    private static void refuseNonText(Path file, byte[] sample) {
        Optional<FileSignature> signature = FileSignature.of(sample, sample.length);
        if (signature.isPresent()) {
            throw InputFileException.forFile(file, "this is " + signature.get().description() + ", not a CSV file"
                    + renamedHint(file) + ": " + signature.get().adviceForText());
        }
    }

    /** Only a text extension on a non-text file says "renamed"; a .xlsx read as CSV is the job file's mistake. */
    private static String renamedHint(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return TEXT_EXTENSIONS.contains(extension) ? " (renamed to " + name.substring(dot) + ")" : "";
    }

    /** NUL never occurs in text of a single-byte or UTF-8 charset; in UTF-16 it is every other byte of ASCII. */
    private static void refuseBinary(Path file, byte[] sample) {
        int nulsEven = 0;
        int nulsOdd = 0;
        int first = -1;
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == 0) {
                if (first < 0) {
                    first = i;
                }
                if (i % 2 == 0) {
                    nulsEven++;
                } else {
                    nulsOdd++;
                }
            }
        }
        if (first < 0) {
            return;
        }
        int half = sample.length / 2;
        if (half > 0 && Math.max(nulsEven, nulsOdd) * 10 >= half * 8 && Math.min(nulsEven, nulsOdd) * 10 < half) {
            String guess = nulsOdd > nulsEven ? "UTF-16LE" : "UTF-16BE";
            throw InputFileException.forFile(file, "this looks like " + guess + " text without a byte-order mark:"
                    + " set charset: " + guess + " in the job file");
        }
        throw InputFileException.forFile(file, "this is a binary file, not delimited text (a NUL byte at byte "
                + (first + 1) + "): check that the right file was given, or export the data as CSV");
    }

    private static boolean isUtf8(byte[] sample, boolean wholeFile) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(sample.length);
        // Not at end of input when the sample was cut: a character cut in half is then not an error.
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample), out, wholeFile);
        return !result.isError();
    }

    private static boolean isWide(Charset charset) {
        return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    }

    private static String lineEnding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "LF";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "CRLF" : "CR";
            }
        }
        return "none";
    }

    private record Bom(Charset charset, int length, String label) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3, "UTF-8 with BOM");
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2, "UTF-16LE with BOM");
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2, "UTF-16BE with BOM");
            }
            return null;
        }
    }
}
