package id.padan.standardize;

import java.util.List;

/**
 * Rewrites names from the pre-1972 spellings (van Ophuijsen and Soewandi) in today's spelling (EYD): OE to U,
 * DJ to J, TJ to C, SJ to SY, CH to KH, and NJ to NY at the start of a word. Registry staff type names as they are
 * written on old documents, so SOEKARNO and SUKARNO, DJOKO and JOKO must meet.
 *
 * <p>The old spelling also wrote today's Y as J (TJAHJONO, WAHJUDI, JOESOEF). That J is only turned into Y when the
 * word shows another old-spelling mark (OE, DJ, TJ, SJ, or HJ inside the word), because in a modern name J is a J
 * (JOKO, ARJUNA). Inside the word NJ is left alone for the same reason: PANJI is modern, PANDJI is old and folds to
 * PANJI.
 */
final class OldSpellingFolder implements NameCleaner {

    @Override
    public void clean(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            words.set(i, fold(words.get(i)));
        }
    }

    static String fold(String word) {
        if (!mayNeedFolding(word)) {
            return word;
        }
        boolean oldSpelling = hasOldSpellingMark(word);
        int n = word.length();
        StringBuilder out = new StringBuilder(n + 2);
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            if (c == 'O' && next == 'E') {
                out.append('U');
                i++;
            } else if (c == 'D' && next == 'J') {
                out.append('J');
                i++;
            } else if (c == 'T' && next == 'J') {
                out.append('C');
                i++;
            } else if (c == 'S' && next == 'J') {
                out.append("SY");
                i++;
            } else if (c == 'C' && next == 'H') {
                out.append("KH");
                i++;
            } else if (c == 'N' && next == 'J' && i == 0) {
                out.append("NY");
                i++;
            } else if (c == 'J' && oldSpelling) {
                out.append('Y');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Cheap pre-check: most names contain neither E after O, nor J, nor CH. */
    private static boolean mayNeedFolding(String word) {
        return word.indexOf('J') >= 0 || word.contains("OE") || word.contains("CH");
    }

    private static boolean hasOldSpellingMark(String word) {
        return word.contains("OE") || word.contains("DJ") || word.contains("TJ") || word.contains("SJ")
                || word.indexOf("HJ") > 0;
    }
}
