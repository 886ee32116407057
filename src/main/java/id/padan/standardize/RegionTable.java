package id.padan.standardize;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Kemendagri region codes: provinces, kabupaten/kota, kecamatan and villages. Immutable after construction and
 * therefore thread-safe.
 *
 * <p>{@link #kemendagri2025()} loads the table shipped in {@code padan/wilayah/} (Kepmendagri 300.2.2-2138/2025,
 * from cahyadsn/wilayah, MIT) once, on first use. Tests build small tables with {@link #of(Collection)}.
 */
public final class RegionTable {

    static final String RESOURCE = "/padan/wilayah/wilayah_kemendagri_2025.csv";

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> childrenByParent;
    private final EnumMap<RegionLevel, List<Region>> byLevel = new EnumMap<>(RegionLevel.class);
    /** For each level, comparison key of the name to the regions bearing it. */
    private final EnumMap<RegionLevel, Map<String, List<Region>>> byNameKey = new EnumMap<>(RegionLevel.class);
    private final Map<String, RegionNameKey> nameKeys;
    /** Kecamatan codes as numbers: the NIK check asks this for every row and must not allocate. */
    private final BitSet kecamatanCodes = new BitSet(1_000_000);
    private volatile RegionResolver defaultResolver;

    private RegionTable(Collection<Region> regions) {
        byCode = new HashMap<>(regions.size() * 2);
        childrenByParent = new HashMap<>();
        nameKeys = new HashMap<>(regions.size() * 2);
        for (RegionLevel level : RegionLevel.values()) {
            byLevel.put(level, new ArrayList<>());
            byNameKey.put(level, new HashMap<>());
        }
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort(Comparator.comparing(Region::code));
        for (Region region : sorted) {
            if (byCode.putIfAbsent(region.code(), region) != null) {
                throw new IllegalArgumentException("duplicate region code " + region.code());
            }
            byLevel.get(region.level()).add(region);
            if (region.parentCode() != null) {
                childrenByParent.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(region);
            }
            RegionNameKey key = RegionNameKey.of(region.name(), region.level());
            nameKeys.put(region.code(), key);
            byNameKey.get(region.level()).computeIfAbsent(key.key(), k -> new ArrayList<>(1)).add(region);
            if (region.level() == RegionLevel.KECAMATAN) {
                kecamatanCodes.set(Integer.parseInt(region.code()));
            }
        }
    }

    /** The 2025 table shipped with padan, loaded on first use. */
    public static RegionTable kemendagri2025() {
        return Shipped.TABLE;
    }

    /** Holder idiom: the JVM loads the table once, lazily and thread-safely. */
    private static final class Shipped {
        static final RegionTable TABLE = load();

        private static RegionTable load() {
            InputStream in = RegionTable.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("region table " + RESOURCE + " is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return fromCsv(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /**
     * Reads a table with a header and at least the columns {@code code} (dotted or not) and {@code name}; the level
     * follows from the code.
     */
    public static RegionTable fromCsv(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Region> regions = new ArrayList<>(92_000);
        for (CSVRecord record : format.parse(reader)) {
            regions.add(region(record.get("code"), record.get("name")));
        }
        return new RegionTable(regions);
    }

    public static RegionTable of(Collection<Region> regions) {
        return new RegionTable(regions);
    }

    /** A region from a code in any accepted form and a name; for building small tables. */
    public static Region region(String code, String name) {
        String normalized = normalizeCode(code);
        if (normalized == null) {
            throw new IllegalArgumentException("not a region code: " + code);
        }
        return new Region(normalized, name.strip(), RegionLevel.ofCodeLength(normalized.length()));
    }

    /**
     * The undotted form of a region code at any level: {@code 62.03.01.2001} and {@code 6203012001} give
     * {@code 6203012001}, {@code 62.03} gives {@code 6203}. Returns null for anything that does not have the shape of
     * a code; whether the code exists is {@link #contains(String)}'s question.
     */
    public static String normalizeCode(String raw) {
        String text = IdNumberText.unwrap(raw);
        int n = text.length();
        if (n == 0) {
            return null;
        }
        // 6203012001.0 from a numeric cell read as a float
        if (n == 12 && text.endsWith(".0") && allDigits(text, 0, 10)) {
            return text.substring(0, 10);
        }
        StringBuilder digits = new StringBuilder(10);
        int segment = 0;
        List<Integer> segments = new ArrayList<>(4);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                segment++;
            } else if (c == '.' || c == ' ' || c == '-') {
                if (segment == 0) {
                    return null;
                }
                segments.add(segment);
                segment = 0;
            } else {
                return null;
            }
        }
        if (segment == 0) {
            return null;
        }
        segments.add(segment);
        if (segments.size() > 1 && !isDottedShape(segments)) {
            return null;
        }
        return RegionLevel.ofCodeLength(digits.length()) == null ? null : digits.toString();
    }

    private static boolean isDottedShape(List<Integer> segments) {
        int[] expected = {2, 2, 2, 4};
        if (segments.size() > expected.length) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return byCode.size();
    }

    /** Whether the table has this code, in any accepted form. */
    public boolean contains(String code) {
        String normalized = normalizeCode(code);
        return normalized != null && byCode.containsKey(normalized);
    }

    /** Whether these six digits are a kecamatan code. Does not allocate. */
    public boolean isKecamatan(String sixDigits) {
        if (sixDigits == null || sixDigits.length() != 6) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < 6; i++) {
            char c = sixDigits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return kecamatanCodes.get(value);
    }

    public Optional<Region> find(String code) {
        String normalized = normalizeCode(code);
        return normalized == null ? Optional.empty() : Optional.ofNullable(byCode.get(normalized));
    }

    /** The upstream name of a code, or null when the code is unknown. */
    public String nameOf(String code) {
        return find(code).map(Region::name).orElse(null);
    }

    /** The region at {@code level} that contains {@code code} (or is it), if known. */
    public Optional<Region> ancestor(String code, RegionLevel level) {
        String normalized = normalizeCode(code);
        if (normalized == null || normalized.length() < level.digits()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(normalized.substring(0, level.digits())));
    }

    /** The regions one level below, sorted by code. */
    public List<Region> childrenOf(String code) {
        String normalized = normalizeCode(code);
        List<Region> children = normalized == null ? null : childrenByParent.get(normalized);
        return children == null ? List.of() : Collections.unmodifiableList(children);
    }

    /** Every region of a level, sorted by code. */
    public List<Region> atLevel(RegionLevel level) {
        return Collections.unmodifiableList(byLevel.get(level));
    }

    /** Every desa and kelurahan of a kabupaten/kota (or of a province, or a kecamatan), sorted by code. */
    public List<Village> villagesOf(String code) {
        String normalized = normalizeCode(code);
        Region area = normalized == null ? null : byCode.get(normalized);
        if (area == null) {
            return List.of();
        }
        List<Village> villages = new ArrayList<>();
        for (Region kecamatan : within(List.of(area), RegionLevel.KECAMATAN)) {
            for (Region village : childrenByParent.getOrDefault(kecamatan.code(), List.of())) {
                villages.add(new Village(village.code(), village.name(), kecamatan.code(), kecamatan.name()));
            }
        }
        return List.copyOf(villages);
    }

    /**
     * Resolves region names as they come in files to a code, without a default area; results are cached. See
     * {@link RegionResolver}.
     */
    public RegionMatch resolve(String provinsi, String kabupaten, String kecamatan, String desa) {
        return resolver().resolve(RegionQuery.ofNames(provinsi, kabupaten, kecamatan, desa));
    }

    /** A caching resolver over the whole country. */
    public RegionResolver resolver() {
        RegionResolver resolver = defaultResolver;
        if (resolver == null) {
            synchronized (this) {
                if (defaultResolver == null) {
                    defaultResolver = new RegionResolver(this, null);
                }
                resolver = defaultResolver;
            }
        }
        return resolver;
    }

    /** A caching resolver that looks in {@code areaCode} (a province or kabupaten) when a row names no higher level. */
    public RegionResolver resolver(String areaCode) {
        return new RegionResolver(this, areaCode);
    }

    // ---- used by RegionResolver ----

    Region get(String normalizedCode) {
        return byCode.get(normalizedCode);
    }

    RegionNameKey nameKey(Region region) {
        return nameKeys.get(region.code());
    }

    /** Regions of {@code level} with this name key that lie in (or contain) one of {@code areas}; null areas = all. */
    List<Region> withNameKey(String key, RegionLevel level, List<Region> areas) {
        List<Region> named = byNameKey.get(level).get(key);
        if (named == null) {
            return List.of();
        }
        if (areas == null) {
            return named;
        }
        List<Region> inside = new ArrayList<>(named.size());
        for (Region region : named) {
            if (related(region, areas)) {
                inside.add(region);
            }
        }
        return inside;
    }

    /** Every region of {@code level} in (or containing) one of {@code areas}; null areas = all. */
    List<Region> within(List<Region> areas, RegionLevel level) {
        if (areas == null) {
            return byLevel.get(level);
        }
        List<Region> found = new ArrayList<>();
        for (Region area : areas) {
            collect(area, level, found);
        }
        return found;
    }

    private void collect(Region area, RegionLevel level, List<Region> found) {
        if (area.level() == level) {
            found.add(area);
        } else if (area.level().digits() > level.digits()) {
            Region ancestor = byCode.get(area.code().substring(0, level.digits()));
            if (ancestor != null && !found.contains(ancestor)) {
                found.add(ancestor);
            }
        } else {
            for (Region child : childrenByParent.getOrDefault(area.code(), List.of())) {
                collect(child, level, found);
            }
        }
    }

    private static boolean related(Region region, List<Region> areas) {
        for (Region area : areas) {
            if (area.contains(region) || region.contains(area)) {
                return true;
            }
        }
        return false;
    }
}
