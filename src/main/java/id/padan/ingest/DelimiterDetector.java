package id.padan.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the delimiter of a text sample: the candidate that splits the header into more than one field and every
 * sampled record into as many. Quotes are respected the way Commons CSV reads them (a quote opens a field only at
 * its start), so a quoted {@code "JL. MERDEKA, NO 5"} does not vote for the comma.
 */
final class DelimiterDetector {
    /** In order of preference when two candidates split the sample equally well. */
    static final char[] CANDIDATES = {'|', ';', ',', '\t'};
    /** Used for a file of one column, where no candidate splits anything and any choice reads it the same. */
    static final char SINGLE_COLUMN = ',';

    private static final int SAMPLE_RECORDS = 50;

    /** A sampled record: the physical line where it starts and how many fields the candidate splits it into. */
    record SampledRecord(long line, int fields) {
    }

    private DelimiterDetector() {
    }

    /**
     * @param sample    decoded text from the start of the file, BOM removed
     * @param wholeFile whether the sample is the whole file; if not, the last (cut) record is ignored
     * @param headerRow the 1-based header line, or null for the first non-blank line
     */
    static char detect(Path file, String sample, boolean wholeFile, Integer headerRow) {
        Map<Character, List<SampledRecord>> sampled = new LinkedHashMap<>();
        for (char candidate : CANDIDATES) {
            sampled.put(candidate, records(sample, candidate, wholeFile, headerRow));
        }
        Character best = null;
        for (char candidate : CANDIDATES) {
            List<SampledRecord> records = sampled.get(candidate);
            if (splitsHeader(records) && agreeing(records) == records.size()
                    && (best == null || records.get(0).fields() > sampled.get(best).get(0).fields())) {
                best = candidate;
            }
        }
        if (best != null) {
            return best;
        }
        // No candidate splits every record alike: take the one most records agree with, then check whether the
        // records that disagree are simply split by another delimiter.
        for (char candidate : CANDIDATES) {
            List<SampledRecord> records = sampled.get(candidate);
            if (splitsHeader(records) && (best == null || agreeing(records) > agreeing(sampled.get(best)))) {
                best = candidate;
            }
        }
        if (best == null) {
            return SINGLE_COLUMN;
        }
        refuseMixedDelimiters(file, best, sampled);
        return best;
    }

    private static void refuseMixedDelimiters(Path file, char chosen, Map<Character, List<SampledRecord>> sampled) {
        List<SampledRecord> records = sampled.get(chosen);
        SampledRecord header = records.get(0);
        for (SampledRecord record : records.subList(1, records.size())) {
            if (record.fields() == header.fields()) {
                continue;
            }
            if (record.fields() > 1) {
                return; // split by the same delimiter, just not evenly: a row problem, reported per row later
            }
            for (char other : CANDIDATES) {
                int otherFields = fieldsAtLine(sampled.get(other), record.line());
                if (other != chosen && otherFields > 1) {
                    throw InputFileException.atLine(file, record.line(), "line " + record.line() + " is split by "
                            + FormatOptions.describeDelimiter(other) + " (" + otherFields + " fields) but the header"
                            + " on line " + header.line() + " by " + FormatOptions.describeDelimiter(chosen) + " ("
                            + header.fields() + " fields): the file mixes delimiters. Save it again with one"
                            + " delimiter, or set delimiter: in the job file");
                }
            }
            return;
        }
    }

    private static int fieldsAtLine(List<SampledRecord> records, long line) {
        for (SampledRecord record : records) {
            if (record.line() == line) {
                return record.fields();
            }
        }
        return 0;
    }

    private static boolean splitsHeader(List<SampledRecord> records) {
        return !records.isEmpty() && records.get(0).fields() > 1;
    }

    private static int agreeing(List<SampledRecord> records) {
        int header = records.get(0).fields();
        int count = 0;
        for (SampledRecord record : records) {
            if (record.fields() == header) {
                count++;
            }
        }
        return count;
    }

    /** The non-blank records of the sample from the header on, as the delimiter would split them. */
    static List<SampledRecord> records(String text, char delimiter, boolean wholeFile, Integer headerRow) {
        List<SampledRecord> out = new ArrayList<>();
        long firstLine = headerRow == null ? 1 : headerRow;
        long line = 1;
        long recordLine = 1;
        int fields = 1;
        boolean fieldStart = true;
        boolean inQuotes = false;
        boolean content = false;
        int n = text.length();
        for (int i = 0; i < n && out.size() < SAMPLE_RECORDS; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                if (!inQuotes) {
                    if (content && recordLine >= firstLine) {
                        out.add(new SampledRecord(recordLine, fields));
                    }
                    recordLine = line;
                    fields = 1;
                    fieldStart = true;
                    content = false;
                }
            } else if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                }
                content |= !FieldText.isBlank(c) && c != '"';
            } else if (c == delimiter) {
                fields++;
                fieldStart = true;
            } else if (c == '"' && fieldStart) {
                inQuotes = true;
                fieldStart = false;
            } else if (!FieldText.isBlank(c)) {
                fieldStart = false;
                // A line of nothing but delimiters is how Excel writes an empty row: blank for every candidate.
                content |= !isCandidate(c) && c != '"';
            }
        }
        boolean lastRecordComplete = wholeFile && !inQuotes;
        if (content && recordLine >= firstLine && out.size() < SAMPLE_RECORDS
                && (lastRecordComplete || out.isEmpty())) {
            // A header cut by the end of the sample still says how it is split.
            out.add(new SampledRecord(recordLine, fields));
        }
        return out;
    }

    private static boolean isCandidate(char c) {
        for (char candidate : CANDIDATES) {
            if (c == candidate) {
                return true;
            }
        }
        return false;
    }
}
