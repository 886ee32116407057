package id.padan.ingest;

/** Cleaning applied to every field and header cell as it is read. */
final class FieldText {
    private FieldText() {
    }

    /**
     * Trims whitespace including the no-break spaces (U+00A0, U+2007, U+202F) that Excel and web exports put around
     * values, and stray byte-order marks. {@link String#strip()} alone keeps no-break spaces.
     */
    static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static boolean allBlank(String[] values) {
        for (String value : values) {
            if (!trim(value).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A value quoted for a message, shortened so a runaway field cannot flood the log. */
    static String quoteForMessage(String value) {
        String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
        return "\"" + shown.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
