package id.padan.standardize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads RT, RW, dusun, desa and kecamatan out of a free-text address, for files that have no columns for them:
 * complaint forms ({@code RT 03 RW 01 DESA SELAT DALAM}), village recipient lists ({@code RT 004 RW - Dusun Mangsit},
 * {@code RT.3/RW.1}, {@code RT003/RW002}, {@code RT/RW 003/002}, {@code rt 14 desa ...}).
 *
 * <p>A word scanner, not a regex: the address is cut into words once, and each keyword takes what follows it up to
 * the next keyword, comma or number. Stateless and thread-safe.
 */
public final class FreeTextAddress {

    private static final Set<String> VILLAGE_WORDS = Set.of("DESA", "DS", "KEL", "KELURAHAN");
    private static final Set<String> KECAMATAN_WORDS = Set.of("KEC", "KECAMATAN");
    private static final Set<String> DUSUN_WORDS = Set.of("DUSUN", "DSN", "DUKUH", "LINGKUNGAN", "LINGK", "LING");
    /** Words that end a name: the next part of the address begins. */
    private static final Set<String> STOP_WORDS = Set.of(
            "RT", "RW", "DESA", "DS", "KEL", "KELURAHAN", "KEC", "KECAMATAN", "DUSUN", "DSN", "DUKUH", "KAB",
            "KABUPATEN", "KOTA", "PROV", "PROVINSI", "JL", "JLN", "JALAN", "GG", "GANG", "NO", "NOMOR", "BLOK",
            "KODE", "POS", "KODEPOS", "LINGKUNGAN", "LINGK", "LING", "RTRW");

    /** Words that end a name even as its first word: what follows a keyword is then not a name at all. */
    private static final Set<String> PART_WORDS = Set.of("RT", "RW", "RTRW", "DESA", "DS", "KEL", "KELURAHAN", "KEC",
            "KECAMATAN", "DUSUN", "DSN", "DUKUH", "LINGKUNGAN", "LINGK", "LING");

    private FreeTextAddress() {
    }

    public static AddressParts parse(String address) {
        if (address == null || address.isBlank()) {
            return AddressParts.NONE;
        }
        List<Word> words = words(address);
        String rt = null;
        String rw = null;
        String dusun = null;
        String desa = null;
        String kecamatan = null;
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String text = word.text();
            if (text.equals("RT") && i + 1 < words.size() && words.get(i + 1).text().equals("RW")
                    && !words.get(i).breaksAfter()) {
                // RT/RW 003/002
                if (rt == null && i + 3 < words.size() && words.get(i + 2).isNumber() && words.get(i + 3).isNumber()) {
                    rt = RtRw.normalize(words.get(i + 2).text());
                    rw = RtRw.normalize(words.get(i + 3).text());
                    i += 3;
                }
                continue;
            }
            if (text.equals("RT") || text.equals("RW")) {
                String number = i + 1 < words.size() && words.get(i + 1).isNumber() ? words.get(i + 1).text() : null;
                if (text.equals("RT") && rt == null) {
                    rt = RtRw.normalize(number);
                } else if (text.equals("RW") && rw == null) {
                    rw = RtRw.normalize(number);
                }
                continue;
            }
            if (desa == null && VILLAGE_WORDS.contains(text)) {
                desa = nameAfter(words, i);
            } else if (kecamatan == null && KECAMATAN_WORDS.contains(text)) {
                kecamatan = nameAfter(words, i);
            } else if (dusun == null && DUSUN_WORDS.contains(text)) {
                dusun = nameAfter(words, i);
            }
        }
        return new AddressParts(rt, rw, dusun, desa, kecamatan);
    }

    /** The words after a keyword up to the next keyword, number or comma; null when there are none. */
    private static String nameAfter(List<Word> words, int keyword) {
        if (words.get(keyword).breaksAfter()) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int j = keyword + 1; j < words.size(); j++) {
            Word word = words.get(j);
            boolean first = j == keyword + 1;
            // a name may begin with a word that elsewhere starts the next part: DESA KOTA BARU, DESA PROV LAMA
            if (word.isNumber() || (first ? PART_WORDS.contains(word.text()) : STOP_WORDS.contains(word.text()))) {
                break;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(word.text());
            if (word.breaksAfter()) {
                break;
            }
        }
        return name.length() == 0 ? null : name.toString();
    }

    /** A word of the address; {@code breaksAfter} when a comma, semicolon or bracket follows it. */
    private record Word(String text, boolean breaksAfter) {
        boolean isNumber() {
            char c = text.charAt(0);
            return c >= '0' && c <= '9';
        }
    }

    /** Letters and digits form separate words, so RT003 reads as RT 003 and RT.3/RW.1 as RT 3 RW 1. */
    private static List<Word> words(String address) {
        List<Word> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean digits = false;
        for (int i = 0; i <= address.length(); i++) {
            char c = i < address.length() ? address.charAt(i) : ',';
            boolean isDigit = c >= '0' && c <= '9';
            char letter = isDigit ? 0 : NameTokenizer.upperLetter(c);
            if (isDigit || letter != 0) {
                if (current.length() > 0 && digits != isDigit) {
                    words.add(new Word(current.toString(), false));
                    current.setLength(0);
                }
                digits = isDigit;
                current.append(isDigit ? c : letter);
                continue;
            }
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            boolean hardBreak = c == ',' || c == ';' || c == '(' || c == ')' || c == '\n';
            if (current.length() > 0) {
                words.add(new Word(current.toString(), hardBreak));
                current.setLength(0);
            } else if (hardBreak && !words.isEmpty()) {
                Word last = words.get(words.size() - 1);
                words.set(words.size() - 1, new Word(last.text(), true));
            }
        }
        return words;
    }
}
