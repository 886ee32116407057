package id.padan.ingest;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a sheet of key/value rows, such as the {@code Program} sheet of OpenSID's "program bantuan" workbook
 * ({@code Nama Program | PKH}, {@code Rentang Waktu (Awal) | 01/01/2024}, ...), which jobs use for program and
 * period constants.
 */
public final class XlsxKeyValueReader {
    private XlsxKeyValueReader() {
    }

    /**
     * Each non-blank row gives one entry: its first non-blank cell is the key, the next non-blank cell to its right
     * the value ("" if none). Keys and values are the displayed text, trimmed, with a trailing ':' dropped from keys.
     * Where a key repeats, the first row wins, as a reader of the sheet from the top would take it.
     *
     * @param sheet a sheet name or 1-based position as text; null for the first sheet
     * @return entries in sheet order
     */
    public static Map<String, String> read(Path file, String sheet) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            workbook.readSheet(workbook.resolveSheet(sheet), row -> {
                String[] values = row.values();
                int keyAt = nextNonBlank(values, 0);
                if (keyAt >= 0) {
                    int valueAt = nextNonBlank(values, keyAt + 1);
                    String key = values[keyAt].endsWith(":")
                            ? FieldText.trim(values[keyAt].substring(0, values[keyAt].length() - 1))
                            : values[keyAt];
                    entries.putIfAbsent(key, valueAt < 0 ? "" : values[valueAt]);
                }
                return true;
            });
        }
        return Collections.unmodifiableMap(entries);
    }

    private static int nextNonBlank(String[] values, int from) {
        for (int i = from; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
