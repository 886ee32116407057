package id.padan.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The Kemendagri region table ({@code code,name,level,kind,parent_code}, dotted codes, level 1 provinsi .. 4
 * village), read from any {@link Reader} so that the shipped classpath resource and a file on disk both work.
 */
public final class RegionTable {

    /** Classpath location of the shipped table. */
    public static final String RESOURCE = "padan/wilayah/wilayah_kemendagri_2025.csv";

    /** One region. */
    public record Region(String code, String name, int level, String kind, String parentCode) {
        /** The code without dots: 2, 4, 6 or 10 digits. */
        public String digits() {
            return code.replace(".", "");
        }

        /** Upper-case name, as registry exports write it. */
        public String upperName() {
            return name.toUpperCase(Locale.ROOT);
        }

        public boolean isKelurahan() {
            return "kelurahan".equals(kind);
        }
    }

    /** The regions of one regency: its province, its kecamatan and its villages, in code order. */
    public record Regency(Region province, Region regency, List<Region> kecamatan, List<Region> villages) {
        public Regency {
            kecamatan = List.copyOf(kecamatan);
            villages = List.copyOf(villages);
        }

        /** The regency name as SIKS-NG exports write it: {@code KAPUAS}, {@code KOTA PALANGKARAYA}. */
        public String exportName() {
            String n = regency.upperName();
            return n.startsWith("KABUPATEN ") ? n.substring("KABUPATEN ".length()) : n;
        }
    }

    private final Map<String, Region> byCode;
    private final Set<String> kecamatanDigits;

    private RegionTable(Map<String, Region> byCode) {
        this.byCode = byCode;
        Set<String> kec = new HashSet<>();
        for (Region r : byCode.values()) {
            if (r.level() == 3) {
                kec.add(r.digits());
            }
        }
        this.kecamatanDigits = Collections.unmodifiableSet(kec);
    }

    /** Reads the table from a CSV source with the header {@code code,name,level,kind,parent_code}. */
    public static RegionTable read(Reader source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, Region> map = new HashMap<>(1 << 17);
        try (CSVParser parser = CSVParser.parse(source, format)) {
            Map<String, Integer> header = new HashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), v));
            for (String col : List.of("code", "name", "level", "kind", "parent_code")) {
                if (!header.containsKey(col)) {
                    throw new IOException("region table has no column '" + col + "' (header: " + header.keySet() + ")");
                }
            }
            int cCode = header.get("code");
            int cName = header.get("name");
            int cLevel = header.get("level");
            int cKind = header.get("kind");
            int cParent = header.get("parent_code");
            for (CSVRecord rec : parser) {
                String code = rec.get(cCode).trim();
                if (code.isEmpty()) {
                    continue;
                }
                int level;
                try {
                    level = Integer.parseInt(rec.get(cLevel).trim());
                } catch (NumberFormatException e) {
                    throw new IOException("region table line " + rec.getRecordNumber() + ": level '"
                            + rec.get(cLevel) + "' is not a number", e);
                }
                map.put(code, new Region(code, rec.get(cName).trim(), level, rec.get(cKind).trim(),
                        rec.get(cParent).trim()));
            }
        }
        if (map.isEmpty()) {
            throw new IOException("region table is empty");
        }
        return new RegionTable(map);
    }

    /** Reads the table from a UTF-8 stream (a leading byte-order mark is tolerated). */
    public static RegionTable read(InputStream source) throws IOException {
        return read(new InputStreamReader(source, StandardCharsets.UTF_8));
    }

    /**
     * Reads the table shipped on the classpath at {@link #RESOURCE}.
     *
     * @throws IOException when the resource is absent or unreadable
     */
    public static RegionTable fromClasspath() throws IOException {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        InputStream in = cl == null ? null : cl.getResourceAsStream(RESOURCE);
        if (in == null) {
            in = RegionTable.class.getClassLoader().getResourceAsStream(RESOURCE);
        }
        if (in == null) {
            throw new IOException("the region table " + RESOURCE + " is not on the classpath");
        }
        try (InputStream s = in) {
            return read(s);
        }
    }

    /** Whether the region table has this region, by dotted code. */
    public Region get(String dottedCode) {
        return byCode.get(dottedCode);
    }

    /** Whether six digits are a kecamatan code anywhere in Indonesia (the NIK region rule). */
    public boolean isKecamatan(String sixDigits) {
        return kecamatanDigits.contains(sixDigits);
    }

    /** Number of regions in the table. */
    public int size() {
        return byCode.size();
    }

    /**
     * The regions of one regency.
     *
     * @param regencyCode dotted ({@code 62.03}) regency code
     * @throws IllegalArgumentException when the code is not a regency of the table or has no villages
     */
    public Regency regency(String regencyCode) {
        Region reg = byCode.get(regencyCode);
        if (reg == null || reg.level() != 2) {
            throw new IllegalArgumentException("'" + regencyCode + "' is not a regency (kabupaten/kota) code of the"
                    + " Kemendagri table");
        }
        Region prov = byCode.get(reg.parentCode());
        List<Region> kec = new ArrayList<>();
        List<Region> vil = new ArrayList<>();
        String prefix = regencyCode + ".";
        for (Region r : byCode.values()) {
            if (r.code().startsWith(prefix)) {
                if (r.level() == 3) {
                    kec.add(r);
                } else if (r.level() == 4) {
                    vil.add(r);
                }
            }
        }
        kec.sort((a, b) -> a.code().compareTo(b.code()));
        vil.sort((a, b) -> a.code().compareTo(b.code()));
        if (kec.isEmpty() || vil.isEmpty()) {
            throw new IllegalArgumentException("regency " + regencyCode + " has no kecamatan or villages in the table");
        }
        return new Regency(prov, reg, kec, vil);
    }
}
