package id.padan.ingest;

import id.padan.job.SourceKind;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A known file layout: for each canonical field of a kind, the header names it goes by in real files. Layouts are
 * data, one YAML file each under {@code padan/layouts/}, so supporting a new export is adding a file:
 *
 * <pre>
 * profile: dtks-default
 * kind: dtks
 * title: DTKS export, SIKS-NG default layout
 * columns:
 *   nik: [NOMOR NIK, NIK, NO NIK]
 * </pre>
 *
 * Names are matched after {@link HeaderMapper#normalize(String)}; the first name listed wins when two columns match
 * the same field. The canonical field name itself is always accepted, last.
 *
 * @param profile the name jobs and {@code imports} use for the layout
 * @param columns   canonical field to accepted header names, in the layout file's order
 * @param header    the exact header such files carry, column by column, when the export is fixed (SIKS-NG, DTSEN,
 *                  OpenSID, SIPINTAR); it tells a variant apart from the default layout, whose aliases may read the
 *                  same columns. Empty for alias-only layouts
 * @param origin    one line on where such files come from, for {@code padan inspect} and the README
 * @param sheet     the workbook sheet such files keep their rows on (OpenSID: {@code Peserta}), or null
 * @param endMarker the first cell of the row where such files' data ends (OpenSID: {@code ###}), or null
 * @param part      null for a layout of whole files of its kind; {@value #FAMILIES} for the families table of a
 *                  DTSEN source, which is never a source of its own and so need not give the kind's required fields
 */
public record Layout(String profile, SourceKind kind, String title, Map<String, List<String>> columns,
        List<String> header, String origin, String sheet, String endMarker, String part) {
    /** The {@link #part} of a layout read only as the family half of a DTSEN source. */
    public static final String FAMILIES = "families";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    /** The YAML file as written; the kind is still text there. */
    private record LayoutFile(String profile, String kind, String title, Map<String, List<String>> columns,
            List<String> header, String origin, String sheet, String endMarker, String part) {
    }

    /** A layout known only by its aliases. */
    public Layout(String profile, SourceKind kind, String title, Map<String, List<String>> columns) {
        this(profile, kind, title, columns, List.of(), null, null, null, null);
    }

    /** Whether the layout describes whole files of its kind (not the families half of a DTSEN source). */
    public boolean wholeFile() {
        return part == null;
    }

    public Layout {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? profile : title;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Map<String, String> fieldOfName = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : (columns == null ? Map.<String, List<String>>of() : columns)
                .entrySet()) {
            String field = entry.getKey();
            if (!kind.fields().contains(field)) {
                throw new IllegalArgumentException("layout " + profile + ": '" + field + "' is not a field of "
                        + kind.id() + " files; the fields are " + String.join(", ", kind.fields()));
            }
            List<String> names = new ArrayList<>();
            for (String name : entry.getValue() == null ? List.<String>of() : entry.getValue()) {
                String normalized = HeaderMapper.normalize(name);
                if (normalized.isEmpty()) {
                    throw new IllegalArgumentException("layout " + profile + ": field " + field + " lists a name with"
                            + " no letters or digits: '" + name + "'");
                }
                String other = fieldOfName.putIfAbsent(normalized, field);
                if (other != null && !other.equals(field)) {
                    throw new IllegalArgumentException("layout " + profile + ": the name '" + name + "' is listed for"
                            + " both " + other + " and " + field + "; a header can mean only one field");
                }
                names.add(name);
            }
            copy.put(field, List.copyOf(names));
        }
        for (String field : kind.fields()) {
            String normalized = HeaderMapper.normalize(field);
            String other = fieldOfName.get(normalized);
            if (other != null && !other.equals(field)) {
                throw new IllegalArgumentException("layout " + profile + ": a name listed for " + other + " reads as"
                        + " the field name " + field + "; a header can mean only one field");
            }
        }
        columns = Collections.unmodifiableMap(copy);
        header = header == null ? List.of() : List.copyOf(header);
        if (part != null && !part.equals(FAMILIES)) {
            throw new IllegalArgumentException("layout " + profile + ": part '" + part + "' is not known; the only"
                    + " part is " + FAMILIES);
        }
        if (!header.isEmpty() && part == null) {
            HeaderMapping mapped = new HeaderMapper(new Layout(profile, kind, title, columns)).map(header);
            if (!mapped.missingRequired().isEmpty()) {
                throw new IllegalArgumentException("layout " + profile + ": its header does not give "
                        + String.join(", ", mapped.missingRequired()) + ", which " + kind.id() + " files require");
            }
        }
    }

    /**
     * The columns of this layout's fixed header that a file's header lacks, in the layout's order (compared like
     * any header: case, spaces and punctuation do not matter). Empty for an alias-only layout.
     */
    public List<String> missingFrom(List<String> fileHeader) {
        Set<String> present = new HashSet<>();
        for (String name : fileHeader) {
            present.add(HeaderMapper.normalize(name));
        }
        return header.stream().filter(name -> !present.contains(HeaderMapper.normalize(name))).toList();
    }

    /** How many columns of a file's header this layout's fixed header names. */
    public int sharedColumns(List<String> fileHeader) {
        Set<String> own = new HashSet<>();
        for (String name : header) {
            own.add(HeaderMapper.normalize(name));
        }
        int shared = 0;
        for (String name : fileHeader) {
            if (own.contains(HeaderMapper.normalize(name))) {
                shared++;
            }
        }
        return shared;
    }

    /** Whether a file's header is exactly this layout's fixed header, column for column. */
    public boolean fitsExactly(List<String> fileHeader) {
        if (header.isEmpty() || fileHeader.size() != header.size()) {
            return false;
        }
        for (int i = 0; i < header.size(); i++) {
            if (!HeaderMapper.normalize(header.get(i)).equals(HeaderMapper.normalize(fileHeader.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Header names accepted for a field, best first, ending with the field's own name. */
    public List<String> acceptedNames(String field) {
        List<String> names = new ArrayList<>(columns.getOrDefault(field, List.of()));
        String own = HeaderMapper.normalize(field);
        if (names.stream().noneMatch(name -> HeaderMapper.normalize(name).equals(own))) {
            names.add(field);
        }
        return names;
    }

    /**
     * Reads a layout file.
     *
     * @param source the resource or file name, for messages
     * @throws IllegalArgumentException naming the source, if the YAML is malformed or does not describe a layout
     */
    public static Layout parse(InputStream in, String source) {
        LayoutFile file;
        try {
            file = YAML.readValue(in, LayoutFile.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("layout " + source + " is not valid: " + e.getOriginalMessage(), e);
        }
        if (file == null || file.profile() == null || file.kind() == null) {
            throw new IllegalArgumentException("layout " + source + " needs at least profile: and kind:");
        }
        SourceKind kind = SourceKind.fromId(file.kind()).orElseThrow(() -> new IllegalArgumentException("layout "
                + source + ": kind '" + file.kind() + "' is not known; kinds are " + kindIds()));
        try {
            return new Layout(file.profile(), kind, file.title(), file.columns(), file.header(), file.origin(),
                    file.sheet(), file.endMarker(), file.part());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static String kindIds() {
        List<String> ids = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            ids.add(kind.id());
        }
        return String.join(", ", ids);
    }
}
