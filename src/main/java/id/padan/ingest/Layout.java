package id.padan.ingest;

import id.padan.job.SourceKind;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
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
 * @param columns canonical field to accepted header names, in the layout file's order
 */
public record Layout(String profile, SourceKind kind, String title, Map<String, List<String>> columns) {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The YAML file as written; the kind is still text there. */
    private record LayoutFile(String profile, String kind, String title, Map<String, List<String>> columns) {
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
            return new Layout(file.profile(), kind, file.title(), file.columns());
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
