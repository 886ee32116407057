package id.padan.standardize;

import java.util.List;

/**
 * Folds the spelling freedom that remains in modern names: doubled letters (ANNISA and ANISA, MUHAMMAD and MUHAMAD)
 * and a final Y written for I (RIZKY and RIZKI, ANDY and ANDI). RIZKI and RISKI stay different: that is a different
 * sound, which the linker's string similarity handles.
 */
final class LetterFolder implements NameCleaner {

    @Override
    public void clean(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            words.set(i, fold(words.get(i)));
        }
    }

    static String fold(String word) {
        int n = word.length();
        if (!needsFolding(word)) {
            return word;
        }
        char[] out = new char[n];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (len > 0 && out[len - 1] == c) {
                continue;
            }
            out[len++] = c;
        }
        if (len > 2 && out[len - 1] == 'Y') {
            out[len - 1] = 'I';
            if (out[len - 2] == 'I') {
                len--;
            }
        }
        return new String(out, 0, len);
    }

    private static boolean needsFolding(String word) {
        int n = word.length();
        if (n > 2 && word.charAt(n - 1) == 'Y') {
            return true;
        }
        for (int i = 1; i < n; i++) {
            if (word.charAt(i) == word.charAt(i - 1)) {
                return true;
            }
        }
        return false;
    }
}
