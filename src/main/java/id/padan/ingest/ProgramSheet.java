package id.padan.ingest;

import id.padan.job.JobDefinition;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The program and period of a workbook that states them on a key/value sheet, as OpenSID's "program bantuan"
 * workbook does on its {@code Program} sheet: {@code Nama Program}, {@code Rentang Waktu (Awal)} and
 * {@code Rentang Waktu (Akhir)}. The period is the job's period whose reference date lies in that span.
 */
final class ProgramSheet {
    static final String NAME = "Nama Program";
    static final String START = "Rentang Waktu (Awal)";
    static final String END = "Rentang Waktu (Akhir)";

    private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Za-z0-9 -]{2,12})\\)\\s*$");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private ProgramSheet() {
    }

    /**
     * The source with program and period filled from the sheet where the job file leaves them out.
     *
     * @throws InputFileException naming the sheet and key, when a needed key is missing or no period fits
     */
    static JobDefinition.Source complete(Path file, JobDefinition.Source source, Map<String, JobDefinition.Period> periods) {
        Map<String, String> entries = XlsxKeyValueReader.read(file, source.programSheet());
        String program = blank(source.program()) ? programOf(file, source.programSheet(), entries) : source.program();
        String period = blank(source.period()) ? periodOf(file, source.programSheet(), entries, periods) : source.period();
        return source.withProgramAndPeriod(program, period);
    }

    /** "Program Keluarga Harapan (PKH)" gives PKH; a name without an abbreviation is taken whole, upper case. */
    static String programOf(Path file, String sheet, Map<String, String> entries) {
        String name = value(entries, NAME);
        if (blank(name)) {
            throw InputFileException.forFile(file, "sheet '" + sheet + "' has no '" + NAME + "' row, so the program is"
                    + " unknown: add it there or set program: in the job file");
        }
        Matcher abbreviation = ABBREVIATION.matcher(name.trim());
        String program = abbreviation.find() ? abbreviation.group(1) : name;
        return program.trim().toUpperCase(Locale.ROOT);
    }

    static String periodOf(Path file, String sheet, Map<String, String> entries, Map<String, JobDefinition.Period> periods) {
        LocalDate start = date(file, sheet, entries, START);
        LocalDate end = date(file, sheet, entries, END);
        List<String> fitting = periods.entrySet().stream()
                .filter(p -> p.getValue() != null && p.getValue().referenceDate() != null)
                .filter(p -> !p.getValue().referenceDate().isBefore(start) && !p.getValue().referenceDate().isAfter(end))
                .map(Map.Entry::getKey).sorted().toList();
        if (fitting.size() != 1) {
            throw InputFileException.forFile(file, "sheet '" + sheet + "' gives the span " + start + " to " + end
                    + ", and " + (fitting.isEmpty() ? "no period" : "more than one period (" + String.join(", ", fitting)
                    + ")") + " of the job has its reference date in it: set period: in the job file");
        }
        return fitting.get(0);
    }

    private static LocalDate date(Path file, String sheet, Map<String, String> entries, String key) {
        String text = value(entries, key);
        Optional<LocalDate> date = blank(text) ? Optional.empty() : parse(text.trim());
        return date.orElseThrow(() -> InputFileException.forFile(file, "sheet '" + sheet + "' has "
                + (blank(text) ? "no '" + key + "' row" : "'" + text + "' under '" + key + "', which is not a date")
                + ", so the period is unknown: write it as dd/mm/yyyy there or set period: in the job file"));
    }

    /** dd/mm/yyyy (also with - or .) or yyyy-mm-dd, with an optional time after it. */
    static Optional<LocalDate> parse(String text) {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.lookingAt()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.lookingAt()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A key's value, the key compared like a header (case, spaces and punctuation do not matter). */
    private static String value(Map<String, String> entries, String key) {
        String wanted = HeaderMapper.normalize(key);
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (HeaderMapper.normalize(entry.getKey()).equals(wanted)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
