package id.padan.cli;

import id.padan.ingest.Adaptations;
import id.padan.ingest.FileInspection;
import id.padan.ingest.FormatOptions;
import id.padan.ingest.HeaderMapping;
import id.padan.ingest.InputFileException;
import id.padan.ingest.Layout;
import id.padan.ingest.LayoutCatalog;
import id.padan.job.SourceKind;
import id.padan.report.NikMask;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Shows what padan makes of a file before any run: its kind and layout profile, delimiter,",
                "encoding or sheet, header row, the field each column maps to (and the columns left unused), and",
                "the first rows with NIK and No. KK (any 16-digit value) masked. When no profile fits, names the closest one and the",
                "columns it misses."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:a built-in layout reads the file", "2:the file cannot be read, or no layout fits it"})
final class InspectCommand implements Callable<Integer> {
    /** Fields masked in the sample rows: personal numbers. */
    private static final Set<String> MASKED = Set.of("nik", "no_kk");

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to inspect (CSV/TXT or XLSX).")
    Path file;

    @Option(names = "--kind", description = "The source kind the file is for (default: try every kind).")
    String kind;

    @Option(names = "--profile", description = "Read the file with this built-in profile instead of detecting it.")
    String profile;

    @Option(names = "--sheet", description = "XLSX: the sheet, by name or 1-based position.")
    String sheet;

    @Option(names = "--header-row", description = "The 1-based row of the header.")
    Integer headerRow;

    @Option(names = "--end-marker", description = "XLSX: data ends at the row whose first cell is this (e.g. ###).")
    String endMarker;

    @Option(names = "--delimiter", description = "Text files: | ; , or tab (default: detected).")
    String delimiter;

    @Option(names = "--charset", description = "Text files: UTF-8 or windows-1252 (default: detected).")
    String charset;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceKind sourceKind = null;
        FormatOptions options;
        try {
            if (kind != null) {
                sourceKind = SourceKind.fromId(kind).orElseThrow(() -> new IllegalArgumentException("--kind '" + kind
                        + "' is not a source kind; use dtks, recipients, complaints, deaths, civil_servants or"
                        + " population"));
            }
            if (profile != null && LayoutCatalog.builtIn().profile(profile).isEmpty()) {
                throw new IllegalArgumentException("--profile '" + profile + "' is not a built-in profile; they are "
                        + LayoutCatalog.builtIn().all().stream().map(Layout::profile)
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
            options = new FormatOptions(null, FormatOptions.parseCharset(charset),
                    FormatOptions.parseDelimiter(delimiter), sheet, headerRow, endMarker, null);
        } catch (IllegalArgumentException e) {
            err.println("padan inspect: " + e.getMessage());
            return ExitCodes.BAD_USAGE;
        }
        FileInspection inspection;
        try {
            inspection = FileInspection.of(file, options, sourceKind, profile);
        } catch (InputFileException e) {
            err.println("padan inspect: " + e.getMessage());
            return ExitCodes.BAD_USAGE;
        }
        out.println("file:       " + file.getFileName());
        out.println("format:     " + inspection.format());
        out.println("header row: " + inspection.headerLine());
        if (inspection.mapping().isEmpty()) {
            printUnfit(out, err, inspection);
            return ExitCodes.BAD_USAGE;
        }
        HeaderMapping mapping = inspection.mapping().get();
        Layout layout = mapping.layout();
        out.println("kind:       " + layout.kind().id() + (layout.wholeFile() ? ""
                : " (the families half of a DTSEN source: name it under families: of the members source)"));
        out.println("profile:    " + layout.profile() + " - " + Adaptations.profileLine(mapping)
                + (layout.fitsExactly(inspection.header()) ? " (the header fits it exactly)" : ""));
        if (layout.origin() != null) {
            out.println("            " + layout.origin());
        }
        out.println("columns:");
        List<String> header = inspection.header();
        for (int column = 0; column < header.size(); column++) {
            String field = fieldAt(mapping, column);
            out.println(String.format(Locale.ROOT, "  %3d  %-28s %s", column + 1, header.get(column),
                    field == null ? "(not used)" : "-> " + field));
        }
        List<String> absent = mapping.absentFields();
        out.println("fields the file does not have: " + (absent.isEmpty() ? "none" : String.join(", ", absent)));
        for (String note : Adaptations.of(mapping, false)) {
            out.println("  " + note);
        }
        for (String error : mapping.errors()) {
            out.println("problem: " + error);
        }
        printSamples(out, mapping, inspection.samples());
        return ExitCodes.OK;
    }

    private static void printUnfit(PrintWriter out, PrintWriter err, FileInspection inspection) {
        out.println("columns:    " + String.join(" | ", inspection.header()));
        if (inspection.closest().isPresent()) {
            Layout closest = inspection.closest().get();
            List<String> missing = closest.missingFrom(inspection.header());
            err.println("padan inspect: no built-in layout reads this header. The closest is " + closest.title()
                    + " (profile " + closest.profile() + "), which also has: " + String.join(", ", missing)
                    + ". Check the header row (--header-row), or map the columns in the job file (columns:)");
        } else {
            err.println("padan inspect: no built-in layout reads this header, and none resembles it. Check the"
                    + " header row (--header-row) and the sheet (--sheet), or map the columns in the job file"
                    + " (columns:)");
        }
    }

    private static String fieldAt(HeaderMapping mapping, int column) {
        for (var entry : mapping.columns().entrySet()) {
            if (entry.getValue() == column) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static void printSamples(PrintWriter out, HeaderMapping mapping, List<String[]> samples) {
        out.println("first " + samples.size() + " rows (NIK and No. KK masked):");
        List<Integer> masked = new ArrayList<>();
        for (String field : MASKED) {
            int column = mapping.columnOf(field);
            if (column >= 0) {
                masked.add(column);
            }
        }
        for (String[] row : samples) {
            String[] shown = row.clone();
            for (int column = 0; column < shown.length; column++) {
                // an unmapped column may hold a NIK or KK too (OpenSID's Peserta): any 16-digit value is masked
                if (masked.contains(column) || shown[column].strip().matches("\\d{16}")) {
                    shown[column] = NikMask.mask(shown[column]);
                }
            }
            out.println("  " + String.join(" | ", shown));
        }
    }
}
