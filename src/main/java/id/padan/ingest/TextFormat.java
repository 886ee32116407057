package id.padan.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How a delimited text file is written, as found by {@link FormatSniffer}.
 *
 * @param charset       the charset to decode with
 * @param bomLength     bytes of byte-order mark to skip before decoding (0, 2 or 3)
 * @param charsetLabel  the charset as a user would say it, e.g. "UTF-8 with BOM" or "Windows-1252 (not valid UTF-8)"
 * @param delimiter     the field delimiter
 * @param lineEnding    "CRLF", "LF", "CR", or "none" for a file of one line
 */
public record TextFormat(Charset charset, int bomLength, String charsetLabel, char delimiter, String lineEnding) {
    public TextFormat {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(charsetLabel, "charsetLabel");
        Objects.requireNonNull(lineEnding, "lineEnding");
    }

    /** E.g. "CSV, delimiter '|', UTF-8 with BOM, CRLF line ends". */
    public String describe() {
        String ends = lineEnding.equals("none") ? "a single line" : lineEnding + " line ends";
        return "CSV, delimiter " + FormatOptions.describeDelimiter(delimiter) + ", " + charsetLabel + ", " + ends;
    }
}
