package id.padan.standardize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the region code of a row from the code and names it gives, top down: province, kabupaten/kota, kecamatan,
 * desa, each searched among the children of what was found above. A file may leave out any level; a resolver made
 * for an area (the district running padan) searches that area when the row names no province or kabupaten.
 *
 * <p>Names match when their {@link RegionNameKey keys} are equal, so case, spacing, punctuation, the words KAB./KEC./
 * DESA/KEL. and SUNGAI/SEI do not matter. Failing that, a name may differ by one edit (two from nine characters on)
 * from exactly one candidate; when two candidates are that close nothing is guessed.
 *
 * <p>Results are cached per distinct query: a district has a few hundred villages and millions of rows. The cache is
 * bounded; past the bound, queries are still answered, just not remembered. Thread-safe.
 */
public final class RegionResolver {

    private static final int CACHE_LIMIT = 200_000;
    /** A nationwide fuzzy search over 83,762 villages would be slow and rarely unique; it is not tried. */
    private static final int FUZZY_CANDIDATE_LIMIT = 10_000;
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    private final RegionTable table;
    private final List<Region> area;
    private final Map<RegionQuery, RegionMatch> cache = new ConcurrentHashMap<>();

    RegionResolver(RegionTable table, String areaCode) {
        this.table = Objects.requireNonNull(table, "table");
        if (areaCode == null || areaCode.isBlank()) {
            this.area = null;
        } else {
            Region region = table.find(areaCode)
                    .orElseThrow(() -> new IllegalArgumentException("unknown region code " + areaCode));
            this.area = List.of(region);
        }
    }

    public RegionMatch resolve(RegionQuery query) {
        RegionMatch cached = cache.get(query);
        if (cached != null) {
            return cached;
        }
        RegionMatch match = compute(query);
        if (cache.size() < CACHE_LIMIT) {
            cache.putIfAbsent(query, match);
        }
        return match;
    }

    private RegionMatch compute(RegionQuery query) {
        String givenText = FreeText.tidy(query.kodeWilayah());
        if (givenText == null || IdNumberText.isMissing(IdNumberText.unwrap(givenText))) {
            return fromNames(query, area, null);
        }
        String code = RegionTable.normalizeCode(givenText);
        Region given = code == null ? null : table.get(code);
        if (given == null) {
            String problem = code == null
                    ? "kode wilayah '" + givenText + "' tidak berbentuk kode Kemendagri"
                    : "kode wilayah " + code + " tidak ada di tabel Kemendagri 2025";
            RegionMatch fromNames = fromNames(query, area, problem);
            if (fromNames.status() == WilayahStatus.MISSING) {
                // nothing else to go on: keep a well-formed code so rows of one old village still group together
                return new RegionMatch(code, WilayahStatus.UNRESOLVED, problem);
            }
            return fromNames;
        }
        switch (given.level()) {
            case DESA:
                return new RegionMatch(code, WilayahStatus.GIVEN, null);
            case KECAMATAN: {
                if (FreeText.tidy(query.desa()) != null) {
                    Outcome village = village(List.of(given), query.desa());
                    if (village.found()) {
                        return new RegionMatch(village.region().code(), WilayahStatus.RESOLVED,
                                "kode wilayah hanya sampai kecamatan; desa dari nama");
                    }
                    return new RegionMatch(code, WilayahStatus.GIVEN, village.problem());
                }
                return new RegionMatch(code, WilayahStatus.GIVEN, null);
            }
            default: {
                RegionMatch fromNames = fromNames(
                        new RegionQuery(null, null, null, query.kecamatan(), query.desa()), List.of(given),
                        "kode wilayah " + code + " hanya sampai " + levelWord(given.level()));
                return fromNames.status() == WilayahStatus.MISSING
                        ? new RegionMatch(null, WilayahStatus.UNRESOLVED, fromNames.note())
                        : fromNames;
            }
        }
    }

    /** Resolution from names alone; {@code problem} says what was wrong with a given code, if anything. */
    private RegionMatch fromNames(RegionQuery query, List<Region> startArea, String problem) {
        String provinsi = FreeText.tidy(query.provinsi());
        String kabupaten = FreeText.tidy(query.kabupaten());
        String kecamatan = FreeText.tidy(query.kecamatan());
        String desa = FreeText.tidy(query.desa());
        if (kecamatan == null && desa == null) {
            return new RegionMatch(null, WilayahStatus.MISSING, problem);
        }
        List<Region> areas = provinsi == null && kabupaten == null ? startArea : null;
        if (provinsi != null) {
            Outcome found = level(areas, RegionLevel.PROVINSI, provinsi);
            if (found.none()) {
                return unresolved(null, problem, found.problem());
            }
            areas = found.regions();
        }
        if (kabupaten != null) {
            Outcome found = level(areas, RegionLevel.KABUPATEN_KOTA, kabupaten);
            if (found.none()) {
                return unresolved(null, problem, found.problem());
            }
            areas = found.regions();
        }
        if (kecamatan != null) {
            Outcome found = level(areas, RegionLevel.KECAMATAN, kecamatan);
            if (found.none()) {
                return unresolved(null, problem, found.problem());
            }
            areas = found.regions();
            if (desa == null) {
                return found.found()
                        ? resolved(found.region().code(), problem)
                        : unresolved(null, problem, ambiguity("kecamatan", kecamatan, found.regions()));
            }
        }
        Outcome village = village(areas, desa);
        if (village.found()) {
            return resolved(village.region().code(), problem);
        }
        String kecamatanCode = commonKecamatan(village.none() ? areas : village.regions());
        return unresolved(kecamatanCode, problem, village.problem());
    }

    private Outcome village(List<Region> areas, String desa) {
        Outcome found = level(areas, RegionLevel.DESA, desa);
        if (found.regions().size() > 1) {
            return new Outcome(found.regions(), ambiguity("desa", desa, found.regions()));
        }
        return found;
    }

    /** The regions of {@code level} within {@code areas} whose name matches. */
    private Outcome level(List<Region> areas, RegionLevel level, String name) {
        RegionNameKey key = RegionNameKey.of(name, level);
        List<Region> exact = withHint(table.withNameKey(key.key(), level, areas), key.kota());
        if (exact.isEmpty() && level == RegionLevel.PROVINSI && ProvinceAliases.codeOf(key.key()) != null) {
            Region province = table.get(ProvinceAliases.codeOf(key.key()));
            exact = province == null ? List.of() : List.of(province);
        }
        if (exact.isEmpty() && key.kota() != null) {
            // "KOTA BARU" may be the name itself (Kabupaten Kotabaru), not "the city of Baru"
            exact = table.withNameKey(RegionNameKey.literal(name).key(), level, areas);
        }
        if (!exact.isEmpty()) {
            return new Outcome(exact, null);
        }
        List<Region> candidates = table.within(areas, level);
        if (candidates.size() <= FUZZY_CANDIDATE_LIMIT) {
            Region close = onlyClose(candidates, key.key());
            if (close != null) {
                return new Outcome(List.of(close), null);
            }
        }
        String where = areas == null ? "" : " di " + describe(areas);
        return new Outcome(List.of(), levelWord(level) + " '" + name + "' tidak ditemukan" + where);
    }

    private static List<Region> withHint(List<Region> regions, Boolean kota) {
        if (kota == null || regions.isEmpty()) {
            return regions;
        }
        List<Region> matching = new ArrayList<>(regions.size());
        for (Region region : regions) {
            if (region.isKota() == kota) {
                matching.add(region);
            }
        }
        return matching;
    }

    /** The one candidate within the edit tolerance of {@code key}, or null when none or several are. */
    private Region onlyClose(List<Region> candidates, String key) {
        if (key.length() < 5) {
            return null;
        }
        LevenshteinDistance distance = key.length() >= 9 ? TWO_EDITS : ONE_EDIT;
        Region only = null;
        for (Region candidate : candidates) {
            String other = table.nameKey(candidate).key();
            if (Math.abs(other.length() - key.length()) > 2) {
                continue;
            }
            if (distance.apply(key, other) >= 0) {
                if (only != null) {
                    return null;
                }
                only = candidate;
            }
        }
        return only;
    }

    private static String commonKecamatan(List<Region> regions) {
        if (regions == null || regions.isEmpty()) {
            return null;
        }
        String common = null;
        for (Region region : regions) {
            if (region.level().digits() < RegionLevel.KECAMATAN.digits()) {
                return null;
            }
            String kecamatan = region.code().substring(0, 6);
            if (common != null && !common.equals(kecamatan)) {
                return null;
            }
            common = kecamatan;
        }
        return common;
    }

    private static RegionMatch resolved(String code, String problem) {
        return new RegionMatch(code, WilayahStatus.RESOLVED, problem == null ? null : problem + "; diisi dari nama");
    }

    private static RegionMatch unresolved(String code, String problem, String why) {
        return new RegionMatch(code, WilayahStatus.UNRESOLVED, problem == null ? why : problem + "; " + why);
    }

    private static String ambiguity(String what, String name, List<Region> regions) {
        StringBuilder sb = new StringBuilder(what).append(" '").append(name).append("' ada ")
                .append(regions.size()).append(": ");
        for (int i = 0; i < regions.size() && i < 5; i++) {
            sb.append(i == 0 ? "" : ", ").append(regions.get(i).dotted());
        }
        return sb.append(regions.size() > 5 ? ", ..." : "").toString();
    }

    private static String describe(List<Region> areas) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < areas.size() && i < 3; i++) {
            sb.append(i == 0 ? "" : " / ").append(areas.get(i).name()).append(" (").append(areas.get(i).dotted())
                    .append(')');
        }
        return sb.toString();
    }

    private static String levelWord(RegionLevel level) {
        switch (level) {
            case PROVINSI: return "provinsi";
            case KABUPATEN_KOTA: return "kabupaten/kota";
            case KECAMATAN: return "kecamatan";
            default: return "desa/kelurahan";
        }
    }

    /** Regions found at one level, or why none (or several) were. */
    private record Outcome(List<Region> regions, String problem) {
        boolean none() {
            return regions.isEmpty();
        }

        boolean found() {
            return regions.size() == 1;
        }

        Region region() {
            return regions.get(0);
        }
    }
}
