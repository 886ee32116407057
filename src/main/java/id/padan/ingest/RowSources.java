package id.padan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Opens the right {@link RowSource} for a file: CSV or XLSX, by the job file's {@code format}, else by the file. */
public final class RowSources {
    private RowSources() {
    }

    /**
     * Opens the file and reads its header.
     *
     * <p>With {@code format: auto}, a name ending in {@code .xlsx}/{@code .xlsm} is read as a workbook and one ending
     * in {@code .csv}/{@code .txt}/{@code .tsv} as text (a workbook renamed {@code .csv} is then refused with advice,
     * since someone renamed it by mistake or on purpose and should know). Other names go by content: a ZIP is a
     * workbook, anything else text.
     *
     * @throws InputFileException if the file is missing, of the wrong kind, or its header cannot be read
     */
    public static RowSource open(Path file, FormatOptions options) {
        checkReadable(file);
        return switch (chooseFormat(file, options)) {
            case FormatOptions.XLSX -> new XlsxRowSource(file, options);
            default -> new CsvRowSource(file, FormatSniffer.sniff(file, options), options);
        };
    }

    /** {@code csv} or {@code xlsx}: how {@link #open} will read the file. */
    public static String chooseFormat(Path file, FormatOptions options) {
        if (!options.format().equals(FormatOptions.AUTO)) {
            return options.format();
        }
        String extension = extension(file);
        switch (extension) {
            case "xlsx", "xlsm":
                return FormatOptions.XLSX;
            case "csv", "txt", "tsv":
                return FormatOptions.CSV;
            default:
                break;
        }
        Optional<FileSignature> signature;
        try {
            signature = FileSignature.of(file);
        } catch (IOException e) {
            throw InputFileException.forFile(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (signature.isPresent() && signature.get() == FileSignature.ZIP) {
            return FormatOptions.XLSX;
        }
        if (extension.equals("xls") || signature.isPresent() && signature.get() == FileSignature.OLE2) {
            // Let the workbook reader say what it is; it can tell an old .xls from an encrypted .xlsx.
            return FormatOptions.XLSX;
        }
        return FormatOptions.CSV;
    }

    private static void checkReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw InputFileException.forFile(file, "is a directory, not a file: name a file in the job file");
        }
        if (!Files.exists(file)) {
            throw InputFileException.forFile(file, "does not exist (looked for " + file.toAbsolutePath()
                    + "): check the path in the job file");
        }
        if (!Files.isReadable(file)) {
            throw InputFileException.forFile(file, "cannot be read: permission denied for the user running padan");
        }
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
