package id.padan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Magic numbers of the non-text files that turn up renamed as {@code .csv} or {@code .xlsx}. Checked before any
 * parsing so the user hears "this is a PDF" instead of a parser's complaint about line 1.
 */
enum FileSignature {
    ZIP("an Excel workbook (XLSX) or another ZIP archive", new int[] {'P', 'K', 3, 4}),
    OLE2("an Excel 97-2003 workbook (.xls) or a password-protected workbook",
            new int[] {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}),
    PDF("a PDF document", new int[] {'%', 'P', 'D', 'F'}),
    GZIP("a gzip-compressed file", new int[] {0x1F, 0x8B}),
    RAR("a RAR archive", new int[] {'R', 'a', 'r', '!'}),
    SEVEN_ZIP("a 7-Zip archive", new int[] {'7', 'z', 0xBC, 0xAF, 0x27, 0x1C});

    /** Enough bytes to tell every signature apart. */
    static final int LENGTH = 8;

    private final String description;
    private final int[] magic;

    FileSignature(String description, int[] magic) {
        this.description = description;
        this.magic = magic;
    }

    /** What the file is, for messages, e.g. "a PDF document". */
    String description() {
        return description;
    }

    /** What to do when a file of this kind was given where a text file was expected. */
    String adviceForText() {
        return switch (this) {
            case ZIP -> "set format: xlsx in the job file, or open it in Excel and save it as CSV";
            case OLE2 -> "open it in Excel and save it as CSV, or as .xlsx without a password";
            case PDF -> "ask for the CSV or XLSX export instead of the printout";
            case GZIP, RAR, SEVEN_ZIP -> "unpack it first and give the file inside";
        };
    }

    static Optional<FileSignature> of(byte[] head, int length) {
        for (FileSignature signature : values()) {
            if (signature.matches(head, length)) {
                return Optional.of(signature);
            }
        }
        return Optional.empty();
    }

    static Optional<FileSignature> of(Path file) throws IOException {
        byte[] head = new byte[LENGTH];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, LENGTH);
        }
        return of(head, length);
    }

    private boolean matches(byte[] head, int length) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
