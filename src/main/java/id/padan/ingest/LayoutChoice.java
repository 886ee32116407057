package id.padan.ingest;

import id.padan.job.SourceKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which layout reads a file: the profile the job file forces, else the built-in layout of the source's kind that
 * fits the header best. A header that no layout can read is refused with every mapping problem and the profile it
 * resembles most, with the columns it lacks, so the officer knows which export was meant.
 */
public final class LayoutChoice {
    private LayoutChoice() {
    }

    /**
     * Maps a header, never throwing for what the file or job contain: problems end up in
     * {@link HeaderMapping#errors()}, with a word on the closest profile when the header fits none.
     *
     * @param profile the profile the job forces, or null to detect it
     */
    public static HeaderMapping map(SourceKind kind, List<String> header, String profile, Map<String, String> overrides) {
        LayoutCatalog catalog = LayoutCatalog.builtIn();
        Layout layout;
        if (profile != null && !profile.isBlank()) {
            Optional<Layout> forced = catalog.profile(profile.trim());
            if (forced.isEmpty() || forced.get().kind() != kind || !forced.get().wholeFile()) {
                return HeaderMapping.refused(catalog.defaultFor(kind), header, "the profile '" + profile + "' is not"
                        + " a layout of " + kind.id() + " files; set profile: to one of " + profileNames(catalog, kind)
                        + ", or leave it out to detect the layout from the header");
            }
            layout = forced.get();
        } else {
            layout = catalog.bestFor(kind, header);
        }
        HeaderMapping mapping = new HeaderMapper(layout).map(header, overrides);
        if (mapping.usable() || profile != null && !profile.isBlank()) {
            return mapping;
        }
        return catalog.closest(kind, header)
                .map(closest -> mapping.withNote(closestNote(closest, header)))
                .orElse(mapping);
    }

    /** Opens nothing: chooses and checks, throwing the collected problems for a file being loaded. */
    static HeaderMapping require(Path file, SourceKind kind, List<String> header, String profile,
            Map<String, String> overrides) {
        return map(kind, header, profile, overrides).requireUsable(file);
    }

    static String closestNote(Layout closest, List<String> header) {
        List<String> missing = closest.missingFrom(header);
        if (!closest.wholeFile() && missing.isEmpty()) {
            return "This is the " + closest.title() + " table (profile " + closest.profile() + "), which holds no"
                    + " persons: give the members table as path: and this file as families: of the same source";
        }
        return "The header fits no built-in layout of this kind; the closest is " + closest.title() + " (profile "
                + closest.profile() + "), which also has " + (missing.isEmpty() ? "nothing more"
                : String.join(", ", missing)) + ". If the file is such an export, check that the header row is the"
                + " one read (format: header_row) and that no column was renamed";
    }

    private static String profileNames(LayoutCatalog catalog, SourceKind kind) {
        return catalog.forKind(kind).stream().map(Layout::profile).collect(Collectors.joining(", "));
    }
}
