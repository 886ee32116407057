package id.padan.standardize;

/**
 * Reads a school class (KELAS, KLS) as 1 to 12: {@code 7}, {@code VII}, {@code KELAS 9}, {@code XII},
 * {@code 7A}, {@code VII-B}. Classes counted per school level are turned into the national grade when the level
 * is named: {@code KELAS 1 SMP} is grade 7, {@code 2 SMA} grade 11.
 */
public final class SchoolClass {

    private SchoolClass() {
    }

    /** 1 to 12, or null when blank or not a class. */
    public static Integer parse(String raw) {
        String text = FreeText.upper(raw);
        if (text == null) {
            return null;
        }
        int i = skipWord(text, 0, "KELAS");
        if (i == 0) {
            i = skipWord(text, 0, "KLS");
        }
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int grade;
        int end;
        if (i < text.length() && Character.isDigit(text.charAt(i))) {
            end = i;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end - i > 2) {
                return null;
            }
            grade = Integer.parseInt(text.substring(i, end));
            if (text.startsWith(".0", end)) {
                end += 2; // 7.0 from a numeric cell
            }
        } else {
            end = i;
            while (end < text.length() && "IVX".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            grade = roman(text.substring(i, end));
        }
        if (grade < 1 || grade > 12) {
            return null;
        }
        String rest = text.substring(end);
        if (grade <= 3 && (containsWord(rest, "SMP") || containsWord(rest, "MTS") || containsWord(rest, "SLTP"))) {
            grade += 6;
        } else if (grade <= 3 && (containsWord(rest, "SMA") || containsWord(rest, "SMK") || containsWord(rest, "MA")
                || containsWord(rest, "SLTA"))) {
            grade += 9;
        }
        return grade;
    }

    private static int skipWord(String text, int at, String word) {
        return text.startsWith(word, at) ? at + word.length() : at;
    }

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /** Roman numerals I to XII; 0 for anything else. */
    private static int roman(String numeral) {
        switch (numeral) {
            case "I": return 1;
            case "II": return 2;
            case "III": return 3;
            case "IV": return 4;
            case "V": return 5;
            case "VI": return 6;
            case "VII": return 7;
            case "VIII": return 8;
            case "IX": return 9;
            case "X": return 10;
            case "XI": return 11;
            case "XII": return 12;
            default: return 0;
        }
    }
}
