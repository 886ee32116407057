package id.padan.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Typing noise for the copies of a person in recipient and complaint files. Every probability is given at full
 * noise and multiplied by the run's noise level, so level 0 writes clean copies. Each applied operation is
 * appended to a trace ({@code ;}-separated), which the truth files carry.
 */
final class Noise {
    static final String[] MALE_TITLES = {"H.", "H.", "H.", "DRS.", "IR."};
    static final String[] FEMALE_TITLES = {"HJ.", "HJ.", "HJ.", "NY.", "DRA."};
    static final String[] DEGREES = {", S.PD", " S.PD", ", SE", " SE", ", S.SOS", ", S.H.", " S.PD.I", ", AMD"};
    private static final String VOWELS = "AIUEO";
    private static final String CONSONANTS = "BCDFGHJKLMNPRSTWY";

    private final SplittableRandom r;
    private final double level;

    Noise(SplittableRandom r, double level) {
        this.r = r;
        this.level = level;
    }

    double level() {
        return level;
    }

    SplittableRandom random() {
        return r;
    }

    /** True with probability {@code pAtFull × level}. */
    boolean p(double pAtFull) {
        return level > 0 && r.nextDouble() < pAtFull * level;
    }

    static void trace(StringBuilder trace, String op) {
        if (trace != null) {
            if (trace.length() > 0) {
                trace.append(';');
            }
            trace.append(op);
        }
    }

    /** A name split into an optional leading title, the name tokens, and an optional trailing degree. */
    static final class Name {
        String title = "";
        final List<String> tokens = new ArrayList<>(4);
        String degree = "";

        static Name parse(String full) {
            Name n = new Name();
            String s = full.trim();
            int comma = s.indexOf(',');
            if (comma > 0) {
                n.degree = s.substring(comma);
                s = s.substring(0, comma).trim();
            }
            int start = 0;
            int len = s.length();
            while (start < len) {
                int end = s.indexOf(' ', start);
                if (end < 0) {
                    end = len;
                }
                if (end == start) {
                    start++;
                    continue;
                }
                String t = s.substring(start, end);
                start = end + 1;
                if (n.tokens.isEmpty() && n.title.isEmpty() && t.endsWith(".") && isTitle(t)) {
                    n.title = t;
                } else {
                    n.tokens.add(t);
                }
            }
            if (n.tokens.isEmpty() && !n.title.isEmpty()) {
                n.tokens.add(n.title);
                n.title = "";
            }
            return n;
        }

        static boolean isTitle(String t) {
            return switch (t) {
                case "H.", "HJ.", "NY.", "DRS.", "DRA.", "IR.", "DR.", "KH." -> true;
                default -> false;
            };
        }

        String render() {
            StringBuilder sb = new StringBuilder();
            if (!title.isEmpty()) {
                sb.append(title).append(' ');
            }
            sb.append(String.join(" ", tokens));
            sb.append(degree);
            return sb.toString();
        }
    }

    /**
     * Ordinary noise on a name copy.
     *
     * @param fatherFirst the first token of the father's name, for an appended patronymic (null: a random one)
     */
    String name(String clean, boolean male, int age, String fatherFirst, NameBank names, StringBuilder trace) {
        if (level <= 0) {
            return clean;
        }
        Name n = Name.parse(clean);
        if (!n.title.isEmpty() && p(0.5)) {
            n.title = "";
            trace(trace, "title_dropped");
        }
        if (p(0.8)) {
            abbreviateMuhammad(n, trace);
        }
        if (p(0.4)) {
            oldSpelling(n, trace);
        }
        if (age >= 25 && p(0.12)) {
            addTitleOrDegree(n, male, age, trace);
        }
        if (n.tokens.size() >= 2 && p(0.15)) {
            swapTokens(n, trace);
        }
        if (p(0.1)) {
            doubledLetter(n, trace);
        }
        if (p(0.08) && age >= 15) {
            patronymic(n, male, fatherFirst, names, trace);
        }
        if (p(0.3)) {
            typo(n, trace);
        }
        return n.render();
    }

    /**
     * A respelled copy for a planted duplicate: always at least one visible change (old spelling, title or degree
     * added, token order swapped, MUHAMMAD abbreviated), often a typo as well.
     */
    String respell(String clean, boolean male, int age, NameBank names, StringBuilder trace) {
        Name n = Name.parse(clean);
        String before = n.render();
        boolean adult = age >= 25;
        for (int attempt = 0; attempt < 8 && n.render().equals(before); attempt++) {
            int pick = r.nextInt(5);
            switch (pick) {
                case 0 -> oldSpelling(n, trace);
                case 1 -> {
                    if (adult) {
                        addTitleOrDegree(n, male, age, trace);
                    }
                }
                case 2 -> {
                    if (n.tokens.size() >= 2) {
                        swapTokens(n, trace);
                    }
                }
                case 3 -> abbreviateMuhammad(n, trace);
                default -> typo(n, trace);
            }
        }
        if (n.render().equals(before)) {
            if (adult) {
                addTitleOrDegree(n, male, age, trace);
            } else {
                typo(n, trace);
            }
        }
        if (n.render().equals(before)) {
            n.tokens.set(0, typo(n.tokens.get(0).length() >= 2 ? n.tokens.get(0) : n.tokens.get(0) + "H", trace));
        }
        if (r.nextDouble() < 0.3) {
            typo(n, trace);
        }
        return n.render();
    }

    /** MUHAMMAD (and its spellings) → M. / MOH. / MUH. / MOCH. / MUHAMAD. */
    static boolean isMuhammad(String t) {
        return t.equals("MUHAMMAD") || t.equals("MUHAMAD") || t.equals("MOHAMMAD") || t.equals("MOHAMAD")
                || t.equals("MOCHAMMAD") || t.equals("MOCHAMAD") || t.equals("MUCHAMMAD");
    }

    void abbreviateMuhammad(Name n, StringBuilder trace) {
        for (int i = 0; i < n.tokens.size(); i++) {
            if (isMuhammad(n.tokens.get(i))) {
                String[] forms = {"M.", "MOH.", "MUH.", "MOCH.", "MUHAMAD", "MOHAMMAD", "MHD."};
                String f = forms[r.nextInt(forms.length)];
                if (!f.equals(n.tokens.get(i))) {
                    n.tokens.set(i, f);
                    trace(trace, "muhammad_abbrev");
                }
                return;
            }
        }
    }

    /** One old-spelling change: U→OE, J→DJ, C→TJ, SY→SJ, Y→J, KH→CH. */
    void oldSpelling(Name n, StringBuilder trace) {
        List<int[]> options = new ArrayList<>(); // {tokenIndex, rule, position}
        for (int i = 0; i < n.tokens.size(); i++) {
            String t = n.tokens.get(i);
            if (t.endsWith(".")) {
                continue;
            }
            int u = t.indexOf('U');
            if (u >= 0 && (u == 0 || t.charAt(u - 1) != 'O' && t.charAt(u - 1) != 'A')) {
                options.add(new int[]{i, 0, u});
            }
            int j = t.indexOf('J');
            if (j >= 0 && (j == 0 || t.charAt(j - 1) != 'D')) {
                options.add(new int[]{i, 1, j});
            }
            int c = t.indexOf('C');
            if (c >= 0 && (c + 1 >= t.length() || t.charAt(c + 1) != 'H') && (c == 0 || t.charAt(c - 1) != 'T')) {
                options.add(new int[]{i, 2, c});
            }
            int sy = t.indexOf("SY");
            if (sy >= 0) {
                options.add(new int[]{i, 3, sy});
            }
            int y = t.indexOf('Y');
            if (y >= 0 && (y == 0 || t.charAt(y - 1) != 'S')) {
                options.add(new int[]{i, 4, y});
            }
            int kh = t.indexOf("KH");
            if (kh >= 0) {
                options.add(new int[]{i, 5, kh});
            }
        }
        if (options.isEmpty()) {
            return;
        }
        int[] o = options.get(r.nextInt(options.size()));
        String t = n.tokens.get(o[0]);
        int at = o[2];
        String nt = switch (o[1]) {
            case 0 -> t.substring(0, at) + "OE" + t.substring(at + 1);
            case 1 -> t.substring(0, at) + "DJ" + t.substring(at + 1);
            case 2 -> t.substring(0, at) + "TJ" + t.substring(at + 1);
            case 3 -> t.substring(0, at) + "SJ" + t.substring(at + 2);
            case 4 -> t.substring(0, at) + "J" + t.substring(at + 1);
            default -> t.substring(0, at) + "CH" + t.substring(at + 2);
        };
        n.tokens.set(o[0], nt);
        trace(trace, "old_spelling");
    }

    /** A title (H., HJ., DRS., NY. ...) for people of 30 and over, else an academic degree. Adults only. */
    void addTitleOrDegree(Name n, boolean male, int age, StringBuilder trace) {
        if (n.title.isEmpty() && age >= 30 && r.nextDouble() < 0.6) {
            n.title = male ? MALE_TITLES[r.nextInt(MALE_TITLES.length)] : FEMALE_TITLES[r.nextInt(FEMALE_TITLES.length)];
            trace(trace, "title_added");
        } else if (n.degree.isEmpty() && age >= 22) {
            n.degree = DEGREES[r.nextInt(DEGREES.length)];
            trace(trace, "degree_added");
        } else if (n.title.isEmpty() && age >= 30) {
            n.title = male ? "H." : "HJ.";
            trace(trace, "title_added");
        }
    }

    void swapTokens(Name n, StringBuilder trace) {
        int a = r.nextInt(n.tokens.size());
        int b = r.nextInt(n.tokens.size() - 1);
        if (b >= a) {
            b++;
        }
        String t = n.tokens.get(a);
        n.tokens.set(a, n.tokens.get(b));
        n.tokens.set(b, t);
        trace(trace, "token_order");
    }

    void doubledLetter(Name n, StringBuilder trace) {
        int i = r.nextInt(n.tokens.size());
        String t = n.tokens.get(i);
        if (t.endsWith(".")) {
            return;
        }
        for (int k = 1; k < t.length(); k++) {
            if (t.charAt(k) == t.charAt(k - 1) && Character.isLetter(t.charAt(k))) {
                n.tokens.set(i, t.substring(0, k) + t.substring(k + 1));
                trace(trace, "double_letter_collapsed");
                return;
            }
        }
        for (int k = 1; k + 1 < t.length(); k++) {
            char ch = t.charAt(k);
            if ("LNMTSR".indexOf(ch) >= 0 && VOWELS.indexOf(t.charAt(k - 1)) >= 0
                    && VOWELS.indexOf(t.charAt(k + 1)) >= 0) {
                n.tokens.set(i, t.substring(0, k + 1) + ch + t.substring(k + 1));
                trace(trace, "double_letter_added");
                return;
            }
        }
    }

    void patronymic(Name n, boolean male, String fatherFirst, NameBank names, StringBuilder trace) {
        if (!n.degree.isEmpty()) {
            return;
        }
        String father = fatherFirst != null && !fatherFirst.isEmpty() ? fatherFirst : names.first(r, true);
        n.tokens.add(male ? "BIN" : (r.nextBoolean() ? "BINTI" : "BT"));
        n.tokens.add(father);
        trace(trace, "patronymic");
    }

    /** One character substituted, deleted or inserted in one token of three letters or more. */
    void typo(Name n, StringBuilder trace) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < n.tokens.size(); i++) {
            String t = n.tokens.get(i);
            if (t.length() >= 3 && !t.endsWith(".") && !t.equals("BIN") && !t.equals("BINTI")) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        int i = candidates.get(r.nextInt(candidates.size()));
        n.tokens.set(i, typo(n.tokens.get(i), trace));
    }

    String typo(String t, StringBuilder trace) {
        int op = r.nextInt(3);
        int at = 1 + r.nextInt(t.length() - 1);
        if (op == 0 || t.length() < 4 && op == 1) {
            char old = t.charAt(at);
            String pool = VOWELS.indexOf(old) >= 0 ? VOWELS : CONSONANTS;
            char ch;
            do {
                ch = pool.charAt(r.nextInt(pool.length()));
            } while (ch == old);
            trace(trace, "typo_sub");
            return t.substring(0, at) + ch + t.substring(at + 1);
        }
        if (op == 1) {
            trace(trace, "typo_del");
            return t.substring(0, at) + t.substring(at + 1);
        }
        String pool = r.nextBoolean() ? VOWELS : CONSONANTS;
        trace(trace, "typo_ins");
        return t.substring(0, at) + pool.charAt(r.nextInt(pool.length())) + t.substring(at);
    }

    /** The informal form complaint desks write: BU SITI, PAK BUDI, IBU SITI AMINAH. */
    String informal(String clean, boolean male, StringBuilder trace) {
        Name n = Name.parse(clean);
        String first = n.tokens.get(0);
        if (first.endsWith(".") && n.tokens.size() > 1) {
            first = n.tokens.get(1);
        }
        String call;
        double x = r.nextDouble();
        if (male) {
            call = x < 0.6 ? "PAK " : x < 0.9 ? "BAPAK " : "BPK. ";
        } else {
            call = x < 0.6 ? "BU " : x < 0.9 ? "IBU " : "NY. ";
        }
        String rest = first;
        if (n.tokens.size() > 1 && r.nextDouble() < 0.3) {
            rest = first + " " + n.tokens.get(1);
        }
        trace(trace, "informal_name");
        return call + rest;
    }

    /** A birth date as written: blank, day/month swapped or year ±1 sometimes, in the given layout. */
    String birthDate(LocalDate d, Dates.Layout layout, boolean allowBlank, StringBuilder trace) {
        if (d == null) {
            return "";
        }
        if (allowBlank && p(0.12)) {
            trace(trace, "dob_blank");
            return "";
        }
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        if (day <= 12 && day != m && p(0.1)) {
            trace(trace, "dob_day_month_swap");
            return Dates.format(y, day, m, layout);
        }
        if (p(0.08)) {
            int ny = y + (r.nextBoolean() ? 1 : -1);
            if (m == 2 && day == 29) {
                day = 28;
            }
            trace(trace, "dob_year_off");
            return Dates.format(ny, m, day, layout);
        }
        return Dates.format(d, layout);
    }

    /** A layout for one date in a file that mixes layouts, with {@code main} the usual one. */
    Dates.Layout layout(Dates.Layout main) {
        if (p(0.35)) {
            Dates.Layout[] all = Dates.Layout.values();
            return all[r.nextInt(all.length)];
        }
        return main;
    }

    /** A NIK as written: non-breaking spaces or ordinary spaces inside sometimes. */
    String spacing(String nik, StringBuilder trace) {
        if (nik.length() == 16 && p(0.1)) {
            trace(trace, "nik_nbsp");
            if (r.nextBoolean()) {
                return nik.substring(0, 6) + '\u00A0' + nik.substring(6, 12) + '\u00A0' + nik.substring(12);
            }
            return nik + '\u00A0';
        }
        if (nik.length() == 16 && p(0.03)) {
            trace(trace, "nik_spaces");
            return nik.substring(0, 6) + ' ' + nik.substring(6, 12) + ' ' + nik.substring(12);
        }
        return nik;
    }

    /** RT/RW as a number: padded ({@code 003}) or not ({@code 3}). */
    String rt(int v, boolean padded) {
        return padded ? SynthRun.pad(v, 3) : Integer.toString(v);
    }

    /** A village name with or without its DESA / KEL. prefix. */
    String village(RegionTable.Region v, String upperName, StringBuilder trace) {
        String n = upperName;
        if (p(0.3)) {
            trace(trace, "village_prefix");
            if (v.isKelurahan()) {
                return (r.nextBoolean() ? "KEL. " : "KELURAHAN ") + n;
            }
            return "DESA " + n;
        }
        return n;
    }
}
