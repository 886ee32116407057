package id.padan.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Indonesian name and street lists shipped under {@code padan/names/} (see the README there), with weighted,
 * sex-consistent sampling. First names follow the perlancar frequencies; Faker and mutiawsr lists add variety and
 * the later name tokens.
 */
final class NameBank {

    static final String BASE = "padan/names/";

    /** A weighted list of upper-case tokens. */
    static final class Weighted {
        final String[] items;
        final double[] cumulative;

        Weighted(Map<String, Double> weights) {
            items = new String[weights.size()];
            cumulative = new double[weights.size()];
            double sum = 0;
            int i = 0;
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                sum += e.getValue();
                items[i] = e.getKey();
                cumulative[i] = sum;
                i++;
            }
            if (items.length == 0) {
                throw new IllegalStateException("empty name list");
            }
        }

        String pick(SplittableRandom r) {
            double x = r.nextDouble() * cumulative[cumulative.length - 1];
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return items[lo];
        }

        int size() {
            return items.length;
        }
    }

    final Weighted perlancarMale;
    final Weighted perlancarFemale;
    final Weighted fakerFirstMale;
    final Weighted fakerFirstFemale;
    final Weighted fakerLastMale;
    final Weighted fakerLastFemale;
    final Weighted mutiaFirstMale;
    final Weighted mutiaFirstFemale;
    final Weighted mutiaLastMale;
    final Weighted mutiaLastFemale;
    final String[] streets;

    private NameBank(Map<String, Map<String, Double>> lists, List<String> streets) {
        perlancarMale = new Weighted(lists.get("perlancar_m"));
        perlancarFemale = new Weighted(lists.get("perlancar_f"));
        fakerFirstMale = new Weighted(lists.get("first_name_male"));
        fakerFirstFemale = new Weighted(lists.get("first_name_female"));
        fakerLastMale = new Weighted(lists.get("last_name_male"));
        fakerLastFemale = new Weighted(lists.get("last_name_female"));
        mutiaFirstMale = new Weighted(lists.get("mutia_first_male"));
        mutiaFirstFemale = new Weighted(lists.get("mutia_first_female"));
        mutiaLastMale = new Weighted(lists.get("mutia_last_male"));
        mutiaLastFemale = new Weighted(lists.get("mutia_last_female"));
        this.streets = streets.toArray(new String[0]);
    }

    /** Loads the shipped lists from the classpath. */
    static NameBank load() throws IOException {
        Map<String, Map<String, Double>> lists = new LinkedHashMap<>();
        for (String k : List.of("perlancar_m", "perlancar_f", "first_name_male", "first_name_female",
                "last_name_male", "last_name_female", "mutia_first_male", "mutia_first_female", "mutia_last_male",
                "mutia_last_female")) {
            lists.put(k, new LinkedHashMap<>());
        }
        // perlancar: name,gender,gender_ratio,sample_ratio,approx_count_of_31392,not_a_name
        for (String[] f : readCsv("perlancar_id_common_firstnames_gender.csv")) {
            if (f.length < 6 || "1".equals(f[5].trim())) {
                continue;
            }
            double w = f[4].isBlank() ? 1.0 : Math.max(1.0, Double.parseDouble(f[4].trim()));
            String key = "m".equals(f[1].trim()) ? "perlancar_m" : "perlancar_f";
            lists.get(key).merge(token(f[0]), w, Double::sum);
        }
        // faker: list,value
        for (String[] f : readCsv("faker_id_ID_person.csv")) {
            Map<String, Double> m = lists.get(f[0].trim());
            if (m != null) {
                m.merge(token(f[1]), 1.0, Double::sum);
            }
        }
        // mutiawsr: position,gender,name ; neutral names go to both sexes
        for (String[] f : readCsv("mutiawsr_indonesian_names.csv")) {
            String pos = f[0].trim();
            String g = f[1].trim();
            String t = token(f[2]);
            if ("male".equals(g) || "neutral".equals(g)) {
                lists.get("mutia_" + pos + "_male").merge(t, 1.0, Double::sum);
            }
            if ("female".equals(g) || "neutral".equals(g)) {
                lists.get("mutia_" + pos + "_female").merge(t, 1.0, Double::sum);
            }
        }
        List<String> streets = new ArrayList<>();
        for (String[] f : readCsv("faker_id_ID_address.csv")) {
            if ("street".equals(f[0].trim())) {
                streets.add(f[1].trim().toUpperCase(Locale.ROOT));
            }
        }
        if (streets.isEmpty()) {
            throw new IOException("no streets in " + BASE + "faker_id_ID_address.csv");
        }
        return new NameBank(lists, streets);
    }

    private static String token(String s) {
        return s.trim().toUpperCase(Locale.ROOT);
    }

    /** The lists are simple two- or six-column CSVs without quoted fields; the header line is skipped. */
    private static List<String[]> readCsv(String name) throws IOException {
        ClassLoader cl = NameBank.class.getClassLoader();
        InputStream in = cl.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("name list " + BASE + name + " is not on the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = br.readLine();
            while ((line = br.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
        }
        return rows;
    }

    /** A first (given) name token. */
    String first(SplittableRandom r, boolean male) {
        double x = r.nextDouble();
        if (male) {
            return x < 0.70 ? perlancarMale.pick(r) : x < 0.90 ? fakerFirstMale.pick(r) : mutiaFirstMale.pick(r);
        }
        return x < 0.55 ? perlancarFemale.pick(r) : x < 0.85 ? fakerFirstFemale.pick(r) : mutiaFirstFemale.pick(r);
    }

    /** A later name token (second given name or family-like name). */
    String later(SplittableRandom r, boolean male) {
        double x = r.nextDouble();
        if (male) {
            return x < 0.45 ? perlancarMale.pick(r) : x < 0.80 ? fakerLastMale.pick(r) : mutiaLastMale.pick(r);
        }
        return x < 0.40 ? perlancarFemale.pick(r) : x < 0.75 ? fakerLastFemale.pick(r) : mutiaLastFemale.pick(r);
    }

    /**
     * A full upper-case name of one to three tokens; older people more often carry a single token.
     *
     * @param age age in years, for the token-count distribution
     */
    String fullName(SplittableRandom r, boolean male, int age) {
        double x = r.nextDouble();
        int tokens;
        if (age >= 50) {
            tokens = x < 0.30 ? 1 : x < 0.85 ? 2 : 3;
        } else {
            tokens = x < 0.12 ? 1 : x < 0.72 ? 2 : 3;
        }
        String a = first(r, male);
        if (tokens == 1) {
            return a;
        }
        String b = later(r, male);
        for (int i = 0; i < 5 && b.equals(a); i++) {
            b = later(r, male);
        }
        if (b.equals(a)) {
            return a;
        }
        if (tokens == 2) {
            return a + " " + b;
        }
        String c = later(r, male);
        for (int i = 0; i < 5 && (c.equals(a) || c.equals(b)); i++) {
            c = later(r, male);
        }
        if (c.equals(a) || c.equals(b)) {
            return a + " " + b;
        }
        return a + " " + b + " " + c;
    }

    /** A street name, upper case ({@code JEND. SUDIRMAN}). */
    String street(SplittableRandom r) {
        return streets[r.nextInt(streets.length)];
    }
}
